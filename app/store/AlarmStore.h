#pragma once

#include "core/AlarmRules.h"
#include "core/FeedEvent.h"
#include "core/MonitoredObject.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>

namespace ocd {

class Clock;
class MetricHistory;

// The single source of truth for hosts, services and their states. Sources hand it snapshots
// and events; models and notifications read it. Events are applied idempotently (an older
// check result never overwrites a newer one, a repeated ack or downtime changes nothing) and
// in time slices on the GUI thread, so a burst of thousands of events never blocks a frame.
// Change signals are batched: at most one objectsChanged every kEmitIntervalMs.
class AlarmStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kEmitIntervalMs = 50;          // ~20 batches per second at most
    static constexpr qint64 kSliceBudgetNs = 4'000'000; // leaves most of a 16 ms frame to rendering

    explicit AlarmStore(const Clock *clock, QObject *parent = nullptr);

    // Where check results' perfdata goes (charts); optional.
    void setHistory(MetricHistory *history) { m_history = history; }
    MetricHistory *history() const { return m_history; }

    // Replaces everything (initial sync, resync after reconnect). Emits resetDone().
    void replaceAll(const Snapshot &snapshot);
    // Queues events; they are applied in slices from the event loop.
    void enqueue(const FeedEvents &events);
    // Applies queued events for at most budgetNs (<= 0: all). Returns how many were applied.
    // Public so benchmarks and tests can drive the store without an event loop.
    int processInbox(qint64 budgetNs);
    // Applies one event now. Returns true when it changed anything. Emits nothing: signals come
    // from processInbox()/flushChanges(), which batch them.
    bool apply(const FeedEvent &event);
    // Emits pending changes immediately (tests, benchmarks).
    void flushChanges();

    const MonitoredObject *find(const QString &key) const;
    const QHash<QString, MonitoredObject> &objects() const { return m_objects; }
    const QVector<HostDependency> &dependencies() const { return m_dependencies; }
    QList<const MonitoredObject *> all() const;
    AlarmCounts counts() const { return m_counts; }
    int pendingEvents() const { return int(m_inbox.size()); }
    quint64 appliedEvents() const { return m_applied; }
    const Clock *clock() const { return m_clock; }

signals:
    void resetDone();
    void objectsChanged(const QSet<QString> &keys);
    // After every apply slice that changed something, not rate-limited: for consumers that must
    // react fast and are cheap (the notification policy); views use objectsChanged.
    void eventsApplied();
    void countsChanged();

private:
    void scheduleApply();
    void scheduleEmit();
    void emitChanges();
    void recount();
    void markExpiredAcknowledgements();
    MonitoredObject &objectFor(const FeedEvent &e);
    bool applyCheckResult(MonitoredObject &o, const FeedEvent &e);
    static bool applyAckSet(MonitoredObject &o, const FeedEvent &e);
    static bool applyAckCleared(MonitoredObject &o);
    static bool applyComment(MonitoredObject &o, const FeedEvent &e, bool added);
    static bool applyDowntime(MonitoredObject &o, const FeedEvent &e, bool inEffect);

    const Clock *m_clock;
    MetricHistory *m_history = nullptr;
    QHash<QString, MonitoredObject> m_objects;
    QVector<HostDependency> m_dependencies;
    std::deque<FeedEvent> m_inbox;
    QSet<QString> m_dirty;
    AlarmCounts m_counts;
    QTimer m_applyTimer;
    QTimer m_emitTimer;
    QTimer m_expiryTimer;
    QElapsedTimer m_sinceEmit;
    quint64 m_applied = 0;
};

} // namespace ocd
