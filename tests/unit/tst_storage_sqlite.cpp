// SqlIncidentStore on a real SQLite file in a temporary folder. What the store claims is checked
// against the file itself through a separate connection.
#include "storage/SqlIncidentStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include <unistd.h>

using ocd::DatabaseSettings;
using ocd::Incident;
using ocd::JournalEntry;
using ocd::SqlIncidentStore;

namespace {

QDateTime utc(int day, int h, int m, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(h, m, s, ms), QTimeZone::utc());
}

Incident sampleIncident(const QString &id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"))
{
    Incident i;
    i.id = id;
    i.rootKey = QStringLiteral("host1");
    i.title = QStringLiteral("host1 DOWN");
    i.state = Incident::State::Acknowledged;
    i.assignee = QStringLiteral("alice");
    i.alarmKeys = {QStringLiteral("host1"), QStringLiteral("vm1!http"),
                   QStringLiteral("vm2!ssh, \"quoted\"\n")};
    i.openedAt = utc(1, 10, 0, 0, 123);
    i.acknowledgedAt = utc(1, 10, 2, 30);
    i.updatedAt = utc(1, 10, 2, 30);
    i.manual = false;
    return i;
}

JournalEntry entry(const QString &incidentId, const QString &text, const QDateTime &time,
                   JournalEntry::Kind kind = JournalEntry::Kind::Note)
{
    JournalEntry e;
    e.incidentId = incidentId;
    e.time = time;
    e.author = QStringLiteral("alice");
    e.kind = kind;
    e.text = text;
    e.objectKey = QStringLiteral("vm1!http");
    return e;
}

QString compareIncidents(const Incident &a, const Incident &b)
{
    QStringList diff;
    const auto check = [&](const char *field, const QVariant &x, const QVariant &y) {
        if (x != y)
            diff << QStringLiteral("%1: %2 != %3").arg(QLatin1String(field), x.toString(), y.toString());
    };
    check("id", a.id, b.id);
    check("rootKey", a.rootKey, b.rootKey);
    check("title", a.title, b.title);
    check("state", int(a.state), int(b.state));
    check("assignee", a.assignee, b.assignee);
    check("alarmKeys", a.alarmKeys, b.alarmKeys);
    check("openedAt", a.openedAt, b.openedAt);
    check("acknowledgedAt", a.acknowledgedAt, b.acknowledgedAt);
    check("recoveredAt", a.recoveredAt, b.recoveredAt);
    check("resolvedAt", a.resolvedAt, b.resolvedAt);
    check("updatedAt", a.updatedAt, b.updatedAt);
    check("manual", a.manual, b.manual);
    return diff.join(QLatin1String("; "));
}

// A connection of its own to the file, as another program would have.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        static int n = 0;
        m_name = QStringLiteral("raw-%1").arg(++n);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0);
    }
    bool exec(const QString &sql) const { return QSqlQuery(QSqlDatabase::database(m_name, false)).exec(sql); }
    QVector<QVariantList> rows(const QString &sql) const
    {
        QVector<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }
    bool hasTable(const QString &name) const
    {
        return scalar(
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                       .arg(name))
                   .toInt() == 1;
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace

class TstStorageSqlite : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> tmp;

    DatabaseSettings settingsFor(const QString &path) const
    {
        DatabaseSettings s;
        s.driver = DatabaseSettings::SQLite;
        s.sqlitePath = path;
        return s;
    }
    QString dbPath() const { return tmp->filePath(QStringLiteral("desk/oncall-desk.sqlite")); }

    std::unique_ptr<SqlIncidentStore> openStore(const QString &path, const QString &migrationsRoot = {})
    {
        auto store = std::make_unique<SqlIncidentStore>(settingsFor(path));
        if (!migrationsRoot.isEmpty())
            store->setMigrationsRoot(migrationsRoot);
        QString error;
        if (!store->open(&error)) {
            qWarning("open failed: %s", qPrintable(error));
            return nullptr;
        }
        return store;
    }

    // A migration root holding the shipped migrations plus the given later ones, as a newer
    // program would have.
    QString migrationRootWith(const QMap<QString, QByteArray> &extra)
    {
        const QString root = tmp->filePath(QStringLiteral("migrations"));
        QDir(root).removeRecursively();
        QDir().mkpath(root + QStringLiteral("/sqlite"));
        const QString builtin = QStringLiteral(":/storage/migrations/sqlite");
        for (const QString &f : QDir(builtin).entryList(QDir::Files))
            QFile::copy(builtin + u'/' + f, root + QStringLiteral("/sqlite/") + f);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            QFile f(root + QStringLiteral("/sqlite/") + it.key());
            if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
                return {};
        }
        return root;
    }

