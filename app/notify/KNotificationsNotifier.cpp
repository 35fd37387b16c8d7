#include "KNotificationsNotifier.h"

#include "FreedesktopNotifier.h"

#include <KNotification>

namespace ocd {

KNotificationsNotifier::~KNotificationsNotifier()
{
    for (const QPointer<KNotification> &n : std::as_const(m_shown))
        if (n)
            n->close();
}

bool KNotificationsNotifier::isAvailable() const
{
    // On Linux KNotifications talks to the same org.freedesktop.Notifications service.
    return FreedesktopNotifier::serviceAvailable();
}

QString KNotificationsNotifier::eventId(Notification::Kind kind)
{
    switch (kind) {
    case Notification::Kind::AlarmCritical:
        return QStringLiteral("alarm-critical");
    case Notification::Kind::AlarmWarning:
        return QStringLiteral("alarm-warning");
    case Notification::Kind::Recovery:
    case Notification::Kind::FeedRestored:
        return QStringLiteral("recovery");
    case Notification::Kind::FeedLost:
        return QStringLiteral("feed-lost");
    }
    return QStringLiteral("alarm-warning");
}

void KNotificationsNotifier::show(const Notification &n)
{
    // Replacing = closing the old one and sending anew: KNotification has no stable
    // replace-in-place across all its backends.
    close(n.id);
    const bool critical = n.urgency == Notification::Urgency::Critical;
    auto *k = new KNotification(eventId(n.kind),
                                critical ? KNotification::Persistent : KNotification::CloseOnTimeout);
    k->setTitle(n.title);
    k->setText(n.body.toHtmlEscaped());
    k->setIconName(QStringLiteral("dialog-warning"));
    k->setUrgency(critical ? KNotification::CriticalUrgency
                           : (n.urgency == Notification::Urgency::Normal ? KNotification::NormalUrgency
                                                                         : KNotification::LowUrgency));
    const QString id = n.id;
    if (!n.keys.isEmpty()) {
        KNotificationAction *ack = k->addAction(tr("Acknowledge"));
        connect(ack, &KNotificationAction::activated, this,
                [this, id] { emit actionInvoked(id, QStringLiteral("acknowledge")); });
    }
    KNotificationAction *open = k->addAction(tr("Open"));
    connect(open, &KNotificationAction::activated, this,
            [this, id] { emit actionInvoked(id, QStringLiteral("open")); });
    KNotificationAction *byClick = k->addDefaultAction(tr("Open"));
    connect(byClick, &KNotificationAction::activated, this,
            [this, id] { emit actionInvoked(id, QStringLiteral("open")); });
    m_shown.insert(id, k);
    k->sendEvent();
}

void KNotificationsNotifier::close(const QString &id)
{
    const QPointer<KNotification> k = m_shown.take(id);
    if (k)
        k->close(); // deletes itself (auto-delete)
}

} // namespace ocd
