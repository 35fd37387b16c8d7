// HostFacts: the facts shown before restarting or failing over the VMs of a host.
#include "core/HostFacts.h"
#include "core/Topology.h"
#include "store/MetricHistory.h"

#include <QTimeZone>
#include <QtTest>

using namespace ocd;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(7, 15), QTimeZone::utc());

MonitoredObject host(const QString &name, int state, const QVariantMap &vars = {})
{
    MonitoredObject o;
    o.kind = ObjectKind::Host;
    o.hostName = name;
    o.state = state;
    o.pending = false;
    o.reachable = true;
    o.vars = vars;
    o.lastCheck = kNow;
    o.lastStateChange = kNow.addSecs(-6 * 60);
    return o;
}

MonitoredObject service(const QString &h, const QString &name, const QString &perfdata)
{
    MonitoredObject o;
    o.kind = ObjectKind::Service;
    o.hostName = h;
    o.serviceName = name;
    o.pending = false;
    o.perfdata = perfdata;
    o.lastCheck = kNow;
    return o;
}

struct World
{
    QHash<QString, MonitoredObject> objects;
    QVector<HostDependency> deps;
    MetricHistory history;

    void add(const MonitoredObject &o) { objects.insert(o.key(), o); }
    void vm(const QString &name, const QString &parent, int state, int vcpus, int memGb,
            bool reachable = true)
    {
        MonitoredObject o = host(name, state, {{"vcpus", vcpus}, {"memory_gb", memGb}});
        o.reachable = reachable;
        add(o);
        deps.append({parent, name});
    }
    HostFacts facts(const QString &h) const
    {
        return HostFacts::gather(h, objects, Topology::build(objects, deps, kNow), &history, kNow);
    }
};

} // namespace

class TestHostFacts : public QObject
{
    Q_OBJECT
private slots:
    void theStorysMorning()
    {
        // 07:15: host1 is back since 07:09 (uptime 360 s), its four VMs are down, the
        // temperature went 45 -> 52 °C within 15 minutes; host3 is the standby with room.
        World w;
        w.add(host("host1", 0));
        w.add(service("host1", "uptime", "uptime=360s"));
        w.add(service("host1", "temperature", "'temperature'=52C;50;55"));
        w.add(host("host2", 0, {{"free_vcpus", 4}, {"free_memory_gb", 8}}));
        w.add(host("host3", 0, {{"standby", true}, {"free_vcpus", 16}, {"free_memory_gb", 48}}));
        w.add(host("host4", 0)); // says nothing about room: no candidate
        w.vm("vm11", "host1", 1, 4, 8);
        w.vm("vm12", "host1", 1, 2, 4);
        w.vm("vm13", "host1", 1, 2, 4);
        w.vm("vm14", "host1", 0, 2, 4);
        const double temps[] = {45, 45, 44, 46, 49, 51, 52};
        for (int i = 0; i < 7; ++i)
            w.history.record(QStringLiteral("host1!temperature"), kNow.addSecs((i - 6) * 180),
                             QStringLiteral("'temperature'=%1C;50;55").arg(temps[i]));

        const HostFacts f = w.facts(QStringLiteral("host1"));
        QVERIFY(f.known);
        QVERIFY(f.isUp());
        QCOMPARE(f.stateSince, kNow.addSecs(-360));
        QVERIFY(f.bootTime);
        QCOMPARE(*f.bootTime, kNow.addSecs(-360));
        QCOMPARE(f.vms.size(), 4);
        QCOMPARE(f.vmsDown, 3);
        QCOMPARE(f.neededVcpus, 8);
        QCOMPARE(f.neededMemoryGb, 16.0);
        QVERIFY(f.temperature);
        QCOMPARE(f.temperature->current, 52.0);
        QCOMPARE(f.temperature->max, 52.0);
        QCOMPARE(f.temperature->min, 44.0);
        QCOMPARE(f.temperature->trend, 1); // rising
        QCOMPARE(f.temperature->warn.value_or(0), 50.0);

        QCOMPARE(f.standbys.size(), 2);
        QCOMPARE(f.standbys.at(0).name, QStringLiteral("host3")); // the marked standby first
        QVERIFY(f.standbys.at(0).markedStandby);
        QCOMPARE(f.standbys.at(0).fits, std::optional<bool>(true));
        QCOMPARE(f.standbys.at(1).name, QStringLiteral("host2"));
        QCOMPARE(f.standbys.at(1).fits, std::optional<bool>(false)); // 4 vCPUs < 8
    }

    void aDownHostWithUnreachableVms()
    {
        World w;
        w.add(host("host1", 1));
        w.add(host("host3", 1, {{"standby", "true"}, {"free_vcpus", 16}, {"free_memory_gb", 48}}));
        w.vm("vm11", "host1", 1, 4, 8, false);
        const HostFacts f = w.facts(QStringLiteral("host1"));
        QVERIFY(!f.isUp());
        QCOMPARE(f.vmsDown, 1);
        QVERIFY(!f.vms.first().reachable);
        QVERIFY(!f.bootTime);
        QVERIFY(!f.temperature);
        QCOMPARE(f.standbys.size(), 1);
        QVERIFY(f.standbys.first().markedStandby);                     // "true" as a string counts too
        QCOMPARE(f.standbys.first().fits, std::optional<bool>(false)); // a standby that is DOWN has no room
    }

    void unknownSizesLeaveTheFitOpen()
    {
        World w;
        w.add(host("host1", 1));
        w.add(host("host3", 0, {{"free_vcpus", 16}, {"free_memory_gb", 48}}));
        MonitoredObject vm = host("vm11", 1);
        w.add(vm);
        w.deps.append(HostDependency{QStringLiteral("host1"), QStringLiteral("vm11")});
        const HostFacts f = w.facts(QStringLiteral("host1"));
        QCOMPARE(f.standbys.size(), 1);
        QVERIFY(!f.standbys.first().fits.has_value());
    }

    void anUnknownHost()
    {
        World w;
        QVERIFY(!w.facts(QStringLiteral("nope")).known);
    }
};

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_host_facts.moc"
