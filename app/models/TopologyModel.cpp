#include "TopologyModel.h"
#include "RowMoves.h"

#include "core/AlarmRules.h"
#include "core/Clock.h"
#include "store/AlarmStore.h"

#include <QSet>

#include <algorithm>

namespace ocd {

namespace {

constexpr int kFirstRole = TopologyModel::KeyRole;
constexpr int kLastRole = TopologyModel::VmsRole;

} // namespace

TopologyModel::TopologyModel(QObject *parent) : QAbstractListModel(parent)
{}

void TopologyModel::rebuildNow()
{
    m_rebuildTimer.stop();
    m_rebuildPending = false;
    m_sinceRebuild.restart();
    update(buildTopology());
}

void TopologyModel::setStore(AlarmStore *store)
{
    if (!m_sinceRebuild.isValid()) {
        m_sinceRebuild.start();
        m_rebuildTimer.setSingleShot(true);
        connect(&m_rebuildTimer, &QTimer::timeout, this, &TopologyModel::rebuildNow);
    }
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        // After a full resync anything may have changed: one reset, as the alarm list does.
        connect(m_store, &AlarmStore::resetDone, this, [this] {
            Topology t = buildTopology();
            resetRows(&t);
        });
        // An overview: rebuilt at most every kMinRebuildMs, so together with the alarm list a
        // burst never costs more than a frame (a rebuild at 2,000 hosts is ~12 ms).
        connect(m_store, &AlarmStore::objectsChanged, this, [this](const QSet<QString> &keys) {
            if (!m_rebuildPending &&
                !m_topology.isAffectedBy(m_store->objects(), keys, m_store->clock()->now()))
                return;
            m_rebuildPending = true;
            if (!m_rebuildTimer.isActive())
                m_rebuildTimer.start(int(qMax<qint64>(0, kMinRebuildMs - m_sinceRebuild.elapsed())));
        });
    }
    Topology t = buildTopology();
    resetRows(&t);
}

AlarmStore *TopologyModel::store() const
{
    return m_store;
}

Topology TopologyModel::buildTopology() const
{
    if (!m_store)
        return {};
    return Topology::build(m_store->objects(), m_store->dependencies(), m_store->clock()->now());
}

void TopologyModel::resetRows(Topology *replacement)
{
    const qsizetype before = m_rows.size();
    beginResetModel();
    if (replacement)
        m_topology = std::move(*replacement);
    m_rows = computeRows();
    m_published.clear();
    m_published.reserve(m_rows.size());
    for (const QString &key : std::as_const(m_rows))
        m_published.insert(key, valuesOf(key));
    endResetModel();
    if (before != m_rows.size())
        emit countChanged();
    if (replacement)
        emit topologyChanged();
}

void TopologyModel::update(Topology topology)
{
    // Same tiles as before? Then rows only move and change; any other change is a reset.
    // The topology is swapped first: rows are looked up by key, so every row the view reads
    // during the moves below already shows its new values.
    Topology previous = std::exchange(m_topology, std::move(topology));
    const QStringList next = computeRows();
    const QSet<QString> nextSet(next.cbegin(), next.cend());
    if (next.size() != m_rows.size() || nextSet != QSet<QString>(m_rows.cbegin(), m_rows.cend())) {
        // The old topology stays until the reset begins: views may still read rows before it.
        std::swap(m_topology, previous);
        resetRows(&previous);
        return;
    }

    QHash<QString, int> nextRow;
    nextRow.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextRow.insert(next[i], i);
    QVector<int> order;
    order.reserve(m_rows.size());
    for (const QString &key : std::as_const(m_rows))
        order.append(nextRow.value(key));
    if (int(order.size()) - longestIncreasingRun(order) > kMaxIncrementalMoves) {
        std::swap(m_topology, previous);
        resetRows(&previous);
        return;
    }

    for (int i = 0; i < next.size(); ++i) {
        if (m_rows[i] == next[i])
            continue;
        const int from = int(m_rows.indexOf(next[i], i + 1));
        beginMoveRows({}, from, from, {}, i);
        m_rows.move(from, i);
        endMoveRows();
    }
    Q_ASSERT(m_rows == next);

    for (int row = 0; row < m_rows.size(); ++row) {
        RowValues now = valuesOf(m_rows[row]);
        RowValues &told = m_published[m_rows[row]];
        QList<int> roles;
        for (int r = kFirstRole; r <= kLastRole; ++r)
            if (told.value(r - kFirstRole) != now.at(r - kFirstRole))
                roles.append(r);
        if (roles.isEmpty())
            continue;
        told = std::move(now);
        if (roles.contains(NameRole))
            roles.append(Qt::DisplayRole);
        emit dataChanged(index(row), index(row), roles);
    }
    emit topologyChanged();
}

