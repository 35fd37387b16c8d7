// Integration with a real PostgreSQL 15 (tests/lab/postgres-lab.sh, started by the ctest fixture
// "postgres"): two SqlIncidentStore instances are two desks of a team. What the stores claim is
// checked through a connection of the test's own. Never skipped: without the lab these tests fail.
//
// The same binary is also the crash tests' writer: with ONCALL_PG_WRITER set, main() only writes
// journal entries in a loop (printing "ok N" after each commit) until it is killed.
#include "storage/SqlIncidentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using ocd::CallFilter;
using ocd::CallRecord;
using ocd::DatabaseSettings;
using ocd::Incident;
using ocd::IncidentStore;
using ocd::JournalEntry;
using ocd::Member;
using ocd::SqlIncidentStore;

namespace {

constexpr int kDeliveryLimitMs = 2000;
const QString kOldDb = QStringLiteral("oncall_desk_old");
const QString kV1Db = QStringLiteral("oncall_desk_v1");
const QString kCallsDb = QStringLiteral("oncall_desk_calls");

// The lab's lab.env and script.
class LabPostgres
{
public:
    LabPostgres()
        : m_dir(qEnvironmentVariable("ONCALL_PG_LAB_DIR")),
          m_script(qEnvironmentVariable("ONCALL_PG_LAB_SCRIPT"))
    {
        QFile f(m_dir + QStringLiteral("/lab.env"));
        if (!f.open(QIODevice::ReadOnly))
            return;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    bool isValid() const { return !m_env.isEmpty(); }
    QString value(const QString &key) const { return m_env.value(key); }

    DatabaseSettings settings(const QString &database = {}) const
    {
        DatabaseSettings s;
        s.driver = DatabaseSettings::PostgreSQL;
        s.host = value(QStringLiteral("PG_HOST"));
        s.port = value(QStringLiteral("PG_PORT")).toInt();
        s.database = database.isEmpty() ? value(QStringLiteral("PG_DB")) : database;
        s.user = value(QStringLiteral("PG_USER"));
        s.password = value(QStringLiteral("PG_PASSWORD"));
        return s;
    }

    // Runs "postgres-lab.sh <command> DIR"; true on exit 0.
    bool run(const QString &command) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QStringLiteral("bash"), {m_script, command, m_dir});
        return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private:
    QMap<QString, QString> m_env;
    QString m_dir;
    QString m_script;
};

// A connection of the test's own (as the oncall role), independent of the store.
class RawPg
{
public:
    RawPg(const LabPostgres &lab, const QString &database)
    {
        static int n = 0;
        m_name = QStringLiteral("raw-pg-%1").arg(++n);
        const DatabaseSettings s = lab.settings(database);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(s.host);
        db.setPort(s.port);
        db.setDatabaseName(s.database);
        db.setUserName(s.user);
        db.setPassword(s.password);
        m_ok = db.open();
        if (!m_ok)
            qWarning("raw connection to %s failed: %s", qPrintable(database),
                     qPrintable(db.lastError().text()));
    }
    ~RawPg()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<error: %1>").arg(q.lastError().text());
        return q.value(0);
    }
    QVector<QVariantList> rows(const QString &sql) const
    {
        QVector<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            out.append(row);
        }
        return out;
    }
    bool hasTable(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(table)).toBool();
    }

private:
    QString m_name;
    bool m_ok = false;
};

Incident makeIncident(const QString &id, const QString &title)
{
    Incident i;
    i.id = id;
    i.rootKey = QStringLiteral("host1");
    i.title = title;
    i.state = Incident::State::Investigating;
    i.assignee = QStringLiteral("alice");
    i.alarmKeys = {QStringLiteral("host1"), QStringLiteral("vm1!http")};
    i.openedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0, 123), QTimeZone::utc());
    i.acknowledgedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 1, 0), QTimeZone::utc());
    i.updatedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 1, 0), QTimeZone::utc());
    return i;
}

JournalEntry makeEntry(const QString &incidentId, const QString &text)
{
    JournalEntry e;
    e.incidentId = incidentId;
    e.time = QDateTime::currentDateTimeUtc();
    e.author = QStringLiteral("alice");
    e.kind = JournalEntry::Kind::Note;
    e.text = text;
    return e;
}

// Wall-clock time on the desk (the test runs in Europe/Berlin, see initTestCase), as UTC.
QDateTime local(int day, int h, int m = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(h, m)).toUTC();
}

Member makeMember(const QString &id, const QString &name)
{
    Member m;
    m.id = id;
    m.name = name;
    return m;
}

QStringList memberIds(const QVector<Member> &members)
{
    QStringList out;
    for (const Member &m : members)
        out << m.id;
    return out;
}

CallRecord makeCall(const QString &memberId, const QDateTime &time, const QString &topic,
                    const QString &summary = {}, const QString &incidentId = {})
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

// Long enough to span several WAL records' worth of bytes; every character is predictable from
// n, so a torn row cannot pass for a whole one.
QString writerText(const QString &prefix, int n)
{
    QString body;
    for (int i = 0; i < 200; ++i)
        body += QStringLiteral("%1-%2;").arg(n).arg(i);
    return QStringLiteral("%1 #%2 [%3] #%2 end").arg(prefix).arg(n).arg(body);
}

