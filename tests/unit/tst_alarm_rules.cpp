// AlarmRules and DurationFormat: what counts as a problem, how bad, in which order the person on
// duty sees it, what the filter lets through, and how states and durations read.
#include "core/AlarmRules.h"
#include "core/DurationFormat.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ocd;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(7, 30), QTimeZone::utc());

MonitoredObject host(const QString &name, int state)
{
    MonitoredObject o;
    o.kind = ObjectKind::Host;
    o.hostName = name;
    o.displayName = name;
    o.state = state;
    o.pending = false;
    o.lastStateChange = kNow.addSecs(-600);
    return o;
}

MonitoredObject service(const QString &hostName, const QString &name, int state)
{
    MonitoredObject o = host(hostName, state);
    o.kind = ObjectKind::Service;
    o.serviceName = name;
    o.displayName = name;
    return o;
}

QStringList sortedKeys(QList<MonitoredObject> objects)
{
    std::sort(objects.begin(), objects.end(), [](const MonitoredObject &a, const MonitoredObject &b) {
        return AlarmRules::lessThan(a, b, kNow);
    });
    QStringList keys;
    for (const MonitoredObject &o : objects)
        keys << o.key();
    return keys;
}

} // namespace

class TstAlarmRules : public QObject
{
    Q_OBJECT
private slots:
    void severity_data()
    {
        QTest::addColumn<bool>("isHost");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("pending");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("text");
        QTest::newRow("host up") << true << 0 << false << 0 << "UP";
        QTest::newRow("host down") << true << 1 << false << 4 << "DOWN";
        QTest::newRow("host pending") << true << 1 << true << 0 << "PENDING";
        QTest::newRow("ok") << false << 0 << false << 0 << "OK";
        QTest::newRow("warning") << false << 1 << false << 1 << "WARNING";
        QTest::newRow("critical") << false << 2 << false << 3 << "CRITICAL";
        QTest::newRow("unknown") << false << 3 << false << 2 << "UNKNOWN";
        QTest::newRow("service pending") << false << 2 << true << 0 << "PENDING";
    }
    void severity()
    {
        QFETCH(bool, isHost);
        QFETCH(int, state);
        QFETCH(bool, pending);
        QFETCH(int, severity);
        QFETCH(QString, text);
        MonitoredObject o = isHost ? host(QStringLiteral("h"), state)
                                   : service(QStringLiteral("h"), QStringLiteral("s"), state);
        o.pending = pending;
        QCOMPARE(AlarmRules::severity(o), severity);
        QCOMPARE(AlarmRules::isProblem(o), severity > 0);
        QCOMPARE(AlarmRules::stateText(o), text);
    }

    void handled()
    {
        MonitoredObject o = service(QStringLiteral("h"), QStringLiteral("s"), 2);
        QVERIFY(!AlarmRules::isHandled(o, kNow));
        o.ack.set = true;
        QVERIFY(AlarmRules::isAcknowledged(o, kNow)); // no expiry: forever
        QVERIFY(AlarmRules::isHandled(o, kNow));
        o.ack.expiry = kNow.addSecs(1);
        QVERIFY(AlarmRules::isAcknowledged(o, kNow));
        o.ack.expiry = kNow; // expiry reached: over
        QVERIFY(!AlarmRules::isAcknowledged(o, kNow));
        QVERIFY(!AlarmRules::isHandled(o, kNow));
        o.ack = {};
        o.downtimes = {QStringLiteral("dt")};
        QVERIFY(AlarmRules::isHandled(o, kNow));
        QVERIFY(!AlarmRules::isAcknowledged(o, kNow));
        o.downtimes.clear();
        o.reachable = false;
        QVERIFY(AlarmRules::isHandled(o, kNow));
    }

    void orderBySeverity()
    {
        const QList<MonitoredObject> objects{service(QStringLiteral("a"), QStringLiteral("warn"), 1),
                                             service(QStringLiteral("a"), QStringLiteral("ok"), 0),
                                             service(QStringLiteral("a"), QStringLiteral("unknown"), 3),
                                             host(QStringLiteral("z"), 1),
                                             service(QStringLiteral("a"), QStringLiteral("crit"), 2)};
        const QStringList expected{QStringLiteral("z"), QStringLiteral("a!crit"), QStringLiteral("a!unknown"),
                                   QStringLiteral("a!warn"), QStringLiteral("a!ok")};
        QCOMPARE(sortedKeys(objects), expected);
        QList<MonitoredObject> reversed(objects.crbegin(), objects.crend());
        QCOMPARE(sortedKeys(reversed), expected);
    }

