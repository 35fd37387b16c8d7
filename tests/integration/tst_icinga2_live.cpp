// Integration with a real Icinga 2 daemon (tests/lab/icinga2-lab.sh, started by a ctest fixture).
// States are driven through the API as checks and colleagues would; the assertions are on what
// the desk's store shows. Never skipped: without the lab these tests fail.
#include "LabIcinga2.h"

#include "core/Clock.h"
#include "core/Topology.h"
#include "sources/icinga2/Icinga2ObjectParser.h"
#include "sources/icinga2/Icinga2Source.h"
#include "store/AlarmStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using ocd::ActionReply;
using ocd::MonitoringSource;

namespace {
constexpr int kEventTimeoutMs = 15000; // the server may hold events back for ~5 s

struct Client
{
    explicit Client(const ocd::Icinga2Settings &settings) : store(&clock), source(settings)
    {
        source.setBackoffLimits(200, 2000);
        QObject::connect(&source, &MonitoringSource::snapshotReady, &store, &ocd::AlarmStore::replaceAll);
        QObject::connect(&source, &MonitoringSource::eventsReceived, &store, &ocd::AlarmStore::enqueue);
    }
    ocd::SystemClock clock;
    ocd::AlarmStore store;
    ocd::Icinga2Source source;
};

// Waits for an action's reply; returns {ok, message}.
std::pair<bool, QString> await(ActionReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &ActionReply::finished);
        if (!spy.wait(20000))
            return {false, QStringLiteral("no answer within 20 s")};
    }
    return {reply->ok(), reply->message()};
}
} // namespace

class TstIcinga2Live : public QObject
{
    Q_OBJECT

    LabIcinga2 lab;
    std::unique_ptr<Client> desk;

    const ocd::MonitoredObject *obj(const QString &key) const { return desk->store.find(key); }
    int stateOf(const QString &key) const { return obj(key) ? obj(key)->state : -1; }

