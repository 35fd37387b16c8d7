// Topology: physical hosts -> VMs -> services from Dependency objects and vars.hypervisor, what
// lies beneath each node, grouping keys, orphans and loops, the lookups the views use, and a
// golden dump of the demo's 07:08 (host1 DOWN, its four VMs unreachable).
#include "Fixtures.h"
#include "core/AlarmRules.h"
#include "core/Clock.h"
#include "core/Topology.h"
#include "sources/demo/DemoDataCenter.h"
#include "store/AlarmStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace ocd;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 24), QTime(7, 0), QTimeZone::utc());

using Objects = QHash<QString, MonitoredObject>;

MonitoredObject host(const QString &name, const QVariantMap &vars = {}, int state = 0, bool reachable = true)
{
    MonitoredObject o;
    o.kind = ObjectKind::Host;
    o.hostName = o.displayName = name;
    o.state = state;
    o.pending = false;
    o.reachable = reachable;
    o.vars = vars;
    o.lastCheck = o.lastStateChange = T0.addSecs(-60);
    return o;
}

MonitoredObject service(const QString &hostName, const QString &name, int state = 0, bool reachable = true)
{
    MonitoredObject o = host(hostName, {}, state, reachable);
    o.kind = ObjectKind::Service;
    o.serviceName = o.displayName = name;
    return o;
}

Objects objects(std::initializer_list<MonitoredObject> list)
{
    Objects all;
    for (const MonitoredObject &o : list)
        all.insert(o.key(), o);
    return all;
}

QVariantMap vars(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QVariantMap m;
    for (const auto &[k, v] : list)
        m.insert(QString::fromLatin1(k), QString::fromLatin1(v));
    return m;
}

HostDependency dep(const char *parent, const char *child)
{
    return HostDependency{QString::fromLatin1(parent), QString::fromLatin1(child)};
}

QStringList keysOf(const Topology &t, const QVector<int> &indices)
{
    QStringList keys;
    for (int i : indices)
        keys << t.at(i).key;
    return keys;
}

QStringList rootKeys(const Topology &t)
{
    return keysOf(t, t.roots());
}

QStringList childKeys(const Topology &t, const QString &key)
{
    const TopologyNode *n = t.node(key);
    return n ? keysOf(t, n->children) : QStringList{QStringLiteral("<missing %1>").arg(key)};
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromLatin1(s);
    return out;
}

const char *kindName(TopologyNode::Kind k)
{
    switch (k) {
    case TopologyNode::Kind::Physical:
        return "physical";
    case TopologyNode::Kind::Vm:
        return "vm";
    case TopologyNode::Kind::Service:
        return "service";
    }
    return "?";
}

// Everything the views rely on, checked on any topology: pre-order ranges, parents and children
// agree, every object of a known host is in the tree once, sums equal their subtree.
void verifyInvariants(const Topology &t, const Objects &all)
{
    int expected = 0;
    for (const MonitoredObject &o : all)
        if (o.isHost() || all.contains(o.hostName))
            ++expected;
    QCOMPARE(t.size(), expected);
    int nextRoot = 0;
    for (int i = 0; i < t.size(); ++i) {
        const TopologyNode &n = t.at(i);
        QCOMPARE(t.nodeIndex(n.key), i);
        QVERIFY(n.subtreeEnd > i && n.subtreeEnd <= t.size());
        if (n.parent < 0) {
            QCOMPARE(t.roots().value(nextRoot++), i);
            QCOMPARE(n.depth, 0);
        } else {
            const TopologyNode &p = t.at(n.parent);
            QVERIFY(n.parent < i && i < p.subtreeEnd);
            QVERIFY(p.children.contains(i));
            QCOMPARE(n.depth, p.depth + 1);
        }
        int worst = n.severity;
        TopologyCounts sum;
        for (int j = i; j < n.subtreeEnd; ++j) {
            const TopologyNode &d = t.at(j);
            worst = qMax(worst, d.severity);
            const MonitoredObject &o = all[d.key];
            sum.down += d.severity == 4;
            sum.critical += d.severity == 3;
            sum.unknown += d.severity == 2;
            sum.warning += d.severity == 1;
            sum.unhandled += AlarmRules::isProblem(o) && !AlarmRules::isHandled(o, T0);
            sum.unreachableHosts += o.isHost() && !o.reachable;
        }
        QCOMPARE(n.worstBeneath, worst);
        QVERIFY2(n.beneath == sum, qPrintable(n.key));
    }
    QCOMPARE(nextRoot, t.roots().size());
}

