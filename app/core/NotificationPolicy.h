#pragma once

#include "MonitoredObject.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace ocd {

class Clock;

// One desktop notification as the policy wants it shown. Backends (app/notify/) render it.
struct Notification
{
    enum class Kind { AlarmCritical, AlarmWarning, Recovery, FeedLost, FeedRestored };
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 }; // freedesktop numbering

    QString id; // stable per alert unit ("host1", "vm12!nextcloud", "feed", "summary"):
                // showing the same id again replaces the earlier notification in place
    Kind kind = Kind::AlarmCritical;
    Urgency urgency = Urgency::Critical;
    QString title;      // "host1 DOWN"
    QString body;       // "4 VMs and 12 services unreachable · PING CRITICAL - Packet loss = 100%"
    QStringList keys;   // objects "Acknowledge" acts on (empty: no Acknowledge action)
    bool sound = false; // play the alarm sound (critical alarms only, and only when not snoozed)
};

struct NotificationSettings
{
    bool includeSoft = false;    // HARD problems only by default
    bool includeWarnings = true; // WARNING/UNKNOWN notify with normal urgency
    int delaySecs = 0;           // a problem must last this long; cancelled if it clears first
    int renotifyMinutes = 10;    // unacknowledged CRITICAL/DOWN again every N minutes (0 = never)
    int feedLostSecs = 60;       // the dead-man's switch
    int summaryThreshold = 3;    // more new alerts than this at once become one summary
};

struct NotificationDecision
{
    QVector<Notification> show;
    QStringList close; // ids whose notification should disappear (acknowledged, in downtime)
    bool isEmpty() const { return show.isEmpty() && close.isEmpty(); }
};

// Decides which notifications to send: pure logic over the store's objects, the dependencies
// and the feed state, with an injected clock. Call update() after every store batch and on a
// one-second tick (delays, re-notification and the feed-lost timer need the tick).
//
// Rules:
// - An "alert unit" is a problem that is not merely a consequence: a DOWN host whose children
//   (via dependencies) are unreachable is ONE unit ("host1 DOWN — 4 VMs and 12 services
//   unreachable"); unreachable objects and the services of a DOWN host never alert on their own.
// - HARD only unless includeSoft; acknowledged or in-downtime units never alert (and an open
//   notification for them is closed); a unit alerts once it has lasted delaySecs.
// - Unacknowledged CRITICAL/DOWN units alert again every renotifyMinutes.
// - A unit that alerted and then recovers (OK, or gone) gets one Recovery notification.
// - Feed not live for more than feedLostSecs: one FeedLost (critical, "the monitoring feed is
//   down since 07:05"); when it is live again: FeedRestored replacing it.
// - Snooze suppresses alarm notifications (not FeedLost/FeedRestored) until it ends; units
//   still unacknowledged then alert at the end of the snooze.
// - More than summaryThreshold units alerting in one update (e.g. the first sync) become one
//   summary notification (id "summary") listing the worst first, with all their keys.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)
public:
    NotificationPolicy(const Clock *clock, NotificationSettings settings = {});

    NotificationDecision update(const QHash<QString, MonitoredObject> &objects,
                                const QVector<HostDependency> &dependencies, bool feedLive);

    void snooze(int minutes);
    void cancelSnooze();
    QDateTime snoozedUntil() const; // invalid when not snoozed
    bool isSnoozed() const;

    const NotificationSettings &settings() const { return m_settings; }
    void setSettings(const NotificationSettings &s) { m_settings = s; }

private:
    struct UnitState
    {
        QDateTime firstSeen;    // when the policy first saw it as a problem
        QDateTime lastNotified; // invalid: not notified yet
        int severity = 0;       // the highest severity notified (an escalation alerts again)
        bool closed = false;    // its notification was closed (acknowledged, in downtime)
        QString label;          // "host1", "vm12 / nextcloud": for the recovery text
    };

    // A current alert unit, rebuilt from the objects on every update.
    struct Unit
    {
        QString id;
        const MonitoredObject *root = nullptr; // the DOWN host or the service with the problem
        int severity = 0;
        int hosts = 0;    // unreachable hosts behind a DOWN host (transitively)
        int services = 0; // services of the DOWN host and of those hosts
    };

    static QVector<Unit> collectUnits(const QHash<QString, MonitoredObject> &objects,
                                      const QVector<HostDependency> &dependencies);
    static QString label(const MonitoredObject &o);
    static Notification alarm(const Unit &unit);
    static Notification recovery(const QString &id, const UnitState &state, const MonitoredObject *current);
    static Notification summary(const QVector<Notification> &alarms, bool allNew);
    void updateFeed(bool feedLive, const QDateTime &now, NotificationDecision &decision);

    const Clock *m_clock;
    NotificationSettings m_settings;
    QHash<QString, UnitState> m_units; // unit id -> state
    QDateTime m_snoozedUntil;
    QDateTime m_feedDownSince; // invalid while live
    bool m_feedLostNotified = false;
    QSet<QString> m_summaryUnits; // units listed in the open "summary" notification
};

} // namespace ocd
