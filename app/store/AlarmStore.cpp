#include "AlarmStore.h"

#include "MetricHistory.h"
#include "core/Clock.h"

namespace ocd {

AlarmStore::AlarmStore(const Clock *clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, [this] {
        processInbox(kSliceBudgetNs);
        if (!m_inbox.empty())
            scheduleApply();
    });
    m_emitTimer.setSingleShot(true);
    connect(&m_emitTimer, &QTimer::timeout, this, &AlarmStore::emitChanges);

    // Icinga expires acknowledgements lazily, so the store re-evaluates expiries itself.
    m_expiryTimer.setInterval(5000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &AlarmStore::markExpiredAcknowledgements);
    m_expiryTimer.start();
    m_sinceEmit.start();
}

void AlarmStore::replaceAll(const Snapshot &snapshot)
{
    m_objects.clear();
    m_objects.reserve(snapshot.objects.size());
    for (const MonitoredObject &o : snapshot.objects) {
        m_objects.insert(o.key(), o);
        if (m_history) // the current value is the first point of its chart
            m_history->record(o.key(), o.lastCheck, o.perfdata);
    }
    m_dependencies = snapshot.dependencies;
    // Events of the previous connection that were not applied yet are superseded by the snapshot.
    m_inbox.clear();
    m_dirty.clear();
    m_emitTimer.stop();
    recount();
    emit resetDone();
    emit countsChanged();
}

void AlarmStore::enqueue(const FeedEvents &events)
{
    m_inbox.insert(m_inbox.end(), events.begin(), events.end());
    scheduleApply();
}

void AlarmStore::scheduleApply()
{
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

int AlarmStore::processInbox(qint64 budgetNs)
{
    QElapsedTimer t;
    t.start();
    int n = 0;
    while (!m_inbox.empty()) {
        if (apply(m_inbox.front()))
            m_dirty.insert(m_inbox.front().key());
        m_inbox.pop_front();
        ++n;
        // Checking the clock costs ~20 ns; every 64 events keeps it negligible.
        if (budgetNs > 0 && (n & 63) == 0 && t.nsecsElapsed() >= budgetNs)
            break;
    }
    if (!m_dirty.isEmpty()) {
        scheduleEmit();
        emit eventsApplied();
    }
    return n;
}

void AlarmStore::scheduleEmit()
{
    if (m_emitTimer.isActive())
        return;
    // A lone event goes out at once (latency); a burst is rate-limited to one batch per interval.
    const qint64 wait = qMax<qint64>(0, kEmitIntervalMs - m_sinceEmit.elapsed());
    m_emitTimer.start(int(wait));
}

void AlarmStore::flushChanges()
{
    m_emitTimer.stop();
    emitChanges();
}

void AlarmStore::emitChanges()
{
    m_sinceEmit.restart();
    if (m_dirty.isEmpty())
        return;
    const QSet<QString> keys = std::exchange(m_dirty, {});
    const AlarmCounts before = m_counts;
    recount();
    emit objectsChanged(keys);
    if (!(before == m_counts))
        emit countsChanged();
}

void AlarmStore::markExpiredAcknowledgements()
{
    const QDateTime now = m_clock->now();
    for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
        Acknowledgement &ack = it->ack;
        if (ack.set && ack.expiry.isValid() && ack.expiry <= now) {
            ack = Acknowledgement{};
            m_dirty.insert(it.key());
        }
    }
    if (!m_dirty.isEmpty())
        scheduleEmit();
}

void AlarmStore::recount()
{
    m_counts = AlarmRules::count(all(), m_clock->now());
}

QList<const MonitoredObject *> AlarmStore::all() const
{
    QList<const MonitoredObject *> list;
    list.reserve(m_objects.size());
    for (const MonitoredObject &o : m_objects)
        list.append(&o);
    return list;
}

const MonitoredObject *AlarmStore::find(const QString &key) const
{
    auto it = m_objects.constFind(key);
    return it == m_objects.cend() ? nullptr : &*it;
}

MonitoredObject &AlarmStore::objectFor(const FeedEvent &e)
{
    const QString key = e.key();
    auto it = m_objects.find(key);
    if (it != m_objects.end())
        return *it;
    // An object the last sync did not know (created since): start it from what the event says.
    MonitoredObject o;
    o.kind = e.service.isEmpty() ? ObjectKind::Host : ObjectKind::Service;
    o.hostName = e.host;
    o.serviceName = e.service;
    o.displayName = e.service.isEmpty() ? e.host : e.service;
    return *m_objects.insert(key, o);
}

