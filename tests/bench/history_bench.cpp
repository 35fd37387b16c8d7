// history_bench: memory of 24 h of sensor history for 2,000 sensors at one point a minute
// (budget < 60 MB), fed through the real perfdata parser. A program, not a test.
#include "store/MetricHistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimeZone>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kSensors = 2000;
    constexpr int kMinutes = 24 * 60;
    ocd::MetricHistory history;
    const QDateTime t0 = QDateTime(QDate(2026, 11, 26), QTime(0, 0), QTimeZone::utc());
    QElapsedTimer t;
    t.start();
    for (int m = 0; m < kMinutes; ++m)
        for (int s = 0; s < kSensors; ++s)
            history.record(QStringLiteral("host%1!temperature").arg(s), t0.addSecs(60 * m),
                           QStringLiteral("'temperature'=%1C;50;55;0;100").arg(40 + (m + s) % 15));
    const double secs = t.nsecsElapsed() / 1e9;
    const double mb = double(history.memoryBytes()) / (1024.0 * 1024.0);
    std::printf("history: %d sensors x %d points (24 h at 1/min) = %.1f MB (budget < 60 MB) %s; "
                "recorded %d results in %.2f s (%.0f/s)\n",
                history.seriesCount(), kMinutes, mb, mb < 60 ? "OK" : "OVER BUDGET", kSensors * kMinutes,
                secs, kSensors * kMinutes / secs);
    return 0;
}
