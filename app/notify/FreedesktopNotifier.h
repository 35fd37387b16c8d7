#pragma once

#include "Notifier.h"

#include <QHash>

class QDBusInterface;

namespace ocd {

// org.freedesktop.Notifications over the session bus (what KNotifications uses on Linux too):
// actions "acknowledge" and "open", urgency as a D-Bus byte, replaces_id for updates in place,
// ActionInvoked and NotificationClosed handled. The tested default on Debian 12.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);
    ~FreedesktopNotifier() override;

    QString backendName() const override { return QStringLiteral("freedesktop"); }
    bool isAvailable() const override { return serviceAvailable(); }
    // A notification server runs on the session bus, or the bus can start one.
    static bool serviceAvailable();
    void show(const Notification &n) override;
    void close(const QString &id) override;

    // The server's name and version (GetServerInformation), for diagnostics.
    QString serverName() const;

private slots:
    void onActionInvoked(uint serverId, const QString &actionKey);
    void onNotificationClosed(uint serverId, uint reason);

private:
    QDBusInterface *m_iface;
    QHash<QString, uint> m_serverIds; // our id -> the server's notification id
};

} // namespace ocd
