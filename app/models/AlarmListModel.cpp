#include "AlarmListModel.h"
#include "RowMoves.h"

#include "core/Clock.h"
#include "store/AlarmStore.h"

#include <algorithm>

namespace ocd {

AlarmListModel::AlarmListModel(QObject *parent) : QAbstractListModel(parent)
{}

void AlarmListModel::setStore(AlarmStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (m_store) {
        connect(m_store, &AlarmStore::resetDone, this, [this] {
            beginResetModel();
            m_keys = computeKeys();
            m_rowIndex.clear();
            endResetModel();
            emit countChanged();
        });
        connect(m_store, &AlarmStore::objectsChanged, this, &AlarmListModel::rebuild);
    }
    beginResetModel();
    m_keys = computeKeys();
    m_rowIndex.clear();
    endResetModel();
    emit countChanged();
}

QStringList AlarmListModel::computeKeys() const
{
    if (!m_store)
        return {};
    const QDateTime now = m_store->clock()->now();
    QList<const MonitoredObject *> rows;
    for (const MonitoredObject &o : m_store->objects())
        if (AlarmRules::matches(o, m_filter, now))
            rows.append(&o);
    std::sort(rows.begin(), rows.end(), [&now](const MonitoredObject *a, const MonitoredObject *b) {
        return AlarmRules::lessThan(*a, *b, now);
    });
    QStringList keys;
    keys.reserve(rows.size());
    for (const MonitoredObject *o : rows)
        keys.append(o->key());
    return keys;
}

void AlarmListModel::rebuild(const QSet<QString> &changed)
{
    const QStringList next = computeKeys();
    const int before = int(m_keys.size());
    m_rowIndex.clear(); // row numbers change below

    QHash<QString, int> nextRow;
    nextRow.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextRow.insert(next[i], i);
    QVector<int> survivorsInNewOrder;
    survivorsInNewOrder.reserve(m_keys.size());
    for (const QString &k : std::as_const(m_keys)) {
        const auto it = nextRow.constFind(k);
        if (it != nextRow.cend())
            survivorsInNewOrder.append(*it);
    }
    const int removed = int(m_keys.size() - survivorsInNewOrder.size());
    const int inserted = int(next.size() - survivorsInNewOrder.size());
    const int moved = int(survivorsInNewOrder.size()) - longestIncreasingRun(survivorsInNewOrder);

    // Many small signals cost more in the view than one reset (each move is ~1 ms in a
    // ListView); the UI keeps its selection by key, so a reset loses nothing that matters.
    if (removed + inserted + moved > kMaxIncrementalChanges) {
        beginResetModel();
        m_keys = next;
        endResetModel();
        if (before != m_keys.size())
            emit countChanged();
        return;
    }

    // 1. Remove rows that left, in contiguous runs from the bottom up.
    for (int i = int(m_keys.size()) - 1; i >= 0;) {
        if (nextRow.contains(m_keys[i])) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !nextRow.contains(m_keys[first - 1]))
            --first;
        beginRemoveRows({}, first, i);
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Walk the new order: keep, move up, or insert runs of new rows.
    QSet<QString> present(m_keys.cbegin(), m_keys.cend());
    for (int i = 0; i < next.size(); ++i) {
        if (i < m_keys.size() && m_keys[i] == next[i])
            continue;
        if (present.contains(next[i])) {
            const int from = int(m_keys.indexOf(next[i], i + 1));
            beginMoveRows({}, from, from, {}, i);
            m_keys.move(from, i);
            endMoveRows();
            continue;
        }
        int last = i;
        while (last + 1 < next.size() && !present.contains(next[last + 1]))
            ++last;
        beginInsertRows({}, i, last);
        for (int k = i; k <= last; ++k) {
            m_keys.insert(k, next[k]);
            present.insert(next[k]);
        }
        endInsertRows();
        i = last;
    }
    Q_ASSERT(m_keys == next);

    // 3. Refresh rows whose object changed in place (one pass, not one search per key).
    if (!changed.isEmpty()) {
        for (int row = 0; row < m_keys.size(); ++row)
            if (changed.contains(m_keys[row]))
                emit dataChanged(index(row), index(row));
    }
    if (before != m_keys.size())
        emit countChanged();
}

int AlarmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (!m_store)
        return {};
    const MonitoredObject *o = m_store->find(m_keys.at(index.row()));
    if (!o)
        return {};
    const QDateTime now = m_store->clock()->now();
    switch (role) {
    case KeyRole:
        return o->key();
    case HostRole:
        return o->hostName;
    case ServiceRole:
        return o->serviceName;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return o->displayName;
    case IsHostRole:
        return o->isHost();
    case SeverityRole:
        return AlarmRules::severity(*o);
    case StateTextRole:
        return AlarmRules::stateText(*o);
    case StateTypeTextRole:
        return AlarmRules::stateTypeText(*o);
    case IsSoftRole:
        return o->stateType == StateType::Soft;
    case OutputRole:
        return AlarmRules::firstLine(o->output);
    case LastStateChangeRole:
        return o->lastStateChange;
    case AcknowledgedRole:
        return AlarmRules::isAcknowledged(*o, now);
    case AckAuthorRole:
        return o->ack.author;
    case AckCommentRole:
        return o->ack.comment;
    case InDowntimeRole:
        return o->inDowntime();
    case ReachableRole:
        return o->reachable;
    case HandledRole:
        return AlarmRules::isHandled(*o, now);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlarmListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {HostRole, "host"},
            {ServiceRole, "service"},
            {DisplayNameRole, "displayName"},
            {IsHostRole, "isHost"},
            {SeverityRole, "severity"},
            {StateTextRole, "stateText"},
            {StateTypeTextRole, "stateTypeText"},
            {IsSoftRole, "isSoft"},
            {OutputRole, "output"},
            {LastStateChangeRole, "lastStateChange"},
            {AcknowledgedRole, "acknowledged"},
            {AckAuthorRole, "ackAuthor"},
            {AckCommentRole, "ackComment"},
            {InDowntimeRole, "inDowntime"},
            {ReachableRole, "reachable"},
            {HandledRole, "handled"}};
}

