#include "IncidentRules.h"

#include "AlarmRules.h"
#include "Topology.h"

#include <QUuid>

namespace ocd {

bool IncidentRules::isHardProblem(const MonitoredObject &o)
{
    return !o.pending && o.stateType == StateType::Hard && AlarmRules::severity(o) > 0;
}

bool IncidentRules::opensIncident(const MonitoredObject &o, const Topology &topology)
{
    if (!isHardProblem(o) || AlarmRules::severity(o) < 3) // DOWN (4) or CRITICAL (3)
        return false;
    const TopologyNode *host = topology.node(o.hostName);
    return host && host->kind == TopologyNode::Kind::Physical && !host->orphan;
}

bool IncidentRules::canTransition(Incident::State from, Incident::State to)
{
    using S = Incident::State;
    if (from == to)
        return false;
    if (from == S::Reviewed)
        return false;
    if (from == S::Resolved)
        return to == S::Reviewed;
    if (to == S::Reviewed)
        return false; // a review follows the resolution
    if (from == S::Monitoring && to == S::Investigating)
        return true; // a relapse
    if (to == S::Open)
        return false;
    return int(to) > int(from);
}

QString IncidentRules::stateText(Incident::State state)
{
    switch (state) {
    case Incident::State::Open:
        return tr("open");
    case Incident::State::Acknowledged:
        return tr("acknowledged");
    case Incident::State::Investigating:
        return tr("investigating");
    case Incident::State::Monitoring:
        return tr("monitoring");
    case Incident::State::Resolved:
        return tr("resolved");
    case Incident::State::Reviewed:
        return tr("reviewed");
    }
    return {};
}

QString IncidentRules::kindText(JournalEntry::Kind kind)
{
    switch (kind) {
    case JournalEntry::Kind::Alarm:
        return tr("Alarm");
    case JournalEntry::Kind::Recovery:
        return tr("Recovery");
    case JournalEntry::Kind::StateChange:
        return tr("State");
    case JournalEntry::Kind::Acknowledgement:
        return tr("Acknowledged");
    case JournalEntry::Kind::Assignment:
        return tr("Assignment");
    case JournalEntry::Kind::Action:
        return tr("Action");
    case JournalEntry::Kind::Conference:
        return tr("Conference");
    case JournalEntry::Kind::Call:
        return tr("Call");
    case JournalEntry::Kind::Note:
        return tr("Note");
    }
    return {};
}

QString IncidentRules::titleFor(const MonitoredObject &o)
{
    const QString what = o.isHost() ? o.hostName : o.hostName + QStringLiteral(" / ") + o.serviceName;
    return what + QLatin1Char(' ') + AlarmRules::stateText(o);
}

QString IncidentRules::automaticId(const QString &rootKey, const QDateTime &openedAt)
{
    static const QUuid kNamespace(QStringLiteral("{5d0c3f8e-2b1a-4f7e-9a41-0c11ca11de5c}"));
    return QUuid::createUuidV5(kNamespace,
                               rootKey + QLatin1Char('|') + QString::number(openedAt.toSecsSinceEpoch()))
        .toString(QUuid::WithoutBraces);
}

std::optional<qint64> IncidentRules::mttaSecs(const Incident &i)
{
    if (!i.openedAt.isValid() || !i.acknowledgedAt.isValid())
        return std::nullopt;
    return qMax<qint64>(0, i.openedAt.secsTo(i.acknowledgedAt));
}

std::optional<qint64> IncidentRules::mttrSecs(const Incident &i)
{
    if (!i.openedAt.isValid() || !i.recoveredAt.isValid())
        return std::nullopt;
    return qMax<qint64>(0, i.openedAt.secsTo(i.recoveredAt));
}

} // namespace ocd
