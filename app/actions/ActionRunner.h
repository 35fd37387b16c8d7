#pragma once

#include "ActionBackend.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVector>

namespace ocd {

class AuditLog;

// Runs VM actions through a backend, a few at a time: restarting all VMs of a host at once is
// a boot storm that can overheat the host that just came back, so by default two run and the
// rest wait in order. Refuses a second action for a VM that is already queued or running (a
// double click, or a colleague's bulk restart in the same desk), lets queued items be
// cancelled, and records every request and result in the audit log.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 2;

    enum class Status { Queued, Running, Done, Failed, Cancelled };
    Q_ENUM(Status)

    struct Item
    {
        int id = 0;
        VmAction action;
        Status status = Status::Queued;
        QString message; // the latest sentence: progress, then the result
        QString output;
        int exitCode = -1;
        QDateTime queuedAt;
        QDateTime startedAt;
        QDateTime finishedAt;
    };

    struct Submitted
    {
        QList<int> ids;      // the items added
        QStringList refused; // one sentence per action not added
    };

    explicit ActionRunner(QObject *parent = nullptr);

    void setBackend(ActionBackend *backend);
    ActionBackend *backend() const { return m_backend; }
    void setAuditLog(AuditLog *log) { m_audit = log; }
    void setServerName(const QString &name) { m_server = name; }
    void setConcurrency(int n);
    int concurrency() const { return m_concurrency; }

    Submitted submit(const QList<VmAction> &actions);
    bool cancel(int id);  // only a queued item; a running command cannot be taken back
    int cancelQueued();   // all queued items
    void clearFinished(); // drops done/failed/cancelled items from the list

    bool isActive(const QString &vm) const; // queued or running
    int activeCount() const;
    int runningCount() const { return m_running; }
    const QVector<Item> &items() const { return m_items; }
    int rowOf(int id) const;

    static QString kindKey(VmAction::Kind kind); // "restart" / "failover", as in the audit log

signals:
    void itemAdded(int row);
    void itemChanged(int row);
    void itemsReset();
    void activityChanged();
    void itemFinished(const ocd::ActionRunner::Item &item);

private:
    void startMore();
    void onFinished(int id, const VmActionResult &result);
    void audit(const Item &item, const QString &outcome);

    QPointer<ActionBackend> m_backend;
    AuditLog *m_audit = nullptr;
    QString m_server;
    int m_concurrency = kDefaultConcurrency;
    QVector<Item> m_items;
    int m_nextId = 1;
    int m_running = 0;
};

} // namespace ocd
