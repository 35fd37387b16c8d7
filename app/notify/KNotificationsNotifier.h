#pragma once

#include "Notifier.h"

#include <QHash>
#include <QPointer>

class KNotification;

namespace ocd {

// KDE Frameworks 6 KNotifications: the desktop's own notification settings (per-event sound,
// popup, log) apply, from the events in oncall-desk.notifyrc (alarm-critical, alarm-warning,
// recovery, feed-lost). Compiled only where CMake finds KF6Notifications (not on Debian 12).
class KNotificationsNotifier : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    ~KNotificationsNotifier() override;

    QString backendName() const override { return QStringLiteral("knotifications"); }
    bool isAvailable() const override;
    void show(const Notification &n) override;
    void close(const QString &id) override;

    static QString eventId(Notification::Kind kind);

private:
    QHash<QString, QPointer<KNotification>> m_shown;
};

} // namespace ocd
