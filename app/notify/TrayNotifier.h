#pragma once

#include "Notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace ocd {

// QSystemTrayIcon::showMessage: for desktops without a notification service but with a tray.
// It has no action buttons; a click on the balloon opens the alarm.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    QString backendName() const override { return QStringLiteral("tray"); }
    bool isAvailable() const override;
    void show(const Notification &n) override;
    void close(const QString &id) override;

private:
    QPointer<QSystemTrayIcon> m_tray;
    QString m_lastId;
};

// The last resort: the window itself shows the alert (banner, raised, taskbar alert). Always
// available, so an alarm is never dropped for lack of a desktop service.
class WindowNotifier : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;

    QString backendName() const override { return QStringLiteral("window"); }
    bool isAvailable() const override { return true; }
    void show(const Notification &n) override { emit alert(n); }
    void close(const QString &id) override { emit cleared(id); }

signals:
    void alert(const ocd::Notification &n);
    void cleared(const QString &id);
};

// Tries its backends in order at every call and uses the first available one, so a
// notification service that stops (or starts) later is followed without a restart.
class FallbackNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit FallbackNotifier(QList<Notifier *> backends, QObject *parent = nullptr);

    QString backendName() const override;
    bool isAvailable() const override { return true; }
    void show(const Notification &n) override;
    void close(const QString &id) override;

private:
    Notifier *current() const;
    QList<Notifier *> m_backends;
};

} // namespace ocd
