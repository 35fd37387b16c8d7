// feed_bench: replays synthesized Icinga 2 event lines through the real parser and store, without
// network, at the scale of 2,000 hosts / 20,000 services. A program, not a test: it prints figures.
//
//   feed_bench [events=200000] [burst=10000]
//
// 1. Throughput: parse + apply every line on one core, no UI; budget >= 200,000 events/s.
// 2. Burst: 10,000 lines arrive at once while an alarm list model is attached. They are worked
//    off the way the event loop does it (parse slice, apply slice, batched model update), and the
//    longest single step is reported; budget: no step blocks the GUI thread for more than 16 ms.
#include "core/Clock.h"
#include "core/NotificationPolicy.h"
#include "models/AlarmListModel.h"
#include "sources/icinga2/Icinga2EventParser.h"
#include "store/AlarmStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <deque>

using namespace ocd;

namespace {

constexpr int kHosts = 2000;
constexpr int kServicesPerHost = 10;

QString hostName(int h)
{
    return QStringLiteral("host%1").arg(h, 4, 10, QLatin1Char('0'));
}

Snapshot makeSnapshot(const QDateTime &now)
{
    Snapshot s;
    s.objects.reserve(kHosts * (kServicesPerHost + 1));
    for (int h = 0; h < kHosts; ++h) {
        MonitoredObject host;
        host.kind = ObjectKind::Host;
        host.hostName = host.displayName = hostName(h);
        host.pending = false;
        host.lastCheck = host.lastStateChange = now.addSecs(-3600);
        s.objects.append(host);
        for (int i = 0; i < kServicesPerHost; ++i) {
            MonitoredObject svc = host;
            svc.kind = ObjectKind::Service;
            svc.serviceName = svc.displayName = QStringLiteral("service-%1").arg(i);
            svc.output = QStringLiteral("OK - all fine");
            svc.maxAttempts = 3;
            s.objects.append(svc);
        }
    }
    return s;
}

// A line shaped exactly like a real 2.13 CheckResult event (see tests/unit/fixtures).
QByteArray makeLine(QRandomGenerator &rng, double ts)
{
    const int h = int(rng.bounded(kHosts));
    const int svc = int(rng.bounded(kServicesPerHost));
    // Mostly OK, some problems: the alarm list changes as it would in a bad hour.
    const int r = int(rng.bounded(100));
    const int state = r < 85 ? 0 : (r < 93 ? 1 : (r < 98 ? 2 : 3));
    const QJsonObject cr{
        {QStringLiteral("active"), true},
        {QStringLiteral("check_source"), QStringLiteral("master1")},
        {QStringLiteral("command"),
         QJsonArray{QStringLiteral("/usr/lib/nagios/plugins/check_http"), QStringLiteral("-H"), hostName(h)}},
        {QStringLiteral("execution_start"), ts - 0.2},
        {QStringLiteral("execution_end"), ts},
        {QStringLiteral("exit_status"), state},
        {QStringLiteral("output"),
         QStringLiteral("HTTP %1: HTTP/1.1 200 OK - 8123 bytes in 0.%2 second response time")
             .arg(state == 0 ? QStringLiteral("OK") : QStringLiteral("WARNING"))
             .arg(rng.bounded(1000))},
        {QStringLiteral("performance_data"),
         QJsonArray{QStringLiteral("time=0.211s;1;5;0"), QStringLiteral("size=8123B;;;0")}},
        {QStringLiteral("previous_hard_state"), 0},
        {QStringLiteral("schedule_start"), ts - 0.2},
        {QStringLiteral("schedule_end"), ts},
        {QStringLiteral("scheduling_source"), QStringLiteral("master1")},
        {QStringLiteral("state"), state},
        {QStringLiteral("ttl"), 0},
        {QStringLiteral("type"), QStringLiteral("CheckResult")},
        {QStringLiteral("vars_after"), QJsonObject{{QStringLiteral("attempt"), 1},
                                                   {QStringLiteral("reachable"), true},
                                                   {QStringLiteral("state"), state},
                                                   {QStringLiteral("state_type"), 1}}},
        {QStringLiteral("vars_before"), QJsonObject{{QStringLiteral("attempt"), 1},
                                                    {QStringLiteral("reachable"), true},
                                                    {QStringLiteral("state"), 0},
                                                    {QStringLiteral("state_type"), 1}}}};
    const QJsonObject event{{QStringLiteral("acknowledgement"), false},
                            {QStringLiteral("check_result"), cr},
                            {QStringLiteral("downtime_depth"), 0},
                            {QStringLiteral("host"), hostName(h)},
                            {QStringLiteral("service"), QStringLiteral("service-%1").arg(svc)},
                            {QStringLiteral("timestamp"), ts},
                            {QStringLiteral("type"), QStringLiteral("CheckResult")}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QByteArrayList makeLines(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArrayList lines;
    lines.reserve(n);
    const double base = double(QDateTime::currentSecsSinceEpoch());
    for (int i = 0; i < n; ++i)
        lines.append(makeLine(rng, base + i * 0.001));
    return lines;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const int burst = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;
    SystemClock clock;

    // --- 1. throughput -------------------------------------------------------------------------
    {
        AlarmStore store(&clock);
        store.replaceAll(makeSnapshot(clock.now()));
        const QByteArrayList lines = makeLines(events, 42);
        qint64 bytes = 0;
        for (const QByteArray &l : lines)
            bytes += l.size() + 1;
        int bad = 0;
        QElapsedTimer t;
        t.start();
        for (const QByteArray &l : lines) {
            const Icinga2EventParser::Result r = Icinga2EventParser::parse(l);
            if (r.status != Icinga2EventParser::Status::Ok) {
                ++bad;
                continue;
            }
            store.apply(r.event);
        }
        const double secs = double(t.nsecsElapsed()) / 1e9;
        std::printf("feed_bench: %d objects (%d hosts, %d services)\n", int(store.objects().size()), kHosts,
                    kHosts * kServicesPerHost);
        std::printf("throughput: %d events (%.1f MB) parsed+applied in %.3f s = %.0f events/s (budget >= "
                    "200000) %s\n",
                    events, double(bytes) / 1e6, secs, events / secs,
                    events / secs >= 200000 ? "OK" : "OVER BUDGET");
        if (bad)
            std::printf("throughput: %d lines failed to parse\n", bad);
    }

    // --- 2. burst with a model attached ------------------------------------------------------------
    {
        AlarmStore store(&clock);
        store.replaceAll(makeSnapshot(clock.now()));
        AlarmListModel model;
        model.setStore(&store);
        int rowsChanged = 0;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { ++rowsChanged; });
        const QByteArrayList lines = makeLines(burst, 7);
        std::deque<QByteArray> raw(lines.cbegin(), lines.cend());

        qint64 longestParse = 0, longestApply = 0, longestEmit = 0;
        int steps = 0;
        QElapsedTimer t;
        QElapsedTimer total;
        total.start();
        while (!raw.empty() || store.pendingEvents() > 0) {
            // The source's parse slice (same 4 ms budget as Icinga2Source::parseQueuedLines).
            t.start();
            FeedEvents batch;
            while (!raw.empty() && t.nsecsElapsed() < 4'000'000) {
                const auto r = Icinga2EventParser::parse(raw.front());
                raw.pop_front();
                if (r.status == Icinga2EventParser::Status::Ok)
                    batch.append(r.event);
            }
            store.enqueue(batch);
            longestParse = qMax(longestParse, t.nsecsElapsed());
            // The store's apply slice.
            t.start();
            store.processInbox(AlarmStore::kSliceBudgetNs);
            longestApply = qMax(longestApply, t.nsecsElapsed());
            // The batched change signal and the model update it drives.
            t.start();
            store.flushChanges();
            longestEmit = qMax(longestEmit, t.nsecsElapsed());
            ++steps;
        }
        const double ms = 1e-6;
        const double longest = qMax(longestParse, qMax(longestApply, longestEmit)) * ms;
        std::printf("burst: %d events in %d steps, %.1f ms total; model rows now %d\n", burst, steps,
                    total.nsecsElapsed() * ms, model.rowCount());
        std::printf("burst: longest parse slice %.2f ms, apply slice %.2f ms, model update %.2f ms\n",
                    longestParse * ms, longestApply * ms, longestEmit * ms);
        std::printf("burst: longest single batch %.2f ms (budget <= 16 ms) %s\n", longest,
                    longest <= 16.0 ? "OK" : "OVER BUDGET");
    }
    // --- 3. the notification policy over the whole store ----------------------------------------
    {
        AlarmStore store(&clock);
        store.replaceAll(makeSnapshot(clock.now()));
        for (const QByteArray &l : makeLines(20000, 11))
            store.apply(Icinga2EventParser::parse(l).event);
        NotificationPolicy policy(&clock);
        qint64 longest = 0;
        QElapsedTimer t;
        for (int i = 0; i < 20; ++i) {
            t.start();
            policy.update(store.objects(), store.dependencies(), true);
            longest = qMax(longest, t.nsecsElapsed());
        }
        std::printf("policy: one notification decision over %d objects takes at most %.2f ms\n",
                    int(store.objects().size()), longest / 1e6);
    }
    return 0;
}
