// Composition root: builds the objects, wires them and loads the QML. No logic of its own.
#include "core/Clock.h"
#include "sources/demo/DemoDataCenter.h"
#include "sources/icinga2/Icinga2Source.h"
#include "store/AlarmStore.h"
#include "ui/AppOptions.h"
#include "ui/Desk.h"
#include "ui/LanguageSwitcher.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(OnCallDeskPlugin)

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts and the tray icon need widgets.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("oncall-desk"));
    QApplication::setApplicationName(QStringLiteral("oncall-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("On-Call Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.oncalldesk.OnCallDesk"));

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

    ocd::SystemClock systemClock;
    const ocd::Clock *clock = &systemClock;
    std::unique_ptr<ocd::MonitoringSource> source;
    if (options.useIcinga()) {
        source = std::make_unique<ocd::Icinga2Source>(options.icinga);
    } else {
        auto demo = std::make_unique<ocd::DemoDataCenter>(options.demoMinuteMs);
        clock = demo->clock(); // durations in story time
        source = std::move(demo);
    }
    ocd::AlarmStore store(clock);
    QObject::connect(source.get(), &ocd::MonitoringSource::snapshotReady, &store,
                     &ocd::AlarmStore::replaceAll);
    QObject::connect(source.get(), &ocd::MonitoringSource::eventsReceived, &store, &ocd::AlarmStore::enqueue);

    ocd::Desk desk(&store, source.get(), &language);
    ocd::Desk::setInstance(&desk);

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    source->start();
    if (auto *demo = qobject_cast<ocd::DemoDataCenter *>(source.get()))
        demo->advanceTo(options.demoStartMinute);
    engine.load(QUrl(QStringLiteral("qrc:/OnCallDesk/qml/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (options.selfTest) {
        // Proves the whole chain: QML loaded, demo source live, rows in the alarm list, a frame drawn.
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QTimer::singleShot(0, &app, [&] {
            ocd::DemoDataCenter *demo = qobject_cast<ocd::DemoDataCenter *>(source.get());
            demo->advanceTo(8); // host1 is DOWN by then
            store.processInbox(0);
            store.flushChanges();
            const int rows = desk.alarms()->rowCount();
            const bool ok = window && desk.isLive() && rows > 0;
            std::printf("self-test: window=%s live=%s alarm rows=%d -> %s\n", window ? "yes" : "no",
                        desk.isLive() ? "yes" : "no", rows, ok ? "OK" : "FAILED");
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
