// Incidents from a real Icinga 2 (the lab): hv1 going HARD DOWN opens one incident that holds
// its VMs; once everything has recovered the incident can be resolved and its MTTR is known.
// The incident and journal are read back from the SQLite file, not from the tracker.
#include "LabIcinga2.h"
#include "core/AffectedMembers.h"
#include "core/Clock.h"
#include "core/IncidentRules.h"
#include "core/MemberDirectory.h"
#include "core/Topology.h"
#include "incidents/IncidentTracker.h"
#include "sources/icinga2/Icinga2Source.h"
#include "storage/SqlIncidentStore.h"
#include "store/AlarmStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ocd;

namespace {
constexpr int kEventTimeoutMs = 20000; // the server may hold events back for ~5 s
}

class TestIncidentsLive : public QObject
{
    Q_OBJECT
private:
    LabIcinga2 lab;

    void drive(const QStringList &keys, int exitStatus, const QString &output, int times)
    {
        for (int n = 0; n < times; ++n)
            for (const QString &key : keys)
                QCOMPARE(lab.processCheckResult(key, exitStatus, output), 200);
    }

private slots:
    void hostDownOpensOneIncidentWithItsVms()
    {
        QVERIFY2(lab.isValid(), "the Icinga 2 lab is not running (ctest fixture lab_icinga2_start)");
        QTemporaryDir dir;
        DatabaseSettings dbs;
        dbs.sqlitePath = dir.filePath(QStringLiteral("incidents.sqlite"));
        SqlIncidentStore db(dbs);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));

        SystemClock clock;
        AlarmStore store(&clock);
        Icinga2Source source(lab.adminSettings());
        QObject::connect(&source, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
        QObject::connect(&source, &MonitoringSource::eventsReceived, &store, &AlarmStore::enqueue);
        IncidentTracker tracker(&store, &db);
        tracker.setUser(QStringLiteral("admin"));
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == MonitoringSource::State::Live, kEventTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(store.objects().contains(QStringLiteral("hv1")), kEventTimeoutMs);
        const int before = int(db.incidents().size());

        const QStringList vms{"vm1", "vm2", "vm3", "vm4"};
        drive({"hv1"}, 1, QStringLiteral("PING CRITICAL - Packet loss = 100%"), 3);
        drive(vms, 1, QStringLiteral("CRITICAL - no route to host"), 3);
        QTRY_VERIFY_WITH_TIMEOUT(db.incidents().size() == before + 1, kEventTimeoutMs);
        const QString id = db.incidents().first().id;
        QTRY_VERIFY_WITH_TIMEOUT(db.incidents().first().alarmKeys.size() >= 5, kEventTimeoutMs);
        Incident incident = db.incidents().first();
        QCOMPARE(incident.rootKey, QStringLiteral("hv1"));
        for (const QString &vm : vms)
            QVERIFY2(incident.alarmKeys.contains(vm), qPrintable(incident.alarmKeys.join(',')));
        QVERIFY(!incident.alarmKeys.contains(QStringLiteral("vm5"))); // hv2's VM is not part of it

        // Not yet recovered: resolving is refused.
        QVERIFY(!tracker.setState(id, Incident::State::Resolved).isEmpty());
        QCOMPARE(tracker.claim(id), QString());

        drive(QStringList{"hv1"} + vms, 0, QStringLiteral("PING OK"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(db.incidents().first().recoveredAt.isValid(), kEventTimeoutMs);
        QCOMPARE(tracker.setState(id, Incident::State::Resolved), QString());
        incident = db.incidents().first();
        QCOMPARE(incident.state, Incident::State::Resolved);
        const auto mttr = IncidentRules::mttrSecs(incident);
        QVERIFY(mttr.has_value());
        QVERIFY2(*mttr >= 0 && *mttr < 120, qPrintable(QString::number(*mttr)));
        QVERIFY(IncidentRules::mttaSecs(incident).has_value());
        QCOMPARE(db.incidents().size(), before + 1); // one incident, not one per alarm

        const QVector<JournalEntry> journal = db.journal(id);
        int alarms = 0, recoveries = 0;
        for (const JournalEntry &e : journal) {
            alarms += e.kind == JournalEntry::Kind::Alarm;
            recoveries += e.kind == JournalEntry::Kind::Recovery;
        }
        QCOMPARE(alarms, 5);
        QVERIFY(recoveries >= 5);

        // Members from the lab's host vars: found by number, affected by hv1's incident, with
        // the Extended Support clock running from the incident's start.
        MemberDirectory members;
        members.mergeHostVars(store.objects());
        const Member *erika = members.byPhone(QStringLiteral("030 1234567"));
        QVERIFY(erika);
        QCOMPARE(erika->id, QStringLiteral("M-1001"));
        QCOMPARE(erika->objects, QStringList({"vm1"}));
        QCOMPARE(members.byId(QStringLiteral("M-1002"))->name, QStringLiteral("Jürgen Groß"));
        const Topology topology = Topology::build(store.objects(), store.dependencies(), clock.now());
        const QVector<AffectedMember> affected =
            AffectedMember::compute(incident, topology, members, {}, ServiceHours::defaults(), clock.now());
        QCOMPARE(affected.size(), 2); // vm1's and vm2's members; vm5's member is on hv2
        QCOMPARE(affected.first().member.id, QStringLiteral("M-1001")); // Extended 4 h: the nearest deadline
        QCOMPARE(affected.first().clock.due, incident.openedAt.addSecs(4 * 3600));
        source.stop();
    }
};

QTEST_GUILESS_MAIN(TestIncidentsLive)
#include "tst_incidents_live.moc"
