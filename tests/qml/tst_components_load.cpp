// Every QML component of the module compiles and instantiates against a live Desk (demo data).
// (AlarmRow is covered through AlarmList: it needs its model's required properties.)
// Catches errors that the window would only report as "X is not a type".
#include "core/Clock.h"
#include "sources/demo/DemoDataCenter.h"
#include "store/AlarmStore.h"
#include "ui/Desk.h"

#include <QApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(OnCallDeskPlugin)

class TstComponentsLoad : public QObject
{
    Q_OBJECT
private slots:
    void load_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"components/SeverityBadge", "components/StatusBar", "components/ConnectionBanner",
              "components/DetailsPane", "components/AlarmList", "components/AcknowledgeDialog",
              "components/DowntimeDialog", "components/ProfilesDialog", "components/ConfirmActionDialog",
              "components/ActionProgressList", "components/HostActionsPane", "components/AuditLogDialog",
              "Main"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void load()
    {
        QFETCH(QString, file);
        ocd::SystemClock clock;
        ocd::AlarmStore store(&clock);
        ocd::DemoDataCenter demo(100000);
        QObject::connect(&demo, &ocd::MonitoringSource::snapshotReady, &store, &ocd::AlarmStore::replaceAll);
        demo.start();
        ocd::Desk desk(&store, &demo, nullptr);
        ocd::Desk::setInstance(&desk);
        QQmlEngine engine;
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/OnCallDesk/qml/%1.qml").arg(file)));
        QVERIFY2(component.errors().isEmpty(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TstComponentsLoad t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_components_load.moc"