std::unique_ptr<SqlIncidentStore> openStore(const DatabaseSettings &s, const QString &migrationsRoot = {})
{
    auto store = std::make_unique<SqlIncidentStore>(s);
    if (!migrationsRoot.isEmpty())
        store->setMigrationsRoot(migrationsRoot);
    QString error;
    if (!store->open(&error)) {
        qWarning("open %s failed: %s", qPrintable(s.database), qPrintable(error));
        return nullptr;
    }
    return store;
}

// The crash tests' child: writes entries numbered 0, 1, 2, ... and says "ok N" after each
// commit. Stops at the first failed write (then it is unknown whether N was stored).
int runWriter()
{
    LabPostgres lab;
    const QString prefix = qEnvironmentVariable("ONCALL_PG_WRITER");
    const QString incidentId = qEnvironmentVariable("ONCALL_PG_WRITER_INCIDENT");
    SqlIncidentStore store(lab.settings());
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 2;
    }
    for (int n = 0;; ++n) {
        JournalEntry e = makeEntry(incidentId, writerText(prefix, n));
        if (!store.addJournalEntry(&e)) {
            std::fprintf(stderr, "writer: entry %d failed: %s\n", n, qPrintable(store.lastError()));
            return 3;
        }
        std::printf("ok %d\n", n);
        std::fflush(stdout);
    }
}

// Every entry of the writer's incident must be a whole one, numbered 0..count-1 in commit order.
QString checkWriterEntries(const RawPg &raw, const QString &prefix, const QString &incidentId, int *count)
{
    const auto rows = raw.rows(
        QStringLiteral("SELECT id, text FROM journal WHERE incident_id = '%1' ORDER BY id").arg(incidentId));
    *count = int(rows.size());
    for (int n = 0; n < rows.size(); ++n) {
        const QString text = rows[n][1].toString();
        if (text != writerText(prefix, n))
            return QStringLiteral("row %1 (id %2) is not entry %1: %3...")
                .arg(n)
                .arg(rows[n][0].toLongLong())
                .arg(text.left(60));
    }
    return {};
}

} // namespace

class TstStoragePostgresLive : public QObject
{
    Q_OBJECT

    LabPostgres lab;
    QTemporaryDir tmp;

    // A migration root with the shipped PostgreSQL migrations plus extra later ones.
    QString migrationRootWith(const QString &name, const QByteArray &sql)
    {
        const QString root = tmp.filePath(QStringLiteral("migrations-") + name);
        QDir().mkpath(root + QStringLiteral("/postgres"));
        const QString builtin = QStringLiteral(":/storage/migrations/postgres");
        for (const QString &f : QDir(builtin).entryList(QDir::Files))
            QFile::copy(builtin + u'/' + f, root + QStringLiteral("/postgres/") + f);
        QFile f(root + QStringLiteral("/postgres/") +
                QStringLiteral("%1_%2.sql")
                    .arg(SqlIncidentStore::schemaVersion() + 1, 3, 10, QLatin1Char('0'))
                    .arg(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(sql) != sql.size())
            return {};
        return root;
    }

    // A migration root with only the shipped migrations up to `version`, as an older program had.
    QString migrationRootUpTo(int version)
    {
        const QString root = tmp.filePath(QStringLiteral("migrations-upto-%1").arg(version));
        QDir().mkpath(root + QStringLiteral("/postgres"));
        const QString builtin = QStringLiteral(":/storage/migrations/postgres");
        for (const QString &f : QDir(builtin).entryList(QDir::Files)) {
            if (f.section(u'_', 0, 0).toInt() <= version)
                QFile::copy(builtin + u'/' + f, root + QStringLiteral("/postgres/") + f);
        }
        return root;
    }

    // Drops and creates a database as the oncall role (CREATEDB), from the maintenance database.
    bool recreateDatabase(const QString &name)
    {
        RawPg admin(lab, QStringLiteral("postgres"));
        return admin.ok() &&
               admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name)) &&
               admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    }

    // Starts the writer child on incidentId and waits until it reported `atLeast` commits.
    bool startWriter(QProcess *p, const QString &prefix, const QString &incidentId, int atLeast,
                     int *reported)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONCALL_PG_WRITER"), prefix);
        env.insert(QStringLiteral("ONCALL_PG_WRITER_INCIDENT"), incidentId);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->setReadChannel(QProcess::StandardOutput);
        connect(p, &QProcess::readyReadStandardOutput, p, [p, reported] {
            while (p->canReadLine()) {
                const QByteArray line = p->readLine().trimmed();
                if (line.startsWith("ok "))
                    *reported = line.mid(3).toInt() + 1;
            }
        });
        p->start(QCoreApplication::applicationFilePath(), {});
        if (!p->waitForStarted(10000))
            return false;
        QElapsedTimer t;
        t.start();
        while (*reported < atLeast && t.elapsed() < 30000 && p->state() == QProcess::Running)
            QTest::qWait(5);
        return *reported >= atLeast;
    }