    // Within one severity: what nobody has taken first; among the taken, the cause (reachable)
    // before its consequences (unreachable through it); then the newest state change first.
    void orderWithinSeverity()
    {
        MonitoredObject oldUnhandled = service(QStringLiteral("a"), QStringLiteral("old"), 2);
        oldUnhandled.lastStateChange = kNow.addSecs(-7200);
        MonitoredObject newUnhandled = service(QStringLiteral("a"), QStringLiteral("new"), 2);
        newUnhandled.lastStateChange = kNow.addSecs(-60);
        MonitoredObject acked = service(QStringLiteral("a"), QStringLiteral("acked"), 2);
        acked.lastStateChange = kNow.addSecs(-10); // newest, but taken
        acked.ack.set = true;
        MonitoredObject expired = service(QStringLiteral("a"), QStringLiteral("expired"), 2);
        expired.lastStateChange = kNow.addSecs(-3600);
        expired.ack.set = true;
        expired.ack.expiry = kNow.addSecs(-1); // counts as unhandled again
        MonitoredObject unreachable = service(QStringLiteral("a"), QStringLiteral("unreachable"), 2);
        unreachable.lastStateChange = kNow.addSecs(-5); // newer than the ack, still below it
        unreachable.reachable = false;
        MonitoredObject inDowntime = service(QStringLiteral("a"), QStringLiteral("downtime"), 2);
        inDowntime.lastStateChange = kNow.addSecs(-20);
        inDowntime.downtimes = {QStringLiteral("dt")};
        MonitoredObject warning = service(QStringLiteral("a"), QStringLiteral("warning"), 1);
        warning.lastStateChange = kNow;

        const QStringList expected{QStringLiteral("a!new"),      QStringLiteral("a!expired"),
                                   QStringLiteral("a!old"),      QStringLiteral("a!acked"),
                                   QStringLiteral("a!downtime"), QStringLiteral("a!unreachable"),
                                   QStringLiteral("a!warning")};
        QCOMPARE(sortedKeys({warning, acked, oldUnhandled, unreachable, inDowntime, expired, newUnhandled}),
                 expected);
    }

    // std::sort needs a strict weak ordering; a violation corrupts memory, not just the order.
    void lessThanIsStrictWeakOrdering()
    {
        QRandomGenerator rng(20261124);
        QList<MonitoredObject> objects;
        for (int i = 0; i < 60; ++i) {
            MonitoredObject o = rng.bounded(4) == 0 ? host(QStringLiteral("h%1").arg(i), rng.bounded(2))
                                                    : service(QStringLiteral("h%1").arg(i % 7),
                                                              QStringLiteral("s%1").arg(i), rng.bounded(4));
            o.pending = rng.bounded(10) == 0;
            o.ack.set = rng.bounded(3) == 0;
            if (rng.bounded(2))
                o.ack.expiry = kNow.addSecs(rng.bounded(-100, 100));
            if (rng.bounded(5) == 0)
                o.downtimes = {QStringLiteral("dt")};
            o.reachable = rng.bounded(6) != 0;
            o.lastStateChange = kNow.addSecs(-qint64(rng.bounded(5))); // many ties on purpose
            objects.append(o);
        }
        for (const MonitoredObject &a : objects) {
            QVERIFY(!AlarmRules::lessThan(a, a, kNow));
            for (const MonitoredObject &b : objects) {
                const bool ab = AlarmRules::lessThan(a, b, kNow);
                QVERIFY(!(ab && AlarmRules::lessThan(b, a, kNow)));
                if (a.key() != b.key())
                    QVERIFY(ab || AlarmRules::lessThan(b, a, kNow)); // total: no two rows "equal"
                if (!ab)
                    continue;
                for (const MonitoredObject &c : objects)
                    if (AlarmRules::lessThan(b, c, kNow))
                        QVERIFY(AlarmRules::lessThan(a, c, kNow));
            }
        }
    }

