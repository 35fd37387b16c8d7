// KF6 KNotifications against a real dunst (tests/lab/desktop-lab.sh): the notification arrives
// with its title, and choosing "Acknowledge" in dunst's menu reaches the app. Built and run only
// where KF6Notifications exists (the Debian 13 check, packaging/trixie-check.sh).
#include "LabDesktop.h"
#include "notify/KNotificationsNotifier.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class TstKNotifications : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgeReachesTheApp()
    {
        ocd::KNotificationsNotifier notifier;
        QVERIFY2(notifier.isAvailable(), "no notification server on the lab's session bus");
        QSignalSpy actions(&notifier, &ocd::Notifier::actionInvoked);
        ocd::Notification n;
        n.id = QStringLiteral("host1");
        n.kind = ocd::Notification::Kind::AlarmCritical;
        n.urgency = ocd::Notification::Urgency::Critical;
        n.title = QStringLiteral("host1 DOWN");
        n.body = QStringLiteral("4 hosts and 12 services unreachable");
        n.keys = {QStringLiteral("host1")};
        notifier.show(n);
        QTRY_VERIFY_WITH_TIMEOUT(
            readLabDesktopFile(QStringLiteral("notifications.log")).contains(QLatin1String("host1 DOWN")),
            10000);
        // The notification has a default action (a click opens the alarm), so "dunstctl action"
        // would take that; the context menu offers the buttons, and the lab's menu picks Acknowledge.
        QProcess::execute(QStringLiteral("dunstctl"), {QStringLiteral("context")});
        QTRY_VERIFY_WITH_TIMEOUT(!actions.isEmpty(), 10000);
        QCOMPARE(actions.at(0).at(0).toString(), QStringLiteral("host1"));
        QCOMPARE(actions.at(0).at(1).toString(), QStringLiteral("acknowledge"));
    }
};

int main(int argc, char **argv)
{
    loadLabDesktopEnvironment();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("oncall-desk")); // selects oncall-desk.notifyrc
    TstKNotifications t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_knotifications.moc"