template <typename T> void AlarmListModel::changeFilter(T AlarmFilter::*field, const T &value)
{
    if (m_filter.*field == value)
        return;
    m_filter.*field = value;
    rebuild({});
    emit filterChanged();
}

void AlarmListModel::setFilterText(const QString &text)
{
    changeFilter(&AlarmFilter::text, text);
}

void AlarmListModel::setProblemsOnly(bool on)
{
    changeFilter(&AlarmFilter::problemsOnly, on);
}

void AlarmListModel::setShowSoft(bool on)
{
    changeFilter(&AlarmFilter::showSoft, on);
}

void AlarmListModel::setShowAcknowledged(bool on)
{
    changeFilter(&AlarmFilter::showAcknowledged, on);
}

void AlarmListModel::setShowDowntime(bool on)
{
    changeFilter(&AlarmFilter::showDowntime, on);
}

void AlarmListModel::setScope(const QStringList &keys)
{
    changeFilter(&AlarmFilter::scope, QSet<QString>(keys.cbegin(), keys.cend()));
}

QString AlarmListModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

int AlarmListModel::rowOf(const QString &key) const
{
    // Built on demand after each change: QML asks for many keys at once (selection upkeep).
    if (m_rowIndex.isEmpty() && !m_keys.isEmpty()) {
        m_rowIndex.reserve(m_keys.size());
        for (int i = 0; i < m_keys.size(); ++i)
            m_rowIndex.insert(m_keys[i], i);
    }
    return m_rowIndex.value(key, -1);
}

QStringList AlarmListModel::retainPresent(const QStringList &keys) const
{
    QStringList kept;
    for (const QString &k : keys)
        if (rowOf(k) >= 0)
            kept.append(k);
    return kept;
}

} // namespace ocd