    // The desk's store must equal a fresh query of the server.
    QString diffAgainstServer()
    {
        ocd::Icinga2ObjectParser::Bodies b{
            lab.objects(QStringLiteral("hosts")), lab.objects(QStringLiteral("services")),
            lab.objects(QStringLiteral("dependencies")), lab.objects(QStringLiteral("comments")),
            lab.objects(QStringLiteral("downtimes"))};
        ocd::Snapshot server;
        QString error;
        if (!ocd::Icinga2ObjectParser::buildSnapshot(b, QDateTime::currentDateTimeUtc(), &server, &error))
            return error;
        QStringList diffs;
        if (server.objects.size() != desk->store.objects().size())
            diffs << QStringLiteral("object count %1 vs %2")
                         .arg(server.objects.size())
                         .arg(desk->store.objects().size());
        for (const ocd::MonitoredObject &s : std::as_const(server.objects)) {
            const ocd::MonitoredObject *d = obj(s.key());
            if (!d) {
                diffs << s.key() + QStringLiteral(" missing");
                continue;
            }
            if (d->state != s.state || d->stateType != s.stateType || d->ack.set != s.ack.set ||
                d->reachable != s.reachable || d->downtimes.size() != s.downtimes.size() ||
                d->output != s.output)
                diffs << QStringLiteral("%1: desk state %2/%3 ack %4 reach %5 dt %6 '%7' vs server %8/%9 ack "
                                        "%10 reach %11 dt %12 '%13'")
                             .arg(s.key())
                             .arg(d->state)
                             .arg(int(d->stateType))
                             .arg(d->ack.set)
                             .arg(d->reachable)
                             .arg(d->downtimes.size())
                             .arg(d->output)
                             .arg(s.state)
                             .arg(int(s.stateType))
                             .arg(s.ack.set)
                             .arg(s.reachable)
                             .arg(s.downtimes.size())
                             .arg(s.output);
        }
        return diffs.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(lab.isValid(),
                 "lab.env missing: the Icinga 2 lab did not start (see the lab_icinga2_start test)");
        desk = std::make_unique<Client>(lab.adminSettings());
        desk->source.start();
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.state() == MonitoringSource::State::Live, kEventTimeoutMs);
    }

    void initialSyncMatchesServer()
    {
        int hosts = 0, services = 0;
        for (const ocd::MonitoredObject &o : desk->store.objects())
            (o.isHost() ? hosts : services)++;
        QCOMPARE(hosts, 13);
        QCOMPARE(services, 29);
        QCOMPARE(desk->store.dependencies().size(), 10);
        QVERIFY(desk->store.dependencies().contains(
            ocd::HostDependency{QStringLiteral("hv1"), QStringLiteral("vm1")}));
        QCOMPARE(obj(QStringLiteral("hv1"))->vars.value(QStringLiteral("role")).toString(),
                 QStringLiteral("hypervisor"));
        const QString diff = diffAgainstServer();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void softThenHard()
    {
        const QString key = QStringLiteral("vm3!http");
        for (int attempt = 1; attempt <= 2; ++attempt) {
            QCOMPARE(
                lab.processCheckResult(key, 2, QStringLiteral("HTTP CRITICAL - attempt %1").arg(attempt)),
                200);
            QTRY_VERIFY_WITH_TIMEOUT(obj(key)->state == 2 && obj(key)->attempt == attempt, kEventTimeoutMs);
            QCOMPARE(obj(key)->stateType, ocd::StateType::Soft);
        }
        QCOMPARE(lab.processCheckResult(key, 2, QStringLiteral("HTTP CRITICAL - attempt 3")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(obj(key)->stateType == ocd::StateType::Hard, kEventTimeoutMs);
        QCOMPARE(obj(key)->output, QStringLiteral("HTTP CRITICAL - attempt 3"));
        QCOMPARE(lab.processCheckResult(key, 0, QStringLiteral("HTTP OK")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), 0, kEventTimeoutMs);
    }

    void hostDownMakesVmUnreachable()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                lab.processCheckResult(QStringLiteral("hv2"), 1, QStringLiteral("PING CRITICAL - 100% loss")),
                200);
        QTRY_VERIFY_WITH_TIMEOUT(obj(QStringLiteral("hv2"))->state == 1 &&
                                     obj(QStringLiteral("hv2"))->stateType == ocd::StateType::Hard,
                                 kEventTimeoutMs);
        QCOMPARE(lab.processCheckResult(QStringLiteral("vm5"), 1, QStringLiteral("no route")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!obj(QStringLiteral("vm5"))->reachable &&
                                     obj(QStringLiteral("vm5"))->state == 1,
                                 kEventTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(desk->store.counts().down >= 2, 1000); // counts follow with the next batch

        QCOMPARE(lab.processCheckResult(QStringLiteral("hv2"), 0, QStringLiteral("PING OK")), 200);
        QCOMPARE(lab.processCheckResult(QStringLiteral("vm5"), 0, QStringLiteral("PING OK")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("vm5")) == 0 && stateOf(QStringLiteral("hv2")) == 0 &&
                                     obj(QStringLiteral("vm5"))->reachable,
                                 kEventTimeoutMs);
    }

    void topologyFromDependenciesShowsTheOutageUnderItsHost()
    {
        const auto parentOf = [](const ocd::Topology &t, const QString &key) {
            const ocd::TopologyNode *n = t.node(key);
            return n && n->parent >= 0 ? t.at(n->parent).key : QString();
        };
        ocd::Topology t = ocd::Topology::build(desk->store.objects(), desk->store.dependencies(),
                                               QDateTime::currentDateTimeUtc());
        for (const char *vm : {"vm1", "vm2", "vm3", "vm4"})
            QCOMPARE(parentOf(t, QLatin1String(vm)), QStringLiteral("hv1"));
        QCOMPARE(parentOf(t, QStringLiteral("vm8")), QStringLiteral("hv3"));
        QCOMPARE(t.rootOf(QStringLiteral("vm2!http")), QStringLiteral("hv1"));

        for (int i = 0; i < 3; ++i)
            QCOMPARE(lab.processCheckResult(QStringLiteral("hv1"), 1,
                                            QStringLiteral("PING CRITICAL - topology test")),
                     200);
        QTRY_VERIFY_WITH_TIMEOUT(obj(QStringLiteral("hv1"))->stateType == ocd::StateType::Hard &&
                                     obj(QStringLiteral("hv1"))->state == 1,
                                 kEventTimeoutMs);
        QCOMPARE(lab.processCheckResult(QStringLiteral("vm2"), 1, QStringLiteral("no route")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!obj(QStringLiteral("vm2"))->reachable, kEventTimeoutMs);
        t = ocd::Topology::build(desk->store.objects(), desk->store.dependencies(),
                                 QDateTime::currentDateTimeUtc());
        // The unreachable VM stays under its host, and the host tile shows the worst beneath it.
        QCOMPARE(parentOf(t, QStringLiteral("vm2")), QStringLiteral("hv1"));
        QVERIFY(t.node(QStringLiteral("vm2"))->unreachable);
        QCOMPARE(t.node(QStringLiteral("hv1"))->worstBeneath, 4);
        QCOMPARE(t.node(QStringLiteral("hv2"))->worstBeneath, 0);

        QCOMPARE(lab.processCheckResult(QStringLiteral("hv1"), 0, QStringLiteral("PING OK")), 200);
        QCOMPARE(lab.processCheckResult(QStringLiteral("vm2"), 0, QStringLiteral("PING OK")), 200);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("hv1")) == 0 && stateOf(QStringLiteral("vm2")) == 0,
                                 kEventTimeoutMs);
    }

    void colleagueAcknowledgementShowsAuthor()
    {
        const QString key = QStringLiteral("vm6!http");
        QCOMPARE(lab.processCheckResult(key, 2, QStringLiteral("HTTP CRITICAL")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), 2, kEventTimeoutMs);
        QCOMPARE(lab.action(QStringLiteral("acknowledge-problem"),
                            {{QStringLiteral("type"), QStringLiteral("Service")},
                             {QStringLiteral("service"), key},
                             {QStringLiteral("author"), QStringLiteral("colleague-kim")},
                             {QStringLiteral("comment"), QStringLiteral("I'm on it")}}),
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(obj(key)->ack.set, kEventTimeoutMs);
        QCOMPARE(obj(key)->ack.author, QStringLiteral("colleague-kim"));
        QCOMPARE(obj(key)->ack.comment, QStringLiteral("I'm on it"));
    }

    void acknowledgeFromDesk()
    {
        const QString key = QStringLiteral("vm6!ssh");
        QCOMPARE(lab.processCheckResult(key, 2, QStringLiteral("SSH CRITICAL")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), 2, kEventTimeoutMs);

        ocd::AckRequest r;
        r.author = QStringLiteral("tester");
        r.comment = QStringLiteral("checking the VM");
        auto [ok, message] = await(desk->source.acknowledge({key}, r));
        QVERIFY2(ok, qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(obj(key)->ack.set && obj(key)->ack.author == QLatin1String("tester"),
                                 kEventTimeoutMs);

        std::tie(ok, message) = await(desk->source.acknowledge({key}, r));
        QVERIFY(!ok);
        QCOMPARE(message, QStringLiteral("Already acknowledged."));

        std::tie(ok, message) = await(desk->source.acknowledge({QStringLiteral("vm7!ssh")}, r));
        QVERIFY(!ok);
        QCOMPARE(message, QStringLiteral("The object is OK: there is nothing to acknowledge."));

        std::tie(ok, message) = await(desk->source.removeAcknowledgement({key}));
        QVERIFY2(ok, qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(!obj(key)->ack.set, kEventTimeoutMs);
    }

    void readOnlyUserIsRefused()
    {
        ocd::Icinga2Source viewer(lab.viewerSettings());
        ocd::AckRequest r;
        r.comment = QStringLiteral("should not work");
        auto [ok, message] = await(viewer.acknowledge({QStringLiteral("vm6!ssh")}, r));
        QVERIFY(!ok);
        QCOMPARE(message, QStringLiteral("Not permitted for this user, or the object does not exist."));
        QVERIFY(!obj(QStringLiteral("vm6!ssh"))->ack.set);
    }

    void recheckRunsTheCheck()
    {
        const QString key = QStringLiteral("vm7!http");
        QCOMPARE(lab.processCheckResult(key, 2, QStringLiteral("HTTP CRITICAL")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(key), 2, kEventTimeoutMs);
        auto [ok, message] = await(desk->source.recheck({key}));
        QVERIFY2(ok, qPrintable(message));
        // The lab's checker answers forced checks with a recognisable dummy result.
        QTRY_COMPARE_WITH_TIMEOUT(obj(key)->output, QStringLiteral("Rechecked by the lab checker"),
                                  kEventTimeoutMs);
        QCOMPARE(obj(key)->state, 0);
    }

    void downtimeShowsOnHostAndServices()
    {
        ocd::DowntimeRequest r;
        r.comment = QStringLiteral("kernel update");
        r.durationSecs = 3600;
        r.allServices = true;
        auto [ok, message] = await(desk->source.scheduleDowntime({QStringLiteral("vm8")}, r));
        QVERIFY2(ok, qPrintable(message));
        QTRY_VERIFY_WITH_TIMEOUT(obj(QStringLiteral("vm8"))->inDowntime() &&
                                     obj(QStringLiteral("vm8!http"))->inDowntime(),
                                 kEventTimeoutMs);
        QVERIFY(!obj(QStringLiteral("vm9!http"))->inDowntime());
    }

    void wrongCaGivesTlsMessage()
    {
        ocd::Icinga2Settings s = lab.adminSettings();
        s.caFile = lab.value(QStringLiteral("ICINGA_WRONG_CA"));
        Client other(s);
        other.source.start();
        QTRY_VERIFY_WITH_TIMEOUT(other.source.state() == MonitoringSource::State::Failed, kEventTimeoutMs);
        QVERIFY2(
            other.source.stateReason().startsWith(QLatin1String("The server's certificate is not trusted: ")),
            qPrintable(other.source.stateReason()));
    }

    void wrongPasswordGivesAuthMessage()
    {
        ocd::Icinga2Settings s = lab.adminSettings();
        s.password = QStringLiteral("wrong");
        Client other(s);
        other.source.start();
        QTRY_VERIFY_WITH_TIMEOUT(other.source.state() == MonitoringSource::State::Failed, kEventTimeoutMs);
        QCOMPARE(other.source.stateReason(), QStringLiteral("User name or password rejected."));
    }

    void secondMasterTakesOverWhenTheFirstIsDown()
    {
        ocd::Icinga2Settings s = lab.adminSettings();
        s.fallbackUrls = {s.url};
        s.url = QUrl(QStringLiteral("https://127.0.0.1:1")); // nothing listens: the failed master
        Client other(s);
        other.source.start();
        QTRY_VERIFY_WITH_TIMEOUT(other.source.state() == MonitoringSource::State::Live, kEventTimeoutMs);
        QCOMPARE(other.source.currentUrl(), lab.adminSettings().url);
        QCOMPARE(other.store.objects().size(), desk->store.objects().size());
    }

    void reloadResyncsWithoutMissingChanges()
    {
        const int before = desk->source.reconnects();
        QVERIFY(lab.run(QStringLiteral("reload")));
        // Changed while the desk's stream is gone or being re-established.
        QCOMPARE(
            lab.processCheckResult(QStringLiteral("vm9!http"), 2, QStringLiteral("changed during reload")),
            200);
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.reconnects() > before, kEventTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.state() == MonitoringSource::State::Live, kEventTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(obj(QStringLiteral("vm9!http"))->output,
                                  QStringLiteral("changed during reload"), kEventTimeoutMs);
        const QString diff = diffAgainstServer();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void restartResyncs()
    {
        const int before = desk->source.reconnects();
        QVERIFY(lab.run(QStringLiteral("restart")));
        QCOMPARE(
            lab.processCheckResult(QStringLiteral("vm10!http"), 1, QStringLiteral("changed after restart")),
            200);
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.reconnects() > before, kEventTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(obj(QStringLiteral("vm10!http"))->output,
                                  QStringLiteral("changed after restart"), kEventTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.state() == MonitoringSource::State::Live, kEventTimeoutMs);
        const QString diff = diffAgainstServer();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void killedServerShowsReconnectingWithin5s()
    {
        QVERIFY(desk->source.state() == MonitoringSource::State::Live);
        QElapsedTimer t;
        QVERIFY(lab.run(QStringLiteral("kill")));
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.state() == MonitoringSource::State::Reconnecting, 5000);
        qInfo("killed server noticed after %lld ms: %s", t.elapsed(), qPrintable(desk->source.stateReason()));
        QVERIFY(!desk->source.stateReason().isEmpty());

        QVERIFY(lab.run(QStringLiteral("restart"))); // leave a running lab for the fixture's cleanup
        QTRY_VERIFY_WITH_TIMEOUT(desk->source.state() == MonitoringSource::State::Live, 30000);
        const QString diff = diffAgainstServer();
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TstIcinga2Live)
#include "tst_icinga2_live.moc"