QStringList TopologyModel::computeRows() const
{
    QVector<int> roots;
    roots.reserve(m_topology.roots().size());
    for (int r : m_topology.roots())
        if (matchesSearch(r))
            roots.append(r);
    // Where it burns first; equal tiles in name order so they do not jump around.
    std::sort(roots.begin(), roots.end(), [this](int a, int b) {
        const TopologyNode &na = m_topology.at(a);
        const TopologyNode &nb = m_topology.at(b);
        if (na.worstBeneath != nb.worstBeneath)
            return na.worstBeneath > nb.worstBeneath;
        if (na.name != nb.name)
            return na.name < nb.name;
        return na.key < nb.key;
    });
    QStringList keys;
    keys.reserve(roots.size());
    for (int r : std::as_const(roots))
        keys.append(m_topology.at(r).key);
    return keys;
}

bool TopologyModel::matchesSearch(int node) const
{
    if (m_search.isEmpty())
        return true;
    const int end = m_topology.at(node).subtreeEnd;
    for (int i = node; i < end; ++i) {
        const TopologyNode &n = m_topology.at(i);
        if (n.kind != TopologyNode::Kind::Service && n.name.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void TopologyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    if (computeRows() != m_rows)
        resetRows(nullptr);
    emit searchTextChanged();
}

int TopologyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int node = m_topology.nodeIndex(m_rows.at(index.row()));
    if (node < 0)
        return {};
    return value(node, role == Qt::DisplayRole ? int(NameRole) : role);
}

QString TopologyModel::stateTextOf(const QString &key) const
{
    const MonitoredObject *o = m_store ? m_store->find(key) : nullptr;
    return o ? AlarmRules::stateText(*o) : QString();
}

QVariantList TopologyModel::vmsOf(int node) const
{
    QVariantList vms;
    const int end = m_topology.at(node).subtreeEnd;
    for (int i = node + 1; i < end; ++i) {
        const TopologyNode &n = m_topology.at(i);
        if (n.kind == TopologyNode::Kind::Service)
            continue;
        vms.append(QVariantMap{{QStringLiteral("key"), n.key},
                               {QStringLiteral("name"), n.name},
                               {QStringLiteral("severity"), n.severity},
                               {QStringLiteral("worstBeneath"), n.worstBeneath},
                               {QStringLiteral("stateText"), stateTextOf(n.key)},
                               {QStringLiteral("reachable"), !n.unreachable},
                               {QStringLiteral("problemCount"), n.beneath.problems()}});
    }
    return vms;
}

QVariant TopologyModel::value(int node, int role) const
{
    const TopologyNode &n = m_topology.at(node);
    switch (role) {
    case KeyRole:
        return n.key;
    case NameRole:
        return n.name;
    case SeverityRole:
        return n.severity;
    case WorstBeneathRole:
        return n.worstBeneath;
    case StateTextRole:
        return stateTextOf(n.key);
    case VmCountRole: {
        int vms = 0;
        for (int i = node + 1; i < n.subtreeEnd; ++i)
            if (m_topology.at(i).kind != TopologyNode::Kind::Service)
                ++vms;
        return vms;
    }
    case UnreachableCountRole:
        return n.beneath.unreachableHosts;
    case ProblemCountRole:
        return n.beneath.problems();
    case UnhandledCountRole:
        return n.beneath.unhandled;
    case SiteRole:
        return n.site;
    case RackRole:
        return n.rack;
    case ZoneRole:
        return n.zone;
    case VmsRole:
        return vmsOf(node);
    default:
        return {};
    }
}

TopologyModel::RowValues TopologyModel::valuesOf(const QString &rootKey) const
{
    RowValues values;
    values.reserve(kLastRole - kFirstRole + 1);
    const int node = m_topology.nodeIndex(rootKey);
    for (int r = kFirstRole; r <= kLastRole; ++r)
        values.append(node < 0 ? QVariant() : value(node, r));
    return values;
}

QHash<int, QByteArray> TopologyModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {SeverityRole, "severity"},
            {WorstBeneathRole, "worstBeneath"},
            {StateTextRole, "stateText"},
            {VmCountRole, "vmCount"},
            {UnreachableCountRole, "unreachableCount"},
            {ProblemCountRole, "problemCount"},
            {UnhandledCountRole, "unhandledCount"},
            {SiteRole, "site"},
            {RackRole, "rack"},
            {ZoneRole, "zone"},
            {VmsRole, "vms"}};
}

QVariantList TopologyModel::servicesOf(const QString &hostKey) const
{
    QVariantList services;
    const TopologyNode *host = m_topology.node(hostKey);
    if (!host || host->kind == TopologyNode::Kind::Service)
        return services;
    for (int child : host->children) {
        const TopologyNode &n = m_topology.at(child);
        if (n.kind != TopologyNode::Kind::Service)
            continue;
        const MonitoredObject *o = m_store ? m_store->find(n.key) : nullptr;
        services.append(
            QVariantMap{{QStringLiteral("name"), n.name},
                        {QStringLiteral("key"), n.key},
                        {QStringLiteral("severity"), n.severity},
                        {QStringLiteral("stateText"), o ? AlarmRules::stateText(*o) : QString()},
                        {QStringLiteral("output"), o ? AlarmRules::firstLine(o->output) : QString()}});
    }
    return services;
}

int TopologyModel::rowOfHost(const QString &key) const
{
    const QString root = m_topology.rootOf(key);
    return root.isEmpty() ? -1 : int(m_rows.indexOf(root));
}

QString TopologyModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

} // namespace ocd
