// Icinga2EventParser against event lines captured from a real Icinga 2.13.6 and against lines a
// broken or hostile server could send: every real line must parse into the right FeedEvent, and
// no input may crash the parser or pass as a valid event.
#include "Fixtures.h"
#include "sources/icinga2/Icinga2EventParser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using ocd::FeedEvent;
using ocd::Icinga2EventParser;
using ocd::StateType;
using Status = Icinga2EventParser::Status;
using Type = FeedEvent::Type;

Q_DECLARE_METATYPE(Icinga2EventParser::Status)
Q_DECLARE_METATYPE(ocd::FeedEvent::Type)

namespace {

QByteArray eventLine(const char *name)
{
    return ocd::test::readFixture(QStringLiteral("icinga2-events/%1.json").arg(QLatin1String(name)));
}

QJsonObject eventObject(const char *name)
{
    return QJsonDocument::fromJson(eventLine(name)).object();
}

QByteArray toLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Icinga timestamps are float seconds; the parser keeps milliseconds, truncated.
QDateTime icingaTime(double secs)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(secs * 1000.0), QTimeZone::utc());
}

// Replaces one field of the event's check_result (or of its vars_after with "vars_after.x").
QByteArray withCheckResultField(const char *fixture, const QString &field, const QJsonValue &value)
{
    QJsonObject root = eventObject(fixture);
    QJsonObject cr = root.value(QLatin1String("check_result")).toObject();
    if (field.startsWith(QLatin1String("vars_after."))) {
        QJsonObject after = cr.value(QLatin1String("vars_after")).toObject();
        after.insert(field.mid(11), value);
        cr.insert(QLatin1String("vars_after"), after);
    } else {
        cr.insert(field, value);
    }
    root.insert(QLatin1String("check_result"), cr);
    return toLine(root);
}

QByteArray withField(const char *fixture, const QString &field, const QJsonValue &value)
{
    QJsonObject root = eventObject(fixture);
    root.insert(field, value);
    return toLine(root);
}

QByteArray withoutField(const char *fixture, const QString &field)
{
    QJsonObject root = eventObject(fixture);
    root.remove(field);
    return toLine(root);
}

const char *const kAllFixtures[] = {"AcknowledgementCleared", "AcknowledgementSet",
                                    "CheckResult-host",       "CheckResult-service",
                                    "CommentAdded",           "CommentRemoved",
                                    "DowntimeAdded",          "DowntimeRemoved",
                                    "DowntimeStarted",        "DowntimeTriggered",
                                    "ObjectCreated",          "ObjectDeleted",
                                    "StateChange-host-down",  "StateChange-host-unreachable"};

} // namespace

