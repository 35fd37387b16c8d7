#include "NotificationCenter.h"

#include "AlarmSound.h"
#include "Notifier.h"
#include "sources/MonitoringSource.h"
#include "store/AlarmStore.h"

namespace ocd {

NotificationCenter::NotificationCenter(AlarmStore *store, MonitoringSource *source, Notifier *notifier,
                                       NotificationSettings settings, QObject *parent)
    : QObject(parent), m_store(store), m_source(nullptr), m_notifier(notifier),
      m_policy(store->clock(), settings)
{
    // Not the 20 Hz view batches: a notification should not wait for the next frame's worth.
    // At most every kMinIntervalMs: a decision over 20,000 objects costs a few ms, which must not
    // follow every apply slice of a burst; a lone event is decided at once.
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &NotificationCenter::evaluate);
    m_sinceEvaluate.start();
    connect(store, &AlarmStore::eventsApplied, this, &NotificationCenter::evaluateSoon);
    connect(store, &AlarmStore::resetDone, this, &NotificationCenter::evaluateSoon);
    setSource(source);
    connect(notifier, &Notifier::actionInvoked, this, &NotificationCenter::onAction);
    // Delays, re-notification and the feed-lost timer run on time alone.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &NotificationCenter::evaluate);
    m_tick.start();
}

void NotificationCenter::setSource(MonitoringSource *source)
{
    if (m_source) {
        m_source->disconnect(this);
        for (auto it = m_keysById.cbegin(); it != m_keysById.cend(); ++it)
            m_notifier->close(it.key());
        m_keysById.clear();
        m_policy = NotificationPolicy(m_store->clock(), m_policy.settings());
    }
    m_source = source;
    connect(source, &MonitoringSource::stateChanged, this, &NotificationCenter::evaluateSoon);
}

void NotificationCenter::evaluateSoon()
{
    if (!m_soon.isActive())
        m_soon.start(int(qMax<qint64>(0, kMinIntervalMs - m_sinceEvaluate.elapsed())));
}

void NotificationCenter::evaluate()
{
    m_soon.stop();
    m_sinceEvaluate.restart();
    const bool live = m_source->state() == MonitoringSource::State::Live;
    const NotificationDecision d = m_policy.update(m_store->objects(), m_store->dependencies(), live);
    for (const QString &id : d.close) {
        m_notifier->close(id);
        m_keysById.remove(id);
    }
    for (const Notification &n : d.show) {
        m_keysById.insert(n.id, n.keys);
        m_notifier->show(n);
        if (n.sound && m_sound)
            m_sound->play();
    }
}

void NotificationCenter::snooze(int minutes)
{
    m_policy.snooze(minutes);
    emit snoozeChanged();
}

void NotificationCenter::cancelSnooze()
{
    m_policy.cancelSnooze();
    emit snoozeChanged();
    evaluate();
}

void NotificationCenter::onAction(const QString &id, const QString &action)
{
    const QStringList keys = m_keysById.value(id);
    if (action == QLatin1String("acknowledge") && !keys.isEmpty()) {
        AckRequest r;
        r.author = m_source->defaultAuthor();
        // Stored on the server for colleagues; the wording is fixed so it can be searched for.
        r.comment = QStringLiteral("acknowledged from notification");
        ActionReply *reply = m_source->acknowledge(keys, r);
        connect(reply, &ActionReply::finished, this, [this, reply](bool ok, const QString &message) {
            reply->deleteLater();
            emit acknowledgeFinished(ok, message);
        });
        return;
    }
    emit openRequested(keys.isEmpty() ? QString() : keys.constFirst());
}

} // namespace ocd
