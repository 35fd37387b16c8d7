#include "FreedesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "oncalldesk.notify")

namespace ocd {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : Notifier(parent),
      m_iface(new QDBusInterface(kService, kPath, kService, QDBusConnection::sessionBus(), this))
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kService, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

bool FreedesktopNotifier::serviceAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    // A running server, or one the bus can start on demand.
    if (bus.interface()->isServiceRegistered(kService))
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->call(QStringLiteral("ListActivatableNames"));
    return activatable.isValid() && activatable.value().contains(kService);
}

QString FreedesktopNotifier::serverName() const
{
    const QDBusMessage reply = m_iface->call(QStringLiteral("GetServerInformation"));
    const QList<QVariant> args = reply.arguments();
    if (reply.type() != QDBusMessage::ReplyMessage || args.size() < 3)
        return {};
    return args.at(0).toString() + QLatin1Char(' ') + args.at(2).toString();
}

void FreedesktopNotifier::show(const Notification &n)
{
    QStringList actions;
    if (!n.keys.isEmpty())
        actions << QStringLiteral("acknowledge") << tr("Acknowledge");
    actions << QStringLiteral("open") << tr("Open");

    QVariantMap hints;
    // The spec requires a byte; an int is ignored by some servers (dunst among them).
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(uchar(n.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.oncalldesk.OnCallDesk"));
    hints.insert(QStringLiteral("category"), n.kind == Notification::Kind::FeedLost
                                                 ? QStringLiteral("network.disconnected")
                                                 : QStringLiteral("x-oncalldesk.alarm"));
    if (n.sound)
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("alarm-clock-elapsed"));
    if (n.urgency == Notification::Urgency::Critical)
        hints.insert(QStringLiteral("resident"), true);

    const uint replaces = m_serverIds.value(n.id, 0);
    // Critical notifications stay until the person acts; others expire as the server likes.
    const int timeout = n.urgency == Notification::Urgency::Critical ? 0 : -1;
    const QDBusMessage reply = m_iface->call(QStringLiteral("Notify"), QCoreApplication::applicationName(),
                                             replaces, QStringLiteral("dialog-warning"), n.title,
                                             n.body.toHtmlEscaped(), actions, hints, timeout);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCWarning(lcNotify) << "Notify failed:" << reply.errorMessage();
        return;
    }
    m_serverIds.insert(n.id, reply.arguments().constFirst().toUInt());
}

void FreedesktopNotifier::close(const QString &id)
{
    const uint serverId = m_serverIds.take(id);
    if (serverId != 0)
        m_iface->call(QDBus::NoBlock, QStringLiteral("CloseNotification"), serverId);
}

void FreedesktopNotifier::onActionInvoked(uint serverId, const QString &actionKey)
{
    const QString id = m_serverIds.key(serverId);
    if (id.isEmpty())
        return; // another application's notification
    emit actionInvoked(id, actionKey == QLatin1String("default") ? QStringLiteral("open") : actionKey);
}

void FreedesktopNotifier::onNotificationClosed(uint serverId, uint)
{
    const QString id = m_serverIds.key(serverId);
    if (!id.isEmpty())
        m_serverIds.remove(id);
}

} // namespace ocd
