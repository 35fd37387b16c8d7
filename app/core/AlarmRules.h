#pragma once

#include "MonitoredObject.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace ocd {

class Clock;

// What the alarm list shows. Defaults: problems only, soft and acknowledged included (the
// person on duty wants to see a problem before it turns hard), downtimes hidden (planned work).
struct AlarmFilter
{
    QString text; // matched case-insensitively against host, service, display name, output
    bool problemsOnly = true;
    bool showSoft = true;
    bool showAcknowledged = true;
    bool showDowntime = false;
    // Only these objects (a topology node's subtree); empty: everything.
    QSet<QString> scope;
};

struct AlarmCounts
{
    int down = 0;
    int critical = 0;
    int warning = 0;
    int unknown = 0;
    int unacknowledged = 0; // problems nobody has taken: not acknowledged, not in downtime, reachable
    int worstUnhandled = 0; // severity of the worst of those (0 when none)
    int hosts = 0;
    int services = 0;

    friend bool operator==(const AlarmCounts &a, const AlarmCounts &b)
    {
        return a.down == b.down && a.critical == b.critical && a.warning == b.warning &&
               a.unknown == b.unknown && a.unacknowledged == b.unacknowledged && a.hosts == b.hosts &&
               a.services == b.services && a.worstUnhandled == b.worstUnhandled;
    }
};

// Pure rules about alarms: no Qt Quick, no store; unit-tested directly.
class AlarmRules
{
    Q_DECLARE_TR_FUNCTIONS(AlarmRules)
public:
    // Higher is worse: host DOWN 4, CRITICAL 3, UNKNOWN 2, WARNING 1, OK/UP/pending 0.
    static int severity(const MonitoredObject &o);
    static bool isProblem(const MonitoredObject &o) { return severity(o) > 0; }
    // Someone already knows: acknowledged, in downtime, or only unreachable because a parent is down.
    static bool isHandled(const MonitoredObject &o, const QDateTime &now);
    // An acknowledgement whose expiry passed is over even if the server has not said so yet
    // (Icinga expires acknowledgements lazily).
    static bool isAcknowledged(const MonitoredObject &o, const QDateTime &now);

    static bool matches(const MonitoredObject &o, const AlarmFilter &f, const QDateTime &now);
    // Severity first, unhandled before handled, reachable before unreachable, then the newest
    // state change first.
    static bool lessThan(const MonitoredObject &a, const MonitoredObject &b, const QDateTime &now);
    static AlarmCounts count(const QList<const MonitoredObject *> &objects, const QDateTime &now);
    // Adds one problem of the given severity to any counts with down/critical/unknown/warning
    // fields (AlarmCounts, TopologyCounts). Returns false for OK (nothing counted).
    template <typename Counts> static bool tally(Counts &c, int severity)
    {
        switch (severity) {
        case 4:
            ++c.down;
            return true;
        case 3:
            ++c.critical;
            return true;
        case 2:
            ++c.unknown;
            return true;
        case 1:
            ++c.warning;
            return true;
        default:
            return false;
        }
    }

    static QString stateText(const MonitoredObject &o);     // "DOWN", "CRITICAL", ... (translated)
    static QString stateTypeText(const MonitoredObject &o); // "SOFT 2/3" or "HARD"
    static QString firstLine(const QString &output);
};

} // namespace ocd