// --- golden dump -------------------------------------------------------------------------------

QString jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// One node per line, indented by depth, in pre-order: valid JSON that reads like the tree and
// diffs line by line.
QString dump(const Topology &t)
{
    QStringList lines;
    for (const TopologyNode &n : t.nodes()) {
        const TopologyCounts &c = n.beneath;
        lines << QString(2 * (n.depth + 1), QLatin1Char(' ')) +
                     QStringLiteral("{\"key\": %1, \"name\": %2, \"kind\": \"%3\", \"severity\": %4, "
                                    "\"worstBeneath\": %5, \"down\": %6, \"critical\": %7, \"warning\": %8, "
                                    "\"unknown\": %9, \"unhandled\": %10, \"unreachableHosts\": %11, ")
                         .arg(jsonString(n.key), jsonString(n.name), QLatin1String(kindName(n.kind)))
                         .arg(n.severity)
                         .arg(n.worstBeneath)
                         .arg(c.down)
                         .arg(c.critical)
                         .arg(c.warning)
                         .arg(c.unknown)
                         .arg(c.unhandled)
                         .arg(c.unreachableHosts) +
                     QStringLiteral(
                         "\"unreachable\": %1, \"orphan\": %2, \"site\": %3, \"rack\": %4, \"zone\": %5}")
                         .arg(QLatin1String(n.unreachable ? "true" : "false"),
                              QLatin1String(n.orphan ? "true" : "false"), jsonString(n.site),
                              jsonString(n.rack), jsonString(n.zone));
    }
    return QStringLiteral("[\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n");
}

