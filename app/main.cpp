// Composition root: builds the objects, wires them and loads the QML. No logic of its own.
#include "actions/AuditLog.h"
#include "conference/BigBlueButtonProvider.h"
#include "conference/JitsiProvider.h"
#include "core/Clock.h"
#include "core/StatusSummary.h"
#include "incidents/IncidentTracker.h"
#include "notify/AlarmSound.h"
#include "notify/FreedesktopNotifier.h"
#include "notify/NotificationCenter.h"
#include "notify/TrayIcon.h"
#include "notify/TrayNotifier.h"
#include "sources/demo/DemoDataCenter.h"
#include "storage/SqlIncidentStore.h"
#include "store/AlarmStore.h"
#include "store/MetricHistory.h"
#include "ui/ActionsController.h"
#include "ui/AppOptions.h"
#include "ui/ChartFeeder.h"
#include "ui/ConsoleText.h"
#include "ui/Desk.h"
#include "ui/DeskBusService.h"
#include "ui/IncidentsController.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MembersController.h"
#include "ui/ProfilesController.h"
#include "ui/Session.h"

#ifdef OCD_HAVE_KNOTIFICATIONS
#include "notify/KNotificationsNotifier.h"
#endif

#include <QApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(OnCallDeskPlugin)

namespace {

int printStatus(bool json)
{
    const QByteArray answer = ocd::DeskBusService::queryRunningInstance();
    ocd::StatusSummary summary;
    if (answer.isEmpty() || !ocd::StatusSummary::fromJson(answer, &summary)) {
        const QString text = QStringLiteral("UNKNOWN: ") + ocd::ConsoleText::notRunning();
        std::printf("%s\n", json ? R"({"status":3,"live":false,"text":"not running"})" : qPrintable(text));
        return 3;
    }
    std::printf("%s\n", json ? answer.constData() : qPrintable(summary.line()));
    return summary.exitCode();
}

// A secret from the environment (scripts) or else the keyring; start-up waits for the keyring
// at most 10 s, like the profile's password.
QString secretFor(ocd::SecretStore *secrets, const QString &keyringEntry, const char *environment)
{
    const QByteArray fromEnv = qgetenv(environment);
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    const ocd::SecretResult r = secrets->readPasswordNow(keyringEntry, 10'000);
    return r.ok() ? r.password : QString();
}

// --store-secret NAME: one line from stdin into the keyring (the team database's password, the
// BigBlueButton secret), so they never sit in a config file.
int storeSecret(const QString &name)
{
    char line[4096] = {};
    if (!std::fgets(line, sizeof line, stdin)) {
        std::fprintf(stderr, "%s\n", qPrintable(ocd::ConsoleText::noSecretOnStdin()));
        return 2;
    }
    const QString secret = QString::fromUtf8(line).trimmed();
    ocd::SecretStore secrets;
    const ocd::SecretResult result = secrets.writePasswordNow(name, secret, 30'000);
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.message));
        return 1;
    }
    std::printf("%s\n", qPrintable(ocd::ConsoleText::storedInKeyring(name)));
    return 0;
}

QString teamPassword(ocd::SecretStore *secrets)
{
    return secretFor(secrets, QStringLiteral("team-database"), "ONCALL_DESK_TEAM_PASSWORD");
}

