#pragma once

#include "core/AlarmRules.h"

#include <QDateTime>
#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>

namespace ocd {

// The system tray icon: worst unacknowledged state by colour and shape, a count badge, counts in
// the tooltip, and a menu (show window, snooze, quit). Exists only where a tray does.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);

    static bool trayAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }
    bool isVisible() const { return m_icon.isVisible(); }
    QSystemTrayIcon *systemTrayIcon() { return &m_icon; }

    void update(const AlarmCounts &counts, bool feedDown, const QDateTime &snoozedUntil);
    void retranslate();

signals:
    void showWindowRequested();
    void snoozeRequested(int minutes);
    void cancelSnoozeRequested();
    void quitRequested();

private:
    QSystemTrayIcon m_icon;
    QMenu m_menu;
    QAction *m_show;
    QAction *m_snooze15;
    QAction *m_snooze60;
    QAction *m_cancelSnooze;
    QAction *m_quit;
    AlarmCounts m_counts;
    bool m_feedDown = false;
    QDateTime m_snoozedUntil;
};

} // namespace ocd
