// Qt Quick Test runner for the alarm list: the demo data center at the story's 07:08 (host1 DOWN,
// its VMs unreachable) feeds a real store and Desk, and the QML tests drive the real components.
#include "actions/AuditLog.h"
#include "actions/DemoActionBackend.h"
#include "core/Clock.h"
#include "incidents/IncidentTracker.h"
#include "sources/demo/DemoDataCenter.h"
#include "storage/SqlIncidentStore.h"
#include "store/AlarmStore.h"
#include "ui/ActionsController.h"
#include "ui/Desk.h"
#include "ui/MembersController.h"

#include <QTemporaryDir>

#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(OnCallDeskPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    // Called once the application exists: the objects need its event loop for their timers.
    void qmlEngineAvailable(QQmlEngine *)
    {
        demo = std::make_unique<ocd::DemoDataCenter>(3600000);    // the story stands still during the test
        store = std::make_unique<ocd::AlarmStore>(demo->clock()); // durations and clocks in story time
        QObject::connect(demo.get(), &ocd::MonitoringSource::snapshotReady, store.get(),
                         &ocd::AlarmStore::replaceAll);
        QObject::connect(demo.get(), &ocd::MonitoringSource::eventsReceived, store.get(),
                         &ocd::AlarmStore::enqueue);
        demo->start();
        demo->advanceTo(8);
        store->processInbox(0);
        store->flushChanges();
        desk = std::make_unique<ocd::Desk>(store.get(), demo.get(), nullptr);
        // VM actions against the demo's hypervisor, with quick boots and an audit log of its own.
        audit = std::make_unique<ocd::AuditLog>(auditDir.filePath(QStringLiteral("audit.jsonl")));
        actions = std::make_unique<ocd::ActionsController>(store.get(), audit.get());
        actions->setBackend(std::make_unique<ocd::DemoActionBackend>(demo.get(), 300),
                            QStringLiteral("tester"), QStringLiteral("demo"), 2);
        desk->setActions(actions.get());
        // Incidents and the call log in a throw-away SQLite file, members from the demo's host vars.
        ocd::DatabaseSettings db;
        db.sqlitePath = auditDir.filePath(QStringLiteral("incidents.sqlite"));
        incidentStore = std::make_unique<ocd::SqlIncidentStore>(db);
        incidentStore->open();
        tracker = std::make_unique<ocd::IncidentTracker>(store.get(), incidentStore.get());
        tracker->setUser(QStringLiteral("tester"));
        members = std::make_unique<ocd::MembersController>(store.get(), tracker.get(),
                                                           ocd::ServiceHours::defaults());
        desk->setMembers(members.get());
        ocd::Desk::setInstance(desk.get());
    }
    void cleanupTestCase()
    {
        desk.reset();
        members.reset();
        tracker.reset();
        incidentStore.reset();
        actions.reset();
        audit.reset();
        demo.reset();
        store.reset();
    }

private:
    std::unique_ptr<ocd::AlarmStore> store;
    std::unique_ptr<ocd::DemoDataCenter> demo;
    std::unique_ptr<ocd::Desk> desk;
    QTemporaryDir auditDir;
    std::unique_ptr<ocd::AuditLog> audit;
    std::unique_ptr<ocd::ActionsController> actions;
    std::unique_ptr<ocd::SqlIncidentStore> incidentStore;
    std::unique_ptr<ocd::IncidentTracker> tracker;
    std::unique_ptr<ocd::MembersController> members;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_alarm_list, Setup)

#include "tst_alarm_list_main.moc"
