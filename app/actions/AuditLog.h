#pragma once

#include <QDateTime>
#include <QObject>
#include <QVector>

namespace ocd {

// One line of the audit trail: who did what to which object, when, and how it ended.
struct AuditEntry
{
    QDateTime time;  // UTC
    QString user;    // the account the action ran as (API user, or the local user for the demo)
    QString server;  // the profile or server name
    QString action;  // "restart", "failover", "acknowledge", ...
    QString object;  // VM, host or alarm key
    QString detail;  // target host, reason, comment
    QString outcome; // "requested", "ok", "failed", "cancelled", "refused"
    int exitCode = -1;
    QString output;
};

// The audit trail on disk: JSON Lines in the data directory, append-only. Each entry is
// written, flushed and synced before append() returns, so a crash right after an action
// never loses its record. Reading is for the audit view; it tolerates a torn last line.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(const QString &path, QObject *parent = nullptr);

    static QString defaultPath(); // <AppDataLocation>/audit.jsonl
    QString path() const { return m_path; }

    bool append(const AuditEntry &entry);
    QString lastError() const { return m_error; }
    // The newest entries, oldest first; at most `limit`.
    QVector<AuditEntry> recent(int limit) const;

signals:
    void appended(const ocd::AuditEntry &entry);
    void writeFailed(const QString &error);

private:
    QString m_path;
    QString m_error;
};

} // namespace ocd