// A unified-style diff (longest common subsequence; the dumps are a few dozen lines), changed
// lines with two lines of context.
QString lineDiff(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size()), m = int(b.size());
    QVector<QVector<int>> lcs(n + 1, QVector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList ops; // " x", "-x", "+x"
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ops << QLatin1Char(' ') + a[i++];
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            ops << QLatin1Char('-') + a[i++];
        } else {
            ops << QLatin1Char('+') + b[j++];
        }
    }
    QStringList out;
    int lastShown = -1;
    for (int k = 0; k < ops.size(); ++k) {
        if (ops[k].startsWith(QLatin1Char(' ')))
            continue;
        const int from = qMax(lastShown + 1, k - 2);
        if (lastShown >= 0 && from > lastShown + 1)
            out << QStringLiteral("@@");
        for (int c = from; c <= k; ++c)
            out << ops[c];
        lastShown = k;
        for (int c = k + 1; c < ops.size() && c <= k + 2 && ops[c].startsWith(QLatin1Char(' ')); ++c)
            out << ops[(lastShown = c)];
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TstTopology : public QObject
{
    Q_OBJECT
private slots:
    void dependenciesBuildTree()
    {
        const Objects all =
            objects({host(QStringLiteral("hv1"), vars({{"role", "hypervisor"}})), host(QStringLiteral("vm1")),
                     host(QStringLiteral("vm2")), service(QStringLiteral("vm1"), QStringLiteral("http")),
                     service(QStringLiteral("hv1"), QStringLiteral("ssh"))});
        const Topology t = Topology::build(all, {dep("hv1", "vm2"), dep("hv1", "vm1")}, T0);
        verifyInvariants(t, all);
        QCOMPARE(rootKeys(t), list({"hv1"}));
        // Child hosts first, then the host's own services, each by name.
        QCOMPARE(childKeys(t, QStringLiteral("hv1")), list({"vm1", "vm2", "hv1!ssh"}));
        QCOMPARE(childKeys(t, QStringLiteral("vm1")), list({"vm1!http"}));
        QCOMPARE(t.node(QStringLiteral("hv1"))->kind, TopologyNode::Kind::Physical);
        QCOMPARE(t.node(QStringLiteral("vm1"))->kind, TopologyNode::Kind::Vm);
        QCOMPARE(t.node(QStringLiteral("vm1!http"))->kind, TopologyNode::Kind::Service);
        QCOMPARE(t.node(QStringLiteral("vm1!http"))->name, QStringLiteral("http"));
        QCOMPARE(t.node(QStringLiteral("vm1"))->name, QStringLiteral("vm1"));
        QVERIFY(!t.node(QStringLiteral("vm1"))->orphan);
    }

    void hypervisorVarBuildsTree()
    {
        const Objects all =
            objects({host(QStringLiteral("hv2")), host(QStringLiteral("vm21"), vars({{"hypervisor", "hv2"}})),
                     host(QStringLiteral("vm22"), vars({{"hypervisor", "hv2"}})),
                     service(QStringLiteral("vm22"), QStringLiteral("db"))});
        const Topology t = Topology::build(all, {}, T0);
        verifyInvariants(t, all);
        QCOMPARE(rootKeys(t), list({"hv2"}));
        QCOMPARE(childKeys(t, QStringLiteral("hv2")), list({"vm21", "vm22"}));
        QCOMPARE(t.node(QStringLiteral("hv2"))->kind, TopologyNode::Kind::Physical);
        QCOMPARE(t.node(QStringLiteral("vm22"))->kind, TopologyNode::Kind::Vm);
    }

    // A Dependency object is what Icinga itself uses; the var only fills in where there is none.
    void dependencyWinsOverVar()
    {
        const Objects all = objects({host(QStringLiteral("a")), host(QStringLiteral("b")),
                                     host(QStringLiteral("vm"), vars({{"hypervisor", "b"}}))});
        const Topology t = Topology::build(all, {dep("a", "vm")}, T0);
        QCOMPARE(t.path(QStringLiteral("vm")), list({"a", "vm"}));
        QCOMPARE(rootKeys(t), list({"a", "b"}));
    }

    void hypervisorRoleIsAlwaysRoot()
    {
        const Objects all =
            objects({host(QStringLiteral("switch1")),
                     host(QStringLiteral("hv1"), vars({{"role", "hypervisor"}, {"hypervisor", "x"}})),
                     host(QStringLiteral("vm1"))});
        const Topology t = Topology::build(all, {dep("switch1", "hv1"), dep("hv1", "vm1")}, T0);
        verifyInvariants(t, all);
        QCOMPARE(rootKeys(t), list({"hv1", "switch1"}));
        QCOMPARE(t.path(QStringLiteral("vm1")), list({"hv1", "vm1"}));
        QVERIFY(!t.node(QStringLiteral("hv1"))->orphan);
        QCOMPARE(t.node(QStringLiteral("hv1"))->kind, TopologyNode::Kind::Physical);
    }

    // Several parents: the one that exists, then the smallest name, whatever the API's order.
    void severalParentsChosenDeterministically()
    {
        const Objects all =
            objects({host(QStringLiteral("b")), host(QStringLiteral("c")), host(QStringLiteral("vm"))});
        const QVector<HostDependency> deps{dep("zz-unknown", "vm"), dep("c", "vm"), dep("b", "vm")};
        QVector<HostDependency> reversed(deps.crbegin(), deps.crend());
        QCOMPARE(Topology::build(all, deps, T0).path(QStringLiteral("vm")), list({"b", "vm"}));
        QCOMPARE(Topology::build(all, reversed, T0).path(QStringLiteral("vm")), list({"b", "vm"}));
    }

    // The story's worst moment: host1 DOWN, its four VMs DOWN but unreachable. They stay under
    // host1, and host1's tile carries all of it.
    void downHostKeepsUnreachableVms()
    {
        DemoDataCenter demo(3600000);
        AlarmStore store(demo.clock());
        QObject::connect(&demo, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
        QObject::connect(&demo, &MonitoringSource::eventsReceived, &store, &AlarmStore::enqueue);
        demo.start();
        demo.advanceTo(8);
        store.processInbox(0);

        const Topology t = Topology::build(store.objects(), store.dependencies(), demo.clock()->now());
        QCOMPARE(rootKeys(t), list({"host1", "host2", "host3"}));
        QCOMPARE(childKeys(t, QStringLiteral("host1")),
                 list({"vm11", "vm12", "vm13", "vm14", "host1!ssh", "host1!temperature"}));
        for (const char *vm : {"vm11", "vm12", "vm13", "vm14"}) {
            const TopologyNode *n = t.node(QString::fromLatin1(vm));
            QVERIFY(n);
            QVERIFY2(n->unreachable, vm);
            QCOMPARE(n->kind, TopologyNode::Kind::Vm);
            QCOMPARE(t.rootOf(n->key), QStringLiteral("host1"));
            QCOMPARE(n->worstBeneath, 4);
            QCOMPARE(n->beneath.unhandled, 0); // the hypervisor's problem, not theirs
        }
        const TopologyNode &h1 = *t.node(QStringLiteral("host1"));
        QCOMPARE(h1.severity, 4);
        QCOMPARE(h1.worstBeneath, 4);
        QVERIFY(!h1.unreachable);
        QCOMPARE(h1.beneath.down, 5);      // host1 and its four VMs
        QCOMPARE(h1.beneath.critical, 10); // every VM service (2+3+3+2), unreachable
        QCOMPARE(h1.beneath.warning, 0);
        QCOMPARE(h1.beneath.unknown, 0);
        QCOMPARE(h1.beneath.unhandled, 1); // only host1 is someone's to take
        QCOMPARE(h1.beneath.unreachableHosts, 4);
        QCOMPARE(h1.beneath.problems(), 15);

        QCOMPARE(t.node(QStringLiteral("host2"))->worstBeneath, 0);
        QCOMPARE(t.node(QStringLiteral("host2"))->beneath.problems(), 0);
        const TopologyNode &h3 = *t.node(QStringLiteral("host3"));
        QCOMPARE(h3.severity, 0);
        QCOMPARE(h3.worstBeneath, 1); // the slow web server on vm31
        QCOMPARE(h3.beneath.warning, 1);
        QCOMPARE(h3.beneath.unhandled, 1);
        QCOMPARE(t.node(QStringLiteral("vm31"))->worstBeneath, 1);
        QCOMPARE(t.node(QStringLiteral("vm32"))->worstBeneath, 0);
    }

    // Acknowledged, in downtime or unreachable problems count as problems but not as unhandled.
    void unhandledCounts()
    {
        MonitoredObject acked = service(QStringLiteral("vm"), QStringLiteral("acked"), 2);
        acked.ack.set = true;
        MonitoredObject expired = service(QStringLiteral("vm"), QStringLiteral("expired"), 2);
        expired.ack.set = true;
        expired.ack.expiry = T0.addSecs(-1);
        MonitoredObject planned = service(QStringLiteral("vm"), QStringLiteral("planned"), 3);
        planned.downtimes << QStringLiteral("dt1");
        MonitoredObject pendingHost = host(QStringLiteral("new"), vars({{"hypervisor", "hv"}}), 1);
        pendingHost.pending = true; // never checked: no problem yet
        const Objects all = objects(
            {host(QStringLiteral("hv")), host(QStringLiteral("vm"), vars({{"hypervisor", "hv"}})), acked,
             expired, planned, pendingHost, service(QStringLiteral("vm"), QStringLiteral("gone"), 1, false),
             service(QStringLiteral("hv"), QStringLiteral("disk"), 1)});
        const Topology t = Topology::build(all, {}, T0);
        verifyInvariants(t, all);
        const TopologyCounts &c = t.node(QStringLiteral("hv"))->beneath;
        QCOMPARE(c.critical, 2);
        QCOMPARE(c.unknown, 1);
        QCOMPARE(c.warning, 2);
        QCOMPARE(c.down, 0);
        QCOMPARE(c.unhandled, 2); // the expired acknowledgement and hv!disk
        QCOMPARE(t.node(QStringLiteral("vm"))->beneath.unhandled, 1);
        QCOMPARE(t.node(QStringLiteral("hv"))->worstBeneath, 3);
        QCOMPARE(t.node(QStringLiteral("hv"))->severity, 0);
    }

    void groupingKeysAndInheritance()
    {
        const Objects all = objects(
            {host(QStringLiteral("hv1"), vars({{"role", "hypervisor"}, {"site", "fra1"}, {"rack", "r1"}})),
             // Its own site is a mistake or stale: a VM is where its hardware is.
             host(QStringLiteral("vm1"), vars({{"site", "ber1"}, {"zone", "dmz"}})),
             service(QStringLiteral("vm1"), QStringLiteral("http")), host(QStringLiteral("bare")),
             host(QStringLiteral("lost"), vars({{"hypervisor", "nowhere"}, {"site", "ham1"}}))});
        const Topology t = Topology::build(all, {dep("hv1", "vm1")}, T0);
        const TopologyNode &hv1 = *t.node(QStringLiteral("hv1"));
        QCOMPARE(hv1.site, QStringLiteral("fra1"));
        QCOMPARE(hv1.rack, QStringLiteral("r1"));
        QCOMPARE(hv1.zone, QString());
        const TopologyNode &vm1 = *t.node(QStringLiteral("vm1"));
        QCOMPARE(vm1.site, QStringLiteral("fra1"));
        QCOMPARE(vm1.rack, QStringLiteral("r1"));
        QCOMPARE(vm1.zone, QStringLiteral("dmz")); // the hardware says nothing: the VM's own
        const TopologyNode &http = *t.node(QStringLiteral("vm1!http"));
        QCOMPARE(http.site, QStringLiteral("fra1"));
        QCOMPARE(http.rack, QStringLiteral("r1"));
        QCOMPARE(http.zone, QStringLiteral("dmz"));
        QCOMPARE(t.node(QStringLiteral("bare"))->site, QString());
        QCOMPARE(t.node(QStringLiteral("bare"))->rack, QString());
        QCOMPARE(t.node(QStringLiteral("lost"))->site, QStringLiteral("ham1")); // an orphan keeps its own
    }

    void orphanVmBecomesRoot()
    {
        const Objects all = objects({host(QStringLiteral("hv1")), host(QStringLiteral("vm-dep")),
                                     host(QStringLiteral("vm-var"), vars({{"hypervisor", "ghost2"}})),
                                     host(QStringLiteral("vm-role"), vars({{"role", "vm"}})),
                                     host(QStringLiteral("nested"), vars({{"hypervisor", "vm-dep"}})),
                                     service(QStringLiteral("vm-dep"), QStringLiteral("http"), 2)});
        const Topology t = Topology::build(all, {dep("ghost", "vm-dep")}, T0);
        verifyInvariants(t, all);
        QCOMPARE(rootKeys(t), list({"hv1", "vm-dep", "vm-role", "vm-var"}));
        for (const char *key : {"vm-dep", "vm-var", "vm-role"}) {
            const TopologyNode *n = t.node(QString::fromLatin1(key));
            QVERIFY2(n->orphan, key);
            QCOMPARE(n->kind, TopologyNode::Kind::Vm);
            QCOMPARE(n->parent, -1);
        }
        QVERIFY(!t.node(QStringLiteral("hv1"))->orphan);
        QCOMPARE(t.node(QStringLiteral("hv1"))->kind, TopologyNode::Kind::Physical);
        // What hangs below an orphan stays with it.
        QCOMPARE(t.path(QStringLiteral("nested")), list({"vm-dep", "nested"}));
        QCOMPARE(t.node(QStringLiteral("vm-dep"))->worstBeneath, 3);
    }

    void cycleGuard()
    {
        const Objects all =
            objects({host(QStringLiteral("a")), host(QStringLiteral("b")),
                     host(QStringLiteral("c"), vars({{"hypervisor", "e"}})),
                     host(QStringLiteral("d"), vars({{"hypervisor", "c"}})),
                     host(QStringLiteral("e"), vars({{"hypervisor", "d"}})),
                     host(QStringLiteral("f"), vars({{"hypervisor", "e"}})), host(QStringLiteral("self")),
                     service(QStringLiteral("b"), QStringLiteral("x"), 2)});
        QElapsedTimer timer;
        timer.start();
        const Topology t = Topology::build(all, {dep("b", "a"), dep("a", "b"), dep("self", "self")}, T0);
        QVERIFY(timer.elapsed() < 1000);
        verifyInvariants(t, all);
        // Each loop is cut at its smallest name, which becomes a root of its own.
        QCOMPARE(rootKeys(t), list({"a", "c", "self"}));
        QVERIFY(t.node(QStringLiteral("a"))->orphan);
        QVERIFY(t.node(QStringLiteral("c"))->orphan);
        QVERIFY(!t.node(QStringLiteral("self"))->orphan);
        QCOMPARE(t.path(QStringLiteral("b!x")), list({"a", "b", "b!x"}));
        QCOMPARE(t.path(QStringLiteral("e")), list({"c", "d", "e"}));
        QCOMPARE(t.path(QStringLiteral("f")), list({"c", "d", "e", "f"})); // hanging off a loop
        QCOMPARE(t.node(QStringLiteral("a"))->worstBeneath, 3);
    }

    // A long dependency chain must not overflow the stack nor take quadratic time.
    void longChain()
    {
        Objects all;
        QVector<HostDependency> deps;
        const int n = 5000;
        for (int i = 0; i < n; ++i) {
            const MonitoredObject h = host(QStringLiteral("h%1").arg(i, 5, 10, QLatin1Char('0')));
            all.insert(h.key(), h);
            if (i > 0)
                deps.append(
                    HostDependency{QStringLiteral("h%1").arg(i - 1, 5, 10, QLatin1Char('0')), h.hostName});
        }
        const Topology t = Topology::build(all, deps, T0);
        QCOMPARE(t.roots().size(), 1);
        QCOMPARE(t.node(QStringLiteral("h04999"))->depth, n - 1);
        QCOMPARE(t.rootOf(QStringLiteral("h04999")), QStringLiteral("h00000"));
        QVERIFY(t.inSubtree(QStringLiteral("h02000"), QStringLiteral("h04999")));
        QVERIFY(!t.inSubtree(QStringLiteral("h02000"), QStringLiteral("h01999")));
    }

    void lookups()
    {
        const Objects all = objects({host(QStringLiteral("hv1")), host(QStringLiteral("hv2")),
                                     host(QStringLiteral("vm1"), vars({{"hypervisor", "hv1"}})),
                                     host(QStringLiteral("vm2"), vars({{"hypervisor", "hv1"}})),
                                     service(QStringLiteral("vm1"), QStringLiteral("http")),
                                     service(QStringLiteral("hv2"), QStringLiteral("ssh"))});
        const Topology t = Topology::build(all, {}, T0);
        QCOMPARE(t.nodeIndex(QStringLiteral("nosuch")), -1);
        QVERIFY(!t.node(QStringLiteral("nosuch")));
        QVERIFY(t.nodeIndex(QStringLiteral("vm1!http")) >= 0);

        QCOMPARE(t.rootOf(QStringLiteral("vm1!http")), QStringLiteral("hv1"));
        QCOMPARE(t.rootOf(QStringLiteral("vm2")), QStringLiteral("hv1"));
        QCOMPARE(t.rootOf(QStringLiteral("hv2")), QStringLiteral("hv2"));
        QCOMPARE(t.rootOf(QStringLiteral("nosuch")), QString());

        QCOMPARE(t.path(QStringLiteral("vm1!http")), list({"hv1", "vm1", "vm1!http"}));
        QCOMPARE(t.path(QStringLiteral("hv1")), list({"hv1"}));
        QCOMPARE(t.path(QStringLiteral("nosuch")), QStringList());

        QVERIFY(t.inSubtree(QStringLiteral("hv1"), QStringLiteral("hv1")));
        QVERIFY(t.inSubtree(QStringLiteral("hv1"), QStringLiteral("vm1!http")));
        QVERIFY(t.inSubtree(QStringLiteral("hv1"), QStringLiteral("vm2")));
        QVERIFY(t.inSubtree(QStringLiteral("vm1"), QStringLiteral("vm1!http")));
        QVERIFY(!t.inSubtree(QStringLiteral("vm1"), QStringLiteral("vm2")));
        QVERIFY(!t.inSubtree(QStringLiteral("vm1"), QStringLiteral("hv1")));
        QVERIFY(!t.inSubtree(QStringLiteral("hv1"), QStringLiteral("hv2!ssh")));
        QVERIFY(!t.inSubtree(QStringLiteral("hv2"), QStringLiteral("vm1")));
        QVERIFY(!t.inSubtree(QStringLiteral("nosuch"), QStringLiteral("vm1")));
        QVERIFY(!t.inSubtree(QStringLiteral("hv1"), QStringLiteral("nosuch")));
        QVERIFY(!t.inSubtree(QString(), QStringLiteral("hv1")));
    }

    // A service whose host the store does not know (an event for a new service arrived first)
    // has no place in the tree; nothing else is disturbed.
    void serviceWithoutHostIsLeftOut()
    {
        const Objects all =
            objects({host(QStringLiteral("hv1")), service(QStringLiteral("ghost"), QStringLiteral("x"), 2)});
        const Topology t = Topology::build(all, {}, T0);
        verifyInvariants(t, all);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.nodeIndex(QStringLiteral("ghost!x")), -1);
        QCOMPARE(t.node(QStringLiteral("hv1"))->worstBeneath, 0);
    }

    void empty()
    {
        const Topology t = Topology::build({}, {dep("a", "b")}, T0);
        QCOMPARE(t.size(), 0);
        QVERIFY(t.roots().isEmpty());
        QCOMPARE(t.rootOf(QStringLiteral("a")), QString());
    }

    // Only what the topology holds makes a rebuild necessary; a new output alone does not.
    void isAffectedBy()
    {
        Objects all =
            objects({host(QStringLiteral("hv1")), host(QStringLiteral("vm1"), vars({{"hypervisor", "hv1"}})),
                     service(QStringLiteral("vm1"), QStringLiteral("http"), 1)});
        const Topology t = Topology::build(all, {}, T0);
        const QSet<QString> http{QStringLiteral("vm1!http")};
        QVERIFY(!t.isAffectedBy(all, {}, T0));
        QVERIFY(!t.isAffectedBy(all, http, T0));

        Objects changed = all;
        changed[QStringLiteral("vm1!http")].output = QStringLiteral("new output");
        changed[QStringLiteral("vm1!http")].lastCheck = T0;
        QVERIFY(!t.isAffectedBy(changed, http, T0));

        changed = all;
        changed[QStringLiteral("vm1!http")].state = 2;
        QVERIFY(t.isAffectedBy(changed, http, T0));

        changed = all;
        changed[QStringLiteral("vm1!http")].ack.set = true;
        QVERIFY(t.isAffectedBy(changed, http, T0));

        changed = all;
        changed[QStringLiteral("vm1!http")].ack.set = true;
        changed[QStringLiteral("vm1!http")].ack.expiry = T0.addSecs(60);
        const Topology acked = Topology::build(changed, {}, T0);
        QVERIFY(!acked.isAffectedBy(changed, http, T0));
        QVERIFY(acked.isAffectedBy(changed, http, T0.addSecs(61))); // the acknowledgement expired

        changed = all;
        changed[QStringLiteral("vm1")].reachable = false;
        QVERIFY(t.isAffectedBy(changed, {QStringLiteral("vm1")}, T0));

        changed = all;
        changed[QStringLiteral("vm1")].pending = true; // PENDING and UP look alike but for the text
        QVERIFY(t.isAffectedBy(changed, {QStringLiteral("vm1")}, T0));

        changed = all;
        changed.insert(QStringLiteral("vm1!ssh"), service(QStringLiteral("vm1"), QStringLiteral("ssh")));
        QVERIFY(t.isAffectedBy(changed, {QStringLiteral("vm1!ssh")}, T0));

        changed = all;
        changed.remove(QStringLiteral("vm1!http"));
        QVERIFY(t.isAffectedBy(changed, http, T0));
    }

    // The demo at 07:08 against the dump checked by eye once (tests/unit/fixtures). Run with
    // ONCALL_DESK_UPDATE_GOLDEN=1 to rewrite the file after an intended change.
    void goldenDemo0708()
    {
        DemoDataCenter demo(3600000);
        AlarmStore store(demo.clock());
        QObject::connect(&demo, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
        QObject::connect(&demo, &MonitoringSource::eventsReceived, &store, &AlarmStore::enqueue);
        demo.start();
        demo.advanceTo(8);
        store.processInbox(0);
        const Topology t = Topology::build(store.objects(), store.dependencies(), demo.clock()->now());
        verifyInvariants(t, store.objects()); // no acknowledgements: its T0 does not matter

        const QString actual = dump(t);
        QJsonParseError error;
        QJsonDocument::fromJson(actual.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const QString path = ocd::test::fixturesDir() + QStringLiteral("/topology-demo-0708.json");
        if (qEnvironmentVariableIntValue("ONCALL_DESK_UPDATE_GOLDEN") == 1) {
            QSaveFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual.toUtf8());
            QVERIFY(out.commit());
            qInfo("wrote %s", qPrintable(path));
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "this run's dump:\n%s", qPrintable(actual));
            QFAIL(qPrintable(QStringLiteral("cannot read %1 (dump above)").arg(path)));
        }
        const QString expected = QString::fromUtf8(in.readAll());
        if (expected != actual) {
            // On stderr: QtTest shortens long messages, and the diff is the point.
            std::fprintf(
                stderr, "--- %s (expected)\n+++ actual\n%s\n", qPrintable(path),
                qPrintable(lineDiff(expected.split(QLatin1Char('\n')), actual.split(QLatin1Char('\n')))));
            QFAIL("the topology differs from the golden dump (diff above)");
        }
    }

    // The diff helper itself: a changed line shows as -/+ with its context.
    void lineDiffShowsChanges()
    {
        const QString d =
            lineDiff(list({"a", "b", "c", "d", "e", "f", "g"}), list({"a", "b", "c", "X", "e", "f", "g"}));
        QCOMPARE(d, QStringLiteral(" b\n c\n-d\n+X\n e\n f"));
        QCOMPARE(lineDiff(list({"a"}), list({"a"})), QString());
    }
};

QTEST_GUILESS_MAIN(TstTopology)
#include "tst_topology.moc"
