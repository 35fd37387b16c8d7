#include "Session.h"

#include "ActionsController.h"
#include "Desk.h"
#include "actions/DemoActionBackend.h"
#include "actions/Icinga2CommandBackend.h"
#include "core/Clock.h"
#include "core/FeedEvent.h"
#include "notify/NotificationCenter.h"
#include "sources/demo/DemoDataCenter.h"
#include "sources/icinga2/Icinga2Source.h"
#include "store/AlarmStore.h"
#include "store/MetricHistory.h"

#ifdef OCD_HAVE_LIBVIRT
#include "actions/LibvirtBackend.h"
#endif

namespace ocd {

Session::Session(AlarmStore *store, ForwardingClock *clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_systemClock(std::make_unique<SystemClock>())
{}

Session::~Session()
{
    if (m_source)
        m_source->stop();
}

void Session::attach(Desk *desk, NotificationCenter *notifications, ActionsController *actions)
{
    m_desk = desk;
    m_notifications = notifications;
    m_actions = actions;
    if (m_actions && m_source)
        m_actions->setBackend(std::move(m_pendingBackend), m_source->defaultAuthor(), m_source->name(),
                              m_pendingConcurrency);
}

void Session::openDemo(int msPerStoryMinute, int startMinute)
{
    auto demo = std::make_unique<DemoDataCenter>(msPerStoryMinute);
    DemoDataCenter *raw = demo.get();
    auto backend = std::make_unique<DemoActionBackend>(raw);
    adopt(std::move(demo), raw->clock(), std::move(backend), ActionRunner::kDefaultConcurrency); // story time
    raw->advanceTo(startMinute);
}

void Session::openIcinga(const Icinga2Settings &settings, const ActionSettings &actions)
{
    auto source = std::make_unique<Icinga2Source>(settings);
    Icinga2Source *raw = source.get();
    std::unique_ptr<ActionBackend> backend;
#ifdef OCD_HAVE_LIBVIRT
    if (actions.backend == ActionSettings::Backend::Libvirt) {
        LibvirtSettings lv;
        lv.uris = actions.libvirtUris;
        backend = std::make_unique<LibvirtBackend>(lv);
    }
#endif
    if (!backend) {
        auto icinga = std::make_unique<Icinga2CommandBackend>(settings, actions.icinga);
        icinga->setUrlProvider([raw] { return raw->currentUrl(); });
        // What the account may do is asked again whenever the source is live (after a switch
        // of master or a reload the answer can differ).
        Icinga2CommandBackend *b = icinga.get();
        connect(raw, &MonitoringSource::stateChanged, b, [raw, b] {
            if (raw->state() == MonitoringSource::State::Live)
                b->refreshCapabilities();
        });
        connect(b, &Icinga2CommandBackend::capabilitiesChanged, this, [this] {
            if (m_actions)
                emit m_actions->backendChanged();
        });
        backend = std::move(icinga);
    }
    adopt(std::move(source), m_systemClock.get(), std::move(backend), actions.concurrency);
}

void Session::adopt(std::unique_ptr<MonitoringSource> source, const Clock *clock,
                    std::unique_ptr<ActionBackend> backend, int concurrency)
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
    if (m_actions) {
        m_actions->setBackend(std::move(backend), m_source->defaultAuthor(), m_source->name(), concurrency);
    } else {
        m_pendingBackend = std::move(backend);
        m_pendingConcurrency = concurrency;
    }
    m_source->start();
    emit sourceChanged();
    // Replies of the old source may still be queued in the event loop: delete it later.
    if (old)
        old.release()->deleteLater();
}

} // namespace ocd