    void filter_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("problemsOnly");
        QTest::addColumn<bool>("showSoft");
        QTest::addColumn<bool>("showAcknowledged");
        QTest::addColumn<bool>("showDowntime");
        QTest::addColumn<bool>("matches");
        // what: ok, hard, soft, acked, expired-ack, downtime
        QTest::newRow("ok hidden in problems") << "ok"
                                               << "" << true << true << true << false << false;
        QTest::newRow("ok shown in all") << "ok"
                                         << "" << false << true << true << false << true;
        QTest::newRow("hard problem") << "hard"
                                      << "" << true << false << false << false << true;
        QTest::newRow("soft shown") << "soft"
                                    << "" << true << true << true << false << true;
        QTest::newRow("soft hidden") << "soft"
                                     << "" << true << false << true << false << false;
        QTest::newRow("acked shown") << "acked"
                                     << "" << true << true << true << false << true;
        QTest::newRow("acked hidden") << "acked"
                                      << "" << true << true << false << false << false;
        QTest::newRow("expired ack not hidden") << "expired-ack"
                                                << "" << true << true << false << false << true;
        QTest::newRow("downtime hidden by default") << "downtime"
                                                    << "" << true << true << true << false << false;
        QTest::newRow("downtime shown") << "downtime"
                                        << "" << true << true << true << true << true;
        QTest::newRow("text host") << "hard"
                                   << "WEB1" << true << true << true << false << true;
        QTest::newRow("text service") << "hard"
                                      << "Http" << true << true << true << false << true;
        QTest::newRow("text display name") << "hard"
                                           << "front page" << true << true << true << false << true;
        QTest::newRow("text output") << "hard"
                                     << "bad gateway" << true << true << true << false << true;
        QTest::newRow("text no match") << "hard"
                                       << "db1" << true << true << true << false << false;
        QTest::newRow("text on ok in all") << "ok"
                                           << "web" << false << true << true << false << true;
        QTest::newRow("text cannot override state") << "ok"
                                                    << "web" << true << true << true << false << false;
    }
    void filter()
    {
        QFETCH(QString, what);
        QFETCH(QString, text);
        QFETCH(bool, problemsOnly);
        QFETCH(bool, showSoft);
        QFETCH(bool, showAcknowledged);
        QFETCH(bool, showDowntime);
        QFETCH(bool, matches);
        MonitoredObject o = service(QStringLiteral("web1"), QStringLiteral("http"), 2);
        o.displayName = QStringLiteral("Front Page");
        o.output = QStringLiteral("HTTP CRITICAL: HTTP/1.1 502 Bad Gateway");
        o.stateType = StateType::Hard;
        if (what == QLatin1String("ok"))
            o.state = 0;
        else if (what == QLatin1String("soft"))
            o.stateType = StateType::Soft;
        else if (what == QLatin1String("acked"))
            o.ack.set = true;
        else if (what == QLatin1String("expired-ack"))
            o.ack = Acknowledgement{true, false, QStringLiteral("a"), QString(), kNow.addSecs(-1)};
        else if (what == QLatin1String("downtime"))
            o.downtimes = {QStringLiteral("dt")};
        AlarmFilter f;
        f.text = text;
        f.problemsOnly = problemsOnly;
        f.showSoft = showSoft;
        f.showAcknowledged = showAcknowledged;
        f.showDowntime = showDowntime;
        QCOMPARE(AlarmRules::matches(o, f, kNow), matches);
    }

    void filterDefaults()
    {
        const AlarmFilter f;
        QVERIFY(f.problemsOnly);
        QVERIFY(f.showSoft);
        QVERIFY(f.showAcknowledged);
        QVERIFY(!f.showDowntime); // planned work stays out of the way
        QVERIFY(f.text.isEmpty());
    }

    void stateTypeText()
    {
        MonitoredObject o = service(QStringLiteral("h"), QStringLiteral("s"), 2);
        o.stateType = StateType::Soft;
        o.attempt = 2;
        o.maxAttempts = 3;
        QCOMPARE(AlarmRules::stateTypeText(o), QStringLiteral("SOFT 2/3"));
        o.stateType = StateType::Hard;
        QCOMPARE(AlarmRules::stateTypeText(o), QStringLiteral("HARD"));
    }

    void firstLine()
    {
        QCOMPARE(AlarmRules::firstLine(QStringLiteral("DISK OK\n/ 40%\n/var 70%")),
                 QStringLiteral("DISK OK"));
        QCOMPARE(AlarmRules::firstLine(QStringLiteral("one line")), QStringLiteral("one line"));
        QCOMPARE(AlarmRules::firstLine(QString()), QString());
    }

    void count()
    {
        MonitoredObject acked = service(QStringLiteral("h"), QStringLiteral("acked"), 2);
        acked.ack.set = true;
        const QList<MonitoredObject> objects{host(QStringLiteral("h"), 1),
                                             service(QStringLiteral("h"), QStringLiteral("c"), 2),
                                             acked,
                                             service(QStringLiteral("h"), QStringLiteral("w"), 1),
                                             service(QStringLiteral("h"), QStringLiteral("u"), 3),
                                             service(QStringLiteral("h"), QStringLiteral("ok"), 0)};
        QList<const MonitoredObject *> pointers;
        for (const MonitoredObject &o : objects)
            pointers << &o;
        const AlarmCounts c = AlarmRules::count(pointers, kNow);
        QCOMPARE(c.down, 1);
        QCOMPARE(c.critical, 2);
        QCOMPARE(c.warning, 1);
        QCOMPARE(c.unknown, 1);
        QCOMPARE(c.unacknowledged, 4);
        QCOMPARE(c.hosts, 1);
        QCOMPARE(c.services, 5);
    }

    void durationCompact_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0 s";
        QTest::newRow("negative (clock skew)") << qint64(-5) << "0 s";
        QTest::newRow("59") << qint64(59) << "59 s";
        QTest::newRow("60") << qint64(60) << "1 min 0 s";
        QTest::newRow("61") << qint64(61) << "1 min 1 s";
        QTest::newRow("1 h 12 min") << qint64(3600 + 720) << "1 h 12 min";
        QTest::newRow("seconds dropped after an hour") << qint64(3600 + 720 + 59) << "1 h 12 min";
        QTest::newRow("just under a day") << qint64(86399) << "23 h 59 min";
        QTest::newRow("2 days") << qint64(2 * 86400) << "2 d 0 h";
        QTest::newRow("2 days 5 h") << qint64(2 * 86400 + 5 * 3600 + 1800) << "2 d 5 h";
        QTest::newRow("a year") << qint64(365) * 86400 << "365 d 0 h";
    }
    void durationCompact()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(DurationFormat::compact(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TstAlarmRules)
#include "tst_alarm_rules.moc"
