#include "MetricSeries.h"

#include <limits>

namespace ocd {

MetricSeries::MetricSeries(qint64 windowSecs, int maxPoints)
    : m_windowSecs(windowSecs), m_maxPoints(maxPoints)
{}

void MetricSeries::append(const QDateTime &t, double value)
{
    const qint64 secs = t.toSecsSinceEpoch();
    if (m_count == 0) {
        m_baseSecs = secs;
        m_ring.resize(kInitialCapacity);
    } else if (secs <= m_baseSecs + at(m_count - 1).secs) {
        return;
    }
    const Point p{qint32(secs - m_baseSecs), float(value)};
    if (m_count < m_ring.size()) {
        m_ring[(m_head + m_count) % m_ring.size()] = p;
        ++m_count;
        return;
    }
    // Full: grow while the oldest point is still inside the window, else overwrite it.
    const bool oldestInWindow = secs - (m_baseSecs + at(0).secs) < m_windowSecs;
    if (oldestInWindow && m_ring.size() < m_maxPoints) {
        QVector<Point> bigger;
        bigger.reserve(qMin<qsizetype>(m_ring.size() * 2, m_maxPoints));
        for (int i = 0; i < m_count; ++i)
            bigger.append(at(i));
        bigger.resize(qMin<qsizetype>(m_ring.size() * 2, m_maxPoints));
        m_ring = std::move(bigger);
        m_head = 0;
        m_ring[m_count++] = p;
        return;
    }
    m_ring[m_head] = p;
    m_head = (m_head + 1) % m_ring.size();
}

QVector<QPointF> MetricSeries::points(const QDateTime &from) const
{
    const qint64 fromSecs = from.isValid() ? from.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    QVector<QPointF> out;
    out.reserve(m_count);
    for (int i = 0; i < m_count; ++i) {
        const qint64 s = m_baseSecs + at(i).secs;
        if (s >= fromSecs)
            out.append(QPointF(double(s) * 1000.0, double(at(i).value)));
    }
    return out;
}

std::optional<QPointF> MetricSeries::last() const
{
    if (m_count == 0)
        return std::nullopt;
    const Point &p = at(m_count - 1);
    return QPointF(double(m_baseSecs + p.secs) * 1000.0, double(p.value));
}

double MetricSeries::minValue(const QDateTime &from) const
{
    double m = std::numeric_limits<double>::infinity();
    for (const QPointF &p : points(from))
        m = qMin(m, p.y());
    return m;
}

double MetricSeries::maxValue(const QDateTime &from) const
{
    double m = -std::numeric_limits<double>::infinity();
    for (const QPointF &p : points(from))
        m = qMax(m, p.y());
    return m;
}

} // namespace ocd
