// Qt Quick Test for the sensor charts. A ChartView needs a QApplication, so this runner makes
// one before quick_test_main_with_setup(). The demo data center at 07:14 of the story feeds the
// store and its metric history: host1's temperature has one point per story minute.
#include "core/Clock.h"
#include "sources/demo/DemoDataCenter.h"
#include "store/AlarmStore.h"
#include "store/MetricHistory.h"
#include "ui/ChartFeeder.h"
#include "ui/Desk.h"

#include <QApplication>
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OnCallDeskPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *)
    {
        demo = std::make_unique<ocd::DemoDataCenter>(3600000); // the story stands still
        store = std::make_unique<ocd::AlarmStore>(demo->clock());
        store->setHistory(&history);
        QObject::connect(demo.get(), &ocd::MonitoringSource::snapshotReady, store.get(),
                         &ocd::AlarmStore::replaceAll);
        QObject::connect(demo.get(), &ocd::MonitoringSource::eventsReceived, store.get(),
                         &ocd::AlarmStore::enqueue);
        demo->start();
        demo->advanceTo(14); // 07:14: the temperature has climbed to 52 °C
        store->processInbox(0);
        store->flushChanges();
        charts = std::make_unique<ocd::ChartFeeder>(store.get());
        desk = std::make_unique<ocd::Desk>(store.get(), demo.get(), nullptr);
        desk->setCharts(charts.get());
        ocd::Desk::setInstance(desk.get());
    }
    void cleanupTestCase()
    {
        desk.reset();
        charts.reset();
        store.reset();
        demo.reset();
    }

private:
    ocd::MetricHistory history;
    std::unique_ptr<ocd::DemoDataCenter> demo;
    std::unique_ptr<ocd::AlarmStore> store;
    std::unique_ptr<ocd::ChartFeeder> charts;
    std::unique_ptr<ocd::Desk> desk;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_charts", nullptr, &setup);
}

#include "tst_charts_main.moc"
