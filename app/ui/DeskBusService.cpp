#include "DeskBusService.h"

#include "Desk.h"
#include "core/StatusSummary.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>

namespace ocd {

DeskBusService::DeskBusService(Desk *desk, QObject *parent) : QObject(parent), m_desk(desk)
{}

bool DeskBusService::registerOnSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return true; // no session bus: nothing to be single on, run anyway
    if (!bus.registerService(QLatin1String(serviceName())))
        return false;
    bus.registerObject(QLatin1String(objectPath()), this, QDBusConnection::ExportScriptableSlots);
    return true;
}

bool DeskBusService::showRunningInstance()
{
    QDBusInterface iface(QLatin1String(serviceName()), QLatin1String(objectPath()),
                         QLatin1String(interfaceName()), QDBusConnection::sessionBus());
    if (!iface.isValid())
        return false;
    const QDBusMessage reply = iface.call(QStringLiteral("Show"));
    return reply.type() == QDBusMessage::ReplyMessage;
}

QByteArray DeskBusService::queryRunningInstance()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return {};
    QDBusInterface iface(QLatin1String(serviceName()), QLatin1String(objectPath()),
                         QLatin1String(interfaceName()), bus);
    if (!iface.isValid())
        return {};
    iface.setTimeout(3000);
    const QDBusReply<QString> reply = iface.call(QStringLiteral("Summary"));
    return reply.isValid() ? reply.value().toUtf8() : QByteArray();
}

void DeskBusService::Show()
{
    emit m_desk->raiseRequested();
}

QString DeskBusService::Summary()
{
    return QString::fromUtf8(m_desk->summary().toJson());
}

bool DeskBusService::ActivateAlarm(const QString &key)
{
    return m_desk->activateAlarm(key);
}

} // namespace ocd
