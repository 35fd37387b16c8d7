// DemoDataCenter: the built-in story as the store sees it, and actions answered like a server
// (asynchronously, refusing what Icinga 2 would refuse). The story is driven with advanceTo;
// the demo's own timer is set so slow that it never fires during a test.
#include "core/Clock.h"
#include "sources/demo/DemoDataCenter.h"
#include "store/AlarmStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace ocd;

namespace {

constexpr int kNeverTicks = 600000; // ms per story minute: longer than any test

// The demo wired to a store the way the application wires it: the store runs on the story's
// clock, so durations read as in the story.
struct DemoDesk
{
    DemoDataCenter demo{kNeverTicks};
    AlarmStore store{demo.clock()};

    DemoDesk()
    {
        QObject::connect(&demo, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
        QObject::connect(&demo, &MonitoringSource::eventsReceived, &store, &AlarmStore::enqueue);
    }
    void applyPending()
    {
        store.processInbox(0);
        store.flushChanges();
    }
    const MonitoredObject &at(const QString &key) const
    {
        static const MonitoredObject missing;
        const MonitoredObject *o = store.find(key);
        return o ? *o : missing;
    }
};

const QStringList kHost1Vms{QStringLiteral("vm11"), QStringLiteral("vm12"), QStringLiteral("vm13"),
                            QStringLiteral("vm14")};

} // namespace

class TstDemoDataCenter : public QObject
{
    Q_OBJECT
private slots:
    void startEmitsSnapshot()
    {
        DemoDataCenter demo(kNeverTicks);
        QSignalSpy snapshots(&demo, &MonitoringSource::snapshotReady);
        QVERIFY(demo.isDemo());
        demo.start();
        QCOMPARE(snapshots.count(), 1);
        QCOMPARE(demo.state(), MonitoringSource::State::Live);
        QCOMPARE(demo.storyMinute(), 0);
        QCOMPARE(demo.storyTime(), QTime(7, 0));

        const Snapshot s = snapshots.at(0).at(0).value<Snapshot>();
        QStringList hypervisors, vms;
        for (const MonitoredObject &o : s.objects) {
            QVERIFY(!o.pending);
            if (!o.isHost())
                continue;
            const QString role = o.vars.value(QStringLiteral("role")).toString();
            if (role == QLatin1String("hypervisor"))
                hypervisors << o.hostName;
            else if (role == QLatin1String("vm"))
                vms << o.hostName;
        }
        hypervisors.sort();
        QCOMPARE(hypervisors,
                 (QStringList{QStringLiteral("host1"), QStringLiteral("host2"), QStringLiteral("host3")}));
        QCOMPARE(vms.size(), 10);

        QCOMPARE(s.dependencies.size(), 10); // every VM depends on its hypervisor
        QStringList childrenOfHost1;
        for (const HostDependency &d : s.dependencies) {
            QVERIFY(hypervisors.contains(d.parentHost));
            QVERIFY(vms.contains(d.childHost));
            if (d.parentHost == QLatin1String("host1"))
                childrenOfHost1 << d.childHost;
        }
        childrenOfHost1.sort();
        QCOMPARE(childrenOfHost1, kHost1Vms);
        demo.stop();
        QCOMPARE(demo.state(), MonitoringSource::State::Idle);
    }

    // Before the story starts, only the background noise is a problem.
    void quietBeginning()
    {
        DemoDesk d;
        d.demo.start();
        const AlarmCounts c = d.store.counts();
        QCOMPARE(c.down, 0);
        QCOMPARE(c.critical, 0);
        QCOMPARE(c.warning, 1); // the slow web server on vm31
        QCOMPARE(d.at(QStringLiteral("vm31!http")).state, 1);
        QCOMPARE(c.hosts, 13);
    }