bool AlarmStore::apply(const FeedEvent &e)
{
    ++m_applied;
    if (e.host.isEmpty())
        return false;
    if (e.type == FeedEvent::Type::ObjectDeleted)
        return m_objects.remove(e.key()) > 0;
    if (e.type == FeedEvent::Type::ObjectCreated) {
        if (m_objects.contains(e.key()))
            return false;
        objectFor(e); // starts pending until its first check result
        return true;
    }

    MonitoredObject &o = objectFor(e);
    switch (e.type) {
    case FeedEvent::Type::CheckResult:
    case FeedEvent::Type::StateChange:
        return applyCheckResult(o, e);
    case FeedEvent::Type::AcknowledgementSet:
        return applyAckSet(o, e);
    case FeedEvent::Type::AcknowledgementCleared:
        return applyAckCleared(o);
    case FeedEvent::Type::CommentAdded:
        return applyComment(o, e, true);
    case FeedEvent::Type::CommentRemoved:
        return applyComment(o, e, false);
    case FeedEvent::Type::DowntimeStarted:
    case FeedEvent::Type::DowntimeTriggered:
        return applyDowntime(o, e, true);
    case FeedEvent::Type::DowntimeRemoved:
        return applyDowntime(o, e, false);
    case FeedEvent::Type::DowntimeAdded: // scheduled, not yet in effect: nothing visible changes
    case FeedEvent::Type::ObjectCreated:
    case FeedEvent::Type::ObjectDeleted:
        return false;
    }
    return false;
}

bool AlarmStore::applyCheckResult(MonitoredObject &o, const FeedEvent &e)
{
    // Events buffered during a sync may be older than the snapshot: never step back in time.
    const QDateTime when = e.checkTime.isValid() ? e.checkTime : e.timestamp;
    if (when.isValid() && o.lastCheck.isValid() && when < o.lastCheck)
        return false;

    bool changed = false;
    auto set = [&changed](auto &field, const auto &value) {
        if (field != value) {
            field = value;
            changed = true;
        }
    };
    if (e.hasState) {
        if (o.state != e.state || o.pending || !o.lastStateChange.isValid())
            set(o.lastStateChange, when);
        set(o.state, e.state);
        set(o.stateType, e.stateType);
        if (e.attempt > 0)
            set(o.attempt, e.attempt);
        if (o.maxAttempts < o.attempt)
            set(o.maxAttempts, o.attempt);
        set(o.pending, false);
    }
    if (e.hasReachable)
        set(o.reachable, e.reachable);
    if (e.hasCheckResult) {
        set(o.output, e.output);
        set(o.perfdata, e.perfdata);
        set(o.lastCheck, when);
        if (m_history)
            m_history->record(o.key(), when, e.perfdata);
    }
    if (changed && e.receivedNs != 0) {
        o.receivedNs = e.receivedNs;
        o.receivedAt = e.receivedAt;
        o.serverTimestamp = e.timestamp;
    }
    // A recovery ends any acknowledgement, as on the server.
    if (e.hasState && e.state == 0 && o.ack.set) {
        o.ack = Acknowledgement{};
        changed = true;
    }
    return changed;
}

bool AlarmStore::applyAckSet(MonitoredObject &o, const FeedEvent &e)
{
    Acknowledgement ack = e.ack;
    ack.set = true;
    if (o.ack.set == ack.set && o.ack.author == ack.author && o.ack.comment == ack.comment &&
        o.ack.expiry == ack.expiry && o.ack.sticky == ack.sticky)
        return false;
    o.ack = ack;
    return true;
}

bool AlarmStore::applyAckCleared(MonitoredObject &o)
{
    if (!o.ack.set)
        return false;
    o.ack = Acknowledgement{};
    return true;
}

bool AlarmStore::applyComment(MonitoredObject &o, const FeedEvent &e, bool added)
{
    auto it = std::find_if(o.comments.begin(), o.comments.end(),
                           [&e](const Comment &c) { return c.name == e.itemName; });
    if (!added) {
        if (it == o.comments.end())
            return false;
        o.comments.erase(it);
        return true;
    }
    if (it != o.comments.end())
        return false;
    o.comments.append(Comment{e.itemName, e.itemAuthor, e.itemText, e.timestamp, e.commentEntryType});
    return true;
}

bool AlarmStore::applyDowntime(MonitoredObject &o, const FeedEvent &e, bool inEffect)
{
    const bool known = o.downtimes.contains(e.itemName);
    if (inEffect == known)
        return false;
    if (inEffect)
        o.downtimes.append(e.itemName);
    else
        o.downtimes.removeAll(e.itemName);
    return true;
}

} // namespace ocd
