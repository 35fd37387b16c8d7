#pragma once

#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QVector>

#include <optional>

namespace ocd {

// One metric's history (a perfdata label of one host or service) in a bounded ring buffer that
// keeps a time window (default 24 h) at whatever interval the checks run: it starts small and
// doubles while the oldest point is still inside the window, up to maxPoints, then overwrites
// the oldest. A point is 8 bytes (seconds relative to the series' base, float value), so
// 2,000 sensors x 24 h at one point a minute stay near 23 MB.
class MetricSeries
{
public:
    static constexpr int kInitialCapacity = 16;

    explicit MetricSeries(qint64 windowSecs = 24 * 3600, int maxPoints = 8640);

    // Appends a sample; one at or before the newest point replaces nothing and is ignored
    // (events buffered during a resync repeat old results).
    void append(const QDateTime &t, double value);
    int size() const { return m_count; }
    qint64 windowSecs() const { return m_windowSecs; }
    // Points not older than `from` (msecs since epoch x, value y), oldest first.
    QVector<QPointF> points(const QDateTime &from = {}) const;
    std::optional<QPointF> last() const;
    double minValue(const QDateTime &from = {}) const;
    double maxValue(const QDateTime &from = {}) const;
    qsizetype memoryBytes() const
    {
        return m_ring.capacity() * qsizetype(sizeof(Point)) + qsizetype(sizeof(*this));
    }

    // What the latest perfdata said about the scale (thresholds are drawn as lines).
    QString unit;
    std::optional<double> warn, crit, min, max;

private:
    struct Point
    {
        qint32 secs; // relative to m_baseSecs
        float value;
    };
    const Point &at(int i) const { return m_ring[(m_head + i) % m_ring.size()]; }

    qint64 m_windowSecs;
    int m_maxPoints;
    qint64 m_baseSecs = 0;
    QVector<Point> m_ring;
    int m_head = 0; // index of the oldest point
    int m_count = 0;
};

} // namespace ocd
