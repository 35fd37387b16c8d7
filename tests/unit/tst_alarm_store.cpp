// AlarmStore: applying snapshots and events idempotently, in order of time, and batching the
// change notifications. Time comes from a ManualClock so expiries are tested without sleeping.
#include "core/Clock.h"
#include "store/AlarmStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ocd;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 24), QTime(7, 0), QTimeZone::utc());

MonitoredObject object(const QString &host, const QString &service, int state,
                       StateType type = StateType::Hard)
{
    MonitoredObject o;
    o.kind = service.isEmpty() ? ObjectKind::Host : ObjectKind::Service;
    o.hostName = host;
    o.serviceName = service;
    o.displayName = service.isEmpty() ? host : service;
    o.state = state;
    o.stateType = type;
    o.maxAttempts = 3;
    o.pending = false;
    o.lastCheck = T0.addSecs(-30);
    o.lastStateChange = T0.addSecs(-3600);
    o.output = QStringLiteral("initial");
    return o;
}

FeedEvent check(const QString &key, int state, StateType type, int attempt, const QDateTime &when,
                const QString &output = QStringLiteral("output"))
{
    FeedEvent e;
    e.type = FeedEvent::Type::CheckResult;
    const qsizetype bang = key.indexOf(QLatin1Char('!'));
    e.host = bang < 0 ? key : key.left(bang);
    e.service = bang < 0 ? QString() : key.mid(bang + 1);
    e.timestamp = when;
    e.hasState = true;
    e.state = state;
    e.stateType = type;
    e.attempt = attempt;
    e.hasCheckResult = true;
    e.output = output;
    e.checkTime = when;
    return e;
}

FeedEvent feedEvent(FeedEvent::Type type, const QString &key, const QString &itemName = {})
{
    FeedEvent e;
    e.type = type;
    const qsizetype bang = key.indexOf(QLatin1Char('!'));
    e.host = bang < 0 ? key : key.left(bang);
    e.service = bang < 0 ? QString() : key.mid(bang + 1);
    e.timestamp = T0;
    e.itemName = itemName;
    return e;
}

FeedEvent ackSet(const QString &key, const QString &author, const QDateTime &expiry = {})
{
    FeedEvent e = feedEvent(FeedEvent::Type::AcknowledgementSet, key);
    e.ack.set = true;
    e.ack.author = author;
    e.ack.comment = QStringLiteral("on it");
    e.ack.expiry = expiry;
    return e;
}

Snapshot smallSite()
{
    Snapshot s;
    s.objects = {
        object(QStringLiteral("web1"), {}, 0), object(QStringLiteral("web1"), QStringLiteral("http"), 0),
        object(QStringLiteral("db1"), {}, 0), object(QStringLiteral("db1"), QStringLiteral("mysql"), 0)};
    s.dependencies = {{QStringLiteral("hv1"), QStringLiteral("web1")}};
    return s;
}

} // namespace

class TstAlarmStore : public QObject
{
    Q_OBJECT
private slots:
    void replaceAll()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        QSignalSpy reset(&store, &AlarmStore::resetDone);
        QSignalSpy counts(&store, &AlarmStore::countsChanged);
        store.replaceAll(smallSite());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(store.objects().size(), 4);
        QVERIFY(store.find(QStringLiteral("web1!http")));
        QVERIFY(!store.find(QStringLiteral("web1!ssh")));
        QCOMPARE(store.dependencies().size(), 1);
        QCOMPARE(store.counts().hosts, 2);
        QCOMPARE(store.counts().services, 2);

