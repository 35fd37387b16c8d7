// notify_latency: the desk's added latency from an Icinga 2 event line arriving to the Notify
// call, against a real Icinga 2 (tests/lab) and, when a session bus is there, a real dunst.
// A program, not a test: it prints p50/p99/max. Budget: p99 < 50 ms of added latency.
// The server's own delivery delay (event timestamp -> line arrival) is reported separately:
// Icinga holds events back for up to ~5 s in its queue, which no client can change.
//
//   notify_latency LAB_DIR [samples=40]
#include "../integration/LabIcinga2.h"

#include "core/Clock.h"
#include "notify/FreedesktopNotifier.h"
#include "notify/NotificationCenter.h"
#include "sources/icinga2/Icinga2Source.h"
#include "store/AlarmStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace ocd;

namespace {

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Forwards to the real notifier (if any) and records when each Notify call is made.
class TimingNotifier : public Notifier
{
public:
    explicit TimingNotifier(Notifier *real) : m_real(real) {}
    QString backendName() const override { return m_real ? m_real->backendName() : QStringLiteral("none"); }
    bool isAvailable() const override { return true; }
    void show(const Notification &n) override
    {
        lastShowNs = steadyNowNs();
        lastId = n.id;
        if (m_real)
            m_real->show(n);
    }
    void close(const QString &id) override
    {
        if (m_real)
            m_real->close(id);
    }
    qint64 lastShowNs = 0;
    QString lastId;

private:
    Notifier *m_real;
};

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const int i = qBound(0, int(p * (v.size() - 1) + 0.5), int(v.size() - 1));
    return v[i];
}

bool waitFor(const std::function<bool()> &cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: notify_latency LAB_DIR [samples]\n");
        return 2;
    }
    qputenv("ONCALL_LAB_DIR", argv[1]);
    const int samples = argc > 2 ? QByteArray(argv[2]).toInt() : 40;
    LabIcinga2 lab;
    if (!lab.isValid()) {
        std::fprintf(stderr, "notify_latency: no lab.env in %s\n", argv[1]);
        return 2;
    }

    SystemClock clock;
    AlarmStore store(&clock);
    Icinga2Source source(lab.adminSettings());
    QObject::connect(&source, &MonitoringSource::snapshotReady, &store, &AlarmStore::replaceAll);
    QObject::connect(&source, &MonitoringSource::eventsReceived, &store, &AlarmStore::enqueue);
    FreedesktopNotifier dbus;
    TimingNotifier notifier(dbus.isAvailable() ? &dbus : nullptr);
    NotificationSettings settings;
    settings.includeSoft = true; // the first CRITICAL result notifies: one event, one notification
    settings.summaryThreshold = 1000;
    NotificationCenter center(&store, &source, &notifier, settings);

    source.start();
    if (!waitFor([&] { return source.state() == MonitoringSource::State::Live; }, 20000)) {
        std::fprintf(stderr, "notify_latency: could not connect: %s\n", qPrintable(source.stateReason()));
        return 1;
    }
    waitFor([] { return false; }, 1500); // let the initial notifications pass

    QVector<double> added, server;
    int timeouts = 0;
    const QStringList services = {QStringLiteral("vm1!http"), QStringLiteral("vm2!http"),
                                  QStringLiteral("vm3!http"), QStringLiteral("vm4!http"),
                                  QStringLiteral("vm5!http"), QStringLiteral("vm6!http")};
    for (int i = 0; i < samples; ++i) {
        const QString key = services[i % services.size()];
        const bool problem = (i / services.size()) % 2 == 0; // CRITICAL, later the recovery
        const qint64 before = notifier.lastShowNs;
        lab.processCheckResult(key, problem ? 2 : 0,
                               problem ? QStringLiteral("CRITICAL - latency %1").arg(i)
                                       : QStringLiteral("OK - latency %1").arg(i));
        if (!waitFor([&] { return notifier.lastShowNs != before && notifier.lastId == key; }, 15000)) {
            ++timeouts;
            continue;
        }
        const MonitoredObject *o = store.find(key);
        if (!o || o->receivedNs == 0)
            continue;
        added.append((notifier.lastShowNs - o->receivedNs) / 1e6);

        if (o->serverTimestamp.isValid())
            server.append(o->serverTimestamp.msecsTo(o->receivedAt));
    }

    std::printf("notify_latency: %d samples against Icinga 2 at %s, notifier %s\n", int(added.size()),
                qPrintable(lab.value(QStringLiteral("ICINGA_URL"))), qPrintable(notifier.backendName()));
    std::printf("added latency (line received -> Notify call): p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(budget p99 < 50 ms) %s\n",
                percentile(added, 0.5), percentile(added, 0.99),
                added.isEmpty() ? 0.0 : *std::max_element(added.begin(), added.end()),
                !added.isEmpty() && percentile(added, 0.99) < 50 ? "OK" : "OVER BUDGET");
    std::printf(
        "server delivery delay (event timestamp -> line received): p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
        percentile(server, 0.5), percentile(server, 0.99),
        server.isEmpty() ? 0.0 : *std::max_element(server.begin(), server.end()));
    if (timeouts)
        std::printf("notify_latency: %d samples timed out (no notification within 15 s)\n", timeouts);
    return added.isEmpty() ? 1 : 0;
}