std::unique_ptr<ocd::ConferenceProvider> makeConferenceProvider(const ocd::AppOptions &options,
                                                                ocd::SecretStore *secrets)
{
    if (options.conferenceProvider == QLatin1String("bigbluebutton"))
        return std::make_unique<ocd::BigBlueButtonProvider>(
            options.conferenceUrl,
            secretFor(secrets, QStringLiteral("bigbluebutton"), "ONCALL_DESK_BBB_SECRET"));
    if (options.conferenceProvider == QLatin1String("none"))
        return nullptr;
    return std::make_unique<ocd::JitsiProvider>(options.conferenceUrl);
}

} // namespace

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts and the tray icon's menu need widgets.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("oncall-desk"));
    QApplication::setApplicationName(QStringLiteral("oncall-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("On-Call Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.oncalldesk.OnCallDesk"));
    QApplication::setQuitOnLastWindowClosed(false); // closing the window keeps the desk in the tray

    ocd::LanguageSwitcher language;
    language.apply(QString()); // translated --help and errors follow the system language
    const ocd::AppOptions options = ocd::AppOptions::parse(
        QApplication::arguments(), ocd::AppOptions::defaultConfigFile(), qgetenv("ONCALL_DESK_PASSWORD"));
    if (!options.error.isEmpty()) {
        const bool informational = QApplication::arguments().contains(QStringLiteral("--help")) ||
                                   QApplication::arguments().contains(QStringLiteral("-h")) ||
                                   QApplication::arguments().contains(QStringLiteral("--version"));
        std::fprintf(informational ? stdout : stderr, "%s\n", qPrintable(options.error));
        return informational ? 0 : 2;
    }
    language.apply(options.language);
    if (const QString problem = options.checkFiles(); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    if (options.status)
        return printStatus(options.statusJson);
    if (!options.storeSecret.isEmpty())
        return storeSecret(options.storeSecret);

    ocd::SystemClock systemClock;
    ocd::ForwardingClock clock(&systemClock); // the session points it at the demo's story clock
    ocd::AlarmStore store(&clock);
    ocd::MetricHistory history;
    store.setHistory(&history);
    ocd::ChartFeeder charts(&store);
    ocd::ProfileStore profileStore;
    profileStore.load();
    ocd::SecretStore secrets;
    ocd::Session session(&store, &clock);
    ocd::ProfilesController profiles(&profileStore, &secrets, &session);

    // Which server: the command line, else the saved profile (password from the keyring), else
    // the demo data center with the welcome dialog.
    if (options.useIcinga()) {
        session.openIcinga(options.icinga, options.actions);
    } else if (options.demo) {
        session.openDemo(options.demoMinuteMs, options.demoStartMinute);
    } else {
        ocd::Icinga2Settings settings;
        ocd::ActionSettings actionSettings;
        bool isDemo = false;
        QString problem;
        if (profiles.currentSettings(&settings, &isDemo, &problem, 10000, &actionSettings) && !isDemo) {
            session.openIcinga(settings, actionSettings);
        } else {
            session.openDemo(options.demoMinuteMs, options.demoStartMinute);
            profiles.setFirstRun(profileStore.profiles().isEmpty());
            profiles.setStartupProblem(problem);
        }
    }

    ocd::Desk desk(&store, session.source(), &language);
    ocd::Desk::setInstance(&desk);
    desk.setProfiles(&profiles);
    desk.setCharts(&charts);
    ocd::AuditLog audit(ocd::AuditLog::defaultPath());
    ocd::ActionsController actions(&store, &audit);
    desk.setActions(&actions);

    // Incidents: the team's PostgreSQL or the local SQLite file; the demo keeps its own file
    // (started afresh), so the replayed story never mixes with real incidents.
    ocd::DatabaseSettings teamSettings = options.team;
    if (teamSettings.driver == ocd::DatabaseSettings::PostgreSQL)
        teamSettings.password = teamPassword(&secrets);
    ocd::SqlIncidentStore teamStore(teamSettings);
    QString storeError;
    if (!teamStore.open(&storeError))
        qWarning().noquote() << "incident database:" << storeError;
    ocd::DatabaseSettings demoSettings;
    demoSettings.sqlitePath = QDir::temp().filePath(
        QStringLiteral("oncall-desk-demo-%1.sqlite").arg(QCoreApplication::applicationPid()));
    ocd::SqlIncidentStore demoStore(demoSettings);
    demoStore.open(&storeError);
    ocd::IncidentTracker tracker(&store, session.source()->isDemo() ? &demoStore : &teamStore);
    ocd::IncidentsController incidents(&store, tracker.store(), &tracker);
    incidents.setActionRunner(actions.runner());
    incidents.setOpenBrowser(!options.selfTest);
    std::unique_ptr<ocd::ConferenceProvider> conference = makeConferenceProvider(options, &secrets);
    incidents.setConferenceProvider(conference.get());
    incidents.setSource(session.source());
    desk.setIncidents(&incidents);
    ocd::MembersController members(&store, &tracker, options.serviceHours);
    desk.setMembers(&members);
    QObject::connect(&session, &ocd::Session::sourceChanged, &incidents, [&] {
        incidents.useStore(session.source()->isDemo() ? &demoStore : &teamStore);
        incidents.setSource(session.source());
    });

    // One desk per desktop session: a second start raises the first and leaves.
    ocd::DeskBusService bus(&desk);
    if (!options.selfTest && !bus.registerOnSessionBus()) {
        const bool raised = ocd::DeskBusService::showRunningInstance();
        std::printf("%s\n", qPrintable(ocd::ConsoleText::alreadyRunning(raised)));
        return 0;
    }

    // Tray and notifications. Backends in order of preference; the window is the last resort.
    ocd::TrayIcon tray;
    desk.setTrayAvailable(ocd::TrayIcon::trayAvailable());
    QList<ocd::Notifier *> backends;
#ifdef OCD_HAVE_KNOTIFICATIONS
    backends << new ocd::KNotificationsNotifier;
#endif
    backends << new ocd::FreedesktopNotifier << new ocd::TrayNotifier(tray.systemTrayIcon());
    auto *windowNotifier = new ocd::WindowNotifier;
    backends << windowNotifier;
    ocd::FallbackNotifier notifier(backends);
    desk.setNotifierName(notifier.backendName());
    QObject::connect(windowNotifier, &ocd::WindowNotifier::alert, &desk, [&desk](const ocd::Notification &n) {
        emit desk.windowAlert(n.title, n.body, int(n.urgency));
    });

    ocd::AlarmSound sound;
    sound.setEnabled(options.sound);
    desk.setSound(&sound);
    ocd::NotificationCenter notifications(&store, session.source(), &notifier, options.notifications);
    session.attach(&desk, &notifications, &actions);
    notifications.setSound(&sound);
    desk.setNotificationCenter(&notifications);

    auto updateTray = [&] {
        tray.update(store.counts(), !desk.isLive(), notifications.policy().snoozedUntil());
    };
    QObject::connect(&store, &ocd::AlarmStore::countsChanged, &tray, updateTray);
    QObject::connect(&desk, &ocd::Desk::connectionChanged, &tray, updateTray);
    QObject::connect(&notifications, &ocd::NotificationCenter::snoozeChanged, &tray, updateTray);
    QObject::connect(&language, &ocd::LanguageSwitcher::changed, &tray, &ocd::TrayIcon::retranslate);
    QObject::connect(&tray, &ocd::TrayIcon::showWindowRequested, &desk, &ocd::Desk::raiseRequested);
    QObject::connect(&tray, &ocd::TrayIcon::snoozeRequested, &notifications,
                     &ocd::NotificationCenter::snooze);
    QObject::connect(&tray, &ocd::TrayIcon::cancelSnoozeRequested, &notifications,
                     &ocd::NotificationCenter::cancelSnooze);
    QObject::connect(&tray, &ocd::TrayIcon::quitRequested, &app, &QCoreApplication::quit);

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.setInitialProperties(
        {{QStringLiteral("startHidden"), options.startHidden && desk.trayAvailable()}});
    engine.load(QUrl(QStringLiteral("qrc:/OnCallDesk/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (options.selfTest) {
        // Proves the whole chain: QML loaded, demo source live, rows in the alarm list, a frame drawn.
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QTimer::singleShot(0, &app, [&] {
            auto *demo = qobject_cast<ocd::DemoDataCenter *>(session.source());
            demo->advanceTo(8); // host1 is DOWN by then
            store.processInbox(0);
            store.flushChanges();
            const int rows = desk.alarms()->rowCount();
            const bool ok = window && desk.isLive() && rows > 0;
            std::printf("self-test: window=%s live=%s alarm rows=%d notifier=%s -> %s\n",
                        window ? "yes" : "no", desk.isLive() ? "yes" : "no", rows,
                        qPrintable(notifier.backendName()), ok ? "OK" : "FAILED");
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
