#pragma once

#include "core/AlarmRules.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace ocd {

class AlarmStore;

// The rows of the alarm list: the store's objects that pass the filter, in AlarmRules order.
// Holds no rules of its own; it keeps the view's rows stable across updates by moving,
// inserting and removing rows instead of resetting, so selection and scroll position survive.
class AlarmListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    Q_PROPERTY(bool problemsOnly READ problemsOnly WRITE setProblemsOnly NOTIFY filterChanged)
    Q_PROPERTY(bool showSoft READ showSoft WRITE setShowSoft NOTIFY filterChanged)
    Q_PROPERTY(bool showAcknowledged READ showAcknowledged WRITE setShowAcknowledged NOTIFY filterChanged)
    Q_PROPERTY(bool showDowntime READ showDowntime WRITE setShowDowntime NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QStringList scope READ scope WRITE setScope NOTIFY filterChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        HostRole,
        ServiceRole,
        DisplayNameRole,
        IsHostRole,
        SeverityRole,
        StateTextRole,
        StateTypeTextRole,
        IsSoftRole,
        OutputRole,
        LastStateChangeRole,
        AcknowledgedRole,
        AckAuthorRole,
        AckCommentRole,
        InDowntimeRole,
        ReachableRole,
        HandledRole,
    };
    Q_ENUM(Role)

    // More row changes than this in one update become one reset (see rebuild()).
    static constexpr int kMaxIncrementalChanges = 32;

    explicit AlarmListModel(QObject *parent = nullptr);

    void setStore(AlarmStore *store);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString filterText() const { return m_filter.text; }
    void setFilterText(const QString &text);
    bool problemsOnly() const { return m_filter.problemsOnly; }
    void setProblemsOnly(bool on);
    bool showSoft() const { return m_filter.showSoft; }
    void setShowSoft(bool on);
    bool showAcknowledged() const { return m_filter.showAcknowledged; }
    void setShowAcknowledged(bool on);
    bool showDowntime() const { return m_filter.showDowntime; }
    void setShowDowntime(bool on);
    QStringList scope() const { return QStringList(m_filter.scope.cbegin(), m_filter.scope.cend()); }
    void setScope(const QStringList &keys);

    Q_INVOKABLE QString keyAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &key) const;
    // The keys that are still rows, in the given order (for keeping a selection valid).
    Q_INVOKABLE QStringList retainPresent(const QStringList &keys) const;
    const QStringList &keys() const { return m_keys; }

signals:
    void filterChanged();
    void countChanged();

private:
    template <typename T> void changeFilter(T AlarmFilter::*field, const T &value);
    void rebuild(const QSet<QString> &changed);
    QStringList computeKeys() const;

    QPointer<AlarmStore> m_store;
    AlarmFilter m_filter;
    QStringList m_keys;
    mutable QHash<QString, int> m_rowIndex; // key -> row; empty = rebuild on the next rowOf()
};

} // namespace ocd