private slots:
    void init()
    {
        tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(tmp->isValid());
    }

    void schemaVersionMatchesTheMigrationFiles()
    {
        QVERIFY(SqlIncidentStore::schemaVersion() >= 1);
        for (const char *dialect : {"sqlite", "postgres"}) {
            const QStringList files = QDir(QStringLiteral(":/storage/migrations/") + QLatin1String(dialect))
                                          .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
            QCOMPARE(files.size(), SqlIncidentStore::schemaVersion());
            for (int i = 0; i < files.size(); ++i)
                QVERIFY2(files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 3, 10, QLatin1Char('0'))),
                         qPrintable(files.at(i)));
        }
    }

    void createAndReopenKeepsData()
    {
        const Incident inc = sampleIncident();
        qint64 firstId = 0;
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            QVERIFY(!store->isShared());
            QVERIFY(QFile::exists(dbPath()));
            QVERIFY2(store->saveIncident(inc), qPrintable(store->lastError()));
            JournalEntry e =
                entry(inc.id, QStringLiteral("host1 is DOWN"), utc(1, 10, 0), JournalEntry::Kind::Alarm);
            QVERIFY2(store->addJournalEntry(&e), qPrintable(store->lastError()));
            firstId = e.id;
        }
        // What is in the file, read without the store.
        {
            RawDb raw(dbPath());
            QVERIFY(raw.ok());
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
                     SqlIncidentStore::schemaVersion());
            const auto rows =
                raw.rows(QStringLiteral("SELECT id, root_key, title, state, assignee, alarm_keys, "
                                        "opened_at, acknowledged_at, recovered_at, manual FROM incidents"));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows[0][0].toString(), inc.id);
            QCOMPARE(rows[0][1].toString(), QStringLiteral("host1"));
            QCOMPARE(rows[0][2].toString(), QStringLiteral("host1 DOWN"));
            QCOMPARE(rows[0][3].toString(), QStringLiteral("acknowledged"));
            QCOMPARE(rows[0][4].toString(), QStringLiteral("alice"));
            QCOMPARE(rows[0][5].toString(),
                     QStringLiteral("[\"host1\",\"vm1!http\",\"vm2!ssh, \\\"quoted\\\"\\n\"]"));
            QCOMPARE(rows[0][6].toString(), QStringLiteral("2024-05-01T10:00:00.123Z"));
            QCOMPARE(rows[0][7].toString(), QStringLiteral("2024-05-01T10:02:30.000Z"));
            QVERIFY(rows[0][8].isNull());
            QCOMPARE(rows[0][9].toInt(), 0);
            const auto journal = raw.rows(
                QStringLiteral("SELECT id, incident_id, time, author, kind, text, object_key FROM journal"));
            QCOMPARE(journal.size(), 1);
            QCOMPARE(journal[0][0].toLongLong(), firstId);
            QCOMPARE(journal[0][2].toString(), QStringLiteral("2024-05-01T10:00:00.000Z"));
            QCOMPARE(journal[0][4].toString(), QStringLiteral("alarm"));
            QCOMPARE(journal[0][5].toString(), QStringLiteral("host1 is DOWN"));
        }
        auto again = openStore(dbPath());
        QVERIFY(again);
        const QVector<Incident> all = again->incidents();
        QCOMPARE(all.size(), 1);
        const QString diff = compareIncidents(all.first(), inc);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const QVector<JournalEntry> j = again->journal(inc.id);
        QCOMPARE(j.size(), 1);
        QCOMPARE(j[0].id, firstId);
        QCOMPARE(j[0].kind, JournalEntry::Kind::Alarm);
        QCOMPARE(j[0].time, utc(1, 10, 0));
        QCOMPARE(j[0].author, QStringLiteral("alice"));
        QCOMPARE(j[0].objectKey, QStringLiteral("vm1!http"));
    }

    void upsertUpdatesAndNewerWins()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QSignalSpy changed(store.get(), &ocd::IncidentStore::incidentChanged);
        Incident inc = sampleIncident();
        QVERIFY(store->saveIncident(inc));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), inc.id);

        inc.state = Incident::State::Resolved;
        inc.assignee.clear();
        inc.alarmKeys.append(QStringLiteral("vm3!http"));
        inc.recoveredAt = utc(1, 11, 0);
        inc.resolvedAt = utc(1, 11, 5);
        inc.updatedAt = utc(1, 11, 5);
        inc.manual = true;
        QVERIFY2(store->saveIncident(inc), qPrintable(store->lastError()));
        QCOMPARE(changed.size(), 2);

        // A desk that saves a stale copy does not overwrite the newer row.
        Incident stale = sampleIncident();
        stale.title = QStringLiteral("stale title");
        QVERIFY(store->saveIncident(stale));
        QCOMPARE(changed.size(), 2);

        Incident other = sampleIncident(QStringLiteral("1b4e28ba-2fa1-11d2-883f-0016d3cca427"));
        other.openedAt = utc(2, 8, 0);
        other.acknowledgedAt = {};
        other.assignee = QString(); // null: stored as ''
        QVERIFY(store->saveIncident(other));

        RawDb raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 2);
        const auto row =
            raw.rows(QStringLiteral("SELECT state, assignee, resolved_at, manual, title, alarm_keys "
                                    "FROM incidents WHERE id = '%1'")
                         .arg(inc.id));
        QCOMPARE(row.size(), 1);
        QCOMPARE(row[0][0].toString(), QStringLiteral("resolved"));
        QCOMPARE(row[0][1].toString(), QString());
        QCOMPARE(row[0][2].toString(), QStringLiteral("2024-05-01T11:05:00.000Z"));
        QCOMPARE(row[0][3].toInt(), 1);
        QCOMPARE(row[0][4].toString(), QStringLiteral("host1 DOWN"));
        QVERIFY(row[0][5].toString().contains(QLatin1String("vm3!http")));

        const QVector<Incident> all = store->incidents();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, other.id); // newest first
        const QString diff = compareIncidents(all[1], inc);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void journalOrderAndIds()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const Incident inc = sampleIncident();
        QVERIFY(store->saveIncident(inc));
        QSignalSpy changed(store.get(), &ocd::IncidentStore::journalChanged);

        JournalEntry a = entry(inc.id, QStringLiteral("first"), utc(1, 10, 0));
        JournalEntry b = entry(inc.id, QStringLiteral("second"), utc(1, 10, 5));
        // Written last, but it happened before both: the journal is in time order.
        JournalEntry early =
            entry(inc.id, QStringLiteral("earliest"), utc(1, 9, 59), JournalEntry::Kind::Alarm);
        JournalEntry sameTime = entry(inc.id, QStringLiteral("second, same time"), utc(1, 10, 5));
        for (JournalEntry *e : {&a, &b, &early, &sameTime})
            QVERIFY2(store->addJournalEntry(e), qPrintable(store->lastError()));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.at(0).at(0).toString(), inc.id);
        QVERIFY(a.id > 0);
        QVERIFY(b.id > a.id);
        QVERIFY(early.id > b.id);
        QVERIFY(sameTime.id > early.id);

        // Without a time the entry gets "now".
        JournalEntry untimed = entry(inc.id, QStringLiteral("untimed"), QDateTime());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(store->addJournalEntry(&untimed));
        QVERIFY(untimed.time.isValid());
        QVERIFY(qAbs(untimed.time.msecsTo(before)) < 5000);

        const QVector<JournalEntry> j = store->journal(inc.id);
        QStringList texts;
        for (const JournalEntry &e : j)
            texts << e.text;
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("earliest"), QStringLiteral("first"), QStringLiteral("second"),
                              QStringLiteral("second, same time"), QStringLiteral("untimed")}));
        QCOMPARE(j[0].id, early.id);
        QCOMPARE(j[2].id, b.id);

        RawDb raw(dbPath());
        const auto rows = raw.rows(QStringLiteral("SELECT id, text FROM journal ORDER BY id"));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0][0].toLongLong(), a.id);
        QCOMPARE(rows[0][1].toString(), QStringLiteral("first"));
        QCOMPARE(rows[2][0].toLongLong(), early.id);
        QCOMPARE(rows[2][1].toString(), QStringLiteral("earliest"));

        // The journal belongs to an incident: the foreign key is enforced (PRAGMA foreign_keys).
        JournalEntry orphan =
            entry(QStringLiteral("no-such-incident"), QStringLiteral("orphan"), utc(1, 12, 0));
        QVERIFY(!store->addJournalEntry(&orphan));
        QVERIFY(store->lastError().contains(QLatin1String("no-such-incident")));
        QVERIFY2(store->lastError().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(store->lastError()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM journal")).toInt(), 5);
        QCOMPARE(changed.size(), 5);
    }

    void twoInstancesOnOneFileSeeEachOther()
    {
        auto a = openStore(dbPath());
        auto b = openStore(dbPath());
        QVERIFY(a && b);
        const Incident inc = sampleIncident();
        QVERIFY(a->saveIncident(inc));
        QCOMPARE(b->incidents().size(), 1);

        JournalEntry e = entry(inc.id, QStringLiteral("written by A"), utc(1, 10, 1));
        QVERIFY(a->addJournalEntry(&e));
        const QVector<JournalEntry> seenByB = b->journal(inc.id);
        QCOMPARE(seenByB.size(), 1);
        QCOMPARE(seenByB[0].id, e.id);
        QCOMPARE(seenByB[0].text, QStringLiteral("written by A"));

        JournalEntry f = entry(inc.id, QStringLiteral("written by B"), utc(1, 10, 2));
        QVERIFY(b->addJournalEntry(&f));
        QVERIFY(f.id > e.id);
        QCOMPARE(a->journal(inc.id).size(), 2);
        QCOMPARE(a->journal(inc.id).last().text, QStringLiteral("written by B"));
    }

    void walModeIsOn()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QVERIFY(store->saveIncident(sampleIncident()));
        QVERIFY(QFile::exists(dbPath() + QStringLiteral("-wal")));
        RawDb raw(dbPath());
        // journal_mode=WAL is a property of the file, so another connection reports it.
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void migrationFromOlderSchemaKeepsDataAndMakesABackup()
    {
        const Incident inc = sampleIncident();
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            QVERIFY(store->saveIncident(inc));
            JournalEntry e = entry(inc.id, QStringLiteral("before the upgrade"), utc(1, 10, 1));
            QVERIFY(store->addJournalEntry(&e));
        }
        const int old = SqlIncidentStore::schemaVersion();
        const int next = old + 1;
        // A newer program: one more migration that adds a column and a table (as issue 7 will).
        const QString root = migrationRootWith(
            {{QStringLiteral("%1_members.sql").arg(next, 3, 10, QLatin1Char('0')),
              "-- test migration; a ';' in a comment and in 'a string;' must not split\n"
              "ALTER TABLE incidents ADD COLUMN severity TEXT NOT NULL DEFAULT 'high;est';\n"
              "CREATE TABLE members (incident_id TEXT NOT NULL REFERENCES incidents (id), user_name TEXT NOT "
              "NULL);\n"
              "INSERT INTO members SELECT id, assignee FROM incidents WHERE assignee <> '';\n"}});
        QVERIFY(!root.isEmpty());

        auto store = openStore(dbPath(), root);
        QVERIFY(store);
        const QVector<Incident> all = store->incidents();
        QCOMPARE(all.size(), 1);
        const QString diff = compareIncidents(all.first(), inc);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(store->journal(inc.id).size(), 1);
        store.reset();

        RawDb raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), next);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT severity FROM incidents")).toString(),
                 QStringLiteral("high;est"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT user_name FROM members")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT text FROM journal")).toString(),
                 QStringLiteral("before the upgrade"));

        // The copy from before the upgrade: the old version with all its data.
        const QString backupPath = dbPath() + QStringLiteral(".backup-v%1").arg(old);
        QVERIFY2(QFile::exists(backupPath), qPrintable(backupPath));
        RawDb backup(backupPath);
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), old);
        QVERIFY(!backup.hasTable(QStringLiteral("members")));
        QCOMPARE(backup.scalar(QStringLiteral("SELECT id FROM incidents")).toString(), inc.id);
        QCOMPARE(backup.scalar(QStringLiteral("SELECT text FROM journal")).toString(),
                 QStringLiteral("before the upgrade"));
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void failedMigrationLeavesTheDatabaseUnchanged()
    {
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            QVERIFY(store->saveIncident(sampleIncident()));
        }
        const int old = SqlIncidentStore::schemaVersion();
        const QString root =
            migrationRootWith({{QStringLiteral("%1_broken.sql").arg(old + 1, 3, 10, QLatin1Char('0')),
                                "CREATE TABLE members (user_name TEXT NOT NULL);\n"
                                "ALTER TABLE incidents ADD COLUMN severity TEXT;\n"
                                "INSERT INTO no_such_table VALUES (1);\n"}});
        SqlIncidentStore store(settingsFor(dbPath()));
        store.setMigrationsRoot(root);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QStringLiteral("schema version %1").arg(old + 1)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String(".backup-v")), qPrintable(error));
        QCOMPARE(store.lastError(), error);
        QVERIFY(!store.saveIncident(sampleIncident()));

        // The first two statements were rolled back with the third.
        RawDb raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), old);
        QVERIFY(!raw.hasTable(QStringLiteral("members")));
        QCOMPARE(raw.rows(QStringLiteral("SELECT severity FROM incidents")).size(), 0);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 1);
    }

    void newerSchemaIsRefused()
    {
        {
            auto store = openStore(dbPath());
            QVERIFY(store);
            QVERIFY(store->saveIncident(sampleIncident()));
        }
        {
            RawDb raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        SqlIncidentStore store(settingsFor(dbPath()));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(dbPath())), qPrintable(error));
        QVERIFY(!store.isConnected());
        QVERIFY(store.incidents().isEmpty());

        RawDb raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 99);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM incidents")).toInt(), 1);
        QVERIFY(QDir(tmp->filePath(QStringLiteral("desk")))
                    .entryList({QStringLiteral("*.backup-*")}, QDir::Files)
                    .isEmpty());
    }

    void foreignDatabaseIsRefused()
    {
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        {
            RawDb raw(dbPath());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        }
        SqlIncidentStore store(settingsFor(dbPath()));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("not an On-Call Desk database")), qPrintable(error));
        RawDb raw(dbPath());
        QVERIFY(!raw.hasTable(QStringLiteral("incidents")));
    }

    void garbageFileIsRefused()
    {
        QDir().mkpath(QFileInfo(dbPath()).absolutePath());
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        SqlIncidentStore store(settingsFor(dbPath()));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("not an On-Call Desk database, or it is damaged")),
                 qPrintable(error));
    }

    void unwritablePathIsRefused()
    {
        // A regular file where the folder should be: fails for root too.
        const QString blocker = tmp->filePath(QStringLiteral("blocker"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        SqlIncidentStore store(settingsFor(blocker + QStringLiteral("/sub/oncall-desk.sqlite")));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.startsWith(QLatin1String("Cannot create the folder")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(blocker)), qPrintable(error));
        QVERIFY(!store.saveIncident(sampleIncident()));
        QVERIFY(!store.lastError().isEmpty());

        // A folder where the file should be.
        QDir().mkpath(dbPath());
        SqlIncidentStore onDir(settingsFor(dbPath()));
        QVERIFY(!onDir.open(&error));
        QVERIFY2(error.contains(QLatin1String("is not a file")), qPrintable(error));

        if (::geteuid() != 0) { // root may write anywhere
            const QString ro = tmp->filePath(QStringLiteral("readonly"));
            QVERIFY(QDir().mkpath(ro));
            QVERIFY(QFile::setPermissions(ro, QFile::ReadOwner | QFile::ExeOwner));
            SqlIncidentStore inRo(settingsFor(ro + QStringLiteral("/oncall-desk.sqlite")));
            QVERIFY(!inRo.open(&error));
            QVERIFY2(error.contains(QLatin1String("the folder is not writable")), qPrintable(error));
            QFile::setPermissions(ro, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
    }

    void localPresenceIsThisDesk()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QSignalSpy changed(store.get(), &ocd::IncidentStore::presenceChanged);
        QVERIFY(store->onlineUsers().isEmpty());
        store->heartbeat(QStringLiteral("alice"), QStringLiteral("desk-1"));
        QCOMPARE(store->onlineUsers(), QStringList{QStringLiteral("alice")});
        QCOMPARE(changed.size(), 1);
        store->heartbeat(QStringLiteral("alice"), QStringLiteral("desk-1"));
        QCOMPARE(changed.size(), 1); // nothing changed
        store->heartbeat(QStringLiteral("bob"), QStringLiteral("desk-1"));
        QCOMPARE(store->onlineUsers(), QStringList{QStringLiteral("bob")});
        QCOMPARE(changed.size(), 2);
    }

    void closedStoreRefusesWithAMessage()
    {
        SqlIncidentStore store(settingsFor(dbPath()));
        QVERIFY(!store.isConnected());
        QVERIFY(!store.saveIncident(sampleIncident()));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.open());
        QVERIFY(store.isConnected());
        store.close();
        JournalEntry e = entry(QStringLiteral("x"), QStringLiteral("y"), utc(1, 1, 1));
        QVERIFY(!store.addJournalEntry(&e));
        QCOMPARE(store.lastError(), QStringLiteral("The incident database is not open."));
    }
};

QTEST_GUILESS_MAIN(TstStorageSqlite)
#include "tst_storage_sqlite.moc"
