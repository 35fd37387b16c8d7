// Icinga2ObjectParser::buildSnapshot: the initial sync from real /v1/objects answers (hosts,
// services, dependencies) plus small handmade comment and downtime answers in the same shape.
#include "Fixtures.h"
#include "core/AlarmRules.h"
#include "sources/icinga2/Icinga2ObjectParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using ocd::Icinga2ObjectParser;
using ocd::MonitoredObject;
using ocd::Snapshot;
using ocd::StateType;

namespace {

const QByteArray kEmpty = R"({"results":[]})";

// One moment shortly after the fixtures were captured.
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795633040, QTimeZone::utc());

QDateTime icingaTime(double secs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(secs * 1000.0), QTimeZone::utc());
}

QByteArray objectsFixture(const char *name)
{
    return ocd::test::readFixture(QStringLiteral("icinga2-objects/%1.json").arg(QLatin1String(name)));
}

// Wraps attrs the way the API does: {"results":[{"attrs":{...},"name":...,"type":...}]}.
QByteArray resultsOf(const QJsonArray &attrsList, const QString &type)
{
    QJsonArray results;
    for (const QJsonValue &attrs : attrsList)
        results.append(QJsonObject{{QStringLiteral("attrs"), attrs},
                                   {QStringLiteral("joins"), QJsonObject()},
                                   {QStringLiteral("meta"), QJsonObject()},
                                   {QStringLiteral("name"), attrs.toObject().value(QLatin1String("name"))},
                                   {QStringLiteral("type"), type}});
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Compact);
}

QJsonObject comment(const QString &host, const QString &service, const QString &name, int entryType,
                    const QString &author, const QString &text)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("host_name"), host},
                       {QStringLiteral("service_name"), service},
                       {QStringLiteral("author"), author},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("entry_time"), 1795633001.347336},
                       {QStringLiteral("entry_type"), entryType}};
}

QJsonObject downtime(const QString &host, const QString &service, const QString &name, double triggerTime,
                     double endTime, bool cancelled)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("host_name"), host},
                       {QStringLiteral("service_name"), service},
                       {QStringLiteral("start_time"), 1795633001.0},
                       {QStringLiteral("end_time"), endTime},
                       {QStringLiteral("trigger_time"), triggerTime},
                       {QStringLiteral("fixed"), true},
                       {QStringLiteral("was_cancelled"), cancelled}};
}

