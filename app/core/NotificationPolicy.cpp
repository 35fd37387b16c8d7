#include "NotificationPolicy.h"

#include "AlarmRules.h"
#include "Clock.h"
#include "DurationFormat.h"

#include <QLocale>

#include <algorithm>

namespace ocd {

namespace {

constexpr int kSummaryLines = 5; // the worst few a summary lists by name

bool isDownHost(const MonitoredObject &o)
{
    return o.isHost() && AlarmRules::severity(o) == 4;
}

// Hosts that are only a consequence of a DOWN parent: unreachable according to Icinga, or every
// known parent is DOWN or itself a consequence. The second part covers the moment before Icinga
// has re-evaluated a child's reachability (a child's result can arrive before its parent's).
class ConsequenceHosts
{
public:
    ConsequenceHosts(const QHash<QString, const MonitoredObject *> &hosts,
                     const QHash<QString, QStringList> &parents)
        : m_hosts(hosts), m_parents(parents)
    {}

    bool contains(const MonitoredObject &host)
    {
        if (!host.reachable)
            return true;
        const auto memo = m_memo.constFind(host.hostName);
        if (memo != m_memo.constEnd())
            return *memo == Yes;
        // Icinga refuses dependency cycles; should one arrive anyway, a parent on the current path
        // is no cause, so one host of a DOWN cycle still alerts instead of none.
        m_memo.insert(host.hostName, InProgress);
        bool allParentsDown = false;
        for (const QString &p : m_parents.value(host.hostName)) {
            const MonitoredObject *parent = m_hosts.value(p);
            if (!parent)
                continue; // unknown parents do not decide
            const bool onPath = m_memo.value(p, No) == InProgress;
            const bool parentIsConsequence = !onPath && contains(*parent);
            if (onPath || (!isDownHost(*parent) && !parentIsConsequence)) {
                allParentsDown = false;
                break;
            }
            allParentsDown = true;
        }
        m_memo.insert(host.hostName, allParentsDown ? Yes : No);
        return allParentsDown;
    }

private:
    enum Memo { No, Yes, InProgress };
    const QHash<QString, const MonitoredObject *> &m_hosts;
    const QHash<QString, QStringList> &m_parents;
    QHash<QString, Memo> m_memo;
};

} // namespace

NotificationPolicy::NotificationPolicy(const Clock *clock, NotificationSettings settings)
    : m_clock(clock), m_settings(settings)
{}

QVector<NotificationPolicy::Unit>
NotificationPolicy::collectUnits(const QHash<QString, MonitoredObject> &objects,
                                 const QVector<HostDependency> &dependencies)
{
    QHash<QString, const MonitoredObject *> hosts;
    QHash<QString, QVector<const MonitoredObject *>> servicesOf;
    for (const MonitoredObject &o : objects) {
        if (o.isHost())
            hosts.insert(o.hostName, &o);
        else
            servicesOf[o.hostName].append(&o);
    }
    QHash<QString, QStringList> children, parents;
    for (const HostDependency &d : dependencies) {
        if (d.parentHost == d.childHost)
            continue;
        children[d.parentHost].append(d.childHost);
        parents[d.childHost].append(d.parentHost);
    }
    ConsequenceHosts consequence(hosts, parents);

    QVector<Unit> units;
    for (const MonitoredObject &o : objects) {
        const int severity = AlarmRules::severity(o);
        if (severity == 0)
            continue;
        Unit u;
        u.id = o.key();
        u.root = &o;
        u.severity = severity;
        if (o.isHost()) {
            if (consequence.contains(o))
                continue;
            // Everything behind this host that is unreachable belongs to its unit.
            QSet<QString> members{o.hostName};
            QStringList queue{o.hostName};
            while (!queue.isEmpty()) {
                const QString parent = queue.takeFirst();
                for (const QString &c : children.value(parent)) {
                    const MonitoredObject *child = hosts.value(c);
                    if (!child || members.contains(c) || !consequence.contains(*child))
                        continue;
                    members.insert(c);
                    queue.append(c);
                    ++u.hosts;
                }
            }
            for (const QString &h : std::as_const(members))
                u.services += int(servicesOf.value(h).size());
        } else {
            if (!o.reachable)
                continue;
            const MonitoredObject *host = hosts.value(o.hostName);
            if (host && (isDownHost(*host) || consequence.contains(*host)))
                continue; // the services of a DOWN (or unreachable) host are part of its unit
        }
        units.append(u);
    }
    // Deterministic order: the worst first, then by id.
    std::sort(units.begin(), units.end(), [](const Unit &a, const Unit &b) {
        return a.severity != b.severity ? a.severity > b.severity : a.id < b.id;
    });
    return units;
}

QString NotificationPolicy::label(const MonitoredObject &o)
{
    if (o.isHost())
        return o.hostName;
    return tr("%1 / %2").arg(o.hostName, o.displayName.isEmpty() ? o.serviceName : o.displayName);
}

Notification NotificationPolicy::alarm(const Unit &unit)
{
    const MonitoredObject &o = *unit.root;
    Notification n;
    n.id = unit.id;
    if (unit.severity >= 3) {
        n.kind = Notification::Kind::AlarmCritical;
        n.urgency = Notification::Urgency::Critical;
        n.sound = true; // alarms are not shown at all while snoozed
    } else {
        n.kind = Notification::Kind::AlarmWarning;
        n.urgency = Notification::Urgency::Normal;
    }
    n.title = tr("%1 %2").arg(label(o), AlarmRules::stateText(o));

    QString group;
    if (unit.hosts > 0 && unit.services > 0)
        group = tr("%1 and %2 unreachable")
                    .arg(tr("%n host(s)", nullptr, unit.hosts), tr("%n service(s)", nullptr, unit.services));
    else if (unit.hosts > 0)
        group = tr("%n unreachable host(s)", nullptr, unit.hosts);
    else if (unit.services > 0)
        group = tr("%n unreachable service(s)", nullptr, unit.services);
    const QString output = AlarmRules::firstLine(o.output).trimmed();
    if (group.isEmpty())
        n.body = output;
    else if (output.isEmpty())
        n.body = group;
    else
        n.body = tr("%1 · %2").arg(group, output);
    n.keys = QStringList{o.key()};
    return n;
}

Notification NotificationPolicy::recovery(const QString &id, const UnitState &state,
                                          const MonitoredObject *current)
{
    Notification n;
    n.id = id;
    n.kind = Notification::Kind::Recovery;
    n.urgency = Notification::Urgency::Low;
    n.title = tr("%1 recovered").arg(state.label);
    n.body = current ? AlarmRules::firstLine(current->output).trimmed() : tr("No longer monitored.");
    return n;
}

Notification NotificationPolicy::summary(const QVector<Notification> &alarms, bool allNew)
{
    Notification n;
    n.id = QStringLiteral("summary");
    const int count = int(alarms.size());
    const bool critical = std::any_of(alarms.begin(), alarms.end(), [](const Notification &a) {
        return a.kind == Notification::Kind::AlarmCritical;
    });
    n.kind = critical ? Notification::Kind::AlarmCritical : Notification::Kind::AlarmWarning;
    n.urgency = critical ? Notification::Urgency::Critical : Notification::Urgency::Normal;
    n.sound = critical;
    n.title =
        allNew ? tr("%n new problems", nullptr, count) : tr("%n unacknowledged problems", nullptr, count);
    QStringList lines;
    for (int i = 0; i < count && i < kSummaryLines; ++i)
        lines << alarms.at(i).title;
    if (count > kSummaryLines)
        lines << tr("and %n more", nullptr, count - kSummaryLines);
    n.body = lines.join(QLatin1Char('\n'));
    for (const Notification &a : alarms)
        n.keys << a.keys;
    return n;
}

void NotificationPolicy::updateFeed(bool feedLive, const QDateTime &now, NotificationDecision &decision)
{
    if (!feedLive) {
        if (!m_feedDownSince.isValid())
            m_feedDownSince = now;
        if (!m_feedLostNotified && m_feedDownSince.secsTo(now) >= m_settings.feedLostSecs) {
            Notification n;
            n.id = QStringLiteral("feed");
            n.kind = Notification::Kind::FeedLost;
            n.urgency = Notification::Urgency::Critical;
            n.sound = !isSnoozed();
            n.title = tr("Monitoring feed lost");
            n.body = tr("The monitoring feed is down since %1.")
                         .arg(QLocale().toString(m_feedDownSince.toLocalTime().time(), QLocale::ShortFormat));
            decision.show << n;
            m_feedLostNotified = true;
        }
        return;
    }
    if (m_feedLostNotified) {
        Notification n;
        n.id = QStringLiteral("feed");
        n.kind = Notification::Kind::FeedRestored;
        n.urgency = Notification::Urgency::Low;
        n.title = tr("Monitoring feed restored");
        n.body = tr("The monitoring feed is live again after %1.")
                     .arg(DurationFormat::compact(m_feedDownSince.secsTo(now)));
        decision.show << n;
    }
    m_feedDownSince = QDateTime();
    m_feedLostNotified = false;
}

NotificationDecision NotificationPolicy::update(const QHash<QString, MonitoredObject> &objects,
                                                const QVector<HostDependency> &dependencies, bool feedLive)
{
    NotificationDecision decision;
    const QDateTime now = m_clock->now();
    updateFeed(feedLive, now, decision);
    // Without a live feed the objects are stale: no alarms, recoveries or re-notifications from
    // them (the FeedLost notification covers it). Delays and re-notification resume when live.
    if (!feedLive)
        return decision;

    const bool snoozed = isSnoozed();
    const QVector<Unit> units = collectUnits(objects, dependencies);
    QSet<QString> current;
    QVector<Notification> alarms;
    bool allNew = true;

    for (const Unit &u : units) {
        current.insert(u.id);
        const MonitoredObject &o = *u.root;
        const bool qualifies = (o.stateType == StateType::Hard || m_settings.includeSoft) &&
                               (u.severity >= 3 || m_settings.includeWarnings);
        const bool quiet = AlarmRules::isAcknowledged(o, now) || o.inDowntime();

        auto it = m_units.find(u.id);
        if (it == m_units.end()) {
            if (!qualifies)
                continue;
            UnitState fresh;
            fresh.firstSeen = now;
            it = m_units.insert(u.id, fresh);
        }
        UnitState &st = *it;
        const bool notified = st.lastNotified.isValid();
        if (!notified && !qualifies) {
            m_units.erase(it); // e.g. went back to SOFT before alerting: the delay starts anew
            continue;
        }
        if (quiet) {
            if (notified && !st.closed) {
                decision.close << u.id;
                st.closed = true;
            }
            continue;
        }
        if (!qualifies || snoozed)
            continue; // a snoozed unit stays due and alerts when the snooze ends

        bool due;
        if (!notified)
            due = st.firstSeen.secsTo(now) >= m_settings.delaySecs;
        else if (st.closed) // acknowledgement or downtime over, problem still there
            due = true;
        else if (u.severity > st.severity) // escalation (WARNING -> CRITICAL)
            due = true;
        else
            due = u.severity >= 3 && m_settings.renotifyMinutes > 0 &&
                  st.lastNotified.secsTo(now) >= qint64(m_settings.renotifyMinutes) * 60;
        if (!due)
            continue;

        alarms << alarm(u);
        allNew = allNew && !notified;
        st.lastNotified = now;
        st.severity = qMax(st.severity, u.severity);
        st.closed = false;
        st.label = label(o);
    }

    // Units no longer current: recovered (OK, or gone), or now merely a consequence of another
    // unit (a parent went DOWN), which is not a recovery.
    QStringList recovered = m_units.keys();
    recovered.erase(std::remove_if(recovered.begin(), recovered.end(),
                                   [&](const QString &id) { return current.contains(id); }),
                    recovered.end());
    std::sort(recovered.begin(), recovered.end());
    QVector<Notification> recoveries;
    for (const QString &id : std::as_const(recovered)) {
        const auto obj = objects.constFind(id);
        const MonitoredObject *o = obj == objects.constEnd() ? nullptr : &*obj;
        const UnitState &st = m_units[id];
        const bool notified = st.lastNotified.isValid();
        if (o && AlarmRules::severity(*o) > 0) {
            if (!notified)
                m_units.remove(id); // absorbed before it alerted: nothing to remember
            continue;
        }
        if (notified) {
            if (!snoozed)
                recoveries << recovery(id, st, o);
            else if (!st.closed)
                decision.close << id; // no recovery while snoozed, but no stale alarm either
        }
        m_units.remove(id);
    }

    // Alarms are in unit order (the worst first); more than the threshold at once become one summary.
    if (alarms.size() > qMax(1, m_settings.summaryThreshold)) {
        decision.show << summary(alarms, allNew);
        m_summaryUnits.clear();
        for (const Notification &a : std::as_const(alarms))
            m_summaryUnits.insert(a.id);
    } else {
        decision.show << alarms;
    }
    decision.show << recoveries;

    // The summary disappears once none of its units has an open alarm any more.
    if (!m_summaryUnits.isEmpty()) {
        const bool open = std::any_of(m_summaryUnits.begin(), m_summaryUnits.end(), [&](const QString &id) {
            const auto it = m_units.constFind(id);
            return it != m_units.constEnd() && !it->closed;
        });
        if (!open) {
            decision.close << QStringLiteral("summary");
            m_summaryUnits.clear();
        }
    }
    return decision;
}

void NotificationPolicy::snooze(int minutes)
{
    if (minutes <= 0) {
        cancelSnooze();
        return;
    }
    m_snoozedUntil = m_clock->now().addSecs(qint64(minutes) * 60);
}

void NotificationPolicy::cancelSnooze()
{
    m_snoozedUntil = QDateTime();
}

QDateTime NotificationPolicy::snoozedUntil() const
{
    return isSnoozed() ? m_snoozedUntil : QDateTime();
}

bool NotificationPolicy::isSnoozed() const
{
    return m_snoozedUntil.isValid() && m_clock->now() < m_snoozedUntil;
}

} // namespace ocd
