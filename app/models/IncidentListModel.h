#pragma once

#include "core/Incident.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ocd {

class IncidentTracker;

// The tracker's incidents for QML, newest first. Incidents are few (tens), so a change resets.
class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Desk.incidents")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StateRole,
        StateTextRole,
        AssigneeRole,
        OpenedAtRole,
        AlarmCountRole,
        ClosedRole,
    };

    explicit IncidentListModel(IncidentTracker *tracker, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE int rowOf(const QString &id) const;

signals:
    void countChanged();

private:
    IncidentTracker *m_tracker;
    QVector<Incident> m_rows;
};

// One incident's journal for QML, oldest first.
class JournalModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Desk.incidents")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { TimeTextRole = Qt::UserRole + 1, AuthorRole, KindRole, KindTextRole, TextRole, ObjectRole };

    explicit JournalModel(QObject *parent = nullptr);
    void setEntries(const QVector<JournalEntry> &entries);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QVector<JournalEntry> m_entries;
};

} // namespace ocd
