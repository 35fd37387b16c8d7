// Notifications, tray and single instance on a real desktop stack: Xvfb, a private session bus,
// dunst and trayer (tests/lab/desktop-lab.sh), and the real Icinga 2 lab. dunst logs what it
// receives; its context menu is a script that picks an action as a person would.
#include "LabIcinga2.h"

#include "LabDesktop.h"
#include "core/Clock.h"
#include "core/StatusSummary.h"
#include "notify/FreedesktopNotifier.h"
#include "notify/NotificationCenter.h"
#include "notify/TrayIcon.h"
#include "sources/icinga2/Icinga2Source.h"
#include "store/AlarmStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using ocd::MonitoringSource;
using ocd::Notification;

namespace {
constexpr int kTimeoutMs = 15000;

QString labDir()
{
    return qEnvironmentVariable("DESKTOP_LAB_DIR");
}

void writeLabFile(const QString &name, const QByteArray &content)
{
    QFile f(labDir() + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

// Runs a command of the desktop (dunstctl, the app) with the lab's DISPLAY and bus.
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr, int timeoutMs = 20000)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(timeoutMs);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

class TstNotificationsLive : public QObject
{
    Q_OBJECT
    LabIcinga2 lab;

private slots:
    void initTestCase()
    {
        QVERIFY2(!labDir().isEmpty(), "desktop lab not started (see the lab_desktop_start test)");
        QVERIFY2(lab.isValid(), "Icinga 2 lab not started");
    }

    void init()
    {
        run(QStringLiteral("dunstctl"), {QStringLiteral("close-all")});
        writeLabFile(QStringLiteral("menu-choice"), "Acknowledge");
    }

    void dunstReceivesCriticalNotificationWithActions()
    {
        ocd::FreedesktopNotifier notifier;
        QVERIFY(notifier.isAvailable());
        QVERIFY2(notifier.serverName().startsWith(QLatin1String("dunst")), qPrintable(notifier.serverName()));
        QSignalSpy actions(&notifier, &ocd::Notifier::actionInvoked);

        Notification n;
        n.id = QStringLiteral("t1");
        n.title = QStringLiteral("test-host DOWN");
        n.body = QStringLiteral("3 hosts and 9 services unreachable");
        n.keys = {QStringLiteral("test-host")};
        n.urgency = Notification::Urgency::Critical;
        notifier.show(n);
        QTRY_VERIFY_WITH_TIMEOUT(
            readLabDesktopFile(QStringLiteral("notifications.log"))
                .contains(QLatin1String("CRITICAL\toncall-desk\ttest-host DOWN\t3 hosts")),
            kTimeoutMs);

        // Updated in place: same id, new text, still one notification on screen.
        n.title = QStringLiteral("test-host DOWN (again)");
        notifier.show(n);
        QTRY_VERIFY_WITH_TIMEOUT(
            readLabDesktopFile(QStringLiteral("notifications.log")).contains(QLatin1String("(again)")),
            kTimeoutMs);
        QCOMPARE(run(QStringLiteral("dunstctl"), {QStringLiteral("count"), QStringLiteral("displayed")}),
                 QStringLiteral("1"));

        // A person opens the context menu and chooses "Open".
        writeLabFile(QStringLiteral("menu-choice"), "Open");
        run(QStringLiteral("dunstctl"), {QStringLiteral("action"), QStringLiteral("0")});
        QTRY_COMPARE_WITH_TIMEOUT(actions.count(), 1, kTimeoutMs);
        QCOMPARE(actions.at(0).at(0).toString(), QStringLiteral("t1"));
        QCOMPARE(actions.at(0).at(1).toString(), QStringLiteral("open"));
        const QString offered = readLabDesktopFile(QStringLiteral("menu-offered.log"));
        QVERIFY2(offered.contains(QLatin1String("#Acknowledge")) && offered.contains(QLatin1String("#Open")),
                 qPrintable(offered));
    }

    void acknowledgeInNotificationAcknowledgesOnIcinga()
    {
        ocd::SystemClock clock;
        ocd::AlarmStore store(&clock);
        ocd::Icinga2Source source(lab.adminSettings());
        QObject::connect(&source, &MonitoringSource::snapshotReady, &store, &ocd::AlarmStore::replaceAll);
        QObject::connect(&source, &MonitoringSource::eventsReceived, &store, &ocd::AlarmStore::enqueue);
        ocd::FreedesktopNotifier notifier;
        ocd::NotificationCenter center(&store, &source, &notifier, {});
        QSignalSpy acked(&center, &ocd::NotificationCenter::acknowledgeFinished);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == MonitoringSource::State::Live, kTimeoutMs);

        const QString key = QStringLiteral("vm4");
        for (int i = 0; i < 3; ++i) // HARD after three attempts: only then does it notify
            QCOMPARE(lab.processCheckResult(key, 1, QStringLiteral("PING CRITICAL - notification test")),
                     200);
        QTRY_VERIFY_WITH_TIMEOUT(readLabDesktopFile(QStringLiteral("notifications.log"))
                                     .contains(QLatin1String("CRITICAL\toncall-desk\tvm4 DOWN")),
                                 kTimeoutMs);

        run(QStringLiteral("dunstctl"),
            {QStringLiteral("action"), QStringLiteral("0")}); // chooses Acknowledge
        QTRY_COMPARE_WITH_TIMEOUT(acked.count(), 1, kTimeoutMs);
        QVERIFY2(acked.at(0).at(0).toBool(), qPrintable(acked.at(0).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(store.find(key) && store.find(key)->ack.set, kTimeoutMs);
        QCOMPARE(store.find(key)->ack.comment, QStringLiteral("acknowledged from notification"));
        QCOMPARE(store.find(key)->ack.author, QStringLiteral("admin"));

        QCOMPARE(lab.processCheckResult(key, 0, QStringLiteral("PING OK")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(store.find(key)->state == 0, kTimeoutMs);
    }

    void killedIcingaGivesFeedLostNotification()
    {
        ocd::SystemClock clock;
        ocd::AlarmStore store(&clock);
        ocd::Icinga2Source source(lab.adminSettings());
        source.setBackoffLimits(500, 2000);
        QObject::connect(&source, &MonitoringSource::snapshotReady, &store, &ocd::AlarmStore::replaceAll);
        QObject::connect(&source, &MonitoringSource::eventsReceived, &store, &ocd::AlarmStore::enqueue);
        ocd::FreedesktopNotifier notifier;
        ocd::NotificationSettings settings;
        settings.feedLostSecs = 3; // the dead-man's switch, shortened for the test (default 60 s)
        ocd::NotificationCenter center(&store, &source, &notifier, settings);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == MonitoringSource::State::Live, kTimeoutMs);

        QVERIFY(lab.run(QStringLiteral("kill")));
        QTRY_VERIFY_WITH_TIMEOUT(readLabDesktopFile(QStringLiteral("notifications.log"))
                                     .contains(QLatin1String("CRITICAL\toncall-desk\tMonitoring feed lost")),
                                 kTimeoutMs);
        QVERIFY(lab.run(QStringLiteral("restart")));
        QTRY_VERIFY_WITH_TIMEOUT(source.state() == MonitoringSource::State::Live, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(readLabDesktopFile(QStringLiteral("notifications.log"))
                                     .contains(QLatin1String("Monitoring feed restored")),
                                 kTimeoutMs);
    }

    void trayIconUnderTrayer()
    {
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 5000);
        ocd::TrayIcon tray;
        ocd::AlarmCounts counts;
        counts.down = 1;
        counts.critical = 2;
        counts.unacknowledged = 3;
        counts.worstUnhandled = 4;
        tray.update(counts, false, {});
        QVERIFY(tray.isVisible());
        QVERIFY(tray.systemTrayIcon()->toolTip().contains(QLatin1String("Unacknowledged: 3")));
        QTest::qWait(500); // let trayer embed and paint the icon
        const QString shot = QDir::currentPath() + QStringLiteral("/tray-under-trayer.png");
        int rc = -1;
        run(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), shot}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(QFile::exists(shot));
    }

    void statusCommandAndSecondStartRaiseTheFirst()
    {
        const QString app = qEnvironmentVariable("ONCALL_DESK_BIN");
        int rc = -1;
        run(app, {QStringLiteral("--status")}, &rc);
        QCOMPARE(rc, 3); // no desk running yet

        QProcess first;
        first.start(app, {QStringLiteral("--demo"), QStringLiteral("--demo-speed"), QStringLiteral("600000"),
                          QStringLiteral("--hidden"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(first.waitForStarted());
        QJsonObject status;
        QTRY_VERIFY_WITH_TIMEOUT(
            (status = QJsonDocument::fromJson(
                          run(app, {QStringLiteral("--status"), QStringLiteral("--json")}).toUtf8())
                          .object())
                .value(QLatin1String("live"))
                .toBool(),
            kTimeoutMs);
        QCOMPARE(status.value(QLatin1String("demo")).toBool(), true);
        QCOMPARE(status.value(QLatin1String("windowVisible")).toBool(), false); // --hidden, in the tray
        // 07:00 in the story: only vm31's slow web server, a WARNING nobody has taken.
        QCOMPARE(status.value(QLatin1String("status")).toInt(), 1);
        run(app, {QStringLiteral("--status")}, &rc);
        QCOMPARE(rc, 1);

        const QString second = run(app, {}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(second.contains(QLatin1String("already running")), qPrintable(second));
        QTRY_VERIFY_WITH_TIMEOUT(
            QJsonDocument::fromJson(run(app, {QStringLiteral("--status"), QStringLiteral("--json")}).toUtf8())
                .object()
                .value(QLatin1String("windowVisible"))
                .toBool(),
            kTimeoutMs);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

int main(int argc, char **argv)
{
    // The lab's desktop must be in the environment before Qt connects to X and the bus.
    loadLabDesktopEnvironment();
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("oncall-desk"));
    TstNotificationsLive t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_notifications_live.moc"