    void host1GoesDownSoftThenHard()
    {
        DemoDesk d;
        d.demo.start();
        d.demo.advanceTo(5);
        d.applyPending();
        QCOMPARE(d.at(QStringLiteral("host1")).state, 1);
        QCOMPARE(AlarmRules::stateTypeText(d.at(QStringLiteral("host1"))), QStringLiteral("SOFT 1/3"));
        d.demo.advanceTo(6);
        d.applyPending();
        QCOMPARE(AlarmRules::stateTypeText(d.at(QStringLiteral("host1"))), QStringLiteral("SOFT 2/3"));

        d.demo.advanceTo(8);
        d.applyPending();
        QCOMPARE(d.demo.storyTime(), QTime(7, 8));
        const MonitoredObject &host1 = d.at(QStringLiteral("host1"));
        QCOMPARE(host1.state, 1);
        QCOMPARE(host1.stateType, StateType::Hard);
        QCOMPARE(AlarmRules::severity(host1), 4);
        QVERIFY(host1.reachable);
        for (const QString &vm : kHost1Vms) {
            const MonitoredObject &o = d.at(vm);
            QVERIFY2(!o.reachable, qPrintable(vm));
            QCOMPARE(o.state, 1);
            QVERIFY(AlarmRules::isHandled(o, d.demo.clock()->now())); // the hypervisor's problem, not theirs
            QVERIFY(!d.at(vm + QStringLiteral("!http")).reachable);
        }
        // Story time: DOWN since 07:05, three story minutes ago (a story minute here lasts ten real
        // minutes, so the real time the test takes moves the story clock by milliseconds only).
        const qint64 downFor = host1.lastStateChange.secsTo(d.demo.clock()->now());
        QVERIFY2(downFor >= 179 && downFor <= 181, qPrintable(QString::number(downFor)));
        QVERIFY(d.at(QStringLiteral("vm21")).reachable);
        QCOMPARE(d.at(QStringLiteral("vm21")).state, 0);
        // Only host1 and the old warning are someone's to take; the VMs follow their parent.
        QCOMPARE(d.store.counts().down, 5);
        QCOMPARE(d.store.counts().unacknowledged, 2);
    }

    void host1BackButVmsDown()
    {
        DemoDesk d;
        d.demo.start();
        d.demo.advanceTo(9);
        d.applyPending();
        QCOMPARE(d.at(QStringLiteral("host1")).state, 0);
        for (const QString &vm : kHost1Vms) {
            QCOMPARE(d.at(vm).state, 1);
            QVERIFY(d.at(vm).reachable); // now plainly DOWN: nobody's problem but their own
        }
    }

    void temperatureAtMinute14()
    {
        DemoDesk d;
        d.demo.start();
        d.demo.advanceTo(14);
        d.applyPending();
        const MonitoredObject &t = d.at(QStringLiteral("host1!temperature"));
        QVERIFY2(t.perfdata.contains(QLatin1String("=52")), qPrintable(t.perfdata));
        QCOMPARE(t.perfdata, QStringLiteral("'temperature'=52.0C;50;55;0;100"));
        QCOMPARE(t.state, 1); // over the 50 °C warning threshold
        QVERIFY2(t.output.contains(QLatin1String("52")), qPrintable(t.output));
        QCOMPARE(d.demo.storyTime(), QTime(7, 14));
    }

