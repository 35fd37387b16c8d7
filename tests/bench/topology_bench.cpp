// topology_bench: builds the host topology at the scale of 2,000 hosts / 20,000 services (200
// physical hosts with 9 VMs each, VM -> physical by Dependency objects, 10 services per host).
// A program, not a test: it prints figures.
//
// 1. Topology::build, 10 times: median and max; budget < 200 ms.
// 2. TopologyModel: a full reset (store attached) and the update after a batch of events (one
//    hypervisor DOWN with its VMs unreachable, then back), which is what the GUI thread pays
//    per store batch.
#include "core/Clock.h"
#include "core/Topology.h"
#include "models/TopologyModel.h"
#include "store/AlarmStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace ocd;

namespace {

constexpr int kPhysical = 200;
constexpr int kVmsPerPhysical = 9;
constexpr int kServicesPerHost = 10;
constexpr int kRuns = 10;
constexpr double kBudgetMs = 200.0;

QString physicalName(int p)
{
    return QStringLiteral("hv%1").arg(p, 3, 10, QLatin1Char('0'));
}

QString vmName(int p, int v)
{
    return QStringLiteral("vm%1-%2").arg(p, 3, 10, QLatin1Char('0')).arg(v);
}

MonitoredObject makeHost(const QString &name, const QVariantMap &vars, const QDateTime &now)
{
    MonitoredObject o;
    o.kind = ObjectKind::Host;
    o.hostName = o.displayName = name;
    o.pending = false;
    o.maxAttempts = 3;
    o.vars = vars;
    o.lastCheck = o.lastStateChange = now.addSecs(-3600);
    o.output = QStringLiteral("PING OK - Packet loss = 0%, RTA = 0.41 ms");
    return o;
}

void addServices(Snapshot &s, const MonitoredObject &host, QRandomGenerator &rng)
{
    for (int i = 0; i < kServicesPerHost; ++i) {
        MonitoredObject svc = host;
        svc.kind = ObjectKind::Service;
        svc.vars.clear();
        svc.serviceName = svc.displayName = QStringLiteral("service-%1").arg(i);
        // A bad hour: a few percent of the services have a problem.
        const int r = int(rng.bounded(100));
        svc.state = r < 95 ? 0 : (r < 97 ? 1 : (r < 99 ? 2 : 3));
        svc.output = QStringLiteral("CHECK %1").arg(svc.state);
        s.objects.append(svc);
    }
}

Snapshot makeSnapshot(const QDateTime &now)
{
    QRandomGenerator rng(2000);
    Snapshot s;
    s.objects.reserve(kPhysical * (1 + kVmsPerPhysical) * (1 + kServicesPerHost));
    for (int p = 0; p < kPhysical; ++p) {
        const MonitoredObject hv =
            makeHost(physicalName(p),
                     QVariantMap{{QStringLiteral("role"), QStringLiteral("hypervisor")},
                                 {QStringLiteral("site"), QStringLiteral("fra%1").arg(p % 3)},
                                 {QStringLiteral("rack"), QStringLiteral("r%1").arg(p / 10)}},
                     now);
        s.objects.append(hv);
        addServices(s, hv, rng);
        for (int v = 0; v < kVmsPerPhysical; ++v) {
            const MonitoredObject vm =
                makeHost(vmName(p, v), QVariantMap{{QStringLiteral("role"), QStringLiteral("vm")}}, now);
            s.objects.append(vm);
            s.dependencies.append(HostDependency{hv.hostName, vm.hostName});
            addServices(s, vm, rng);
        }
    }
    return s;
}

struct Figures
{
    double median = 0;
    double max = 0;
};

Figures figures(QVector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2, ms.last()};
}

