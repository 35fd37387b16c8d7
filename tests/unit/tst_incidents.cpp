// Incidents: the rules (what opens one, state machine, MTTA/MTTR) and the tracker fed by the
// demo data center's story (host1 reboots at 07:05, its VMs stay down until restarted, a
// member's Nextcloud fails until 07:21), stored in a real SQLite file.
#include "core/IncidentRules.h"
#include "core/Topology.h"
#include "incidents/IncidentTracker.h"
#include "incidents/ReviewExport.h"
#include "sources/demo/DemoDataCenter.h"
#include "storage/SqlIncidentStore.h"
#include "store/AlarmStore.h"
#include "store/MetricHistory.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ocd;

namespace {

struct Story
{
    DemoDataCenter demo{3'600'000}; // stands still unless advanced
    MetricHistory history;
    AlarmStore store{demo.clock()};

    Story()
    {
        store.setHistory(&history);
        QObject::connect(&demo, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
        QObject::connect(&demo, &MonitoringSource::eventsReceived, &store, &AlarmStore::enqueue);
        demo.start();
        settle();
    }
    void settle()
    {
        store.processInbox(0);
        store.flushChanges();
    }
    void to(int minute)
    {
        demo.advanceTo(minute);
        settle();
    }
};

DatabaseSettings sqliteAt(const QString &path)
{
    DatabaseSettings s;
    s.driver = DatabaseSettings::SQLite;
    s.sqlitePath = path;
    return s;
}

int count(const QVector<JournalEntry> &journal, JournalEntry::Kind kind, const QString &key = {})
{
    return int(std::count_if(journal.cbegin(), journal.cend(), [&](const JournalEntry &e) {
        return e.kind == kind && (key.isEmpty() || e.objectKey == key);
    }));
}

} // namespace

class TestIncidents : public QObject
{
    Q_OBJECT
private slots:
    void stateMachine()
    {
        using S = Incident::State;
        QVERIFY(IncidentRules::canTransition(S::Open, S::Acknowledged));
        QVERIFY(IncidentRules::canTransition(S::Open, S::Investigating));       // skipping ahead
        QVERIFY(IncidentRules::canTransition(S::Monitoring, S::Investigating)); // a relapse
        QVERIFY(!IncidentRules::canTransition(S::Investigating, S::Acknowledged));
        QVERIFY(!IncidentRules::canTransition(S::Resolved, S::Investigating));
        QVERIFY(IncidentRules::canTransition(S::Resolved, S::Reviewed));
        QVERIFY(!IncidentRules::canTransition(S::Reviewed, S::Resolved));
        QVERIFY(!IncidentRules::canTransition(S::Open, S::Open));
        for (int s = 0; s <= int(S::Reviewed); ++s) {
            S back;
            QVERIFY(Incident::stateFromKey(Incident::stateKey(S(s)), &back));
            QCOMPARE(back, S(s));
        }
    }

    void responseTimes()
    {
        Incident i;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, QTimeZone::utc());
        i.openedAt = t0;
        QVERIFY(!IncidentRules::mttaSecs(i));
        i.acknowledgedAt = t0.addSecs(4 * 60);
        i.recoveredAt = t0.addSecs(16 * 60);
        QCOMPARE(*IncidentRules::mttaSecs(i), 240);
        QCOMPARE(*IncidentRules::mttrSecs(i), 960);
        QCOMPARE(IncidentRules::automaticId("host1", t0), IncidentRules::automaticId("host1", t0));
        QVERIFY(IncidentRules::automaticId("host1", t0) !=
                IncidentRules::automaticId("host1", t0.addSecs(1)));
    }

