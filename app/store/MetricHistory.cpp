#include "MetricHistory.h"

#include "core/Perfdata.h"

#include <cmath>

namespace ocd {

namespace {
// A threshold line for the chart: the range's upper end where it has one (the usual "alert
// above"), else its lower end.
std::optional<double> thresholdLine(const std::optional<PerfRange> &r)
{
    if (!r)
        return std::nullopt;
    if (std::isfinite(r->end))
        return r->end;
    if (std::isfinite(r->start))
        return r->start;
    return std::nullopt;
}
} // namespace

MetricHistory::MetricHistory(qint64 windowSecs, int maxPointsPerSeries)
    : m_windowSecs(windowSecs), m_maxPoints(maxPointsPerSeries)
{}

void MetricHistory::record(const QString &objectKey, const QDateTime &t, const QString &perfdata)
{
    if (perfdata.isEmpty() || !t.isValid())
        return;
    int skipped = 0;
    const QVector<PerfValue> values = PerfdataParser::parse(perfdata, &skipped);
    m_skipped += skipped;
    if (values.isEmpty())
        return;
    ObjectMetrics &om = m_objects[objectKey];
    for (const PerfValue &v : values) {
        auto it = om.byLabel.find(v.label);
        if (it == om.byLabel.end()) {
            it = om.byLabel.insert(v.label, MetricSeries(m_windowSecs, m_maxPoints));
            om.order.append(v.label);
        }
        it->append(t, v.value);
        it->unit = v.unit;
        it->warn = thresholdLine(v.warn);
        it->crit = thresholdLine(v.crit);
        it->min = v.min;
        it->max = v.max;
    }
}

void MetricHistory::clear()
{
    m_objects.clear();
}

const MetricSeries *MetricHistory::series(const QString &objectKey, const QString &label) const
{
    auto o = m_objects.constFind(objectKey);
    if (o == m_objects.cend())
        return nullptr;
    auto s = o->byLabel.constFind(label);
    return s == o->byLabel.cend() ? nullptr : &*s;
}

QStringList MetricHistory::labels(const QString &objectKey) const
{
    return m_objects.value(objectKey).order;
}

int MetricHistory::seriesCount() const
{
    int n = 0;
    for (const ObjectMetrics &o : m_objects)
        n += int(o.byLabel.size());
    return n;
}

qsizetype MetricHistory::memoryBytes() const
{
    qsizetype bytes = 0;
    for (const ObjectMetrics &o : m_objects)
        for (const MetricSeries &s : o.byLabel)
            bytes += s.memoryBytes() + 64; // + the hash node and label, roughly
    return bytes;
}

} // namespace ocd
