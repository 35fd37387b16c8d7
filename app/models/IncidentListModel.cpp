#include "IncidentListModel.h"

#include "core/IncidentRules.h"
#include "incidents/IncidentTracker.h"

#include <QLocale>

namespace ocd {

IncidentListModel::IncidentListModel(IncidentTracker *tracker, QObject *parent)
    : QAbstractListModel(parent), m_tracker(tracker)
{
    auto refresh = [this] {
        beginResetModel();
        m_rows = m_tracker->incidents();
        endResetModel();
        emit countChanged();
    };
    connect(tracker, &IncidentTracker::incidentsChanged, this, refresh);
    m_rows = m_tracker->incidents();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Incident &i = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return i.id;
    case TitleRole:
    case Qt::DisplayRole:
        return i.title;
    case StateRole:
        return Incident::stateKey(i.state);
    case StateTextRole:
        return IncidentRules::stateText(i.state);
    case AssigneeRole:
        return i.assignee;
    case OpenedAtRole:
        return i.openedAt;
    case AlarmCountRole:
        return int(i.alarmKeys.size());
    case ClosedRole:
        return i.isClosed();
    default:
        return {};
    }
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{IdRole, "incidentId"},         {TitleRole, "title"},       {StateRole, "incidentState"},
            {StateTextRole, "stateText"},   {AssigneeRole, "assignee"}, {OpenedAtRole, "openedAt"},
            {AlarmCountRole, "alarmCount"}, {ClosedRole, "closed"}};
}

QString IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int IncidentListModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

JournalModel::JournalModel(QObject *parent) : QAbstractListModel(parent)
{}

void JournalModel::setEntries(const QVector<JournalEntry> &entries)
{
    // The journal only grows: append what is new, so the view keeps its scroll position.
    const bool extends =
        entries.size() >= m_entries.size() &&
        std::equal(m_entries.cbegin(), m_entries.cend(), entries.cbegin(),
                   [](const JournalEntry &a, const JournalEntry &b) { return a.id == b.id; });
    if (extends) {
        if (entries.size() == m_entries.size())
            return;
        beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
        m_entries = entries;
        endInsertRows();
    } else {
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }
    emit countChanged();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    switch (role) {
    case TimeTextRole:
        return QLocale().toString(e.time.toLocalTime(), QStringLiteral("HH:mm:ss"));
    case AuthorRole:
        return e.author;
    case KindRole:
        return JournalEntry::kindKey(e.kind);
    case KindTextRole:
        return IncidentRules::kindText(e.kind);
    case TextRole:
    case Qt::DisplayRole:
        return e.text;
    case ObjectRole:
        return e.objectKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> JournalModel::roleNames() const
{
    return {{TimeTextRole, "timeText"}, {AuthorRole, "author"}, {KindRole, "kind"},
            {KindTextRole, "kindText"}, {TextRole, "text"},     {ObjectRole, "objectKey"}};
}

} // namespace ocd