    void theStorysIncident()
    {
        QTemporaryDir dir;
        SqlIncidentStore db(sqliteAt(dir.filePath(QStringLiteral("desk.sqlite"))));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Story story;
        IncidentTracker tracker(&story.store, &db);
        tracker.setUser(QStringLiteral("anna"));

        story.to(6); // host1 DOWN but SOFT: no incident yet
        QVERIFY(tracker.incidents().isEmpty());
        story.to(7); // HARD
        QCOMPARE(tracker.incidents().size(), 1);
        const Incident first = tracker.incidents().first();
        QCOMPARE(first.rootKey, QStringLiteral("host1"));
        QCOMPARE(first.state, Incident::State::Open);
        QCOMPARE(first.openedAt, story.store.objects()["host1"].lastStateChange.toUTC()); // 07:05
        QVERIFY(first.alarmKeys.contains("vm11")); // the unreachable VMs belong to it
        QVERIFY(first.alarmKeys.contains("vm14"));
        QVERIFY(first.alarmKeys.contains("vm12!nextcloud"));
        QVERIFY(!first.alarmKeys.contains("vm31!http")); // another host's warning does not
        QCOMPARE(tracker.incidentFor("vm13"), first.id);

        // The story's colleague: "I'm on it" counts as the acknowledgement (MTTA).
        QCOMPARE(tracker.claim(first.id), QString());
        QCOMPARE(tracker.incident(first.id)->assignee, QStringLiteral("anna"));
        QCOMPARE(tracker.incident(first.id)->state, Incident::State::Acknowledged);
        QCOMPARE(*IncidentRules::mttaSecs(*tracker.incident(first.id)), 2 * 60);
        QCOMPARE(tracker.setState(first.id, Incident::State::Investigating), QString());

        story.to(14); // VMs restarted; vm12's Nextcloud still answers 502
        QVERIFY(!tracker.incident(first.id)->recoveredAt.isValid());
        const QString refused = tracker.setState(first.id, Incident::State::Resolved);
        QVERIFY2(refused.contains(QLatin1String("still open")), qPrintable(refused));
        QCOMPARE(tracker.addNote(first.id, QStringLiteral("Host healthy after reboot, no failover.")),
                 QString());

        story.to(21); // the Entstörung: all recovered
        const Incident *done = tracker.incident(first.id);
        QVERIFY(done->recoveredAt.isValid());
        QCOMPARE(*IncidentRules::mttrSecs(*done), 16 * 60); // 07:05 -> 07:21
        QCOMPARE(tracker.setState(first.id, Incident::State::Resolved), QString());
        QCOMPARE(tracker.incidents().size(), 1); // one incident for the whole story

        // The journal, read back from the database.
        SqlIncidentStore reader(sqliteAt(dir.filePath(QStringLiteral("desk.sqlite"))));
        QVERIFY(reader.open(&error));
        const QVector<JournalEntry> journal = reader.journal(first.id);
        QCOMPARE(count(journal, JournalEntry::Kind::Alarm, "vm11"), 1);
        QVERIFY(count(journal, JournalEntry::Kind::Recovery, "vm11") >= 1);
        QCOMPARE(count(journal, JournalEntry::Kind::Assignment), 1);
        QCOMPARE(count(journal, JournalEntry::Kind::Note), 1);
        QVERIFY(count(journal, JournalEntry::Kind::StateChange) >= 3); // opened, investigating, resolved
        for (int n = 1; n < journal.size(); ++n)                       // a timeline: in time order
            QVERIFY(journal[n].time >= journal[n - 1].time);

        // Review: Markdown names MTTA/MTTR, the affected VMs and the temperature extremes.
        const Topology topology =
            Topology::build(story.store.objects(), story.store.dependencies(), story.demo.clock()->now());
        const ReviewExport::Data data =
            ReviewExport::gather(*tracker.incident(first.id), journal, story.store.objects(), topology,
                                 &story.history, story.demo.clock()->now());
        QCOMPARE(data.vms.size(), 4);
        const QString md = ReviewExport::markdown(data);
        QVERIFY(md.contains(QLatin1String("MTTR")) && md.contains(QLatin1String("16 min")));
        QVERIFY(md.contains(QLatin1String("vm11")));
        QVERIFY2(md.contains(QLatin1String("52.0")), qPrintable(md)); // the temperature peak
        QVERIFY(md.contains(QLatin1String("Host healthy after reboot")));
        const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY2(ReviewExport::writePdf(data, pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(20000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(text.contains(QLatin1String("MTTR")) && text.contains(QLatin1String("vm11")),
                     qPrintable(text));
        }
    }

    void twoDesksOnOneDatabaseWriteTheFeedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.sqlite"));
        SqlIncidentStore a(sqliteAt(path)), b(sqliteAt(path));
        QString error;
        QVERIFY(a.open(&error) && b.open(&error));
        Story story;
        IncidentTracker deskA(&story.store, &a), deskB(&story.store, &b);
        story.to(8);
        QCOMPARE(a.incidents().size(), 1);
        const QString id = a.incidents().first().id;
        QCOMPARE(count(a.journal(id), JournalEntry::Kind::Alarm, "vm11"), 1);
        QCOMPARE(count(a.journal(id), JournalEntry::Kind::StateChange), 1);
    }

    void openByHandAndRefusals()
    {
        QTemporaryDir dir;
        SqlIncidentStore db(sqliteAt(dir.filePath(QStringLiteral("d.sqlite"))));
        QString error;
        QVERIFY(db.open(&error));
        Story story;
        IncidentTracker tracker(&story.store, &db);
        // 07:00: the slow web server on vm31 is only a WARNING: no incident by itself.
        QVERIFY(tracker.incidents().isEmpty());
        QString id;
        QCOMPARE(tracker.openManually(QStringLiteral("vm31!http"), &id), QString());
        QVERIFY(!id.isEmpty());
        QVERIFY(tracker.incident(id)->manual);
        QVERIFY(!tracker.openManually(QStringLiteral("vm31!http")).isEmpty()); // already has one
        QVERIFY(!tracker.openManually(QStringLiteral("nope")).isEmpty());
        QVERIFY(!tracker.addNote(id, QStringLiteral("   ")).isEmpty());
        QVERIFY(!tracker.setState(id, Incident::State::Open).isEmpty());
        QVERIFY(!tracker.claim(QStringLiteral("missing")).isEmpty());
    }
};

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