class TstEventParser : public QObject
{
    Q_OBJECT
private slots:
    void fixturesParse_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Status>("status");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("key");
        QTest::newRow("AcknowledgementCleared")
            << "AcknowledgementCleared" << Status::Ok << Type::AcknowledgementCleared << "vm1";
        QTest::newRow("AcknowledgementSet")
            << "AcknowledgementSet" << Status::Ok << Type::AcknowledgementSet << "vm1";
        QTest::newRow("CheckResult-host") << "CheckResult-host" << Status::Ok << Type::CheckResult << "vm1";
        QTest::newRow("CheckResult-service")
            << "CheckResult-service" << Status::Ok << Type::CheckResult << "vm2!mail";
        QTest::newRow("CommentAdded") << "CommentAdded" << Status::Ok << Type::CommentAdded << "vm1!http";
        QTest::newRow("CommentRemoved")
            << "CommentRemoved" << Status::Ok << Type::CommentRemoved << "vm1!http";
        QTest::newRow("DowntimeAdded") << "DowntimeAdded" << Status::Ok << Type::DowntimeAdded << "vm1";
        QTest::newRow("DowntimeRemoved") << "DowntimeRemoved" << Status::Ok << Type::DowntimeRemoved << "vm1";
        QTest::newRow("DowntimeStarted") << "DowntimeStarted" << Status::Ok << Type::DowntimeStarted << "vm1";
        QTest::newRow("DowntimeTriggered")
            << "DowntimeTriggered" << Status::Ok << Type::DowntimeTriggered << "vm1";
        // The captured ObjectCreated/ObjectDeleted are for a Downtime and a Comment: those have
        // their own events, so these two lines are deliberately ignored.
        QTest::newRow("ObjectCreated") << "ObjectCreated" << Status::Ignored << Type::CheckResult << "";
        QTest::newRow("ObjectDeleted") << "ObjectDeleted" << Status::Ignored << Type::CheckResult << "";
        QTest::newRow("StateChange-host-down")
            << "StateChange-host-down" << Status::Ok << Type::StateChange << "hv1";
        QTest::newRow("StateChange-host-unreachable")
            << "StateChange-host-unreachable" << Status::Ok << Type::StateChange << "vm2";
    }
    void fixturesParse()
    {
        QFETCH(QString, fixture);
        QFETCH(Status, status);
        QFETCH(Type, type);
        QFETCH(QString, key);
        const QByteArray line = eventLine(qPrintable(fixture));
        QVERIFY(!line.isEmpty());
        const auto r = Icinga2EventParser::parse(line);
        QCOMPARE(r.status, status);
        if (status == Status::Ok) {
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.event.type, type);
            QCOMPARE(r.event.key(), key);
            QVERIFY(r.event.timestamp.isValid());
        } else {
            QVERIFY(!r.error.isEmpty()); // the ignored type name, for the debug log
        }
    }

    void stateChangeHostDown()
    {
        const auto r = Icinga2EventParser::parse(eventLine("StateChange-host-down"));
        QCOMPARE(r.status, Status::Ok);
        const FeedEvent &e = r.event;
        QCOMPARE(e.type, Type::StateChange);
        QCOMPARE(e.host, QStringLiteral("hv1"));
        QVERIFY(e.service.isEmpty());
        QVERIFY(e.hasState);
        QCOMPARE(e.state, 1); // the host's own state (DOWN), not the raw check result's 2
        QCOMPARE(e.stateType, StateType::Hard);
        QCOMPARE(e.attempt, 1);
        QVERIFY(e.hasReachable);
        QVERIFY(e.reachable);
        QVERIFY(e.hasCheckResult);
        QCOMPARE(e.output, QStringLiteral("CRITICAL - no route to hv1"));
        QVERIFY(e.perfdata.isEmpty()); // performance_data: null
        QCOMPARE(e.checkTime, icingaTime(1795633016.284938));
        QCOMPARE(e.timestamp, icingaTime(1795633016.285131));
    }

    // The StateChange's own state and state_type are authoritative over its raw check result
    // (they agree in practice; the object's state is what the desk must show when they do not).
    void stateChangeOwnStateWins()
    {
        QJsonObject root = eventObject("StateChange-host-down");
        QJsonObject cr = root.value(QLatin1String("check_result")).toObject();
        QJsonObject after = cr.value(QLatin1String("vars_after")).toObject();
        cr.insert(QLatin1String("state"), 1); // raw WARNING would read as UP
        after.insert(QLatin1String("state"), 1);
        after.insert(QLatin1String("state_type"), 0);
        cr.insert(QLatin1String("vars_after"), after);
        root.insert(QLatin1String("check_result"), cr);
        const auto r = Icinga2EventParser::parse(toLine(root));
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.event.state, 1);
        QCOMPARE(r.event.stateType, StateType::Hard);
    }

    void stateChangeUnreachable()
    {
        const auto r = Icinga2EventParser::parse(eventLine("StateChange-host-unreachable"));
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.event.host, QStringLiteral("vm2"));
        QCOMPARE(r.event.state, 1);
        QCOMPARE(r.event.stateType, StateType::Hard);
        QVERIFY(r.event.hasReachable);
        QVERIFY(!r.event.reachable);
    }

    void checkResultHost()
    {
        const auto r = Icinga2EventParser::parse(eventLine("CheckResult-host"));
        QCOMPARE(r.status, Status::Ok);
        const FeedEvent &e = r.event;
        QCOMPARE(e.host, QStringLiteral("vm1"));
        QVERIFY(e.service.isEmpty());
        QVERIFY(e.hasState);
        QCOMPARE(e.state, 1); // raw CRITICAL (2) of a host is DOWN
        QCOMPARE(e.stateType, StateType::Soft);
        QCOMPARE(e.attempt, 1);
        QCOMPARE(e.output, QStringLiteral("CRITICAL - vm1 unreachable by ping"));
        QCOMPARE(e.checkTime, icingaTime(1795632989.524889));
    }

    // vars_after.state uses the check result's numbering: for a host, 1 (WARNING) still means UP.
    void checkResultHostWarningIsUp_data()
    {
        QTest::addColumn<int>("crState");
        QTest::addColumn<int>("varsAfterState");
        QTest::addColumn<int>("hostState");
        QTest::newRow("ok") << 0 << 0 << 0;
        QTest::newRow("warning") << 1 << 1 << 0;
        QTest::newRow("critical") << 2 << 2 << 1;
        QTest::newRow("unknown") << 3 << 3 << 1;
    }
    void checkResultHostWarningIsUp()
    {
        QFETCH(int, crState);
        QFETCH(int, varsAfterState);
        QFETCH(int, hostState);
        QJsonObject root = eventObject("CheckResult-host");
        QJsonObject cr = root.value(QLatin1String("check_result")).toObject();
        QJsonObject after = cr.value(QLatin1String("vars_after")).toObject();
        cr.insert(QLatin1String("state"), crState);
        after.insert(QLatin1String("state"), varsAfterState);
        cr.insert(QLatin1String("vars_after"), after);
        root.insert(QLatin1String("check_result"), cr);
        const auto r = Icinga2EventParser::parse(toLine(root));
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.event.state, hostState);
    }

    void checkResultService()
    {
        const auto r = Icinga2EventParser::parse(eventLine("CheckResult-service"));
        QCOMPARE(r.status, Status::Ok);
        const FeedEvent &e = r.event;
        QCOMPARE(e.host, QStringLiteral("vm2"));
        QCOMPARE(e.service, QStringLiteral("mail"));
        QCOMPARE(e.state, 2); // services keep Icinga's numbering
        QCOMPARE(e.stateType, StateType::Soft);
        QCOMPARE(e.output, QStringLiteral("CRITICAL - SMTP timeout"));
        QVERIFY(e.hasReachable);
        QVERIFY(e.reachable);
    }

    void checkResultPerfdata()
    {
        const QJsonArray perf{QStringLiteral("time=0.2s;1;2"), 42, QStringLiteral("size=12B")};
        const auto r = Icinga2EventParser::parse(
            withCheckResultField("CheckResult-service", QStringLiteral("performance_data"), perf));
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.event.perfdata, QStringLiteral("time=0.2s;1;2 size=12B")); // the number is not perfdata
        const auto single = Icinga2EventParser::parse(withCheckResultField(
            "CheckResult-service", QStringLiteral("performance_data"), QStringLiteral("load=1.5")));
        QCOMPARE(single.event.perfdata, QStringLiteral("load=1.5"));
    }

    void acknowledgementSet()
    {
        const auto r = Icinga2EventParser::parse(eventLine("AcknowledgementSet"));
        QCOMPARE(r.status, Status::Ok);
        const FeedEvent &e = r.event;
        QCOMPARE(e.host, QStringLiteral("vm1"));
        QVERIFY(e.service.isEmpty());
        QVERIFY(e.ack.set);
        QCOMPARE(e.ack.author, QStringLiteral("alice"));
        QCOMPARE(e.ack.comment, QStringLiteral("looking into it"));
        QVERIFY(!e.ack.sticky);           // acknowledgement_type 1 = normal
        QVERIFY(!e.ack.expiry.isValid()); // expiry 0 = never
        QVERIFY(!e.hasCheckResult);       // an ack must not touch the check result
    }

    void acknowledgementSetStickyWithExpiry()
    {
        QJsonObject root = eventObject("AcknowledgementSet");
        root.insert(QLatin1String("acknowledgement_type"), 2);
        root.insert(QLatin1String("expiry"), 1795636600.5);
        const auto r = Icinga2EventParser::parse(toLine(root));
        QCOMPARE(r.status, Status::Ok);
        QVERIFY(r.event.ack.sticky);
        QCOMPARE(r.event.ack.expiry, icingaTime(1795636600.5));
    }

    void acknowledgementCleared()
    {
        const auto r = Icinga2EventParser::parse(eventLine("AcknowledgementCleared"));
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.event.type, Type::AcknowledgementCleared);
        QCOMPARE(r.event.host, QStringLiteral("vm1"));
        QVERIFY(!r.event.ack.set);
    }

    void comments_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Type>("type");
        QTest::newRow("added") << "CommentAdded" << Type::CommentAdded;
        QTest::newRow("removed") << "CommentRemoved" << Type::CommentRemoved;
    }
    void comments()
    {
        QFETCH(QString, fixture);
        QFETCH(Type, type);
        const auto r = Icinga2EventParser::parse(eventLine(qPrintable(fixture)));
        QCOMPARE(r.status, Status::Ok);
        const FeedEvent &e = r.event;
        QCOMPARE(e.type, type);
        // Everything comes from the nested comment object; the event itself has no host field.
        QCOMPARE(e.host, QStringLiteral("vm1"));
        QCOMPARE(e.service, QStringLiteral("http"));
        QCOMPARE(e.itemName, QStringLiteral("046ec3be-4876-41ab-b710-cfa91ab42880"));
        QCOMPARE(e.itemAuthor, QStringLiteral("alice"));
        QCOMPARE(e.itemText, QStringLiteral("certificate renewal pending"));
        QCOMPARE(e.commentEntryType, 1);
        // The store keeps this as the comment's entry time.
        QCOMPARE(e.timestamp, icingaTime(1795633001.347336));
    }

    void downtimes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<Type>("type");
        QTest::newRow("added") << "DowntimeAdded" << Type::DowntimeAdded;
        QTest::newRow("started") << "DowntimeStarted" << Type::DowntimeStarted;
        QTest::newRow("triggered") << "DowntimeTriggered" << Type::DowntimeTriggered;
        QTest::newRow("removed") << "DowntimeRemoved" << Type::DowntimeRemoved;
    }
    void downtimes()
    {
        QFETCH(QString, fixture);
        QFETCH(Type, type);
        const auto r = Icinga2EventParser::parse(eventLine(qPrintable(fixture)));
        QCOMPARE(r.status, Status::Ok);
        const FeedEvent &e = r.event;
        QCOMPARE(e.type, type);
        QCOMPARE(e.host, QStringLiteral("vm1"));
        QVERIFY(e.service.isEmpty()); // service_name "" = a host downtime
        QCOMPARE(e.key(), QStringLiteral("vm1"));
        // The short name, as /v1/objects/downtimes reports it in attrs.name: the store matches
        // downtimes from the sync and from events by this name.
        QCOMPARE(e.itemName, QStringLiteral("52373e59-9913-403b-952d-8341b22f7dd4"));
        QCOMPARE(e.itemAuthor, QStringLiteral("alice"));
        QCOMPARE(e.itemText, QStringLiteral("kernel update")); // downtimes call it "comment"
        QVERIFY(!e.hasState);
    }

    void objectCreatedDeleted_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("objectType");
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<Status>("status");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("service");
        QTest::newRow("created host") << "ObjectCreated"
                                      << "Host"
                                      << "vm9" << Status::Ok << Type::ObjectCreated << "vm9"
                                      << "";
        QTest::newRow("created service") << "ObjectCreated"
                                         << "Service"
                                         << "vm9!http" << Status::Ok << Type::ObjectCreated << "vm9"
                                         << "http";
        QTest::newRow("deleted host") << "ObjectDeleted"
                                      << "Host"
                                      << "vm1" << Status::Ok << Type::ObjectDeleted << "vm1"
                                      << "";
        QTest::newRow("deleted service") << "ObjectDeleted"
                                         << "Service"
                                         << "vm1!ssh" << Status::Ok << Type::ObjectDeleted << "vm1"
                                         << "ssh";
        QTest::newRow("service name with two bangs")
            << "ObjectDeleted"
            << "Service"
            << "vm1!a!b" << Status::Ok << Type::ObjectDeleted << "vm1"
            << "a!b";
        QTest::newRow("created downtime") << "ObjectCreated"
                                          << "Downtime"
                                          << "vm1!x" << Status::Ignored << Type::CheckResult << ""
                                          << "";
        QTest::newRow("deleted comment") << "ObjectDeleted"
                                         << "Comment"
                                         << "vm1!y" << Status::Ignored << Type::CheckResult << ""
                                         << "";
        QTest::newRow("service without host") << "ObjectCreated"
                                              << "Service"
                                              << "http" << Status::Malformed << Type::CheckResult << ""
                                              << "";
        QTest::newRow("service with empty host") << "ObjectDeleted"
                                                 << "Service"
                                                 << "!http" << Status::Malformed << Type::CheckResult << ""
                                                 << "";
    }
    void objectCreatedDeleted()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, objectType);
        QFETCH(QString, objectName);
        QFETCH(Status, status);
        QFETCH(Type, type);
        QFETCH(QString, host);
        QFETCH(QString, service);
        QJsonObject root = eventObject(qPrintable(fixture));
        root.insert(QLatin1String("object_type"), objectType);
        root.insert(QLatin1String("object_name"), objectName);
        const auto r = Icinga2EventParser::parse(toLine(root));
        QCOMPARE(r.status, status);
        if (status == Status::Ok) {
            QCOMPARE(r.event.type, type);
            QCOMPARE(r.event.host, host);
            QCOMPARE(r.event.service, service);
        } else {
            QVERIFY(!r.error.isEmpty());
        }
    }

    void unknownTypeIgnored()
    {
        const auto r =
            Icinga2EventParser::parse(R"({"type":"Flapping","host":"vm1","timestamp":1795633001.1})");
        QCOMPARE(r.status, Status::Ignored);
        QCOMPARE(r.error, QStringLiteral("Flapping"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        const QByteArray down = eventLine("StateChange-host-down");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not JSON") << QByteArray("HTTP/1.1 502 Bad Gateway");
        QTest::newRow("invalid JSON") << QByteArray(R"({"type":"CheckResult","host":vm1})");
        QTest::newRow("truncated line") << down.left(down.size() / 2);
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01{}", 6);
        QTest::newRow("JSON array") << QByteArray("[" + down + "]");
        QTest::newRow("JSON string") << QByteArray(R"("CheckResult")");
        QTest::newRow("JSON null") << QByteArray("null");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("missing type") << withoutField("StateChange-host-down", QStringLiteral("type"));
        QTest::newRow("type a number") << withField("StateChange-host-down", QStringLiteral("type"), 7);
        QTest::newRow("type an object")
            << withField("StateChange-host-down", QStringLiteral("type"), QJsonObject());
        QTest::newRow("host missing") << withoutField("CheckResult-service", QStringLiteral("host"));
        QTest::newRow("host a number") << withField("CheckResult-service", QStringLiteral("host"), 42);
        QTest::newRow("host null") << withField("CheckResult-service", QStringLiteral("host"), QJsonValue());
        QTest::newRow("host empty") << withField("CheckResult-service", QStringLiteral("host"), QString());
        QTest::newRow("service a number") << withField("CheckResult-service", QStringLiteral("service"), 3);
        QTest::newRow("ack without host") << withoutField("AcknowledgementSet", QStringLiteral("host"));
        QTest::newRow("check_result missing")
            << withoutField("CheckResult-host", QStringLiteral("check_result"));
        QTest::newRow("check_result a string")
            << withField("CheckResult-host", QStringLiteral("check_result"), QStringLiteral("CRITICAL"));
        QTest::newRow("check_result an array")
            << withField("CheckResult-host", QStringLiteral("check_result"), QJsonArray{1, 2});
        QTest::newRow("check_result.state null")
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), QJsonValue());
        QTest::newRow("check_result.state 4")
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), 4);
        QTest::newRow("check_result.state -1")
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), -1);
        QTest::newRow("check_result.state a string")
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), QStringLiteral("2"));
        QTest::newRow("check_result.state huge")
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), 1e300);
        QTest::newRow("check_result.state -huge")
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), -1e300);
        QTest::newRow("check_result.state 2^32+2") // would wrap to 2 if cast without a range check
            << withCheckResultField("CheckResult-service", QStringLiteral("state"), 4294967298.0);
        QTest::newRow("state change check_result null")
            << withField("StateChange-host-down", QStringLiteral("check_result"), QJsonValue());
        QTest::newRow("comment not an object")
            << withField("CommentAdded", QStringLiteral("comment"), QStringLiteral("vm1!http!x"));
        QTest::newRow("downtime missing") << withoutField("DowntimeStarted", QStringLiteral("downtime"));
        {
            QJsonObject root = eventObject("DowntimeRemoved");
            QJsonObject dt = root.value(QLatin1String("downtime")).toObject();
            dt.remove(QLatin1String("name"));
            root.insert(QLatin1String("downtime"), dt);
            QTest::newRow("downtime without name") << toLine(root);
        }
        {
            QJsonObject root = eventObject("CommentAdded");
            QJsonObject c = root.value(QLatin1String("comment")).toObject();
            c.insert(QLatin1String("host_name"), 1);
            root.insert(QLatin1String("comment"), c);
            QTest::newRow("comment host_name a number") << toLine(root);
        }
        QTest::newRow("object deleted without name")
            << withoutField("ObjectDeleted", QStringLiteral("object_name"));
        // Nesting beyond the JSON parser's limit must be refused, not recursed into.
        QTest::newRow("deeply nested array")
            << QByteArray(R"({"type":"CheckResult","host":"h","check_result":)" + QByteArray(100000, '[') +
                          QByteArray(100000, ']') + "}");
        QTest::newRow("deeply nested object")
            << QByteArray(QByteArray(R"({"a":)").repeated(5000) + "1" + QByteArray(5000, '}'));
        // Garbage in place of the state: nested objects must read as "not a number".
        QTest::newRow("nested garbage as state")
            << withCheckResultField("CheckResult-host", QStringLiteral("state"),
                                    QJsonObject{{QStringLiteral("a"), QJsonArray{QJsonObject{{"b", 1}}}}});
    }
    void malformed()
    {
        QFETCH(QByteArray, line);
        const auto r = Icinga2EventParser::parse(line);
        QCOMPARE(r.status, Status::Malformed);
        QVERIFY(!r.error.isEmpty());
    }

    // Out-of-range optional values are dropped, not turned into garbage dates or counters.
    void hugeNumbersInOptionalFields()
    {
        QJsonObject root = eventObject("StateChange-host-down");
        root.insert(QLatin1String("timestamp"), 1e308);
        root.insert(QLatin1String("state_type"), 1e300);
        QJsonObject cr = root.value(QLatin1String("check_result")).toObject();
        cr.insert(QLatin1String("execution_end"), -1e300);
        QJsonObject after = cr.value(QLatin1String("vars_after")).toObject();
        after.insert(QLatin1String("attempt"), 1e300);
        cr.insert(QLatin1String("vars_after"), after);
        root.insert(QLatin1String("check_result"), cr);
        const auto r = Icinga2EventParser::parse(toLine(root));
        QCOMPARE(r.status, Status::Ok);
        QVERIFY(!r.event.timestamp.isValid());
        QVERIFY(!r.event.checkTime.isValid());
        QCOMPARE(r.event.attempt, 0); // "not reported"
        QCOMPARE(r.event.state, 1);
    }

    // Every prefix of every real line is an incomplete object: each must be refused cleanly.
    void everyTruncationIsMalformed()
    {
        qsizetype parsed = 0, expected = 0;
        for (const char *name : kAllFixtures) {
            const QByteArray line = eventLine(name);
            QVERIFY(!line.isEmpty());
            expected += line.size();
            for (qsizetype n = 0; n < line.size(); ++n) {
                const auto r = Icinga2EventParser::parse(line.left(n));
                if (r.status != Status::Malformed || r.error.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("%1 cut at %2 gave status %3")
                                         .arg(QLatin1String(name))
                                         .arg(n)
                                         .arg(int(r.status))));
                ++parsed;
            }
        }
        QCOMPARE(parsed, expected);
    }

    // Any field replaced by a value of any type: no crash, and every result is coherent.
    void everyFieldWithEveryType()
    {
        const QJsonValue replacements[] = {QJsonValue(),
                                           QJsonValue(true),
                                           QJsonValue(-1),
                                           QJsonValue(1e300),
                                           QJsonValue(QString()),
                                           QJsonValue(QStringLiteral("x")),
                                           QJsonValue(QJsonArray{1, "a"}),
                                           QJsonValue(QJsonObject{{"state", 2}})};
        QStringList violations;
        int parsed = 0;
        for (const char *name : kAllFixtures) {
            const QJsonObject original = eventObject(name);
            QVERIFY(!original.isEmpty());
            QStringList paths;
            for (auto it = original.begin(); it != original.end(); ++it) {
                paths << it.key();
                if (it.value().isObject())
                    for (const QString &inner : it.value().toObject().keys())
                        paths << it.key() + QLatin1Char('/') + inner;
            }
            for (const QString &path : std::as_const(paths)) {
                for (const QJsonValue &value : replacements) {
                    QJsonObject root = original;
                    const qsizetype slash = path.indexOf(QLatin1Char('/'));
                    if (slash < 0) {
                        root.insert(path, value);
                    } else {
                        QJsonObject inner = root.value(path.left(slash)).toObject();
                        inner.insert(path.mid(slash + 1), value);
                        root.insert(path.left(slash), inner);
                    }
                    const auto r = Icinga2EventParser::parse(toLine(root));
                    const QString where =
                        QStringLiteral("%1: %2 = %3")
                            .arg(QLatin1String(name), path,
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)));
                    if (r.status == Status::Ok) {
                        // An accepted event always names its object, with a sane state.
                        if (r.event.host.isEmpty())
                            violations << where + QStringLiteral(": Ok without host");
                        if (r.event.state < 0 || r.event.state > 3)
                            violations << where + QStringLiteral(": state %1").arg(r.event.state);
                        if (r.event.service.isEmpty() && r.event.state > 1) // hosts know UP and DOWN
                            violations << where + QStringLiteral(": host state %1").arg(r.event.state);
                    } else if (r.status == Status::Malformed && r.error.isEmpty()) {
                        violations << where + QStringLiteral(": malformed without a reason");
                    }
                    ++parsed;
                }
            }
        }
        QVERIFY(parsed > 1000);
        // All at once, so one report shows every offending field.
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    }

    // Comment and downtime events name their object in the nested item; an empty host_name
    // names nothing and must be refused like an empty "host" is for the other event types.
    void emptyHostNameIsMalformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        {
            QJsonObject root = eventObject("CommentAdded");
            QJsonObject c = root.value(QLatin1String("comment")).toObject();
            c.insert(QLatin1String("host_name"), QString());
            root.insert(QLatin1String("comment"), c);
            QTest::newRow("comment") << toLine(root);
        }
        {
            QJsonObject root = eventObject("DowntimeStarted");
            QJsonObject d = root.value(QLatin1String("downtime")).toObject();
            d.insert(QLatin1String("host_name"), QString());
            root.insert(QLatin1String("downtime"), d);
            QTest::newRow("downtime") << toLine(root);
        }
        QTest::newRow("created host") << QByteArray(
            R"({"object_name":"","object_type":"Host","timestamp":1795633001.9,"type":"ObjectCreated"})");
    }
    void emptyHostNameIsMalformed()
    {
        QFETCH(QByteArray, line);
        const auto r = Icinga2EventParser::parse(line);
        QCOMPARE(r.status, Status::Malformed);
        QVERIFY(!r.error.isEmpty());
    }

    // A CRLF line (LineBuffer keeps the '\r') still parses: JSON allows trailing whitespace.
    void trailingCarriageReturn()
    {
        const auto r = Icinga2EventParser::parse(eventLine("StateChange-host-down") + "\r");
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.event.host, QStringLiteral("hv1"));
    }
};

QTEST_GUILESS_MAIN(TstEventParser)
#include "tst_event_parser.moc"
