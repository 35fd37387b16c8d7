#include "TrayNotifier.h"

#include <QSystemTrayIcon>

namespace ocd {

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastId.isEmpty())
                emit actionInvoked(m_lastId, QStringLiteral("open"));
        });
}

bool TrayNotifier::isAvailable() const
{
    return m_tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void TrayNotifier::show(const Notification &n)
{
    if (!m_tray)
        return;
    const QSystemTrayIcon::MessageIcon icon =
        n.urgency == Notification::Urgency::Critical
            ? QSystemTrayIcon::Critical
            : (n.urgency == Notification::Urgency::Normal ? QSystemTrayIcon::Warning
                                                          : QSystemTrayIcon::Information);
    m_lastId = n.id;
    m_tray->showMessage(n.title, n.body, icon, n.urgency == Notification::Urgency::Critical ? 60000 : 10000);
}

void TrayNotifier::close(const QString &)
{
    // A balloon cannot be withdrawn; it times out by itself.
}

FallbackNotifier::FallbackNotifier(QList<Notifier *> backends, QObject *parent)
    : Notifier(parent), m_backends(std::move(backends))
{
    for (Notifier *b : std::as_const(m_backends)) {
        b->setParent(this);
        connect(b, &Notifier::actionInvoked, this, &Notifier::actionInvoked);
    }
}

Notifier *FallbackNotifier::current() const
{
    for (Notifier *b : m_backends)
        if (b->isAvailable())
            return b;
    return m_backends.isEmpty() ? nullptr : m_backends.last();
}

QString FallbackNotifier::backendName() const
{
    Notifier *b = current();
    return b ? b->backendName() : QString();
}

void FallbackNotifier::show(const Notification &n)
{
    if (Notifier *b = current())
        b->show(n);
}

void FallbackNotifier::close(const QString &id)
{
    // Close everywhere: the id may have been shown by a backend that is no longer first.
    for (Notifier *b : std::as_const(m_backends))
        b->close(id);
}

} // namespace ocd
