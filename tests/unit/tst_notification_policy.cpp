// NotificationPolicy: which desktop notifications the desk sends, when, and how they are grouped.
// Time comes from a ManualClock; every test drives update() like the one-second tick would.
#include "core/Clock.h"
#include "core/NotificationPolicy.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace ocd;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 24), QTime(7, 5), QTimeZone::utc());

MonitoredObject host(const QString &name, int state, StateType type = StateType::Hard)
{
    MonitoredObject o;
    o.kind = ObjectKind::Host;
    o.hostName = name;
    o.displayName = name;
    o.state = state;
    o.stateType = type;
    o.maxAttempts = 3;
    o.attempt = type == StateType::Hard ? 3 : 1;
    o.pending = false;
    o.lastCheck = T0;
    o.lastStateChange = T0;
    o.output = state == 0 ? QStringLiteral("PING OK - Packet loss = 0%")
                          : QStringLiteral("PING CRITICAL - Packet loss = 100%\nsecond line");
    return o;
}

MonitoredObject service(const QString &hostName, const QString &name, int state,
                        StateType type = StateType::Hard)
{
    MonitoredObject o = host(hostName, state, type);
    o.kind = ObjectKind::Service;
    o.serviceName = name;
    o.displayName = name;
    o.output = QStringLiteral("%1 state %2\nperf details").arg(name).arg(state);
    return o;
}

QStringList ids(const QVector<Notification> &ns)
{
    QStringList out;
    for (const Notification &n : ns)
        out << n.id;
    return out;
}

// One policy with its clock and the "store" it is fed from.
struct Desk
{
    explicit Desk(NotificationSettings s = {}) : clock(T0), policy(&clock, s) {}

    void put(const MonitoredObject &o) { objects.insert(o.key(), o); }
    void remove(const QString &key) { objects.remove(key); }
    MonitoredObject &at(const QString &key) { return objects[key]; }
    NotificationDecision update(bool live = true) { return policy.update(objects, deps, live); }
    NotificationDecision after(qint64 secs, bool live = true)
    {
        clock.advanceSecs(secs);
        return update(live);
    }
    // Ticks once a second for `secs` seconds and collects everything decided meanwhile.
    NotificationDecision tick(qint64 secs, bool live = true)
    {
        NotificationDecision all;
        for (qint64 i = 0; i < secs; ++i) {
            const NotificationDecision d = after(1, live);
            all.show << d.show;
            all.close << d.close;
        }
        return all;
    }

    ManualClock clock;
    NotificationPolicy policy;
    QHash<QString, MonitoredObject> objects;
    QVector<HostDependency> deps;
};

NotificationSettings settings(int delaySecs = 0, int renotifyMinutes = 10)
{
    NotificationSettings s;
    s.delaySecs = delaySecs;
    s.renotifyMinutes = renotifyMinutes;
    return s;
}

// hv1 DOWN with vm1..vm4 unreachable behind it, three services on each VM.
void buildHypervisorOutage(Desk &desk)
{
    desk.put(host(QStringLiteral("hv1"), 1));
    desk.put(host(QStringLiteral("hv2"), 0));
    for (int i = 1; i <= 4; ++i) {
        const QString vm = QStringLiteral("vm%1").arg(i);
        MonitoredObject h = host(vm, 1);
        h.reachable = false;
        desk.put(h);
        desk.deps.append({QStringLiteral("hv1"), vm});
        for (const char *name : {"http", "disk", "nextcloud"}) {
            MonitoredObject s = service(vm, QString::fromLatin1(name), 2);
            s.reachable = false;
            desk.put(s);
        }
    }
    desk.put(host(QStringLiteral("vm9"), 0));
    desk.deps.append({QStringLiteral("hv2"), QStringLiteral("vm9")});
}

} // namespace

class TstNotificationPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delayThenNotify()
    {
        Desk desk(settings(30));
        desk.put(service(QStringLiteral("vm12"), QStringLiteral("nextcloud"), 2));
        QVERIFY(desk.update().isEmpty());
        QVERIFY(desk.tick(29).isEmpty());

        const NotificationDecision d = desk.after(1);
        QCOMPARE(d.show.size(), 1);
        QVERIFY(d.close.isEmpty());
        const Notification &n = d.show.first();
        QCOMPARE(n.id, QStringLiteral("vm12!nextcloud"));
        QCOMPARE(n.kind, Notification::Kind::AlarmCritical);
        QCOMPARE(n.urgency, Notification::Urgency::Critical);
        QCOMPARE(n.title, QStringLiteral("vm12 / nextcloud CRITICAL"));
        QCOMPARE(n.body, QStringLiteral("nextcloud state 2")); // first line only
        QCOMPARE(n.keys, QStringList{QStringLiteral("vm12!nextcloud")});
        QVERIFY(n.sound);

        QVERIFY(desk.tick(60).isEmpty());
    }

    void hostTitleAndZeroDelay()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("host1"), 1));
        const NotificationDecision d = desk.update();
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("host1")});
        QCOMPARE(d.show.first().title, QStringLiteral("host1 DOWN"));
        QCOMPARE(d.show.first().body, QStringLiteral("PING CRITICAL - Packet loss = 100%"));
    }

    void clearBeforeDelayIsNothing()
    {
        Desk desk(settings(30));
        const QString key = QStringLiteral("web1!http");
        desk.put(service(QStringLiteral("web1"), QStringLiteral("http"), 2));
        QVERIFY(desk.update().isEmpty());
        QVERIFY(desk.tick(20).isEmpty());
        desk.at(key).state = 0;
        QVERIFY(desk.tick(120).isEmpty()); // neither alarm nor recovery

        // The delay starts anew when the problem comes back.
        desk.at(key).state = 2;
        QVERIFY(desk.update().isEmpty());
        QVERIFY(desk.tick(29).isEmpty());
        QCOMPARE(ids(desk.after(1).show), QStringList{key});
    }

    void softIgnoredUnlessIncludeSoft()
    {
        Desk desk(settings(0));
        const QString key = QStringLiteral("db1!mysql");
        desk.put(service(QStringLiteral("db1"), QStringLiteral("mysql"), 2, StateType::Soft));
        desk.put(host(QStringLiteral("db2"), 1, StateType::Soft));
        QVERIFY(desk.update().isEmpty());
        QVERIFY(desk.tick(30).isEmpty());

        desk.at(key).stateType = StateType::Hard;
        QCOMPARE(ids(desk.after(1).show), QStringList{key});

        NotificationSettings s = settings(0);
        s.includeSoft = true;
        Desk soft(s);
        soft.put(service(QStringLiteral("db1"), QStringLiteral("mysql"), 2, StateType::Soft));
        QCOMPARE(ids(soft.update().show), QStringList{key});
    }

    void groupsHypervisorOutage()
    {
        Desk desk(settings(0));
        buildHypervisorOutage(desk);
        const NotificationDecision d = desk.update();
        QCOMPARE(d.show.size(), 1);
        const Notification &n = d.show.first();
        QCOMPARE(n.id, QStringLiteral("hv1"));
        QCOMPARE(n.title, QStringLiteral("hv1 DOWN"));
        // No translator is loaded here, so the plural forms read "(s)".
        QCOMPARE(n.body, QStringLiteral(
                             "4 host(s) and 12 service(s) unreachable · PING CRITICAL - Packet loss = 100%"));
        QVERIFY(n.keys.contains(QStringLiteral("hv1")));
        QVERIFY(desk.tick(5).isEmpty());
    }

    void groupsTransitivelyAndBeforeReachabilityIsKnown()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("sw1"), 1));
        desk.put(host(QStringLiteral("hv1"), 1)); // still marked reachable: its check came first
        MonitoredObject vm = host(QStringLiteral("vm1"), 1);
        vm.reachable = false;
        desk.put(vm);
        desk.put(service(QStringLiteral("hv1"), QStringLiteral("load"), 2));
        desk.put(service(QStringLiteral("vm1"), QStringLiteral("http"), 2)); // reachable flag stale too
        desk.deps = {{QStringLiteral("sw1"), QStringLiteral("hv1")},
                     {QStringLiteral("hv1"), QStringLiteral("vm1")}};
        const NotificationDecision d = desk.update();
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("sw1")});
        QVERIFY(d.show.first().body.startsWith(QStringLiteral("2 host(s) and 2 service(s) unreachable")));

        // A redundant child with one parent still up is its own problem.
        desk.put(host(QStringLiteral("sw2"), 0));
        desk.put(host(QStringLiteral("nas"), 1));
        desk.deps << HostDependency{QStringLiteral("sw1"), QStringLiteral("nas")}
                  << HostDependency{QStringLiteral("sw2"), QStringLiteral("nas")};
        QCOMPARE(ids(desk.update().show), QStringList{QStringLiteral("nas")});
    }

    void dependencyCycleDoesNotHang()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("a"), 1));
        desk.put(host(QStringLiteral("b"), 1));
        desk.deps = {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("a")}};
        QCOMPARE(desk.update().show.size(), 1); // one of them alerts; nothing loops forever
    }

    void parentRecoveryOnlyAnnouncesTheParent()
    {
        Desk desk(settings(0));
        buildHypervisorOutage(desk);
        QCOMPARE(desk.update().show.size(), 1);

        desk.put(host(QStringLiteral("hv1"), 0));
        NotificationDecision d = desk.after(1);
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("hv1")});
        QCOMPARE(d.show.first().kind, Notification::Kind::Recovery);
        QCOMPARE(d.show.first().urgency, Notification::Urgency::Low);
        QCOMPARE(d.show.first().title, QStringLiteral("hv1 recovered"));
        QVERIFY(d.show.first().keys.isEmpty());
        QVERIFY(!d.show.first().sound);

        // The children come back one by one, with their own check results: nothing more.
        for (auto it = desk.objects.begin(); it != desk.objects.end(); ++it) {
            if (it->hostName.startsWith(QLatin1String("vm"))) {
                it->state = 0;
                it->reachable = true;
            }
        }
        QVERIFY(desk.tick(30).isEmpty());
    }

    void childProblemOutlivesParent()
    {
        Desk desk(settings(0));
        buildHypervisorOutage(desk);
        QCOMPARE(ids(desk.update().show), QStringList{QStringLiteral("hv1")});

        // hv1 back; vm3 is checked again and is really DOWN, the others are fine.
        desk.put(host(QStringLiteral("hv1"), 0));
        for (auto it = desk.objects.begin(); it != desk.objects.end(); ++it) {
            if (!it->hostName.startsWith(QLatin1String("vm")) || it->hostName == QLatin1String("vm9"))
                continue;
            it->reachable = true;
            it->state = it->hostName == QLatin1String("vm3") && it->isHost() ? 1 : 0;
        }
        const NotificationDecision d = desk.after(1);
        QCOMPARE(ids(d.show), (QStringList{QStringLiteral("vm3"), QStringLiteral("hv1")}));
        QCOMPARE(d.show.at(0).kind, Notification::Kind::AlarmCritical);
        QCOMPARE(d.show.at(0).title, QStringLiteral("vm3 DOWN"));
        QCOMPARE(d.show.at(1).kind, Notification::Kind::Recovery);
        QVERIFY(desk.tick(5).isEmpty());
    }

    void renotifyWhileUnacknowledged()
    {
        Desk desk(settings(0, 10));
        const QString key = QStringLiteral("web1!http");
        desk.put(service(QStringLiteral("web1"), QStringLiteral("http"), 2));
        QCOMPARE(ids(desk.update().show), QStringList{key});
        QVERIFY(desk.tick(599).isEmpty());
        NotificationDecision d = desk.after(1);
        QCOMPARE(ids(d.show), QStringList{key});
        QVERIFY(d.show.first().sound);
        QVERIFY(desk.tick(599).isEmpty());

        desk.at(key).ack.set = true;
        d = desk.after(1);
        QVERIFY(d.show.isEmpty());
        QCOMPARE(d.close, QStringList{key});
        QVERIFY(desk.tick(1800).isEmpty()); // closed once, never again while acknowledged
    }

    void acknowledgementEndsThenAlertsAgain()
    {
        Desk desk(settings(0, 0));
        const QString key = QStringLiteral("web1!http");
        desk.put(service(QStringLiteral("web1"), QStringLiteral("http"), 2));
        QCOMPARE(desk.update().show.size(), 1);
        desk.at(key).ack.set = true;
        desk.at(key).ack.expiry = T0.addSecs(300);
        QCOMPARE(desk.after(1).close, QStringList{key});
        QVERIFY(desk.tick(298).isEmpty());
        // The acknowledgement expired (Icinga has not said so yet): nobody has it any more.
        QCOMPARE(ids(desk.after(1).show), QStringList{key});
        QVERIFY(desk.tick(60).isEmpty());
    }

    void acknowledgedBeforeAlertingNeverAlerts()
    {
        Desk desk(settings(30));
        MonitoredObject o = host(QStringLiteral("host1"), 1);
        o.ack.set = true;
        desk.put(o);
        QVERIFY(desk.tick(3600).isEmpty());
    }

    void downtimeClosesAndSilences()
    {
        Desk desk(settings(0, 10));
        desk.put(host(QStringLiteral("host1"), 1));
        QCOMPARE(desk.update().show.size(), 1);
        desk.at(QStringLiteral("host1")).downtimes = {QStringLiteral("host1!maintenance")};
        const NotificationDecision d = desk.after(1);
        QVERIFY(d.show.isEmpty());
        QCOMPARE(d.close, QStringList{QStringLiteral("host1")});
        QVERIFY(desk.tick(1800).isEmpty());

        Desk fresh(settings(0, 10));
        MonitoredObject planned = host(QStringLiteral("host2"), 1);
        planned.downtimes = {QStringLiteral("host2!patching")};
        fresh.put(planned);
        QVERIFY(fresh.tick(1800).isEmpty());
    }

    void recoveryOnce()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("host1"), 1));
        desk.put(service(QStringLiteral("host2"), QStringLiteral("disk"), 2));
        QCOMPARE(desk.update().show.size(), 2);

        desk.at(QStringLiteral("host1")).state = 0;
        desk.at(QStringLiteral("host1")).output = QStringLiteral("PING OK - Packet loss = 0%");
        desk.remove(QStringLiteral("host2!disk")); // gone counts as recovered
        const NotificationDecision d = desk.after(1);
        QCOMPARE(ids(d.show), (QStringList{QStringLiteral("host1"), QStringLiteral("host2!disk")}));
        QCOMPARE(d.show.at(0).title, QStringLiteral("host1 recovered"));
        QCOMPARE(d.show.at(0).body, QStringLiteral("PING OK - Packet loss = 0%"));
        QCOMPARE(d.show.at(1).title, QStringLiteral("host2 / disk recovered"));
        QCOMPARE(d.show.at(1).kind, Notification::Kind::Recovery);
        QVERIFY(desk.tick(60).isEmpty());

        // State was dropped: the next outage is a new problem with its own delay.
        NotificationSettings s = settings(10);
        desk.policy.setSettings(s);
        desk.at(QStringLiteral("host1")).state = 1;
        QVERIFY(desk.update().isEmpty());
        QVERIFY(desk.tick(9).isEmpty());
        QCOMPARE(ids(desk.after(1).show), QStringList{QStringLiteral("host1")});
    }

    void feedLostOnceThenRestored()
    {
        Desk desk(settings(0));
        QVERIFY(desk.update(false).isEmpty()); // the timer starts here
        QVERIFY(desk.tick(59, false).isEmpty());
        NotificationDecision d = desk.after(1, false);
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("feed")});
        const Notification &lost = d.show.first();
        QCOMPARE(lost.kind, Notification::Kind::FeedLost);
        QCOMPARE(lost.urgency, Notification::Urgency::Critical);
        QCOMPARE(lost.title, QStringLiteral("Monitoring feed lost"));
        QCOMPARE(lost.body, QStringLiteral("The monitoring feed is down since %1.")
                                .arg(QLocale().toString(T0.toLocalTime().time(), QLocale::ShortFormat)));
        QVERIFY(lost.keys.isEmpty());
        QVERIFY(desk.tick(600, false).isEmpty());

        d = desk.after(1, true);
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("feed")});
        QCOMPARE(d.show.first().kind, Notification::Kind::FeedRestored);
        QCOMPARE(d.show.first().urgency, Notification::Urgency::Low);
        QVERIFY(desk.tick(5).isEmpty());

        // A short blip stays silent, and the next outage has its own timer.
        QVERIFY(desk.tick(30, false).isEmpty());
        QVERIFY(desk.tick(5).isEmpty());
        QVERIFY(desk.tick(60, false).isEmpty()); // the first of these starts the timer
        QCOMPARE(desk.after(1, false).show.size(), 1);
    }

    void staleObjectsDoNotAlertWhileFeedIsDown()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("host1"), 1));
        QVERIFY(desk.tick(10, false).isEmpty());
        QCOMPARE(ids(desk.after(1).show), QStringList{QStringLiteral("host1")});
    }

    void snoozeSuppressesAlarmsNotFeedLost()
    {
        Desk desk(settings(0, 10));
        QVERIFY(!desk.policy.isSnoozed());
        QVERIFY(!desk.policy.snoozedUntil().isValid());
        desk.policy.snooze(30);
        QVERIFY(desk.policy.isSnoozed());
        QCOMPARE(desk.policy.snoozedUntil(), T0.addSecs(1800));

        desk.put(host(QStringLiteral("host1"), 1));
        desk.put(service(QStringLiteral("web1"), QStringLiteral("http"), 1));
        QVERIFY(desk.update().isEmpty());
        QVERIFY(desk.tick(600).isEmpty());

        // The feed-lost alarm is not snoozed (silently, though).
        const NotificationDecision lost = desk.tick(61, false);
        QCOMPARE(ids(lost.show), QStringList{QStringLiteral("feed")});
        QVERIFY(!lost.show.first().sound);
        QCOMPARE(ids(desk.after(1).show), QStringList{QStringLiteral("feed")}); // restored

        // web1 recovers during the snooze: it never alerted, so nothing at all.
        desk.at(QStringLiteral("web1!http")).state = 0;
        const qint64 left = desk.clock.now().secsTo(T0.addSecs(1800));
        QVERIFY(desk.tick(left - 1).isEmpty());
        const NotificationDecision d = desk.after(1);
        QVERIFY(!desk.policy.isSnoozed());
        QVERIFY(!desk.policy.snoozedUntil().isValid());
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("host1")});
        QVERIFY(d.show.first().sound);
        QVERIFY(desk.tick(5).isEmpty());
    }

    void snoozeSkipsAcknowledgedAndCanBeCancelled()
    {
        Desk desk(settings(0, 0));
        desk.policy.snooze(30);
        desk.put(host(QStringLiteral("host1"), 1));
        desk.put(host(QStringLiteral("host2"), 1));
        QVERIFY(desk.tick(60).isEmpty());
        desk.at(QStringLiteral("host2")).ack.set = true;
        desk.policy.cancelSnooze();
        QVERIFY(!desk.policy.isSnoozed());
        QCOMPARE(ids(desk.update().show), QStringList{QStringLiteral("host1")});
    }

    void recoveryWhileSnoozedOnlyCloses()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("host1"), 1));
        QCOMPARE(desk.update().show.size(), 1);
        desk.policy.snooze(15);
        desk.at(QStringLiteral("host1")).state = 0;
        const NotificationDecision d = desk.after(1);
        QVERIFY(d.show.isEmpty());
        QCOMPARE(d.close, QStringList{QStringLiteral("host1")});
        QVERIFY(desk.tick(1800).isEmpty());
    }

    void summaryWhenMoreThanThreshold()
    {
        Desk desk(settings(0));
        desk.put(service(QStringLiteral("web1"), QStringLiteral("http"), 1));
        desk.put(service(QStringLiteral("web2"), QStringLiteral("http"), 2));
        desk.put(service(QStringLiteral("db1"), QStringLiteral("mysql"), 3));
        desk.put(host(QStringLiteral("host1"), 1));
        NotificationDecision d = desk.update();
        QCOMPARE(ids(d.show), QStringList{QStringLiteral("summary")});
        const Notification &n = d.show.first();
        QCOMPARE(n.title, QStringLiteral("4 new problems"));
        QCOMPARE(n.kind, Notification::Kind::AlarmCritical);
        QCOMPARE(n.urgency, Notification::Urgency::Critical);
        QVERIFY(n.sound);
        QCOMPARE(n.body.split(QLatin1Char('\n')),
                 (QStringList{QStringLiteral("host1 DOWN"), QStringLiteral("web2 / http CRITICAL"),
                              QStringLiteral("db1 / mysql UNKNOWN"), QStringLiteral("web1 / http WARNING")}));
        QCOMPARE(n.keys, (QStringList{QStringLiteral("host1"), QStringLiteral("web2!http"),
                                      QStringLiteral("db1!mysql"), QStringLiteral("web1!http")}));
        QVERIFY(desk.tick(5).isEmpty());

        // Once every listed unit is taken care of, the summary goes too.
        for (auto it = desk.objects.begin(); it != desk.objects.end(); ++it)
            it->ack.set = true;
        d = desk.after(1);
        QVERIFY(d.show.isEmpty());
        QVERIFY(d.close.contains(QStringLiteral("summary")));
        QCOMPARE(d.close.size(), 5);
        QVERIFY(desk.tick(5).isEmpty());
    }

    void summaryListsTheWorstFew()
    {
        Desk desk(settings(0));
        for (int i = 0; i < 12; ++i)
            desk.put(service(QStringLiteral("h%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("s"), 2));
        const NotificationDecision d = desk.update();
        QCOMPARE(d.show.size(), 1);
        QCOMPARE(d.show.first().title, QStringLiteral("12 new problems"));
        const QStringList lines = d.show.first().body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.last(), QStringLiteral("and 7 more"));
        QCOMPARE(d.show.first().keys.size(), 12);
    }

    void thresholdOrFewerAreSentOneByOne()
    {
        Desk desk(settings(0));
        desk.put(host(QStringLiteral("a"), 1));
        desk.put(host(QStringLiteral("b"), 1));
        desk.put(service(QStringLiteral("c"), QStringLiteral("s"), 2));
        QCOMPARE(ids(desk.update().show),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c!s")}));
    }

    void warningsNormalUrgencyAndNoRenotify()
    {
        Desk desk(settings(0, 10));
        const QString key = QStringLiteral("web1!disk");
        desk.put(service(QStringLiteral("web1"), QStringLiteral("disk"), 1));
        desk.put(service(QStringLiteral("web1"), QStringLiteral("ntp"), 3));
        const NotificationDecision d = desk.update();
        QCOMPARE(ids(d.show), (QStringList{QStringLiteral("web1!ntp"), key}));
        for (const Notification &n : d.show) {
            QCOMPARE(n.kind, Notification::Kind::AlarmWarning);
            QCOMPARE(n.urgency, Notification::Urgency::Normal);
            QVERIFY(!n.sound);
        }
        QCOMPARE(d.show.at(1).title, QStringLiteral("web1 / disk WARNING"));
        QVERIFY(desk.tick(1800).isEmpty());

        // Escalation to CRITICAL alerts again, now critical.
        desk.at(key).state = 2;
        const NotificationDecision up = desk.after(1);
        QCOMPARE(ids(up.show), QStringList{key});
        QCOMPARE(up.show.first().urgency, Notification::Urgency::Critical);

        NotificationSettings s = settings(0);
        s.includeWarnings = false;
        Desk quiet(s);
        quiet.put(service(QStringLiteral("web1"), QStringLiteral("disk"), 1));
        QVERIFY(quiet.tick(60).isEmpty());
    }

    void noDuplicatesOnRepeatedCalls()
    {
        Desk desk(settings(0, 10));
        buildHypervisorOutage(desk);
        desk.put(service(QStringLiteral("web1"), QStringLiteral("http"), 2));
        QCOMPARE(desk.update().show.size(), 2);
        for (int i = 0; i < 50; ++i)
            QVERIFY(desk.update().isEmpty()); // same time, same input
        QVERIFY(desk.tick(599).isEmpty());

        desk.at(QStringLiteral("web1!http")).ack.set = true;
        QCOMPARE(desk.after(0).close.size(), 1);
        for (int i = 0; i < 10; ++i)
            QVERIFY(desk.update().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstNotificationPolicy)
#include "tst_notification_policy.moc"
