#include "TrayIcon.h"

#include "TrayIconPainter.h"

#include <QLocale>
#include <QPixmap>

namespace ocd {

TrayIcon::TrayIcon(QObject *parent) : QObject(parent)
{
    m_show = m_menu.addAction(QString(), this, &TrayIcon::showWindowRequested);
    m_menu.addSeparator();
    m_snooze15 = m_menu.addAction(QString(), this, [this] { emit snoozeRequested(15); });
    m_snooze60 = m_menu.addAction(QString(), this, [this] { emit snoozeRequested(60); });
    m_cancelSnooze = m_menu.addAction(QString(), this, &TrayIcon::cancelSnoozeRequested);
    m_menu.addSeparator();
    m_quit = m_menu.addAction(QString(), this, &TrayIcon::quitRequested);
    m_icon.setContextMenu(&m_menu);
    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            emit showWindowRequested();
    });
    retranslate();
    update({}, false, {});
    if (trayAvailable())
        m_icon.show();
}

void TrayIcon::retranslate()
{
    m_show->setText(tr("Show On-Call Desk"));
    m_snooze15->setText(tr("Snooze alarms for 15 minutes"));
    m_snooze60->setText(tr("Snooze alarms for 60 minutes"));
    m_cancelSnooze->setText(tr("End snooze"));
    m_quit->setText(tr("Quit"));
    update(m_counts, m_feedDown, m_snoozedUntil);
}

void TrayIcon::update(const AlarmCounts &counts, bool feedDown, const QDateTime &snoozedUntil)
{
    m_counts = counts;
    m_feedDown = feedDown;
    m_snoozedUntil = snoozedUntil;
    m_icon.setIcon(QIcon(
        QPixmap::fromImage(TrayIconPainter::paint(counts.worstUnhandled, counts.unacknowledged, feedDown))));
    QStringList lines{tr("On-Call Desk")};
    if (feedDown)
        lines << tr("The monitoring feed is down: states may be out of date.");
    lines << tr("Down: %1 · Critical: %2 · Warning: %3 · Unknown: %4")
                 .arg(counts.down)
                 .arg(counts.critical)
                 .arg(counts.warning)
                 .arg(counts.unknown)
          << tr("Unacknowledged: %1").arg(counts.unacknowledged);
    const bool snoozed = snoozedUntil.isValid();
    if (snoozed)
        lines << tr("Alarms snoozed until %1")
                     .arg(QLocale().toString(snoozedUntil.toLocalTime().time(), QLocale::ShortFormat));
    m_icon.setToolTip(lines.join(QLatin1Char('\n')));
    m_cancelSnooze->setVisible(snoozed);
}

} // namespace ocd