    void acknowledgeOkObjectFails()
    {
        DemoDesk d;
        d.demo.start();
        ActionReply *reply = d.demo.acknowledge({QStringLiteral("host2")}, AckRequest{});
        QVERIFY(reply);
        QSignalSpy finished(reply, &ActionReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(!reply->ok());
        QVERIFY(!reply->message().isEmpty());
        QVERIFY2(reply->message().contains(QLatin1String("host2")), qPrintable(reply->message()));
        d.applyPending();
        QVERIFY(!d.at(QStringLiteral("host2")).ack.set);
    }

    void acknowledgeUnknownObjectFails()
    {
        DemoDesk d;
        d.demo.start();
        ActionReply *reply = d.demo.acknowledge({QStringLiteral("nosuchhost")}, AckRequest{});
        QSignalSpy finished(reply, &ActionReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(!reply->ok());
        QVERIFY(reply->message().contains(QLatin1String("nosuchhost")));
    }

    void acknowledgeHost1()
    {
        DemoDesk d;
        d.demo.start();
        d.demo.advanceTo(8);
        d.applyPending();

        AckRequest request;
        request.comment = QStringLiteral("hypervisor rebooting");
        ActionReply *reply = d.demo.acknowledge({QStringLiteral("host1")}, request);
        QSignalSpy finished(reply, &ActionReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY2(reply->ok(), qPrintable(reply->message()));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        d.applyPending();
        const MonitoredObject &host1 = d.at(QStringLiteral("host1"));
        QVERIFY(host1.ack.set);
        QCOMPARE(host1.ack.comment, QStringLiteral("hypervisor rebooting"));
        QCOMPARE(host1.ack.author, d.demo.defaultAuthor()); // no author given: the demo user
        QCOMPARE(d.store.counts().unacknowledged, 1);

        ActionReply *again = d.demo.acknowledge({QStringLiteral("host1")}, request);
        QSignalSpy finishedAgain(again, &ActionReply::finished);
        QVERIFY(finishedAgain.wait(2000));
        QVERIFY(!again->ok());
        QVERIFY2(again->message().contains(QLatin1String("already")), qPrintable(again->message()));
    }

    // Like a server, the answer never arrives inside the call: the caller connects first.
    void replyFinishesAsynchronously()
    {
        DemoDesk d;
        d.demo.start();
        d.demo.advanceTo(8);
        ActionReply *reply = d.demo.acknowledge({QStringLiteral("host1")}, AckRequest{});
        QVERIFY(!reply->isFinished());
        QSignalSpy finished(reply, &ActionReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(reply->isFinished());
        QCOMPARE(finished.count(), 1);
        reply->finish(false, QStringLiteral("late")); // a second finish is ignored
        QCOMPARE(finished.count(), 1);
        QVERIFY(reply->ok());
    }

    void removeAcknowledgement()
    {
        DemoDesk d;
        d.demo.start();
        d.demo.advanceTo(8);
        ActionReply *ack = d.demo.acknowledge({QStringLiteral("host1")}, AckRequest{});
        QSignalSpy ackDone(ack, &ActionReply::finished);
        QVERIFY(ackDone.wait(2000));
        d.applyPending();
        QVERIFY(d.at(QStringLiteral("host1")).ack.set);

        ActionReply *remove = d.demo.removeAcknowledgement({QStringLiteral("host1")});
        QSignalSpy removeDone(remove, &ActionReply::finished);
        QVERIFY(removeDone.wait(2000));
        QVERIFY(remove->ok());
        d.applyPending();
        QVERIFY(!d.at(QStringLiteral("host1")).ack.set);
    }

    void downtimeCoversChildHosts()
    {
        DemoDesk d;
        d.demo.start();
        DowntimeRequest request;
        request.comment = QStringLiteral("rack work");
        request.childHosts = true;
        ActionReply *reply = d.demo.scheduleDowntime({QStringLiteral("host1")}, request);
        QSignalSpy finished(reply, &ActionReply::finished);
        QVERIFY(finished.wait(2000));
        QVERIFY(reply->ok());
        d.applyPending();
        QVERIFY(d.at(QStringLiteral("host1")).inDowntime());
        for (const QString &vm : kHost1Vms)
            QVERIFY2(d.at(vm).inDowntime(), qPrintable(vm));
        QVERIFY(!d.at(QStringLiteral("host1!ssh")).inDowntime()); // allServices not asked for
        QVERIFY(!d.at(QStringLiteral("vm21")).inDowntime());
    }
};

QTEST_GUILESS_MAIN(TstDemoDataCenter)
#include "tst_demo_data_center.moc"
