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

#include <ctime>
#include <memory>

#include <unistd.h>

using ocd::CallFilter;
using ocd::CallRecord;
using ocd::DatabaseSettings;
using ocd::Incident;
using ocd::IncidentStore;
using ocd::JournalEntry;
using ocd::Member;
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

// Wall-clock time on the desk (the test runs in Europe/Berlin, see initTestCase), as UTC.
QDateTime local(int day, int h, int m = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(h, m)).toUTC();
}

Member member(const QString &id, const QString &name, const QString &source)
{
    Member m;
    m.id = id;
    m.name = name;
    m.source = source;
    return m;
}

QStringList memberIds(const QVector<Member> &members)
{
    QStringList out;
    for (const Member &m : members)
        out << m.id;
    return out;
}

CallRecord call(const QString &memberId, const QDateTime &time, const QString &topic, const QString &summary,
                const QString &incidentId = {})
{
    CallRecord c;
    c.memberId = memberId;
    c.time = time;
    c.author = QStringLiteral("alice");
    c.topic = topic;
    c.summary = summary;
    c.incidentId = incidentId;
    return c;
}

QStringList topics(const QVector<CallRecord> &calls)
{
    QStringList out;
    for (const CallRecord &c : calls)
        out << c.topic;
    return out;
}

QString compareCalls(const CallRecord &a, const CallRecord &b)
{
    QStringList diff;
    const auto check = [&](const char *field, const QVariant &x, const QVariant &y) {
        if (x != y)
            diff << QStringLiteral("%1: %2 != %3").arg(QLatin1String(field), x.toString(), y.toString());
    };
    check("id", a.id, b.id);
    check("time", a.time, b.time);
    check("author", a.author, b.author);
    check("callerNumber", a.callerNumber, b.callerNumber);
    check("memberId", a.memberId, b.memberId);
    check("channel", int(a.channel), int(b.channel));
    check("outgoing", a.outgoing, b.outgoing);
    check("topic", a.topic, b.topic);
    check("summary", a.summary, b.summary);
    check("incidentId", a.incidentId, b.incidentId);
    check("handedTo", a.handedTo, b.handedTo);
    check("status", int(a.status), int(b.status));
    check("followUpDue", a.followUpDue, b.followUpDue);
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

    // A migration root with only the shipped migrations up to `version`, as an older program had.
    QString migrationRootUpTo(int version)
    {
        const QString root = tmp->filePath(QStringLiteral("migrations-upto-%1").arg(version));
        QDir().mkpath(root + QStringLiteral("/sqlite"));
        const QString builtin = QStringLiteral(":/storage/migrations/sqlite");
        for (const QString &f : QDir(builtin).entryList(QDir::Files)) {
            if (f.section(u'_', 0, 0).toInt() <= version)
                QFile::copy(builtin + u'/' + f, root + QStringLiteral("/sqlite/") + f);
        }
        return root;
    }

private slots:
    void initTestCase()
    {
        // Call days are the desk's days: a time zone away from UTC shows whether they are.
        qputenv("TZ", "Europe/Berlin");
        ::tzset();
        QCOMPARE(local(1, 12).time(), QTime(10, 0)); // CEST
    }

    void init()
    {
        tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(tmp->isValid());
    }

    void schemaVersionMatchesTheMigrationFiles()
    {
        // 1: incidents and journal; 2: members and calls.
        QVERIFY(SqlIncidentStore::schemaVersion() >= 2);
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

    void membersReplaceBySource()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        QSignalSpy changed(store.get(), &IncidentStore::membersChanged);
        QVERIFY(store->members().isEmpty());

        Member bernd = member(QStringLiteral("m-1"), QStringLiteral("bernd Bauer"), QStringLiteral("icinga"));
        bernd.objects = {QStringLiteral("host1"), QStringLiteral("vm1!http")};
        bernd.tier = QStringLiteral("extended-4h");
        const Member clara =
            member(QStringLiteral("m-2"), QStringLiteral("Clara Conrad"), QStringLiteral("icinga"));
        QVERIFY2(store->replaceMembers({bernd, clara}, QStringLiteral("icinga")),
                 qPrintable(store->lastError()));

        Member anna = member(QStringLiteral("m-10"), QStringLiteral("Anna Arndt"), QStringLiteral("import"));
        anna.phones = {QStringLiteral("+49 30 123-45"), QStringLiteral("0171 \"mobil\", 9")};
        anna.email = QStringLiteral("anna@example.org");
        anna.caretaker = QStringLiteral("alice");
        anna.objects = {QStringLiteral("vm7")};
        const Member zoe =
            member(QStringLiteral("m-11"), QStringLiteral("Zoe Zander"), QStringLiteral("import"));
        // Stored with the source it was imported as, whatever it says itself.
        Member dora = member(QStringLiteral("m-12"), QStringLiteral("Dora Dahl"), QStringLiteral("icinga"));
        QVERIFY2(store->replaceMembers({anna, zoe, dora}, QStringLiteral("import")),
                 qPrintable(store->lastError()));
        QCOMPARE(changed.size(), 2);
        dora.source = QStringLiteral("import");

        // By name, case-insensitive; every field round trips.
        QVector<Member> all = store->members();
        QCOMPARE(memberIds(all),
                 (QStringList{QStringLiteral("m-10"), QStringLiteral("m-1"), QStringLiteral("m-2"),
                              QStringLiteral("m-12"), QStringLiteral("m-11")}));
        QVERIFY(all == (QVector<Member>{anna, bernd, clara, dora, zoe}));
        {
            RawDb raw(dbPath());
            const auto rows = raw.rows(QStringLiteral(
                "SELECT phones, objects, source, tier, updated_at FROM members WHERE id = 'm-10'"));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows[0][0].toString(), QStringLiteral("[\"+49 30 123-45\",\"0171 \\\"mobil\\\", 9\"]"));
            QCOMPARE(rows[0][1].toString(), QStringLiteral("[\"vm7\"]"));
            QCOMPARE(rows[0][2].toString(), QStringLiteral("import"));
            QCOMPARE(rows[0][3].toString(), QStringLiteral("standard"));
            QVERIFY(qAbs(QDateTime::fromString(rows[0][4].toString(), Qt::ISODateWithMs)
                             .secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }

        // The next import replaces the previous one; Icinga's members stay as they were.
        const Member emil =
            member(QStringLiteral("m-13"), QStringLiteral("Emil Ernst"), QStringLiteral("import"));
        QVERIFY(store->replaceMembers({emil}, QStringLiteral("import")));
        all = store->members();
        QCOMPARE(memberIds(all),
                 (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-13")}));
        QVERIFY(all.at(0) == bernd);
        QVERIFY(all.at(1) == clara);
        QCOMPARE(changed.size(), 3);

        // A member without an id: refused before anything is written.
        QVERIFY(!store->replaceMembers({anna, member({}, QStringLiteral("Nobody"), {})},
                                       QStringLiteral("import")));
        QVERIFY2(store->lastError().contains(QLatin1String("Nobody")), qPrintable(store->lastError()));
        QCOMPARE(memberIds(store->members()),
                 (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-13")}));

        // A row the database refuses halfway through: the delete before it is undone as well.
        {
            RawDb raw(dbPath());
            QVERIFY(raw.exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON members WHEN NEW.id = 'm-bad' "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        }
        QVERIFY(!store->replaceMembers({anna, member(QStringLiteral("m-bad"), QStringLiteral("Bad"), {})},
                                       QStringLiteral("import")));
        QVERIFY2(store->lastError().contains(QLatin1String("refused by the test")) &&
                     store->lastError().contains(QLatin1String("m-bad")),
                 qPrintable(store->lastError()));
        QCOMPARE(memberIds(store->members()),
                 (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-13")}));
        QCOMPARE(changed.size(), 3);

        // One row per id: the import takes over a member Icinga had, and the next Icinga run
        // without it leaves it with the import.
        Member claraImported = clara;
        claraImported.name = QStringLiteral("Clara Conrad-Neu");
        claraImported.source = QStringLiteral("import");
        QVERIFY(store->replaceMembers({emil, claraImported}, QStringLiteral("import")));
        QVERIFY(store->replaceMembers({bernd}, QStringLiteral("icinga")));
        all = store->members();
        QCOMPARE(memberIds(all),
                 (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-13")}));
        QVERIFY(all.at(1) == claraImported);

        // An empty import removes the imported members, and only those.
        QVERIFY(store->replaceMembers({}, QStringLiteral("import")));
        QCOMPARE(memberIds(store->members()), QStringList{QStringLiteral("m-1")});
        QCOMPARE(changed.size(), 6);

        // Kept in the file.
        store.reset();
        auto again = openStore(dbPath());
        QVERIFY(again);
        QCOMPARE(again->members(), QVector<Member>{bernd});
    }

    void callsSaveUpdateAndFilter()
    {
        auto store = openStore(dbPath());
        QVERIFY(store);
        const Incident inc = sampleIncident();
        QVERIFY(store->saveIncident(inc));
        QSignalSpy changed(store.get(), &IncidentStore::callsChanged);

        // May 1 23:30 and May 2 00:30 on the desk are both May 1 in UTC.
        CallRecord day1 = call(QStringLiteral("m-1"), local(1, 23, 30), QStringLiteral("VPN down"),
                               QStringLiteral("cannot connect since 23:00"), inc.id);
        day1.callerNumber = QStringLiteral("+49 30 123-45");
        CallRecord day2 = call(QStringLiteral("m-2"), local(2, 0, 30), QStringLiteral("Mail bounced"),
                               QStringLiteral("Störung beim Versand, 50% der Mails"));
        day2.channel = CallRecord::Channel::Email;
        day2.outgoing = true;
        CallRecord day3 = call(QStringLiteral("m-1"), local(3, 12), QStringLiteral("Rückruf"),
                               QStringLiteral("Status_Update gegeben"), inc.id);
        day3.channel = CallRecord::Channel::Chat;
        day3.status = CallRecord::Status::HandedOver;
        day3.handedTo = QStringLiteral("bob");
        day3.followUpDue = local(4, 9, 15);
        CallRecord day5 = call(QString(), local(5, 8), QStringLiteral("Unknown caller"),
                               QStringLiteral("asked for the Größe of a VM"));
        day5.callerNumber = QStringLiteral("0171 99");
        // Saved out of time order: the list is in time order.
        for (CallRecord *c : {&day3, &day5, &day1, &day2})
            QVERIFY2(store->saveCall(c), qPrintable(store->lastError()));
        QVERIFY(day3.id > 0);
        QVERIFY(day5.id > day3.id);
        QVERIFY(day1.id > day5.id);
        QVERIFY(day2.id > day1.id);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.at(0).at(0).toLongLong(), day3.id);
        QCOMPARE(changed.at(3).at(0).toLongLong(), day2.id);

        {
            RawDb raw(dbPath());
            const auto rows =
                raw.rows(QStringLiteral("SELECT id, time, channel, outgoing, status, incident_id, "
                                        "follow_up_due, handed_to, member_id FROM calls ORDER BY id"));
            QCOMPARE(rows.size(), 4);
            QCOMPARE(rows[0][0].toLongLong(), day3.id);
            QCOMPARE(rows[0][1].toString(), QStringLiteral("2024-05-03T10:00:00.000Z"));
            QCOMPARE(rows[0][2].toString(), QStringLiteral("chat"));
            QCOMPARE(rows[0][3].toInt(), 0);
            QCOMPARE(rows[0][4].toString(), QStringLiteral("handed-over"));
            QCOMPARE(rows[0][5].toString(), inc.id);
            QCOMPARE(rows[0][6].toString(), QStringLiteral("2024-05-04T07:15:00.000Z"));
            QCOMPARE(rows[0][7].toString(), QStringLiteral("bob"));
            QCOMPARE(rows[1][8].toString(), QString()); // unknown caller
            QCOMPARE(rows[3][2].toString(), QStringLiteral("email"));
            QCOMPARE(rows[3][3].toInt(), 1);
            QCOMPARE(rows[3][4].toString(), QStringLiteral("open"));
            QVERIFY(rows[3][5].isNull()); // no incident
            QVERIFY(rows[3][6].isNull());
        }

        // Newest first, every field as saved.
        const QVector<CallRecord> all = store->calls({});
        QCOMPARE(topics(all), (QStringList{day5.topic, day3.topic, day2.topic, day1.topic}));
        const QVector<CallRecord> expected{day5, day3, day2, day1};
        for (int i = 0; i < all.size(); ++i) {
            const QString diff = compareCalls(all.at(i), expected.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        const auto find = [&](CallFilter f) { return topics(store->calls(f)); };
        CallFilter f;
        f.memberId = QStringLiteral("m-1");
        QCOMPARE(find(f), (QStringList{day3.topic, day1.topic}));
        f = {};
        f.incidentId = inc.id;
        QCOMPARE(find(f), (QStringList{day3.topic, day1.topic}));
        f.incidentId = QStringLiteral("no-such-incident");
        QVERIFY(find(f).isEmpty());

        // Days on the desk's calendar, both ends included.
        f = {};
        f.from = QDate(2024, 5, 2);
        f.to = QDate(2024, 5, 3);
        QCOMPARE(find(f), (QStringList{day3.topic, day2.topic}));
        f.to = {};
        QCOMPARE(find(f), (QStringList{day5.topic, day3.topic, day2.topic}));
        f = {};
        f.to = QDate(2024, 5, 1);
        QCOMPARE(find(f), QStringList{day1.topic});
        f.from = QDate(2024, 5, 4);
        f.to = QDate(2024, 5, 4);
        QVERIFY(find(f).isEmpty());

        // Text in topic, summary or caller number, case-insensitive, taken literally.
        const auto text = [&](const QString &t, int limit = 500) {
            CallFilter tf;
            tf.text = t;
            tf.limit = limit;
            return find(tf);
        };
        QCOMPARE(text(QStringLiteral("vpn")), QStringList{day1.topic});
        QCOMPARE(text(QStringLiteral("SINCE 23")), QStringList{day1.topic});
        QCOMPARE(text(QStringLiteral("123-45")), QStringList{day1.topic});
        QCOMPARE(text(QStringLiteral(" 0171 ")), QStringList{day5.topic});
        QCOMPARE(text(QStringLiteral("%")), QStringList{day2.topic});
        QCOMPARE(text(QStringLiteral("s_u")), QStringList{day3.topic});
        QCOMPARE(text(QStringLiteral("STÖRUNG")), QStringList{day2.topic});
        QCOMPARE(text(QStringLiteral("rÜck")), QStringList{day3.topic});
        QCOMPARE(text(QStringLiteral("ö")), (QStringList{day5.topic, day2.topic}));
        QCOMPARE(text(QStringLiteral("ö"), 1), QStringList{day5.topic});
        QCOMPARE(text(QStringLiteral("a"), 2), (QStringList{day5.topic, day3.topic}));
        QCOMPARE(text(QStringLiteral("nothing like this")), QStringList());
        f = {};
        f.memberId = QStringLiteral("m-1");
        f.from = QDate(2024, 5, 2);
        f.text = QStringLiteral("ü");
        QCOMPARE(find(f), QStringList{day3.topic});
        f.limit = 0; // all
        f.text.clear();
        f.from = {};
        QCOMPARE(find(f), (QStringList{day3.topic, day1.topic}));

        // Update by id.
        const qint64 id = day2.id;
        day2.status = CallRecord::Status::Resolved;
        day2.summary = QStringLiteral("resent, all delivered");
        day2.handedTo = QStringLiteral("carol");
        day2.incidentId = inc.id;
        day2.followUpDue = local(6, 10);
        QVERIFY2(store->saveCall(&day2), qPrintable(store->lastError()));
        QCOMPARE(day2.id, id);
        QCOMPARE(changed.size(), 5);
        QCOMPARE(changed.last().at(0).toLongLong(), id);
        f = {};
        f.incidentId = inc.id;
        const QVector<CallRecord> linked = store->calls(f);
        QCOMPARE(topics(linked), (QStringList{day3.topic, day2.topic, day1.topic}));
        const QString diff = compareCalls(linked.at(1), day2);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(store->calls({}).size(), 4);

        // Without a time the call gets "now".
        CallRecord untimed = call(QStringLiteral("m-3"), QDateTime(), QStringLiteral("untimed"), {});
        QVERIFY(store->saveCall(&untimed));
        QVERIFY(qAbs(untimed.time.secsTo(QDateTime::currentDateTimeUtc())) < 5);
        QCOMPARE(store->calls({}).first().topic, QStringLiteral("untimed"));
        QCOMPARE(changed.size(), 6);

        // Refused: an update of a call that is not there, a link to an incident that is not there.
        CallRecord missing = day1;
        missing.id = 99999;
        QVERIFY(!store->saveCall(&missing));
        QVERIFY2(store->lastError().contains(QLatin1String("no such call")), qPrintable(store->lastError()));
        CallRecord orphan = call(QStringLiteral("m-1"), local(7, 9), QStringLiteral("orphan"), {},
                                 QStringLiteral("no-such-incident"));
        QVERIFY(!store->saveCall(&orphan));
        QCOMPARE(orphan.id, 0);
        QVERIFY2(store->lastError().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(store->lastError()));
        QCOMPARE(store->calls({}).size(), 5);
        QCOMPARE(changed.size(), 6);

        RawDb raw(dbPath());
        // A channel or status a newer desk wrote reads as the default.
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE calls SET channel = 'video', status = 'escalated' WHERE id = %1")
                         .arg(day5.id)));
        f = {};
        f.text = QStringLiteral("unknown caller");
        const QVector<CallRecord> odd = store->calls(f);
        QCOMPARE(odd.size(), 1);
        QCOMPARE(odd[0].channel, CallRecord::Channel::Phone);
        QCOMPARE(odd[0].status, CallRecord::Status::Open);

        // An incident that is deleted (not something the desk does yet) leaves its calls, unlinked.
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM journal")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM incidents")));
        f = {};
        f.incidentId = inc.id;
        QVERIFY(store->calls(f).isEmpty());
        f = {};
        f.memberId = QStringLiteral("m-1");
        const QVector<CallRecord> unlinked = store->calls(f);
        QCOMPARE(topics(unlinked), (QStringList{day3.topic, day1.topic}));
        QCOMPARE(unlinked[0].incidentId, QString());
    }

    void migrationFromVersion1AddsMembersAndCalls()
    {
        const Incident inc = sampleIncident();
        {
            auto store = openStore(dbPath(), migrationRootUpTo(1));
            QVERIFY(store);
            QVERIFY(store->saveIncident(inc));
            JournalEntry e = entry(inc.id, QStringLiteral("written by version 1"), utc(1, 10, 1));
            QVERIFY(store->addJournalEntry(&e));
        }
        {
            RawDb raw(dbPath());
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QVERIFY(!raw.hasTable(QStringLiteral("calls")));
        }

        auto store = openStore(dbPath());
        QVERIFY(store);
        const QVector<Incident> all = store->incidents();
        QCOMPARE(all.size(), 1);
        const QString diff = compareIncidents(all.first(), inc);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(store->journal(inc.id).size(), 1);
        QVERIFY(store->members().isEmpty());
        QVERIFY(store->calls({}).isEmpty());
        CallRecord c =
            call(QStringLiteral("m-1"), local(1, 10), QStringLiteral("after the upgrade"), {}, inc.id);
        QVERIFY2(store->saveCall(&c), qPrintable(store->lastError()));
        QVERIFY(store->replaceMembers({member(QStringLiteral("m-1"), QStringLiteral("Anna"), {})},
                                      QStringLiteral("import")));

        RawDb raw(dbPath());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QVERIFY(raw.hasTable(QStringLiteral("members")));
        QVERIFY(raw.hasTable(QStringLiteral("calls")));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                      "('members_source', 'calls_member_time', 'calls_incident_time', "
                                      "'calls_time')"))
                .toInt(),
            4);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT incident_id FROM calls")).toString(), inc.id);

        const QString backupPath = dbPath() + QStringLiteral(".backup-v1");
        QVERIFY2(QFile::exists(backupPath), qPrintable(backupPath));
        RawDb backup(backupPath);
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!backup.hasTable(QStringLiteral("calls")));
        QCOMPARE(backup.scalar(QStringLiteral("SELECT id FROM incidents")).toString(), inc.id);
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
        // A newer program: one more migration that adds a column and a table.
        const QString root = migrationRootWith(
            {{QStringLiteral("%1_watchers.sql").arg(next, 3, 10, QLatin1Char('0')),
              "-- test migration; a ';' in a comment and in 'a string;' must not split\n"
              "ALTER TABLE incidents ADD COLUMN severity TEXT NOT NULL DEFAULT 'high;est';\n"
              "CREATE TABLE watchers (incident_id TEXT NOT NULL REFERENCES incidents (id), user_name TEXT "
              "NOT "
              "NULL);\n"
              "INSERT INTO watchers SELECT id, assignee FROM incidents WHERE assignee <> '';\n"}});
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
        QCOMPARE(raw.scalar(QStringLiteral("SELECT user_name FROM watchers")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT text FROM journal")).toString(),
                 QStringLiteral("before the upgrade"));

        // The copy from before the upgrade: the old version with all its data.
        const QString backupPath = dbPath() + QStringLiteral(".backup-v%1").arg(old);
        QVERIFY2(QFile::exists(backupPath), qPrintable(backupPath));
        RawDb backup(backupPath);
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), old);
        QVERIFY(!backup.hasTable(QStringLiteral("watchers")));
        QVERIFY(backup.hasTable(QStringLiteral("calls")));
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
                                "CREATE TABLE watchers (user_name TEXT NOT NULL);\n"
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
        QVERIFY(!raw.hasTable(QStringLiteral("watchers")));
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
        CallRecord c = call(QStringLiteral("m-1"), utc(1, 1, 1), QStringLiteral("t"), {});
        QVERIFY(!store.saveCall(&c));
        QVERIFY(!store.replaceMembers({}, QStringLiteral("import")));
        QVERIFY(store.calls({}).isEmpty());
        QVERIFY(store.members().isEmpty());
        QCOMPARE(store.lastError(), QStringLiteral("The incident database is not open."));
    }
};

QTEST_GUILESS_MAIN(TstStorageSqlite)
#include "tst_storage_sqlite.moc"
