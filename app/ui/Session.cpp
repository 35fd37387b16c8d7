#include "Session.h"

#include "Desk.h"
#include "core/Clock.h"
#include "core/FeedEvent.h"
#include "notify/NotificationCenter.h"
#include "sources/demo/DemoDataCenter.h"
#include "sources/icinga2/Icinga2Source.h"
#include "store/AlarmStore.h"
#include "store/MetricHistory.h"

namespace ocd {

Session::Session(AlarmStore *store, ForwardingClock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_systemClock(std::make_unique<SystemClock>())
{}

Session::~Session()
{
    if (m_source)
        m_source->stop();
}

void Session::attach(Desk *desk, NotificationCenter *notifications)
{
    m_desk = desk;
    m_notifications = notifications;
}

void Session::openDemo(int msPerStoryMinute, int startMinute)
{
    auto demo = std::make_unique<DemoDataCenter>(msPerStoryMinute);
    DemoDataCenter *raw = demo.get();
    adopt(std::move(demo), raw->clock()); // durations in story time
    raw->advanceTo(startMinute);
}

void Session::openIcinga(const Icinga2Settings &settings)
{
    adopt(std::make_unique<Icinga2Source>(settings), m_systemClock.get());
}

void Session::adopt(std::unique_ptr<MonitoringSource> source, const Clock *clock)
{
    // The old source goes first: nothing of it may reach the store after the switch.
    std::unique_ptr<MonitoringSource> old = std::move(m_source);
    if (old) {
        old->stop();
        old->disconnect(m_store);
    }
    m_source = std::move(source);
    m_clock->setTarget(clock);
    if (m_store->history())
        m_store->history()->clear(); // nor its sensor history
    m_store->replaceAll(Snapshot{}); // no alarms of the previous server linger
    connect(m_source.get(), &MonitoringSource::snapshotReady, m_store, &AlarmStore::replaceAll);
    connect(m_source.get(), &MonitoringSource::eventsReceived, m_store, &AlarmStore::enqueue);
    if (m_desk)
        m_desk->setSource(m_source.get());
    if (m_notifications)
        m_notifications->setSource(m_source.get());
    m_source->start();
    emit sourceChanged();
    // Replies of the old source may still be queued in the event loop: delete it later.
    if (old)
        old.release()->deleteLater();
}

} // namespace ocd