private slots:
    void initTestCase()
    {
        // Call days are the desk's days: a time zone away from UTC shows whether they are.
        qputenv("TZ", "Europe/Berlin");
        ::tzset();
        QCOMPARE(local(1, 12).time(), QTime(10, 0)); // CEST
        QVERIFY2(lab.isValid(),
                 "no lab.env: run through ctest (fixture 'postgres') or start tests/lab/postgres-lab.sh");
        QVERIFY(tmp.isValid());
        // Repeatable against a lab that is already in use: the team database starts empty.
        QVERIFY(recreateDatabase(lab.value(QStringLiteral("PG_DB"))));
    }

    void migrationsCreateTheSchema()
    {
        auto store = openStore(lab.settings());
        QVERIFY(store);
        QVERIFY(store->isShared());
        RawPg raw(lab, lab.value(QStringLiteral("PG_DB")));
        QVERIFY(raw.ok());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(),
                 SqlIncidentStore::schemaVersion());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
        for (const char *table : {"incidents", "journal", "presence", "members", "calls"})
            QVERIFY2(raw.hasTable(QLatin1String(table)), table);
        for (const char *column :
             {"journal.time", "calls.time", "calls.follow_up_due", "members.updated_at"}) {
            const QStringList tc = QString::fromLatin1(column).split(u'.');
            QCOMPARE(raw.scalar(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                               "table_name = '%1' AND column_name = '%2'")
                                    .arg(tc[0], tc[1]))
                         .toString(),
                     QStringLiteral("timestamp with time zone"));
        }
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname IN ('members_source', "
                                      "'calls_member_time', 'calls_incident_time', 'calls_time')"))
                .toInt(),
            4);

        // A second open (a second desk starting) finds the schema and changes nothing.
        auto again = openStore(lab.settings());
        QVERIFY(again);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
    }

    void incidentRoundTripsThroughTheServer()
    {
        auto store = openStore(lab.settings());
        QVERIFY(store);
        Incident inc = makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-000000000001"),
                                    QStringLiteral("host1 DOWN"));
        QVERIFY2(store->saveIncident(inc), qPrintable(store->lastError()));
        inc.state = Incident::State::Resolved;
        inc.resolvedAt = QDateTime(QDate(2024, 5, 1), QTime(11, 0, 0, 7), QTimeZone::utc());
        inc.updatedAt = inc.resolvedAt;
        inc.manual = true;
        QVERIFY2(store->saveIncident(inc), qPrintable(store->lastError()));

        RawPg raw(lab, lab.value(QStringLiteral("PG_DB")));
        const auto rows = raw.rows(
            QStringLiteral(
                "SELECT state, manual, to_char(resolved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'), "
                "alarm_keys FROM incidents WHERE id = '%1'")
                .arg(inc.id));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0].toString(), QStringLiteral("resolved"));
        QCOMPARE(rows[0][1].toBool(), true);
        QCOMPARE(rows[0][2].toString(), QStringLiteral("2024-05-01 11:00:00.007"));
        QCOMPARE(rows[0][3].toString(), QStringLiteral("[\"host1\",\"vm1!http\"]"));

        const QVector<Incident> all = store->incidents();
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const Incident &i) { return i.id == inc.id; });
        QVERIFY(it != all.end());
        QCOMPARE(it->state, Incident::State::Resolved);
        QCOMPARE(it->openedAt, inc.openedAt);
        QCOMPARE(it->acknowledgedAt, inc.acknowledgedAt);
        QCOMPARE(it->resolvedAt, inc.resolvedAt);
        QVERIFY(!it->recoveredAt.isValid());
        QCOMPARE(it->alarmKeys, inc.alarmKeys);
        QCOMPARE(it->assignee, inc.assignee);
        QVERIFY(it->manual);
    }

    void twoClientsSeeEachOthersWritesWithin2s()
    {
        auto a = openStore(lab.settings());
        auto b = openStore(lab.settings());
        QVERIFY(a && b);
        const Incident inc =
            makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-000000000002"), QStringLiteral("vm1 http"));
        QSignalSpy bIncidents(b.get(), &IncidentStore::incidentChanged);
        QSignalSpy aIncidents(a.get(), &IncidentStore::incidentChanged);
        QVERIFY(a->saveIncident(inc));
        QTRY_COMPARE_WITH_TIMEOUT(bIncidents.size(), 1, kDeliveryLimitMs);
        QCOMPARE(bIncidents.at(0).at(0).toString(), inc.id);

        QSignalSpy aJournal(a.get(), &IncidentStore::journalChanged);
        QSignalSpy bJournal(b.get(), &IncidentStore::journalChanged);
        QElapsedTimer t;
        qint64 arrivedNs = 0;
        connect(b.get(), &IncidentStore::journalChanged, this, [&] { arrivedNs = t.nsecsElapsed(); });
        QVector<double> totalMs;    // A starts writing -> B has the signal
        QVector<double> deliveryMs; // A's commit returned -> B has the signal
        for (int round = 0; round < 20; ++round) {
            JournalEntry e = makeEntry(inc.id, QStringLiteral("note %1 from A").arg(round));
            t.start();
            QVERIFY2(a->addJournalEntry(&e), qPrintable(a->lastError()));
            const qint64 committedNs = t.nsecsElapsed();
            QTRY_COMPARE_WITH_TIMEOUT(bJournal.size(), round + 1, kDeliveryLimitMs);
            totalMs.append(arrivedNs / 1e6);
            deliveryMs.append((arrivedNs - committedNs) / 1e6);
            QCOMPARE(bJournal.last().at(0).toString(), inc.id);
            // B reads what A wrote, with A's id.
            const QVector<JournalEntry> seen = b->journal(inc.id);
            QCOMPARE(seen.size(), round + 1);
            QCOMPARE(seen.last().id, e.id);
            QCOMPARE(seen.last().text, e.text);
        }
        std::sort(totalMs.begin(), totalMs.end());
        std::sort(deliveryMs.begin(), deliveryMs.end());
        qInfo("A adds a journal entry -> journalChanged at B, 20 rounds: write + delivery median %.2f ms, "
              "max %.2f "
              "ms; delivery after A's commit median %.2f ms, max %.2f ms",
              totalMs.at(10), totalMs.last(), deliveryMs.at(10), deliveryMs.last());
        QVERIFY(totalMs.last() < kDeliveryLimitMs);

        // A signalled its own writes once each; its own NOTIFY does not come back as a second signal.
        QTest::qWait(200);
        QCOMPARE(aJournal.size(), 20);
        QCOMPARE(aIncidents.size(), 1);
        // Nothing was delivered twice to B either.
        QCOMPARE(bJournal.size(), 20);
        QCOMPARE(bIncidents.size(), 1);

        RawPg raw(lab, lab.value(QStringLiteral("PG_DB")));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM journal WHERE incident_id = '%1'").arg(inc.id))
                .toInt(),
            20);
    }

    void presenceShowsBothDesksWithin2s()
    {
        auto a = openStore(lab.settings());
        auto b = openStore(lab.settings());
        QVERIFY(a && b);
        QSignalSpy aPresence(a.get(), &IncidentStore::presenceChanged);
        QSignalSpy bPresence(b.get(), &IncidentStore::presenceChanged);
        const QStringList both{QStringLiteral("alice"), QStringLiteral("bob")};

        QElapsedTimer t;
        t.start();
        a->heartbeat(QStringLiteral("alice"), QStringLiteral("desk-a"));
        QTRY_VERIFY_WITH_TIMEOUT(bPresence.size() >= 1, kDeliveryLimitMs);
        b->heartbeat(QStringLiteral("bob"), QStringLiteral("desk-b"));
        QTRY_VERIFY_WITH_TIMEOUT(aPresence.size() >= 2, kDeliveryLimitMs); // its own + B's
        QCOMPARE(a->onlineUsers(), both);
        QCOMPARE(b->onlineUsers(), both);
        qInfo("both desks see \"2 online\" after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < kDeliveryLimitMs);

        RawPg raw(lab, lab.value(QStringLiteral("PG_DB")));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM presence WHERE seen_at > now() - interval '10 s' "
                                      "AND desk_id IN ('desk-a', 'desk-b')"))
                .toInt(),
            2);
        // A desk not seen for two minutes is offline.
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO presence (desk_id, user_name, seen_at) VALUES ('desk-c', "
                                    "'carol', now() - interval '2 minutes')")));
        QCOMPARE(a->onlineUsers(), both);

        // Closing a desk takes it offline at once, and the other desk hears of it.
        const qsizetype before = bPresence.size();
        a->close();
        QTRY_VERIFY_WITH_TIMEOUT(bPresence.size() > before, kDeliveryLimitMs);
        QCOMPARE(b->onlineUsers(), QStringList{QStringLiteral("bob")});
        b->close();
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM presence")));
    }

    void membersReplaceBySource()
    {
        QVERIFY(recreateDatabase(kCallsDb));
        auto store = openStore(lab.settings(kCallsDb));
        QVERIFY(store);
        QSignalSpy changed(store.get(), &IncidentStore::membersChanged);

        Member bernd = makeMember(QStringLiteral("m-1"), QStringLiteral("bernd Bauer"));
        bernd.objects = {QStringLiteral("host1"), QStringLiteral("vm1!http")};
        bernd.tier = QStringLiteral("extended-2h");
        bernd.source = QStringLiteral("icinga");
        Member clara = makeMember(QStringLiteral("m-2"), QStringLiteral("Clara Conrad"));
        clara.source = QStringLiteral("icinga");
        QVERIFY2(store->replaceMembers({bernd, clara}, QStringLiteral("icinga")),
                 qPrintable(store->lastError()));
        Member anna = makeMember(QStringLiteral("m-10"), QStringLiteral("Anna Arndt"));
        anna.phones = {QStringLiteral("+49 30 123-45"), QStringLiteral("0171 'mobil'; 9")};
        anna.email = QStringLiteral("anna@example.org");
        anna.caretaker = QStringLiteral("alice");
        anna.source = QStringLiteral("import");
        Member zoe = makeMember(QStringLiteral("m-11"), QStringLiteral("Zoe Zander"));
        zoe.source = QStringLiteral("import");
        QVERIFY2(store->replaceMembers({zoe, anna}, QStringLiteral("import")),
                 qPrintable(store->lastError()));
        QCOMPARE(changed.size(), 2);
        QVector<Member> all = store->members();
        QCOMPARE(memberIds(all), (QStringList{QStringLiteral("m-10"), QStringLiteral("m-1"),
                                              QStringLiteral("m-2"), QStringLiteral("m-11")}));
        QVERIFY(all == (QVector<Member>{anna, bernd, clara, zoe}));

        RawPg raw(lab, kCallsDb);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT phones FROM members WHERE id = 'm-10'")).toString(),
                 QStringLiteral("[\"+49 30 123-45\",\"0171 'mobil'; 9\"]"));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM members WHERE source = 'icinga' AND updated_at > "
                                      "now() - interval '1 minute'"))
                .toInt(),
            2);

        // The next import replaces the previous one; Icinga's members stay.
        Member emil = makeMember(QStringLiteral("m-12"), QStringLiteral("Emil Ernst"));
        emil.source = QStringLiteral("import");
        QVERIFY(store->replaceMembers({emil}, QStringLiteral("import")));
        all = store->members();
        QCOMPARE(memberIds(all),
                 (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-12")}));
        QVERIFY(all.at(0) == bernd);
        QVERIFY(all.at(1) == clara);

        // A row the server refuses halfway through: the delete before it is rolled back too.
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE members ADD CONSTRAINT no_bad CHECK (id <> 'm-bad')")));
        QVERIFY(!store->replaceMembers({anna, makeMember(QStringLiteral("m-bad"), QStringLiteral("Bad"))},
                                       QStringLiteral("import")));
        QVERIFY2(store->lastError().contains(QLatin1String("no_bad")), qPrintable(store->lastError()));
        QVERIFY(store->isConnected()); // a refused statement is not a lost connection
        QCOMPARE(memberIds(store->members()),
                 (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2"), QStringLiteral("m-12")}));
        QCOMPARE(changed.size(), 3);
        QVERIFY(store->replaceMembers({}, QStringLiteral("import")));
        QCOMPARE(memberIds(store->members()), (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2")}));
    }

    void callsRoundTripAndFilterOnTheServer()
    {
        auto store = openStore(lab.settings(kCallsDb));
        QVERIFY(store);
        const Incident inc =
            makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-0000000000c1"), QStringLiteral("calls"));
        QVERIFY(store->saveIncident(inc));
        QSignalSpy changed(store.get(), &IncidentStore::callsChanged);

        // May 1 23:30 and May 2 00:30 on the desk are both May 1 in UTC.
        CallRecord day1 = makeCall(QStringLiteral("m-1"), local(1, 23, 30), QStringLiteral("VPN down"),
                                   QStringLiteral("cannot connect"), inc.id);
        day1.callerNumber = QStringLiteral("+49 30 123-45");
        CallRecord day2 = makeCall(QStringLiteral("m-2"), local(2, 0, 30), QStringLiteral("Mail bounced"),
                                   QStringLiteral("Störung beim Versand, 50% der Mails"));
        day2.channel = CallRecord::Channel::Email;
        day2.outgoing = true;
        CallRecord day3 = makeCall(QStringLiteral("m-1"), local(3, 12, 0), QStringLiteral("Rückruf"),
                                   QStringLiteral("Status_Update gegeben"), inc.id);
        day3.channel = CallRecord::Channel::Chat;
        day3.status = CallRecord::Status::HandedOver;
        day3.handedTo = QStringLiteral("bob");
        day3.followUpDue = QDateTime(QDate(2024, 5, 4), QTime(7, 15, 0, 250), QTimeZone::utc());
        CallRecord day5 = makeCall(QString(), local(5, 8), QStringLiteral("Unknown caller"),
                                   QStringLiteral("asked for the Größe of a VM"));
        day5.callerNumber = QStringLiteral("0171 99");
        for (CallRecord *c : {&day3, &day5, &day1, &day2})
            QVERIFY2(store->saveCall(c), qPrintable(store->lastError()));
        QVERIFY(day3.id > 0 && day5.id > day3.id && day1.id > day5.id && day2.id > day1.id);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.at(0).at(0).toLongLong(), day3.id);

        RawPg raw(lab, kCallsDb);
        const auto rows =
            raw.rows(QStringLiteral("SELECT channel, outgoing, status, incident_id, handed_to, "
                                    "to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS'), "
                                    "to_char(follow_up_due AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') "
                                    "FROM calls WHERE id IN (%1, %2) ORDER BY id")
                         .arg(day3.id)
                         .arg(day2.id));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][0].toString(), QStringLiteral("chat"));
        QCOMPARE(rows[0][1].toBool(), false);
        QCOMPARE(rows[0][2].toString(), QStringLiteral("handed-over"));
        QCOMPARE(rows[0][3].toString(), inc.id);
        QCOMPARE(rows[0][4].toString(), QStringLiteral("bob"));
        QCOMPARE(rows[0][5].toString(), QStringLiteral("2024-05-03 10:00:00.000"));
        QCOMPARE(rows[0][6].toString(), QStringLiteral("2024-05-04 07:15:00.250"));
        QCOMPARE(rows[1][0].toString(), QStringLiteral("email"));
        QCOMPARE(rows[1][1].toBool(), true);
        QVERIFY(rows[1][3].isNull());
        QVERIFY(rows[1][6].isNull());

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
        f = {};
        f.from = QDate(2024, 5, 2);
        f.to = QDate(2024, 5, 3);
        QCOMPARE(find(f), (QStringList{day3.topic, day2.topic}));
        f.from = {};
        f.to = QDate(2024, 5, 1);
        QCOMPARE(find(f), QStringList{day1.topic});
        const auto text = [&](const QString &t, int limit = 500) {
            CallFilter tf;
            tf.text = t;
            tf.limit = limit;
            return find(tf);
        };
        QCOMPARE(text(QStringLiteral("vpn")), QStringList{day1.topic});
        QCOMPARE(text(QStringLiteral("123-45")), QStringList{day1.topic});
        QCOMPARE(text(QStringLiteral("%")), QStringList{day2.topic});
        QCOMPARE(text(QStringLiteral("s_u")), QStringList{day3.topic});
        // The lab's server has no locale (ILIKE folds only ASCII there): found all the same.
        QCOMPARE(text(QStringLiteral("STÖRUNG")), QStringList{day2.topic});
        QCOMPARE(text(QStringLiteral("ö")), (QStringList{day5.topic, day2.topic}));
        QCOMPARE(text(QStringLiteral("ö"), 1), QStringList{day5.topic});
        QCOMPARE(text(QStringLiteral("a"), 2), (QStringList{day5.topic, day3.topic}));

        // Update by id.
        const qint64 id = day2.id;
        day2.status = CallRecord::Status::Resolved;
        day2.summary = QStringLiteral("resent");
        day2.incidentId = inc.id;
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

        // Refused, and the connection stays: no such call, no such incident.
        CallRecord missing = day1;
        missing.id = 99999;
        QVERIFY(!store->saveCall(&missing));
        QVERIFY2(store->lastError().contains(QLatin1String("no such call")), qPrintable(store->lastError()));
        CallRecord orphan = makeCall(QStringLiteral("m-1"), local(7, 9), QStringLiteral("orphan"), {},
                                     QStringLiteral("nope"));
        QVERIFY(!store->saveCall(&orphan));
        QVERIFY2(store->lastError().contains(QLatin1String("foreign key")), qPrintable(store->lastError()));
        QVERIFY(store->isConnected());
        QCOMPARE(store->calls({}).size(), 4);
        QCOMPARE(changed.size(), 5);

        // A deleted incident leaves its calls, unlinked.
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM journal")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM incidents")));
        f = {};
        f.memberId = QStringLiteral("m-1");
        const QVector<CallRecord> unlinked = store->calls(f);
        QCOMPARE(topics(unlinked), (QStringList{day3.topic, day1.topic}));
        QCOMPARE(unlinked[0].incidentId, QString());
    }

    void twoClientsSeeCallsAndMembersWithin2s()
    {
        auto a = openStore(lab.settings());
        auto b = openStore(lab.settings());
        QVERIFY(a && b);
        QSignalSpy aCalls(a.get(), &IncidentStore::callsChanged);
        QSignalSpy bCalls(b.get(), &IncidentStore::callsChanged);
        QSignalSpy aMembers(a.get(), &IncidentStore::membersChanged);
        QSignalSpy bMembers(b.get(), &IncidentStore::membersChanged);

        QElapsedTimer t;
        t.start();
        CallRecord c = makeCall(QStringLiteral("m-77"), QDateTime::currentDateTimeUtc(),
                                QStringLiteral("printer"), QStringLiteral("logged by A"));
        QVERIFY2(a->saveCall(&c), qPrintable(a->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(bCalls.size(), 1, kDeliveryLimitMs);
        qInfo("A saves a call -> callsChanged at B after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < kDeliveryLimitMs);
        QCOMPARE(bCalls.at(0).at(0).toLongLong(), c.id);
        CallFilter f;
        f.memberId = QStringLiteral("m-77");
        QVector<CallRecord> seen = b->calls(f);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].id, c.id);
        QCOMPARE(seen[0].summary, QStringLiteral("logged by A"));

        // B closes it; A hears of the update.
        seen[0].status = CallRecord::Status::Resolved;
        seen[0].handedTo = QStringLiteral("bob");
        QVERIFY2(b->saveCall(&seen[0]), qPrintable(b->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(aCalls.size(), 2, kDeliveryLimitMs); // its own insert + B's update
        QCOMPARE(aCalls.at(1).at(0).toLongLong(), c.id);
        QCOMPARE(a->calls(f).at(0).status, CallRecord::Status::Resolved);

        t.start();
        Member m = makeMember(QStringLiteral("m-77"), QStringLiteral("Printer Shop"));
        m.source = QStringLiteral("import");
        QVERIFY2(a->replaceMembers({m}, QStringLiteral("import")), qPrintable(a->lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(bMembers.size(), 1, kDeliveryLimitMs);
        qInfo("A replaces the imported members -> membersChanged at B after %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < kDeliveryLimitMs);
        QCOMPARE(b->members(), QVector<Member>{m});

        // Each desk signalled its own writes once; nothing came back twice.
        QTest::qWait(200);
        QCOMPARE(aCalls.size(), 2);
        QCOMPARE(bCalls.size(), 2);
        QCOMPARE(aMembers.size(), 1);
        QCOMPARE(bMembers.size(), 1);
    }

    void migrationFromVersion1AddsMembersAndCalls()
    {
        QVERIFY(recreateDatabase(kV1Db));
        const Incident inc =
            makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-0000000000v1"), QStringLiteral("from v1"));
        qint64 entryId = 0;
        {
            auto store = openStore(lab.settings(kV1Db), migrationRootUpTo(1));
            QVERIFY(store);
            QVERIFY(store->saveIncident(inc));
            JournalEntry e = makeEntry(inc.id, QStringLiteral("written by version 1"));
            QVERIFY(store->addJournalEntry(&e));
            entryId = e.id;
        }
        RawPg raw(lab, kV1Db);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);
        QVERIFY(!raw.hasTable(QStringLiteral("calls")));

        auto store = openStore(lab.settings(kV1Db));
        QVERIFY(store);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), 1);
        QVERIFY(raw.hasTable(QStringLiteral("members")));
        QVERIFY(raw.hasTable(QStringLiteral("calls")));
        const QVector<Incident> all = store->incidents();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, inc.id);
        QCOMPARE(all[0].title, inc.title);
        QCOMPARE(all[0].openedAt, inc.openedAt);
        const QVector<JournalEntry> j = store->journal(inc.id);
        QCOMPARE(j.size(), 1);
        QCOMPARE(j[0].id, entryId);
        CallRecord c =
            makeCall(QStringLiteral("m-1"), local(1, 10), QStringLiteral("after the upgrade"), {}, inc.id);
        QVERIFY2(store->saveCall(&c), qPrintable(store->lastError()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT incident_id FROM calls")).toString(), inc.id);
    }

    void migrationFromOlderSchemaKeepsData()
    {
        QVERIFY(recreateDatabase(kOldDb));
        const Incident inc =
            makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-000000000003"), QStringLiteral("old"));
        qint64 entryId = 0;
        {
            auto store = openStore(lab.settings(kOldDb));
            QVERIFY(store);
            QVERIFY(store->saveIncident(inc));
            JournalEntry e = makeEntry(inc.id, QStringLiteral("written before the upgrade"));
            QVERIFY(store->addJournalEntry(&e));
            entryId = e.id;
        }
        const int old = SqlIncidentStore::schemaVersion();

        // A broken upgrade is rolled back as a whole (transactional DDL).
        const QString broken =
            migrationRootWith(QStringLiteral("broken"), "CREATE TABLE watchers (user_name text NOT NULL);\n"
                                                        "ALTER TABLE incidents ADD COLUMN severity text;\n"
                                                        "SELECT no_such_function();\n");
        QVERIFY(!broken.isEmpty());
        {
            SqlIncidentStore store(lab.settings(kOldDb));
            store.setMigrationsRoot(broken);
            QString error;
            QVERIFY(!store.open(&error));
            QVERIFY2(error.contains(QStringLiteral("schema version %1").arg(old + 1)), qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("no_such_function")), qPrintable(error));
        }
        RawPg raw(lab, kOldDb);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), old);
        QVERIFY(!raw.hasTable(QStringLiteral("watchers")));
        QCOMPARE(
            raw.scalar(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                      "'incidents' AND column_name = 'severity'"))
                .toInt(),
            0);

        // A newer program's upgrade keeps everything.
        const QString good = migrationRootWith(
            QStringLiteral("watchers"),
            "-- a ';' in a comment and in 'a string;' must not split statements\n"
            "ALTER TABLE incidents ADD COLUMN severity text NOT NULL DEFAULT 'high;est';\n"
            "CREATE TABLE watchers (incident_id text NOT NULL REFERENCES incidents (id), "
            "user_name text NOT NULL);\n"
            "INSERT INTO watchers SELECT id, assignee FROM incidents WHERE assignee <> '';\n"
            "CREATE FUNCTION watcher_count() RETURNS bigint LANGUAGE sql AS $body$ SELECT "
            "count(*) FROM watchers; "
            "$body$;\n");
        QVERIFY(!good.isEmpty());
        auto store = openStore(lab.settings(kOldDb), good);
        QVERIFY(store);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), old + 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT severity FROM incidents")).toString(),
                 QStringLiteral("high;est"));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT watcher_count()")).toInt(), 1);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT user_name FROM watchers")).toString(),
                 QStringLiteral("alice"));
        const QVector<JournalEntry> j = store->journal(inc.id);
        QCOMPARE(j.size(), 1);
        QCOMPARE(j[0].id, entryId);
        QCOMPARE(j[0].text, QStringLiteral("written before the upgrade"));
        QCOMPARE(store->incidents().size(), 1);
        store.reset();

        // This program does not know version old + 1: it refuses instead of guessing.
        SqlIncidentStore current(lab.settings(kOldDb));
        QString error;
        QVERIFY(!current.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("version %1").arg(old + 1)), qPrintable(error));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), old + 1);
    }

    void connectionErrorsAreClear()
    {
        DatabaseSettings s = lab.settings();
        s.password = QStringLiteral("wrong-password");
        SqlIncidentStore wrongPassword(s);
        QString error;
        QVERIFY(!wrongPassword.open(&error));
        QVERIFY2(error.contains(QLatin1String("refused the password for user oncall")), qPrintable(error));
        QCOMPARE(wrongPassword.lastError(), error);

        SqlIncidentStore noDatabase(lab.settings(QStringLiteral("no_such_db")));
        QVERIFY(!noDatabase.open(&error));
        QVERIFY2(error.startsWith(QLatin1String("There is no database no_such_db")), qPrintable(error));

        s = lab.settings();
        s.port = 1; // nothing listens there
        SqlIncidentStore unreachable(s);
        QVERIFY(!unreachable.open(&error));
        QVERIFY2(error.startsWith(QLatin1String("Cannot reach the team database server 127.0.0.1:1")),
                 qPrintable(error));
    }

    void killedClientLeavesOnlyWholeEntries()
    {
        auto desk = openStore(lab.settings());
        QVERIFY(desk);
        const Incident inc =
            makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-000000000004"), QStringLiteral("crash"));
        QVERIFY(desk->saveIncident(inc));
        QSignalSpy deskJournal(desk.get(), &IncidentStore::journalChanged);

        QProcess writer;
        int reported = 0;
        QVERIFY2(startWriter(&writer, QStringLiteral("client"), inc.id, 150, &reported),
                 qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        writer.kill(); // SIGKILL, mid-stream
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        writer.readAllStandardOutput();

        RawPg raw(lab, lab.value(QStringLiteral("PG_DB")));
        int count = 0;
        const QString problem = checkWriterEntries(raw, QStringLiteral("client"), inc.id, &count);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        qInfo("writer killed after %d reported commits; %d entries in the journal", reported, count);
        // Every reported commit is there; at most the one in flight was committed unreported.
        QVERIFY(count == reported || count == reported + 1);
        // The other desk heard of them.
        QTRY_VERIFY_WITH_TIMEOUT(deskJournal.size() >= 1, kDeliveryLimitMs);

        // The database opens and reads consistently afterwards.
        auto fresh = openStore(lab.settings());
        QVERIFY(fresh);
        QCOMPARE(fresh->journal(inc.id).size(), count);
        JournalEntry after = makeEntry(inc.id, QStringLiteral("after the crash"));
        QVERIFY(fresh->addJournalEntry(&after));
    }

    // Last: it kills the server (and restarts it, for the fixture's cleanup).
    void killedServerKeepsCommittedEntriesAndStoresReconnect()
    {
        auto a = openStore(lab.settings());
        auto b = openStore(lab.settings());
        QVERIFY(a && b);
        const Incident inc =
            makeIncident(QStringLiteral("8d0f5a2c-0000-4000-8000-000000000005"), QStringLiteral("power"));
        QVERIFY(a->saveIncident(inc));

        QProcess writer;
        int reported = 0;
        QVERIFY2(startWriter(&writer, QStringLiteral("server"), inc.id, 150, &reported),
                 qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        QVERIFY(lab.run(QStringLiteral("kill9")));
        // The writer's next write fails and it stops by itself.
        QVERIFY(writer.waitForFinished(20000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 3);
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            if (line.startsWith("ok "))
                reported = line.mid(3).toInt() + 1;
        }
        const QString writerError = QString::fromLocal8Bit(writer.readAllStandardError()).trimmed();
        qInfo("writer after the server's crash: %s", qPrintable(writerError));

        // Meanwhile the desk's writes fail with a sentence that says what happened.
        QSignalSpy reconnected(a.get(), &SqlIncidentStore::reconnected);
        JournalEntry during = makeEntry(inc.id, QStringLiteral("during the outage"));
        QVERIFY(!a->addJournalEntry(&during));
        QVERIFY2(a->lastError().contains(QLatin1String("connection to the team database")) &&
                     a->lastError().contains(QLatin1String("is lost")),
                 qPrintable(a->lastError()));
        QVERIFY(!a->isConnected());
        QTest::qWait(2100); // the reconnect throttle
        QVERIFY(a->incidents().isEmpty());
        QVERIFY2(a->lastError().contains(QLatin1String("reconnecting failed")) &&
                     a->lastError().contains(QLatin1String("Cannot reach the team database server")),
                 qPrintable(a->lastError()));
        qInfo("while the server is down: %s", qPrintable(a->lastError()));

        QVERIFY(lab.run(QStringLiteral("restart")));
        // The same store object reconnects by itself.
        QElapsedTimer t;
        t.start();
        JournalEntry afterRestart = makeEntry(inc.id, QStringLiteral("after the restart"));
        QTRY_VERIFY_WITH_TIMEOUT(a->addJournalEntry(&afterRestart), 10000);
        qInfo("store reconnected %lld ms after the restart", t.elapsed());
        QVERIFY(a->isConnected());
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 1000);

        // Every commit the writer reported survived the crash, and nothing is torn.
        RawPg raw(lab, lab.value(QStringLiteral("PG_DB")));
        QVERIFY(raw.ok());
        const auto rows = raw.rows(
            QStringLiteral(
                "SELECT text FROM journal WHERE incident_id = '%1' AND text LIKE 'server #%' ORDER BY id")
                .arg(inc.id));
        for (int n = 0; n < rows.size(); ++n)
            QVERIFY2(rows[n][0].toString() == writerText(QStringLiteral("server"), n),
                     qPrintable(QString::number(n)));
        qInfo("server killed after %d reported commits; %lld entries survived", reported,
              qint64(rows.size()));
        QVERIFY(rows.size() == reported || rows.size() == reported + 1);
        QCOMPARE(raw.scalar(QStringLiteral(
                                "SELECT text FROM journal WHERE incident_id = '%1' ORDER BY id DESC LIMIT 1")
                                .arg(inc.id))
                     .toString(),
                 QStringLiteral("after the restart"));

        // B, idle during the outage, reconnects on its next call and hears from A again.
        QTRY_VERIFY_WITH_TIMEOUT(
            (b->heartbeat(QStringLiteral("bob"), QStringLiteral("desk-b")), b->isConnected()), 10000);
        QSignalSpy bJournal(b.get(), &IncidentStore::journalChanged);
        JournalEntry last = makeEntry(inc.id, QStringLiteral("heard by B"));
        QVERIFY(a->addJournalEntry(&last));
        QTRY_COMPARE_WITH_TIMEOUT(bJournal.size(), 1, kDeliveryLimitMs);
        QCOMPARE(b->journal(inc.id).last().text, QStringLiteral("heard by B"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("ONCALL_PG_WRITER"))
        return runWriter();
    TstStoragePostgresLive tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_storage_postgres_live.moc"
