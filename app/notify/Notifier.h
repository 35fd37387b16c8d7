#pragma once

#include "core/NotificationPolicy.h"

#include <QObject>

namespace ocd {

// A way to put a notification in front of the person on duty. Backends: KNotifications (KF6,
// when built with it), the freedesktop D-Bus service, the tray icon's balloon, and as the last
// resort the window itself. NotifierChooser picks the first that is available at run time; a
// backend that cannot deliver must say so through isAvailable(), never drop silently.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString backendName() const = 0;
    virtual bool isAvailable() const = 0;
    // Shows n; a notification shown earlier with the same id is replaced in place.
    virtual void show(const Notification &n) = 0;
    virtual void close(const QString &id) = 0;

signals:
    // action: "acknowledge" or "open", for the notification with that id.
    void actionInvoked(const QString &id, const QString &action);
};

} // namespace ocd