        // A resync replaces, it does not merge.
        Snapshot other;
        other.objects = {object(QStringLiteral("new"), {}, 1)};
        store.replaceAll(other);
        QCOMPARE(store.objects().size(), 1);
        QVERIFY(!store.find(QStringLiteral("web1")));
        QVERIFY(store.dependencies().isEmpty());
        QCOMPARE(store.counts().down, 1);
    }

    void softToHardProgression()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const QString key = QStringLiteral("web1!http");

        QVERIFY(store.apply(check(key, 2, StateType::Soft, 1, T0.addSecs(60))));
        const MonitoredObject *o = store.find(key);
        QCOMPARE(o->state, 2);
        QCOMPARE(o->stateType, StateType::Soft);
        QCOMPARE(o->attempt, 1);
        QCOMPARE(o->lastStateChange, T0.addSecs(60));
        QCOMPARE(AlarmRules::stateTypeText(*o), QStringLiteral("SOFT 1/3"));

        QVERIFY(store.apply(check(key, 2, StateType::Soft, 2, T0.addSecs(120))));
        QCOMPARE(o->attempt, 2);
        QCOMPARE(o->lastStateChange, T0.addSecs(60)); // same state: the change is still the first one

        QVERIFY(store.apply(
            check(key, 2, StateType::Hard, 3, T0.addSecs(180), QStringLiteral("CRITICAL - down"))));
        QCOMPARE(o->stateType, StateType::Hard);
        QCOMPARE(o->attempt, 3);
        QCOMPARE(o->lastStateChange, T0.addSecs(60));
        QCOMPARE(o->lastCheck, T0.addSecs(180));
        QCOMPARE(o->output, QStringLiteral("CRITICAL - down"));
        QCOMPARE(AlarmRules::stateTypeText(*o), QStringLiteral("HARD"));
    }

    // Events buffered during a sync can be older than the snapshot.
    void olderCheckResultDoesNotOverwriteNewer()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const QString key = QStringLiteral("db1!mysql");
        QVERIFY(store.apply(check(key, 2, StateType::Hard, 3, T0.addSecs(120), QStringLiteral("newer"))));
        QVERIFY(!store.apply(check(key, 0, StateType::Hard, 1, T0.addSecs(60), QStringLiteral("older"))));
        const MonitoredObject *o = store.find(key);
        QCOMPARE(o->state, 2);
        QCOMPARE(o->output, QStringLiteral("newer"));
        QCOMPARE(o->lastCheck, T0.addSecs(120));
        // Older than the snapshot's own last check: ignored too.
        QVERIFY(!store.apply(check(QStringLiteral("db1"), 1, StateType::Hard, 1, T0.addSecs(-60))));
        QCOMPARE(store.find(QStringLiteral("db1"))->state, 0);
    }

    void sameEventTwiceChangesOnce()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const FeedEvent e = check(QStringLiteral("web1!http"), 1, StateType::Soft, 1, T0.addSecs(10));
        QVERIFY(store.apply(e));
        QVERIFY(!store.apply(e));
        const FeedEvent ack = ackSet(QStringLiteral("web1!http"), QStringLiteral("alice"));
        QVERIFY(store.apply(ack));
        QVERIFY(!store.apply(ack));
        const FeedEvent comment =
            feedEvent(FeedEvent::Type::CommentAdded, QStringLiteral("web1!http"), QStringLiteral("c1"));
        QVERIFY(store.apply(comment));
        QVERIFY(!store.apply(comment));
        QCOMPARE(store.find(QStringLiteral("web1!http"))->comments.size(), 1);
        QVERIFY(store.apply(
            feedEvent(FeedEvent::Type::CommentRemoved, QStringLiteral("web1!http"), QStringLiteral("c1"))));
        QVERIFY(!store.apply(
            feedEvent(FeedEvent::Type::CommentRemoved, QStringLiteral("web1!http"), QStringLiteral("c1"))));
        QVERIFY(store.find(QStringLiteral("web1!http"))->comments.isEmpty());
    }

    void acknowledgementSetAndCleared()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const QString key = QStringLiteral("db1");
        QVERIFY(store.apply(check(key, 1, StateType::Hard, 3, T0.addSecs(5))));
        QVERIFY(store.apply(ackSet(key, QStringLiteral("alice"))));
        const MonitoredObject *o = store.find(key);
        QVERIFY(o->ack.set);
        QCOMPARE(o->ack.author, QStringLiteral("alice"));
        QCOMPARE(o->ack.comment, QStringLiteral("on it"));
        QVERIFY(AlarmRules::isAcknowledged(*o, clock.now()));
        QVERIFY(AlarmRules::isHandled(*o, clock.now()));
        // Another author taking over is a change.
        QVERIFY(store.apply(ackSet(key, QStringLiteral("bob"))));
        QCOMPARE(o->ack.author, QStringLiteral("bob"));

        QVERIFY(store.apply(feedEvent(FeedEvent::Type::AcknowledgementCleared, key)));
        QVERIFY(!o->ack.set);
        QVERIFY(o->ack.author.isEmpty());
        QVERIFY(!store.apply(feedEvent(FeedEvent::Type::AcknowledgementCleared, key)));
    }

    // Icinga expires acknowledgements lazily: the desk must stop showing one when its time is up.
    void acknowledgementExpiry()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const QString key = QStringLiteral("web1!http");
        QVERIFY(store.apply(check(key, 2, StateType::Hard, 3, T0.addSecs(5))));
        QVERIFY(store.apply(ackSet(key, QStringLiteral("alice"), T0.addSecs(600))));
        const MonitoredObject *o = store.find(key);
        QVERIFY(AlarmRules::isAcknowledged(*o, clock.now()));
        clock.advanceSecs(599);
        QVERIFY(AlarmRules::isAcknowledged(*o, clock.now()));
        clock.advanceSecs(1);
        QVERIFY(!AlarmRules::isAcknowledged(*o, clock.now()));
        QVERIFY(!AlarmRules::isHandled(*o, clock.now()));
        // Recounting (on the next batch of changes) sees it as unhandled again.
        store.enqueue({feedEvent(FeedEvent::Type::CommentAdded, key, QStringLiteral("c"))});
        store.processInbox(0);
        store.flushChanges();
        QCOMPARE(store.counts().unacknowledged, 1);
    }

    void recoveryClearsAcknowledgement()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const QString key = QStringLiteral("db1!mysql");
        QVERIFY(store.apply(check(key, 2, StateType::Hard, 3, T0.addSecs(5))));
        FeedEvent sticky = ackSet(key, QStringLiteral("alice"));
        sticky.ack.sticky = true;
        QVERIFY(store.apply(sticky));
        // A sticky ack survives a change between problem states ...
        QVERIFY(store.apply(check(key, 1, StateType::Hard, 3, T0.addSecs(10))));
        QVERIFY(store.find(key)->ack.set);
        // ... but not a recovery, as on the server.
        QVERIFY(store.apply(check(key, 0, StateType::Hard, 1, T0.addSecs(15))));
        QVERIFY(!store.find(key)->ack.set);
        QVERIFY(store.find(key)->ack.author.isEmpty());
    }

    void downtimesByNameAreIdempotent()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        const QString key = QStringLiteral("web1");
        using T = FeedEvent::Type;
        QVERIFY(!store.apply(
            feedEvent(T::DowntimeAdded, key, QStringLiteral("dt1")))); // scheduled, not in effect
        QVERIFY(!store.find(key)->inDowntime());
        QVERIFY(store.apply(feedEvent(T::DowntimeStarted, key, QStringLiteral("dt1"))));
        QVERIFY(store.find(key)->inDowntime());
        QVERIFY(!store.apply(feedEvent(T::DowntimeStarted, key, QStringLiteral("dt1"))));
        QVERIFY(
            !store.apply(feedEvent(T::DowntimeTriggered, key, QStringLiteral("dt1")))); // Icinga sends both
        QVERIFY(store.apply(feedEvent(T::DowntimeTriggered, key, QStringLiteral("dt2"))));
        QCOMPARE(store.find(key)->downtimes, (QStringList{QStringLiteral("dt1"), QStringLiteral("dt2")}));
        QVERIFY(store.apply(feedEvent(T::DowntimeRemoved, key, QStringLiteral("dt1"))));
        QVERIFY(!store.apply(feedEvent(T::DowntimeRemoved, key, QStringLiteral("dt1"))));
        QVERIFY(store.find(key)->inDowntime()); // dt2 still in effect
        QVERIFY(store.apply(feedEvent(T::DowntimeRemoved, key, QStringLiteral("dt2"))));
        QVERIFY(!store.find(key)->inDowntime());
    }

    void unreachable()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        FeedEvent e = check(QStringLiteral("web1"), 1, StateType::Hard, 3, T0.addSecs(5));
        e.hasReachable = true;
        e.reachable = false;
        store.enqueue({e});
        QCOMPARE(store.processInbox(0), 1);
        store.flushChanges();
        const MonitoredObject *o = store.find(QStringLiteral("web1"));
        QVERIFY(!o->reachable);
        QVERIFY(AlarmRules::isHandled(*o, clock.now())); // its parent's problem, not its own
        QCOMPARE(store.counts().down, 1);
        QCOMPARE(store.counts().unacknowledged, 0);

        // An event that does not report reachability leaves it alone.
        QVERIFY(store.apply(
            check(QStringLiteral("web1"), 1, StateType::Hard, 3, T0.addSecs(10), QStringLiteral("x"))));
        QVERIFY(!o->reachable);
    }

    void objectCreatedAndDeleted()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        using T = FeedEvent::Type;
        const QString key = QStringLiteral("web2!disk");
        QVERIFY(store.apply(feedEvent(T::ObjectCreated, key)));
        const MonitoredObject *o = store.find(key);
        QVERIFY(o);
        QVERIFY(o->pending);
        QVERIFY(!o->isHost());
        QCOMPARE(o->hostName, QStringLiteral("web2"));
        QCOMPARE(o->serviceName, QStringLiteral("disk"));
        QVERIFY(!AlarmRules::isProblem(*o));
        QVERIFY(!store.apply(feedEvent(T::ObjectCreated, key))); // already known: unchanged
        QVERIFY(!store.apply(feedEvent(T::ObjectCreated, QStringLiteral("web1")))); // known from the sync
        QCOMPARE(store.find(QStringLiteral("web1"))->output, QStringLiteral("initial"));

        QVERIFY(store.apply(check(key, 1, StateType::Soft, 1, T0.addSecs(5))));
        QVERIFY(!store.find(key)->pending);
        QCOMPARE(store.find(key)->lastStateChange, T0.addSecs(5));

        QVERIFY(store.apply(feedEvent(T::ObjectDeleted, key)));
        QVERIFY(!store.find(key));
        QVERIFY(!store.apply(feedEvent(T::ObjectDeleted, key)));
        QCOMPARE(store.objects().size(), 4);
    }

    void eventForUnknownObjectCreatesIt()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        QVERIFY(store.apply(check(QStringLiteral("late!ntp"), 3, StateType::Hard, 1, T0)));
        const MonitoredObject *o = store.find(QStringLiteral("late!ntp"));
        QVERIFY(o);
        QCOMPARE(o->state, 3);
        QVERIFY(!o->pending);
        // An event without a host names nothing: ignored.
        QVERIFY(!store.apply(check(QString(), 2, StateType::Hard, 1, T0)));
        QVERIFY(!store.find(QString()));
        QCOMPARE(store.objects().size(), 5);
    }

    void counts()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        Snapshot s;
        MonitoredObject downAcked = object(QStringLiteral("h2"), {}, 1);
        downAcked.ack.set = true;
        MonitoredObject critDowntime = object(QStringLiteral("h1"), QStringLiteral("a"), 2);
        critDowntime.downtimes = {QStringLiteral("dt")};
        MonitoredObject critUnreachable = object(QStringLiteral("h1"), QStringLiteral("b"), 2);
        critUnreachable.reachable = false;
        MonitoredObject pending = object(QStringLiteral("h1"), QStringLiteral("p"), 2);
        pending.pending = true;
        MonitoredObject expiredAck = object(QStringLiteral("h1"), QStringLiteral("u"), 3);
        expiredAck.ack.set = true;
        expiredAck.ack.expiry = T0.addSecs(-1);
        s.objects = {object(QStringLiteral("h1"), {}, 1),
                     downAcked,
                     critDowntime,
                     critUnreachable,
                     object(QStringLiteral("h1"), QStringLiteral("w"), 1, StateType::Soft),
                     expiredAck,
                     object(QStringLiteral("h1"), QStringLiteral("ok"), 0),
                     pending};
        store.replaceAll(s);
        AlarmCounts expected;
        expected.down = 2;
        expected.critical = 2;
        expected.warning = 1;
        expected.unknown = 1;
        expected.unacknowledged = 3; // h1 DOWN, the soft warning, the UNKNOWN whose ack expired
        expected.hosts = 2;
        expected.services = 6;
        expected.worstUnhandled = 4; // h1 DOWN is not taken by anyone
        QCOMPARE(store.counts(), expected);

        // Counts follow applied batches and countsChanged says so.
        QSignalSpy changed(&store, &AlarmStore::countsChanged);
        store.enqueue({ackSet(QStringLiteral("h1!w"), QStringLiteral("alice")),
                       check(QStringLiteral("h1!ok"), 2, StateType::Hard, 1, T0)});
        store.processInbox(0);
        store.flushChanges();
        QCOMPARE(changed.count(), 1);
        expected.critical = 3;
        expected.unacknowledged = 3; // -1 acknowledged warning, +1 new CRITICAL
        QCOMPARE(store.counts(), expected);

        // A batch that changes no count does not signal.
        store.enqueue(
            {feedEvent(FeedEvent::Type::CommentAdded, QStringLiteral("h1!ok"), QStringLiteral("c"))});
        store.processInbox(0);
        store.flushChanges();
        QCOMPARE(changed.count(), 1);
    }

    // Many events become one notification carrying every changed key, and only those.
    void batching()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        Snapshot s;
        for (int i = 0; i < 50; ++i)
            s.objects.append(object(QStringLiteral("h%1").arg(i % 5), QStringLiteral("svc%1").arg(i), 0));
        store.replaceAll(s);
        QSignalSpy spy(&store, &AlarmStore::objectsChanged);

        FeedEvents events;
        QSet<QString> expected;
        for (int i = 0; i < 1000; ++i) {
            const QString key = QStringLiteral("h%1!svc%2").arg(i % 20 % 5).arg(i % 20);
            events.append(check(key, 1 + i % 3, StateType::Hard, 3, T0.addSecs(i)));
            expected.insert(key);
        }
        // Events that change nothing must not mark their object.
        events.append(feedEvent(FeedEvent::Type::AcknowledgementCleared, QStringLiteral("h1!svc41")));
        events.append(check(QStringLiteral("h2!svc42"), 0, StateType::Hard, 1, T0.addSecs(-3600)));
        store.enqueue(events);
        QCOMPARE(store.pendingEvents(), 1002);
        QCOMPARE(spy.count(), 0); // nothing applied synchronously by enqueue

        const quint64 appliedBefore = store.appliedEvents();
        QCOMPARE(store.processInbox(0), 1002);
        QCOMPARE(store.pendingEvents(), 0);
        QCOMPARE(store.appliedEvents() - appliedBefore, 1002u);
        QCOMPARE(spy.count(), 0); // the notification waits for the emit timer or a flush

        store.flushChanges();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QSet<QString>>(), expected);
        // The last event per key won.
        QCOMPARE(store.find(QStringLiteral("h4!svc19"))->state, 1 + 999 % 3);

        store.flushChanges(); // nothing new: no empty notification
        QCOMPARE(spy.count(), 1);
    }

    // processInbox honours its time budget (checked every 64 events) so a burst is sliced.
    void processInboxBudget()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        FeedEvents events;
        for (int i = 0; i < 500; ++i)
            events.append(check(QStringLiteral("web1!http"), i % 4, StateType::Hard, 1, T0.addSecs(i)));
        store.enqueue(events);
        QCOMPARE(store.processInbox(1), 64); // 1 ns is over after the first 64
        QCOMPARE(store.pendingEvents(), 500 - 64);
        QCOMPARE(store.processInbox(0), 500 - 64);
        QCOMPARE(store.find(QStringLiteral("web1!http"))->state, 499 % 4);
    }

    // With an event loop, enqueue alone leads to one notification, without any explicit call.
    void eventLoopAppliesAndNotifies()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        QSignalSpy spy(&store, &AlarmStore::objectsChanged);
        store.enqueue({check(QStringLiteral("web1!http"), 2, StateType::Soft, 1, T0.addSecs(1)),
                       check(QStringLiteral("db1"), 1, StateType::Soft, 1, T0.addSecs(1))});
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QSet<QString>>(),
                 (QSet<QString>{QStringLiteral("web1!http"), QStringLiteral("db1")}));
        QCOMPARE(store.pendingEvents(), 0);
    }

    // A resync supersedes changes not yet announced: the reset tells every view to re-read.
    void replaceAllDropsUnannouncedChanges()
    {
        ManualClock clock(T0);
        AlarmStore store(&clock);
        store.replaceAll(smallSite());
        QSignalSpy spy(&store, &AlarmStore::objectsChanged);
        store.enqueue({check(QStringLiteral("web1!http"), 2, StateType::Soft, 1, T0.addSecs(1))});
        store.processInbox(0);
        store.replaceAll(smallSite());
        store.flushChanges();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(store.find(QStringLiteral("web1!http"))->state, 0);
    }
};

QTEST_GUILESS_MAIN(TstAlarmStore)
#include "tst_alarm_store.moc"
