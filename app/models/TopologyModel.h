#pragma once

#include "core/Topology.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace ocd {

class AlarmStore;

// The tiles of "where it burns": one row per physical host (a root of the Topology), the worst
// first, each carrying its VMs as small tiles. It only calls Topology; the store's batched
// changes rebuild the topology as a whole, and the rows follow with as few signals as possible
// (dataChanged for the roles that changed, moves for a new order) so the view keeps its state.
// The set of tiles changing (a new hypervisor, a search) resets the model.
class TopologyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        SeverityRole,
        WorstBeneathRole,
        StateTextRole,
        VmCountRole,
        UnreachableCountRole,
        ProblemCountRole,
        UnhandledCountRole,
        SiteRole,
        RackRole,
        ZoneRole,
        VmsRole,
    };
    Q_ENUM(Role)

    // More moves than this in one update become one reset (as in AlarmListModel).
    static constexpr int kMaxIncrementalMoves = 32;
    static constexpr int kMinRebuildMs = 250;

    explicit TopologyModel(QObject *parent = nullptr);

    void setStore(AlarmStore *store);
    // Applies pending store changes at once (tests, benchmarks; normally throttled).
    void rebuildNow();
    AlarmStore *store() const;
    const Topology &topology() const { return m_topology; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Tiles whose host or any of its VMs has the text in its name (case-insensitive).
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    // The services of a host or VM for drill-down, in name order: {name, key, severity,
    // stateText, output (first line)}.
    Q_INVOKABLE QVariantList servicesOf(const QString &hostKey) const;
    // The row of the tile that holds key (a physical host, a VM or a service); -1 when the tile
    // is filtered out or the key unknown.
    Q_INVOKABLE int rowOfHost(const QString &key) const;
    Q_INVOKABLE QString rootOf(const QString &key) const { return m_topology.rootOf(key); }
    Q_INVOKABLE QString keyAt(int row) const;

signals:
    void searchTextChanged();
    void countChanged();
    // After every rebuild of the topology: for whoever filters by subtree (Topology::inSubtree).
    void topologyChanged();

private:
    using RowValues = QVector<QVariant>; // indexed by role - KeyRole

    // Resets the rows, installing replacement (moved from) first when given.
    void resetRows(Topology *replacement);
    void update(Topology topology);
    Topology buildTopology() const;
    QStringList computeRows() const;
    bool matchesSearch(int node) const;
    QVariant value(int node, int role) const;
    QVariantList vmsOf(int node) const;
    QString stateTextOf(const QString &key) const;
    RowValues valuesOf(const QString &rootKey) const;

    QPointer<AlarmStore> m_store;
    Topology m_topology;
    QString m_search;
    QStringList m_rows;                    // root keys in display order
    QHash<QString, RowValues> m_published; // what the view was last told, per root key
    QTimer m_rebuildTimer;
    QElapsedTimer m_sinceRebuild;
    bool m_rebuildPending = false;
};

} // namespace ocd
