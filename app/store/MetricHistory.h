#pragma once

#include "core/MetricSeries.h"

#include <QHash>
#include <QStringList>

namespace ocd {

// The sensor history of every object: each check result's perfdata is parsed and each metric
// appended to its own MetricSeries. Fed by the AlarmStore as it applies results; read by the
// chart views. Memory is bounded per series (time window and point cap).
class MetricHistory
{
public:
    explicit MetricHistory(qint64 windowSecs = 24 * 3600, int maxPointsPerSeries = 8640);

    void record(const QString &objectKey, const QDateTime &t, const QString &perfdata);
    void clear();

    const MetricSeries *series(const QString &objectKey, const QString &label) const;
    QStringList labels(const QString &objectKey) const; // in the order the plugin reports them
    int seriesCount() const;
    qsizetype memoryBytes() const;
    int skippedPerfdata() const { return m_skipped; } // malformed perfdata items, counted

private:
    struct ObjectMetrics
    {
        QStringList order;
        QHash<QString, MetricSeries> byLabel;
    };
    qint64 m_windowSecs;
    int m_maxPoints;
    QHash<QString, ObjectMetrics> m_objects;
    int m_skipped = 0;
};

} // namespace ocd
