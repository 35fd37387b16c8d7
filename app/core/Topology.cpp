#include "Topology.h"

#include "AlarmRules.h"

#include <algorithm>
#include <vector>

namespace ocd {

namespace {

// The host vars the topology reads (QMap lookups take a QString: made once, not per host).
const QString kRole = QStringLiteral("role");
const QString kHypervisor = QStringLiteral("hypervisor");
const QString kSite = QStringLiteral("site");
const QString kRack = QStringLiteral("rack");
const QString kZone = QStringLiteral("zone");

QString hostVar(const MonitoredObject &o, const QString &name)
{
    return o.vars.value(name).toString();
}

// Icinga allows several parents per host; a tree needs one. The choice must not depend on the
// order the API lists the dependencies in: a parent that exists wins, then the smallest name.
QHash<QString, QString> dependencyParents(const QVector<HostDependency> &deps,
                                          const QHash<QString, int> &hostIds)
{
    QHash<QString, QString> parentOf;
    parentOf.reserve(deps.size());
    for (const HostDependency &d : deps) {
        if (d.childHost.isEmpty() || d.parentHost.isEmpty() || d.childHost == d.parentHost)
            continue;
        auto it = parentOf.find(d.childHost);
        if (it == parentOf.end()) {
            parentOf.insert(d.childHost, d.parentHost);
            continue;
        }
        const bool newKnown = hostIds.contains(d.parentHost);
        const bool oldKnown = hostIds.contains(*it);
        if ((newKnown && !oldKnown) || (newKnown == oldKnown && d.parentHost < *it))
            *it = d.parentHost;
    }
    return parentOf;
}

void addOwn(TopologyCounts &c, const MonitoredObject &o, int severity, bool unhandled)
{
    if (o.isHost() && !o.reachable)
        ++c.unreachableHosts;
    if (!AlarmRules::tally(c, severity))
        return;
    if (unhandled)
        ++c.unhandled;
}

void addBeneath(TopologyCounts &into, const TopologyCounts &c)
{
    into.down += c.down;
    into.critical += c.critical;
    into.warning += c.warning;
    into.unknown += c.unknown;
    into.unhandled += c.unhandled;
    into.unreachableHosts += c.unreachableHosts;
}

} // namespace

Topology Topology::build(const QHash<QString, MonitoredObject> &objects, const QVector<HostDependency> &deps,
                         const QDateTime &now)
{
    // 1. Hosts get ids in name order, so everything below is deterministic whatever the hash order.
    // The hash's own key strings are shared into the nodes: no key is built again.
    struct Entry
    {
        const QString *key;
        const MonitoredObject *object;
        QStringView name; // host or service name, at hand for sorting without a trip to the object
    };
    QVector<Entry> hosts;
    QVector<Entry> services;
    services.reserve(objects.size());
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        (it->isHost() ? hosts : services)
            .append(Entry{&it.key(), &*it,
                          it->isHost() ? QStringView(it->hostName) : QStringView(it->serviceName)});
    auto byName = [](const Entry &a, const Entry &b) { return a.name < b.name; };
    std::sort(hosts.begin(), hosts.end(), byName);
    const int hostCount = int(hosts.size());
    QHash<QString, int> hostIds;
    hostIds.reserve(hostCount);
    for (int i = 0; i < hostCount; ++i)
        hostIds.insert(hosts[i].object->hostName, i);
    QVector<QVector<Entry>> servicesOf(hostCount);
    for (const Entry &e : std::as_const(services)) {
        const int h = hostIds.value(e.object->hostName, -1);
        // A service whose host the store does not know (yet) has no place in the tree; the
        // alarm list still shows it.
        if (h >= 0)
            servicesOf[h].append(e);
    }

    // 2. One parent per host: Dependency objects first, vars.hypervisor where there is none.
    const QHash<QString, QString> depParent = dependencyParents(deps, hostIds);
    QVector<int> parent(hostCount, -1);
    QVector<bool> orphan(hostCount, false);
    for (int i = 0; i < hostCount; ++i) {
        const MonitoredObject &h = *hosts[i].object;
        const QString role = hostVar(h, kRole);
        if (role == QLatin1String("hypervisor"))
            continue;
        QString parentName = depParent.value(h.hostName);
        if (parentName.isEmpty())
            parentName = hostVar(h, kHypervisor);
        if (parentName.isEmpty() || parentName == h.hostName) {
            // A VM that cannot say where it runs is still a VM: shown on its own, not as hardware.
            orphan[i] = role == QLatin1String("vm");
            continue;
        }
        parent[i] = hostIds.value(parentName, -1);
        orphan[i] = parent[i] < 0;
    }

    // 3. Cycle guard: a misconfigured loop (a -> b -> a) would have no root and never be shown.
    // Walk up from every host; meeting a host of the current walk again means a loop, which is
    // cut at its smallest name. Each host is walked once: O(hosts).
    {
        enum Mark : char { Unseen, OnWalk, Done };
        std::vector<Mark> mark(size_t(hostCount), Unseen);
        QVector<int> walk;
        for (int start = 0; start < hostCount; ++start) {
            walk.clear();
            int h = start;
            while (h >= 0 && mark[h] == Unseen) {
                mark[h] = OnWalk;
                walk.append(h);
                h = parent[h];
            }
            if (h >= 0 && mark[h] == OnWalk) {
                const int from = int(walk.indexOf(h));
                const int cut = *std::min_element(walk.cbegin() + from, walk.cend());
                parent[cut] = -1;
                orphan[cut] = true;
            }
            for (int w : std::as_const(walk))
                mark[w] = Done;
        }
    }

    // 4. Child hosts per host, in name order because ids are.
    QVector<QVector<int>> childHosts(hostCount);
    QVector<int> rootHosts;
    for (int i = 0; i < hostCount; ++i) {
        if (parent[i] < 0)
            rootHosts.append(i);
        else
            childHosts[parent[i]].append(i);
    }

    // 5. Nodes in pre-order (iteratively: a long dependency chain must not overflow the stack).
    // Services of a host follow its child hosts' subtrees.
    Topology t;
    t.m_nodes.reserve(objects.size());
    t.m_index.reserve(objects.size());
    auto addNode = [&t, &now](const Entry &e, TopologyNode::Kind kind, int parentNode) {
        const MonitoredObject &o = *e.object;
        TopologyNode n;
        n.key = *e.key;
        n.name = o.isHost() ? o.hostName : o.serviceName;
        n.kind = kind;
        n.parent = parentNode;
        n.state = o.state;
        n.pending = o.pending;
        n.severity = AlarmRules::severity(o);
        n.worstBeneath = n.severity;
        n.unreachable = !o.reachable;
        n.unhandledProblem = n.severity > 0 && !AlarmRules::isHandled(o, now);
        addOwn(n.beneath, o, n.severity, n.unhandledProblem);
        if (parentNode >= 0) {
            const TopologyNode &p = t.m_nodes.at(parentNode);
            n.depth = p.depth + 1;
            // A VM is where its hardware is; its own vars only fill what the parent leaves open.
            n.site = p.site.isEmpty() && o.isHost() ? hostVar(o, kSite) : p.site;
            n.rack = p.rack.isEmpty() && o.isHost() ? hostVar(o, kRack) : p.rack;
            n.zone = p.zone.isEmpty() && o.isHost() ? hostVar(o, kZone) : p.zone;
        } else {
            n.site = hostVar(o, kSite);
            n.rack = hostVar(o, kRack);
            n.zone = hostVar(o, kZone);
        }
        const int index = int(t.m_nodes.size());
        t.m_index.insert(n.key, index);
        t.m_nodes.append(std::move(n));
        if (parentNode >= 0)
            t.m_nodes[parentNode].children.append(index);
        return index;
    };
    struct Frame
    {
        int host;
        int node;
        int nextChild;
    };
    QVector<Frame> stack;
    for (int root : std::as_const(rootHosts)) {
        const TopologyNode::Kind kind = orphan[root] ? TopologyNode::Kind::Vm : TopologyNode::Kind::Physical;
        const int rootNode = addNode(hosts[root], kind, -1);
        t.m_nodes[rootNode].orphan = orphan[root];
        t.m_roots.append(rootNode);
        stack.append(Frame{root, rootNode, 0});
        while (!stack.isEmpty()) {
            Frame &f = stack.last();
            if (f.nextChild < childHosts[f.host].size()) {
                const int child = childHosts[f.host][f.nextChild++];
                const int childNode = addNode(hosts[child], TopologyNode::Kind::Vm, f.node);
                stack.append(Frame{child, childNode, 0}); // f is not used after this
                continue;
            }
            const int hostNode = f.node;
            QVector<Entry> &own = servicesOf[f.host];
            std::sort(own.begin(), own.end(), byName);
            for (const Entry &e : std::as_const(own)) {
                const int serviceNode = addNode(e, TopologyNode::Kind::Service, hostNode);
                t.m_nodes[serviceNode].subtreeEnd = serviceNode + 1;
            }
            t.m_nodes[hostNode].subtreeEnd = int(t.m_nodes.size());
            stack.removeLast();
        }
    }

    // 6. Sums bottom-up: in pre-order every descendant comes after its node, so one backward
    // pass has finished a node's subtree before adding it to the parent.
    TopologyNode *nodes = t.m_nodes.data();
    for (int i = int(t.m_nodes.size()) - 1; i >= 0; --i) {
        const TopologyNode &n = nodes[i];
        if (n.parent < 0)
            continue;
        TopologyNode &p = nodes[n.parent];
        p.worstBeneath = qMax(p.worstBeneath, n.worstBeneath);
        addBeneath(p.beneath, n.beneath);
    }
    return t;
}

const TopologyNode *Topology::node(const QString &key) const
{
    const int i = nodeIndex(key);
    return i < 0 ? nullptr : &m_nodes.at(i);
}

QString Topology::rootOf(const QString &key) const
{
    int i = nodeIndex(key);
    if (i < 0)
        return {};
    while (m_nodes.at(i).parent >= 0)
        i = m_nodes.at(i).parent;
    return m_nodes.at(i).key;
}

QStringList Topology::path(const QString &key) const
{
    QStringList keys;
    for (int i = nodeIndex(key); i >= 0; i = m_nodes.at(i).parent)
        keys.prepend(m_nodes.at(i).key);
    return keys;
}

bool Topology::isAffectedBy(const QHash<QString, MonitoredObject> &objects, const QSet<QString> &changedKeys,
                            const QDateTime &now) const
{
    for (const QString &key : changedKeys) {
        const TopologyNode *n = node(key);
        const auto it = objects.constFind(key);
        if (!n || it == objects.cend())
            return true;
        const MonitoredObject &o = *it;
        const int severity = AlarmRules::severity(o);
        const bool unhandled = severity > 0 && !AlarmRules::isHandled(o, now);
        if (severity != n->severity || o.state != n->state || o.pending != n->pending ||
            o.reachable == n->unreachable || unhandled != n->unhandledProblem)
            return true;
    }
    return false;
}

bool Topology::inSubtree(const QString &rootKey, const QString &key) const
{
    const int r = nodeIndex(rootKey);
    const int k = nodeIndex(key);
    return r >= 0 && k >= r && k < m_nodes.at(r).subtreeEnd;
}

} // namespace ocd