// The hosts fixture with one host's attrs changed.
QByteArray hostsWith(const QString &host, const QJsonObject &changes)
{
    QJsonObject doc = QJsonDocument::fromJson(objectsFixture("hosts")).object();
    QJsonArray results = doc.value(QLatin1String("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        QJsonObject r = results[i].toObject();
        QJsonObject attrs = r.value(QLatin1String("attrs")).toObject();
        if (attrs.value(QLatin1String("name")).toString() != host)
            continue;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            attrs.insert(it.key(), it.value());
        r.insert(QLatin1String("attrs"), attrs);
        results[i] = r;
    }
    doc.insert(QLatin1String("results"), results);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

const MonitoredObject *findIn(const Snapshot &s, const QString &key)
{
    for (const MonitoredObject &o : s.objects)
        if (o.key() == key)
            return &o;
    return nullptr;
}

} // namespace

class TstObjectParser : public QObject
{
    Q_OBJECT

    Icinga2ObjectParser::Bodies fixtureBodies() const
    {
        Icinga2ObjectParser::Bodies b;
        b.hosts = objectsFixture("hosts");
        b.services = objectsFixture("services");
        b.dependencies = objectsFixture("dependencies");
        b.comments = kEmpty;
        b.downtimes = kEmpty;
        return b;
    }

private slots:
    void fixtures()
    {
        Snapshot s;
        QString error;
        int skipped = -1;
        QVERIFY2(Icinga2ObjectParser::buildSnapshot(fixtureBodies(), kNow, &s, &error, &skipped),
                 qPrintable(error));
        QCOMPARE(skipped, 0);
        QCOMPARE(s.objects.size(), 4);

        const MonitoredObject *vm2 = findIn(s, QStringLiteral("vm2"));
        QVERIFY(vm2);
        QVERIFY(vm2->isHost());
        QCOMPARE(vm2->displayName, QStringLiteral("vm2"));
        QCOMPARE(vm2->state, 1);
        QCOMPARE(vm2->stateType, StateType::Hard);
        QCOMPARE(vm2->attempt, 1);
        QCOMPARE(vm2->maxAttempts, 3);
        QVERIFY(!vm2->pending);
        QVERIFY(!vm2->reachable); // last_reachable false: its hypervisor is down
        QVERIFY(!vm2->ack.set);
        QVERIFY(!vm2->inDowntime());
        QCOMPARE(vm2->output, QStringLiteral("CRITICAL - timeout"));
        QCOMPARE(vm2->lastCheck, icingaTime(1795633032.949009));
        QCOMPARE(vm2->lastStateChange, icingaTime(1795633016.339682));
        QCOMPARE(vm2->vars.value(QStringLiteral("hypervisor")).toString(), QStringLiteral("hv1"));

        const MonitoredObject *hv1 = findIn(s, QStringLiteral("hv1"));
        QVERIFY(hv1);
        QCOMPARE(hv1->state, 1);
        QVERIFY(hv1->reachable);
        QCOMPARE(hv1->output, QStringLiteral("CRITICAL - no route to hv1"));
        QCOMPARE(hv1->vars.value(QStringLiteral("rack")).toString(), QStringLiteral("r1"));
        QCOMPARE(ocd::AlarmRules::severity(*hv1), 4);

        const MonitoredObject *mail = findIn(s, QStringLiteral("vm2!mail"));
        QVERIFY(mail);
        QVERIFY(!mail->isHost());
        QCOMPARE(mail->hostName, QStringLiteral("vm2"));
        QCOMPARE(mail->serviceName, QStringLiteral("mail"));
        QCOMPARE(mail->state, 2);
        QCOMPARE(mail->stateType, StateType::Soft);
        QCOMPARE(mail->attempt, 2);
        QCOMPARE(mail->maxAttempts, 3);
        QVERIFY(!mail->reachable);
        QCOMPARE(mail->output, QStringLiteral("CRITICAL - SMTP timeout"));
        QVERIFY(mail->vars.isEmpty()); // "vars": null

        const MonitoredObject *temp = findIn(s, QStringLiteral("hv1!temperature"));
        QVERIFY(temp);
        QCOMPARE(temp->state, 0);
        QCOMPARE(temp->perfdata, QStringLiteral("temp=45;50;55"));
        QCOMPARE(temp->output, QStringLiteral("OK - 45 C"));

        const QVector<ocd::HostDependency> expected{{QStringLiteral("hv2"), QStringLiteral("vm5")},
                                                    {QStringLiteral("hv1"), QStringLiteral("vm1")}};
        QCOMPARE(s.dependencies, expected);
    }

    // The acknowledgement's author and text exist only in its comment (entry_type 4).
    void ackCommentFillsAcknowledgement()
    {
        Icinga2ObjectParser::Bodies b = fixtureBodies();
        b.hosts =
            hostsWith(QStringLiteral("vm2"), {{QStringLiteral("acknowledgement"), 2},
                                              {QStringLiteral("acknowledgement_expiry"), 1795640000.0}});
        b.comments =
            resultsOf({comment(QStringLiteral("vm2"), QString(), QStringLiteral("ack-1"), 4,
                               QStringLiteral("bob"), QStringLiteral("hypervisor being replaced")),
                       comment(QStringLiteral("vm2"), QString(), QStringLiteral("note-1"), 1,
                               QStringLiteral("carol"), QStringLiteral("see ticket 4711")),
                       // An ack comment left on an object that is not acknowledged (any more) says nothing.
                       comment(QStringLiteral("hv1"), QString(), QStringLiteral("ack-old"), 4,
                               QStringLiteral("dave"), QStringLiteral("old")),
                       comment(QStringLiteral("vm2"), QStringLiteral("mail"), QStringLiteral("note-2"), 1,
                               QStringLiteral("erin"), QStringLiteral("queue full"))},
                      QStringLiteral("Comment"));
        Snapshot s;
        QString error;
        int skipped = -1;
        QVERIFY2(Icinga2ObjectParser::buildSnapshot(b, kNow, &s, &error, &skipped), qPrintable(error));
        QCOMPARE(skipped, 0);

        const MonitoredObject *vm2 = findIn(s, QStringLiteral("vm2"));
        QVERIFY(vm2);
        QVERIFY(vm2->ack.set);
        QVERIFY(vm2->ack.sticky); // acknowledgement 2 = sticky
        QCOMPARE(vm2->ack.expiry, icingaTime(1795640000.0));
        QCOMPARE(vm2->ack.author, QStringLiteral("bob"));
        QCOMPARE(vm2->ack.comment, QStringLiteral("hypervisor being replaced"));
        QCOMPARE(vm2->comments.size(), 2);
        QCOMPARE(vm2->comments.at(1).name, QStringLiteral("note-1"));
        QCOMPARE(vm2->comments.at(1).author, QStringLiteral("carol"));
        QCOMPARE(vm2->comments.at(1).entryType, 1);
        QCOMPARE(vm2->comments.at(1).entryTime, icingaTime(1795633001.347336));
        QVERIFY(ocd::AlarmRules::isAcknowledged(*vm2, kNow));

        const MonitoredObject *hv1 = findIn(s, QStringLiteral("hv1"));
        QVERIFY(hv1);
        QVERIFY(!hv1->ack.set);
        QVERIFY(hv1->ack.author.isEmpty());

        const MonitoredObject *mail = findIn(s, QStringLiteral("vm2!mail"));
        QVERIFY(mail);
        QCOMPARE(mail->comments.size(), 1); // service comments go to the service, not its host
        QCOMPARE(mail->comments.at(0).text, QStringLiteral("queue full"));
    }

    void downtimesInEffect()
    {
        const double now = double(kNow.toSecsSinceEpoch());
        Icinga2ObjectParser::Bodies b = fixtureBodies();
        b.downtimes = resultsOf(
            {downtime(QStringLiteral("vm2"), QString(), QStringLiteral("active"), now - 600, now + 3600,
                      false),
             // a flexible downtime still waiting for its trigger
             downtime(QStringLiteral("vm2"), QString(), QStringLiteral("waiting"), 0, now + 3600, false),
             downtime(QStringLiteral("hv1"), QString(), QStringLiteral("ended"), now - 7200, now - 60, false),
             downtime(QStringLiteral("vm2"), QStringLiteral("mail"), QStringLiteral("cancelled"), now - 600,
                      now + 3600, true),
             downtime(QStringLiteral("hv1"), QStringLiteral("temperature"), QStringLiteral("svc-active"),
                      now - 1, now + 60, false)},
            QStringLiteral("Downtime"));
        Snapshot s;
        QString error;
        int skipped = -1;
        QVERIFY2(Icinga2ObjectParser::buildSnapshot(b, kNow, &s, &error, &skipped), qPrintable(error));
        QCOMPARE(skipped, 0);
        QCOMPARE(findIn(s, QStringLiteral("vm2"))->downtimes, QStringList{QStringLiteral("active")});
        QVERIFY(!findIn(s, QStringLiteral("hv1"))->inDowntime());
        QVERIFY(!findIn(s, QStringLiteral("vm2!mail"))->inDowntime());
        QCOMPARE(findIn(s, QStringLiteral("hv1!temperature"))->downtimes,
                 QStringList{QStringLiteral("svc-active")});
    }

    void pendingObject()
    {
        Icinga2ObjectParser::Bodies b = fixtureBodies();
        b.hosts = hostsWith(QStringLiteral("hv1"), {{QStringLiteral("last_check_result"), QJsonValue()},
                                                    {QStringLiteral("state"), 0},
                                                    {QStringLiteral("last_check"), -1}});
        Snapshot s;
        QString error;
        QVERIFY2(Icinga2ObjectParser::buildSnapshot(b, kNow, &s, &error), qPrintable(error));
        const MonitoredObject *hv1 = findIn(s, QStringLiteral("hv1"));
        QVERIFY(hv1);
        QVERIFY(hv1->pending);
        QVERIFY(hv1->output.isEmpty());
        QVERIFY(!hv1->lastCheck.isValid());
        QCOMPARE(ocd::AlarmRules::stateText(*hv1), QStringLiteral("PENDING"));
        QVERIFY(!ocd::AlarmRules::isProblem(*hv1));
        QVERIFY(!findIn(s, QStringLiteral("vm2"))->pending);
    }

    void notAResultDocument_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("name");
        QTest::newRow("hosts html") << 0 << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                    << "hosts";
        QTest::newRow("services empty") << 1 << QByteArray() << "services";
        QTest::newRow("dependencies truncated")
            << 2 << objectsFixture("dependencies").left(300) << "dependencies";
        QTest::newRow("comments error object")
            << 3
            << QByteArray(R"({"error":401,"status":"Unauthorized. Please check your user credentials."})")
            << "comments";
        QTest::newRow("downtimes results not array") << 4 << QByteArray(R"({"results":{}})") << "downtimes";
        QTest::newRow("hosts array") << 0 << QByteArray("[]") << "hosts";
    }
    void notAResultDocument()
    {
        QFETCH(int, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, name);
        Icinga2ObjectParser::Bodies b = fixtureBodies();
        QByteArray *target[] = {&b.hosts, &b.services, &b.dependencies, &b.comments, &b.downtimes};
        *target[which] = body;
        Snapshot s;
        QString error;
        QVERIFY(!Icinga2ObjectParser::buildSnapshot(b, kNow, &s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(name), qPrintable(error)); // the user learns which request failed
    }

    // Valid JSON of the wrong shape (an error object, "results" not a list) is reported to the
    // user as a lost connection; the reason must not claim that no error occurred.
    void wrongShapeMessageNamesNoParseError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error object") << QByteArray(R"({"error":401,"status":"Unauthorized"})");
        QTest::newRow("results an object") << QByteArray(R"({"results":{}})");
        QTest::newRow("array") << QByteArray("[]");
    }
    void wrongShapeMessageNamesNoParseError()
    {
        QFETCH(QByteArray, body);
        Icinga2ObjectParser::Bodies b = fixtureBodies();
        b.hosts = body;
        Snapshot s;
        QString error;
        QVERIFY(!Icinga2ObjectParser::buildSnapshot(b, kNow, &s, &error));
        QVERIFY2(!error.contains(QLatin1String("no error occurred")), qPrintable(error));
    }

    // Results with missing or mistyped essentials are skipped and counted; the rest still counts.
    void wrongTypesSkippedAndCounted()
    {
        Icinga2ObjectParser::Bodies b;
        const QJsonObject good{{QStringLiteral("name"), QStringLiteral("ok-host")},
                               {QStringLiteral("state"), 0},
                               {QStringLiteral("last_check_result"), QJsonObject{{"output", "PING OK"}}}};
        QJsonArray hosts = QJsonDocument::fromJson(resultsOf({good}, QStringLiteral("Host")))
                               .object()
                               .value(QLatin1String("results"))
                               .toArray();
        hosts.append(QJsonObject{{"attrs", QJsonObject{{"name", 42}}}}); // name a number
        hosts.append(QJsonObject{{"attrs", QJsonObject{{"state", 1}}}}); // no name
        hosts.append(QJsonObject{{"attrs", QStringLiteral("vm1")}});     // attrs a string
        hosts.append(QStringLiteral("vm1"));                             // result a string
        hosts.append(QJsonValue());                                      // null
        b.hosts = QJsonDocument(QJsonObject{{"results", hosts}}).toJson();
        b.services = resultsOf({QJsonObject{{"name", "http"}}, // no host_name
                                QJsonObject{{"name", "http"}, {"host_name", QJsonArray{"ok-host"}}},
                                QJsonObject{{"name", "disk"}, {"host_name", "ok-host"}, {"state", "2"}}},
                               QStringLiteral("Service"));
        b.dependencies =
            resultsOf({QJsonObject{{"parent_host_name", "ok-host"}},                          // no child
                       QJsonObject{{"parent_host_name", ""}, {"child_host_name", "ok-host"}}, // no parent
                       QJsonObject{{"parent_host_name", "a"}, {"child_host_name", "b"}},
                       // a service dependency repeats its hosts' pair: kept once
                       QJsonObject{{"parent_host_name", "a"}, {"child_host_name", "b"}}},
                      QStringLiteral("Dependency"));
        b.comments = resultsOf({comment(QStringLiteral("nosuchhost"), QString(), QStringLiteral("c1"), 1,
                                        QStringLiteral("x"), QStringLiteral("y"))},
                               QStringLiteral("Comment"));
        b.downtimes =
            resultsOf({downtime(QStringLiteral("nosuchhost"), QString(), QStringLiteral("d1"), 1, 4e9, false),
                       QJsonObject{{"host_name", "ok-host"}}}, // no name
                      QStringLiteral("Downtime"));
        Snapshot s;
        QString error;
        int skipped = -1;
        QVERIFY2(Icinga2ObjectParser::buildSnapshot(b, kNow, &s, &error, &skipped), qPrintable(error));
        QCOMPARE(s.objects.size(), 2); // ok-host and ok-host!disk
        const MonitoredObject *host = findIn(s, QStringLiteral("ok-host"));
        QVERIFY(host);
        QCOMPARE(host->output, QStringLiteral("PING OK"));
        QCOMPARE(host->displayName, QStringLiteral("ok-host")); // no display_name: the name
        const MonitoredObject *disk = findIn(s, QStringLiteral("ok-host!disk"));
        QVERIFY(disk);
        QCOMPARE(disk->state, 0); // a mistyped optional field reads as absent, not as garbage
        QVERIFY(disk->pending);
        QCOMPARE(s.dependencies, (QVector<ocd::HostDependency>{{QStringLiteral("a"), QStringLiteral("b")}}));
        // hosts 5 + services 2 + dependencies 2 + comments 1 + downtimes 2
        QCOMPARE(skipped, 12);
    }

    // A resync reuses the caller's Snapshot: nothing of the previous one may remain.
    void snapshotIsReplacedNotAppended()
    {
        Snapshot s;
        QString error;
        QVERIFY(Icinga2ObjectParser::buildSnapshot(fixtureBodies(), kNow, &s, &error));
        QVERIFY(Icinga2ObjectParser::buildSnapshot(fixtureBodies(), kNow, &s, &error));
        QCOMPARE(s.objects.size(), 4);
        QCOMPARE(s.dependencies.size(), 2);
    }

    // The request attributes name what readObject reads; a missing one would silently read as absent.
    void requestedAttributes()
    {
        const QStringList hosts = Icinga2ObjectParser::hostAttrs();
        for (const char *a :
             {"name", "state", "state_type", "last_check_result", "last_reachable", "acknowledgement",
              "acknowledgement_expiry", "last_state_change", "max_check_attempts"})
            QVERIFY2(hosts.contains(QLatin1String(a)), a);
        QVERIFY(Icinga2ObjectParser::serviceAttrs().contains(QStringLiteral("host_name")));
        QVERIFY(Icinga2ObjectParser::downtimeAttrs().contains(QStringLiteral("was_cancelled")));
        QVERIFY(Icinga2ObjectParser::downtimeAttrs().contains(QStringLiteral("trigger_time")));
        QVERIFY(Icinga2ObjectParser::commentAttrs().contains(QStringLiteral("entry_type")));
    }
};

QTEST_GUILESS_MAIN(TstObjectParser)
#include "tst_object_parser.moc"
