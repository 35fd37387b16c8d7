#pragma once

#include "storage/DatabaseSettings.h"
#include "storage/IncidentStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>

class QSqlError;
class QSqlQuery;

namespace ocd {

// IncidentStore on Qt SQL: a local SQLite file (WAL, one desk) or a shared PostgreSQL database
// (LISTEN/NOTIFY tells the other desks what changed). Synchronous, and only for the thread that
// created it (a QSqlDatabase connection is bound to its thread). Every write is one transaction.
//
// The schema is versioned (SQLite: PRAGMA user_version; PostgreSQL: table schema_version) and
// upgraded by open() from the .sql files under :/storage/migrations/<dialect>/NNN_name.sql, one
// transaction per file. A SQLite file is copied to "<path>.backup-v<old>" before it is upgraded.
class SqlIncidentStore : public IncidentStore
{
    Q_OBJECT
public:
    explicit SqlIncidentStore(const DatabaseSettings &settings, QObject *parent = nullptr);
    ~SqlIncidentStore() override;

    // Connects, then creates or upgrades the schema. False with a sentence for the user in *error
    // (and lastError()): file not writable, server unreachable, password refused, schema newer
    // than this program, ... Calling it again reconnects.
    bool open(QString *error = nullptr);
    void close();
    // False before open(), after close() and while a lost PostgreSQL connection is down; the next
    // call of any method tries to reconnect (at most every two seconds).
    bool isConnected() const { return m_state == State::Open; }

    // The newest schema version this program knows (the highest migration number).
    static int schemaVersion();

    // Another migration root with the built-in layout (<root>/sqlite/NNN_name.sql and
    // <root>/postgres/NNN_name.sql) instead of ":/storage/migrations". Only for tests that must
    // exercise an upgrade the program does not ship yet. Call before open().
    void setMigrationsRoot(const QString &root) { m_migrationsRoot = root; }

    const DatabaseSettings &settings() const { return m_settings; }

    bool isShared() const override { return m_settings.driver == DatabaseSettings::PostgreSQL; }
    QString lastError() const override { return m_lastError; }

    bool saveIncident(const Incident &incident) override;
    QVector<Incident> incidents() const override;
    bool addJournalEntry(JournalEntry *entry) override;
    QVector<JournalEntry> journal(const QString &incidentId) const override;

    void heartbeat(const QString &user, const QString &deskId) override;
    QStringList onlineUsers() const override;

    bool replaceMembers(const QVector<Member> &members, const QString &source) override;
    QVector<Member> members() const override;
    bool saveCall(CallRecord *call) override;
    QVector<CallRecord> calls(const CallFilter &filter) const override;

private:
    enum class State { Closed, Open, Lost };
    struct Migration
    {
        int version = 0;
        QString path;
    };

    bool isPostgres() const { return m_settings.driver == DatabaseSettings::PostgreSQL; }
    QString sqlitePath() const;
    QString describeDatabase() const;

    bool connectDatabase(QString *error);
    bool openSqlite(QString *error);
    bool openPostgres(QString *error);
    QString postgresConnectError(const QSqlError &err) const;
    void dropConnection();

    static QVector<Migration> migrations(const QString &dir, QString *error);
    QString migrationsDir() const;
    bool migrate(QString *error);
    bool migrateSqlite(const QVector<Migration> &steps, int latest, QString *error);
    bool migratePostgres(const QVector<Migration> &steps, int latest, QString *error);
    bool runMigration(const Migration &step, QString *error);
    bool backupSqlite(int oldVersion, QString *backupPath, QString *error);

    // Every public method starts here: false (and lastError) without a usable connection; a lost
    // PostgreSQL connection is reopened here.
    bool ensureConnected();
    // Records a failed statement; a PostgreSQL connection that turns out to be dead is dropped,
    // so that the next call reconnects.
    void fail(const QString &what, const QSqlError &err);
    // Starts a write transaction (SQLite: with the write lock at once); rollback() ends a failed
    // one before fail() looks at the connection.
    bool begin(QSqlQuery *q);
    void rollback();
    QString timeColumn(const QString &column) const;
    QDateTime timeValue(const QVariant &v) const;

    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    DatabaseSettings m_settings;
    QString m_connectionName;
    QString m_migrationsRoot;
    QSqlDatabase m_db;
    State m_state = State::Closed;
    QString m_lastError;
    QElapsedTimer m_lastReconnectAttempt;

    // SQLite presence: only this desk.
    QString m_localUser;
    QDateTime m_localSeenAt;
    // PostgreSQL presence: removed on close() so colleagues see this desk leave at once.
    QString m_deskId;
};

} // namespace ocd
