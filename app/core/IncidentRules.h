#pragma once

#include "Incident.h"
#include "MonitoredObject.h"

#include <QCoreApplication>

#include <optional>

namespace ocd {

class Topology;

// The rules of incidents, pure: what opens one by itself, which state may follow which, the
// response times. IncidentTracker applies them to the feed.
//
// - An incident opens by itself for a HARD DOWN or CRITICAL problem of a physical host, on the
//   host itself or on one of its own services (e.g. its temperature). Problems of VMs and their
//   services join the incident of their physical host but do not open one: a VM that is down on
//   a healthy host is an alarm, not yet an incident (it can be opened by hand).
// - It absorbs every HARD problem in its host's subtree while it is not resolved.
// - States move forward open -> acknowledged -> investigating -> monitoring -> resolved ->
//   reviewed, may skip ahead, and may go back from monitoring to investigating (a relapse).
//   Resolved needs all absorbed alarms recovered; reviewed is final.
// - MTTA = first alarm -> first acknowledgement or claim; MTTR = first alarm -> all recovered.
class IncidentRules
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRules)
public:
    // A HARD problem (absorbed by an incident).
    static bool isHardProblem(const MonitoredObject &o);
    static bool opensIncident(const MonitoredObject &o, const Topology &topology);
    static bool canTransition(Incident::State from, Incident::State to);
    static QString stateText(Incident::State state);   // translated
    static QString kindText(JournalEntry::Kind kind);  // translated: "Alarm", "Recovery", ...
    static QString titleFor(const MonitoredObject &o); // "host1 DOWN", "host1 / temperature CRITICAL"
    // The id of an incident that opened by itself: the same on every desk of a team (root and the
    // server's time of the first alarm), so two desks that open it at once store one incident.
    static QString automaticId(const QString &rootKey, const QDateTime &openedAt);

    static std::optional<qint64> mttaSecs(const Incident &incident);
    static std::optional<qint64> mttrSecs(const Incident &incident);
};

} // namespace ocd
