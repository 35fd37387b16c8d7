#include "AlarmRules.h"

namespace ocd {

int AlarmRules::severity(const MonitoredObject &o)
{
    if (o.pending)
        return 0;
    if (o.isHost())
        return o.state != 0 ? 4 : 0;
    switch (o.state) {
    case 2:
        return 3;
    case 3:
        return 2;
    case 1:
        return 1;
    default:
        return 0;
    }
}

bool AlarmRules::isAcknowledged(const MonitoredObject &o, const QDateTime &now)
{
    if (!o.ack.set)
        return false;
    return !o.ack.expiry.isValid() || o.ack.expiry > now;
}

bool AlarmRules::isHandled(const MonitoredObject &o, const QDateTime &now)
{
    return isAcknowledged(o, now) || o.inDowntime() || !o.reachable;
}

static bool containsText(const MonitoredObject &o, const QString &needle)
{
    return o.hostName.contains(needle, Qt::CaseInsensitive) ||
           o.serviceName.contains(needle, Qt::CaseInsensitive) ||
           o.displayName.contains(needle, Qt::CaseInsensitive) ||
           o.output.contains(needle, Qt::CaseInsensitive);
}

bool AlarmRules::matches(const MonitoredObject &o, const AlarmFilter &f, const QDateTime &now)
{
    if (!f.scope.isEmpty() && !f.scope.contains(o.key()))
        return false;
    // The toggles apply in both views, so "all objects" can still hide what is in downtime.
    if (f.problemsOnly && !isProblem(o))
        return false;
    if (!f.showSoft && o.stateType == StateType::Soft && isProblem(o))
        return false;
    if (!f.showAcknowledged && isAcknowledged(o, now))
        return false;
    if (!f.showDowntime && o.inDowntime())
        return false;
    return f.text.isEmpty() || containsText(o, f.text);
}

bool AlarmRules::lessThan(const MonitoredObject &a, const MonitoredObject &b, const QDateTime &now)
{
    const int sa = severity(a), sb = severity(b);
    if (sa != sb)
        return sa > sb;
    const bool ha = isHandled(a, now);
    const bool hb = isHandled(b, now);
    if (ha != hb)
        return !ha;
    // The cause before its consequences: a reachable object before those unreachable through it.
    if (a.reachable != b.reachable)
        return a.reachable;
    if (a.lastStateChange != b.lastStateChange)
        return a.lastStateChange > b.lastStateChange;
    return a.key() < b.key(); // stable, deterministic order for equal rows
}

AlarmCounts AlarmRules::count(const QList<const MonitoredObject *> &objects, const QDateTime &now)
{
    AlarmCounts c;
    for (const MonitoredObject *o : objects) {
        if (o->isHost())
            ++c.hosts;
        else
            ++c.services;
        const int sev = severity(*o);
        if (!tally(c, sev))
            continue;
        if (!isHandled(*o, now)) {
            ++c.unacknowledged;
            c.worstUnhandled = qMax(c.worstUnhandled, sev);
        }
    }
    return c;
}

QString AlarmRules::stateText(const MonitoredObject &o)
{
    if (o.pending)
        return tr("PENDING");
    if (o.isHost())
        return o.state == 0 ? tr("UP") : tr("DOWN");
    switch (o.state) {
    case 0:
        return tr("OK");
    case 1:
        return tr("WARNING");
    case 2:
        return tr("CRITICAL");
    default:
        return tr("UNKNOWN");
    }
}

QString AlarmRules::stateTypeText(const MonitoredObject &o)
{
    if (o.stateType == StateType::Hard)
        return tr("HARD");
    return tr("SOFT %1/%2").arg(o.attempt).arg(o.maxAttempts);
}

QString AlarmRules::firstLine(const QString &output)
{
    const qsizetype nl = output.indexOf(QLatin1Char('\n'));
    return nl < 0 ? output : output.left(nl);
}

} // namespace ocd