FeedEvents hypervisorEvents(int p, bool down, const QDateTime &when)
{
    FeedEvents events;
    auto event = [&](const QString &host, int state, bool reachable) {
        FeedEvent e;
        e.type = FeedEvent::Type::CheckResult;
        e.host = host;
        e.timestamp = e.checkTime = when;
        e.hasState = true;
        e.state = state;
        e.attempt = 3;
        e.hasReachable = true;
        e.reachable = reachable;
        e.hasCheckResult = true;
        e.output = QStringLiteral("PING %1").arg(state);
        events.append(e);
    };
    event(physicalName(p), down ? 1 : 0, true);
    for (int v = 0; v < kVmsPerPhysical; ++v)
        event(vmName(p, v), down ? 1 : 0, !down);
    return events;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SystemClock clock;
    AlarmStore store(&clock);
    store.replaceAll(makeSnapshot(clock.now()));
    int hosts = 0, services = 0;
    for (const MonitoredObject &o : store.objects())
        (o.isHost() ? hosts : services) += 1;

    // 1. The pure build.
    QVector<double> buildMs;
    int nodes = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        const Topology topology = Topology::build(store.objects(), store.dependencies(), clock.now());
        buildMs.append(t.nsecsElapsed() / 1e6);
        nodes = topology.size();
        if (topology.roots().size() != kPhysical) {
            std::printf("topology: expected %d roots, got %d\n", kPhysical, int(topology.roots().size()));
            return 1;
        }
    }
    const Figures build = figures(buildMs);
    std::printf("topology: build over %d hosts / %d services: %.1f ms median, %.1f ms max of %d builds "
                "(%d nodes) (budget < %.0f ms) %s\n",
                hosts, services, build.median, build.max, kRuns, nodes, kBudgetMs,
                build.max < kBudgetMs ? "OK" : "OVER BUDGET");

    // 2. The model: a reset (store attached) and the update after one store batch.
    TopologyModel model;
    QVector<double> resetMs;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        model.setStore(&store);
        resetMs.append(t.nsecsElapsed() / 1e6);
    }
    const Figures reset = figures(resetMs);
    std::printf("topology model: reset with %d tiles: %.1f ms median, %.1f ms max\n", model.rowCount(),
                reset.median, reset.max);

    // The update is measured around the store's batch signal, minus the store's own recount
    // (measured without the model), so the figure is what the model adds per batch.
    QVector<double> updateMs, baseMs;
    QDateTime when = clock.now();
    for (int run = 0; run < 2 * kRuns; ++run) {
        const bool withModel = run % 2 == 0;
        model.setStore(withModel ? &store : nullptr);
        const int p = run * 7 % kPhysical;
        for (bool down : {true, false}) {
            when = when.addSecs(1);
            store.enqueue(hypervisorEvents(p, down, when));
            store.processInbox(0);
            QElapsedTimer t;
            t.start();
            store.flushChanges();
            if (withModel)
                model.rebuildNow(); // measured unthrottled: the cost of one rebuild
            (withModel ? updateMs : baseMs).append(t.nsecsElapsed() / 1e6);
        }
    }
    const Figures update = figures(updateMs);
    const Figures base = figures(baseMs);
    std::printf("topology model: update after a batch (hypervisor + %d VMs down or back): %.1f ms median, "
                "%.1f ms max (store batch alone: %.1f ms median)\n",
                kVmsPerPhysical, update.median, update.max, base.median);

    // Most batches of a live feed are new outputs of unchanged states: no rebuild at all.
    model.setStore(&store);
    QVector<double> quietMs;
    for (int run = 0; run < kRuns; ++run) {
        FeedEvents events;
        for (int i = 0; i < 100; ++i) {
            const MonitoredObject *host = store.find(vmName((run * 13 + i) % kPhysical, i % kVmsPerPhysical));
            const MonitoredObject *svc =
                store.find(host->hostName + QStringLiteral("!service-%1").arg(i % 10));
            when = when.addMSecs(10);
            FeedEvent e;
            e.type = FeedEvent::Type::CheckResult;
            e.host = svc->hostName;
            e.service = svc->serviceName;
            e.timestamp = e.checkTime = when;
            e.hasState = true;
            e.state = svc->state;
            e.attempt = 1;
            e.hasCheckResult = true;
            e.output = QStringLiteral("CHECK %1 at %2").arg(svc->state).arg(when.toMSecsSinceEpoch());
            events.append(e);
        }
        store.enqueue(events);
        store.processInbox(0);
        QElapsedTimer t;
        t.start();
        store.flushChanges();
        quietMs.append(t.nsecsElapsed() / 1e6);
    }
    const Figures quiet = figures(quietMs);
    std::printf("topology model: batch of 100 new outputs, states unchanged: %.2f ms median, %.2f ms max\n",
                quiet.median, quiet.max);
    return 0;
}
