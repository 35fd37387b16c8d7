// The bounded ring buffer behind the sensor charts.
#include "core/MetricSeries.h"

#include <QTest>
#include <QTimeZone>

using ocd::MetricSeries;

namespace {
const QDateTime T0 = QDateTime(QDate(2026, 11, 26), QTime(7, 0), QTimeZone::utc());
}

class TstMetricSeries : public QObject
{
    Q_OBJECT
private slots:
    void keepsPointsInOrder()
    {
        MetricSeries s;
        for (int i = 0; i < 100; ++i)
            s.append(T0.addSecs(60 * i), 45 + i % 8);
        QCOMPARE(s.size(), 100);
        const QVector<QPointF> p = s.points();
        QCOMPARE(p.size(), 100);
        QCOMPARE(p.first().x(), double(T0.toMSecsSinceEpoch()));
        QCOMPARE(p.last().x(), double(T0.addSecs(99 * 60).toMSecsSinceEpoch()));
        QCOMPARE(p.at(7).y(), 52.0);
        QCOMPARE(s.maxValue(), 52.0);
        QCOMPARE(s.minValue(), 45.0);
    }

    void ignoresRepeatedAndOlderSamples()
    {
        MetricSeries s;
        s.append(T0.addSecs(120), 1);
        s.append(T0.addSecs(120), 2); // a resync repeats the last result
        s.append(T0.addSecs(60), 3);  // an older, buffered one
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.last()->y(), 1.0);
    }

    void dropsPointsOutsideTheWindowOnceFull()
    {
        // 10 minutes window, one point a minute: it grows to hold the window, then overwrites.
        MetricSeries s(10 * 60, 1000);
        for (int i = 0; i < 200; ++i)
            s.append(T0.addSecs(60 * i), i);
        QVERIFY2(s.size() <= 32, qPrintable(QString::number(s.size()))); // 16, doubled once
        QCOMPARE(s.last()->y(), 199.0);
        const QVector<QPointF> recent = s.points(T0.addSecs(190 * 60));
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first().y(), 190.0);
    }

    void respectsThePointCap()
    {
        MetricSeries s(24 * 3600, 64);
        for (int i = 0; i < 1000; ++i)
            s.append(T0.addSecs(i), i);
        QCOMPARE(s.size(), 64);
        QCOMPARE(s.points().first().y(), 936.0);
        QVERIFY(s.memoryBytes() < 64 * 8 + 200);
    }

    void windowFilter()
    {
        MetricSeries s;
        for (int i = 0; i < 60; ++i)
            s.append(T0.addSecs(60 * i), i);
        QCOMPARE(s.points(T0.addSecs(45 * 60)).size(), 15);
        QCOMPARE(s.points(T0.addSecs(3600)).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstMetricSeries)
#include "tst_metric_series.moc"
