#include "ChartFeeder.h"

#include "core/Clock.h"
#include "store/AlarmStore.h"
#include "store/MetricHistory.h"

#include <QLocale>
#include <QXYSeries>

#include <cmath>

namespace ocd {

ChartFeeder::ChartFeeder(AlarmStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    auto bump = [this] {
        ++m_revision;
        emit revisionChanged();
    };
    connect(store, &AlarmStore::objectsChanged, this, bump);
    connect(store, &AlarmStore::resetDone, this, bump);
}

QVariantList ChartFeeder::metrics(const QString &objectKey) const
{
    const MetricHistory *h = m_store->history();
    const MonitoredObject *o = m_store->find(objectKey);
    if (!h || !o)
        return {};
    QStringList keys{objectKey};
    if (o->isHost()) // a host page shows all its sensors
        for (const MonitoredObject &s : m_store->objects())
            if (!s.isHost() && s.hostName == o->hostName)
                keys.append(s.key());
    std::sort(keys.begin() + 1, keys.end());
    QVariantList out;
    for (const QString &key : std::as_const(keys)) {
        for (const QString &label : h->labels(key)) {
            const MetricSeries *s = h->series(key, label);
            if (!s)
                continue;
            const QString service = key.section(QLatin1Char('!'), 1);
            out.append(QVariantMap{{QStringLiteral("key"), key},
                                   {QStringLiteral("label"), label},
                                   {QStringLiteral("title"),
                                    service.isEmpty() ? label : service + QStringLiteral(" · ") + label},
                                   {QStringLiteral("unit"), s->unit},
                                   {QStringLiteral("hasWarn"), s->warn.has_value()},
                                   {QStringLiteral("warn"), s->warn.value_or(0)},
                                   {QStringLiteral("hasCrit"), s->crit.has_value()},
                                   {QStringLiteral("crit"), s->crit.value_or(0)},
                                   {QStringLiteral("last"), s->last() ? s->last()->y() : 0.0},
                                   {QStringLiteral("points"), s->size()}});
        }
    }
    return out;
}

QVariantList ChartFeeder::compareCandidates(const QString &objectKey, const QString &label) const
{
    const MetricHistory *h = m_store->history();
    const MonitoredObject *o = m_store->find(objectKey);
    if (!h || !o)
        return {};
    QVariantList out;
    QStringList keys;
    for (const MonitoredObject &other : m_store->objects())
        if (other.serviceName == o->serviceName && other.isHost() == o->isHost() &&
            h->series(other.key(), label))
            keys.append(other.key());
    keys.sort();
    for (const QString &k : std::as_const(keys))
        out.append(QVariantMap{{QStringLiteral("key"), k},
                               {QStringLiteral("title"), k.section(QLatin1Char('!'), 0, 0)}});
    return out;
}

int ChartFeeder::fill(QObject *lineSeries, const QString &objectKey, const QString &label,
                      int windowMinutes) const
{
    auto *series = qobject_cast<QXYSeries *>(lineSeries);
    const MetricHistory *h = m_store->history();
    const MetricSeries *s = h ? h->series(objectKey, label) : nullptr;
    if (!series)
        return 0;
    if (!s) {
        series->clear();
        return 0;
    }
    const QDateTime from = m_store->clock()->now().addSecs(-qint64(windowMinutes) * 60);
    const QVector<QPointF> pts = s->points(from);
    series->replace(QList<QPointF>(pts.cbegin(), pts.cend()));
    return int(pts.size());
}

QVariantMap ChartFeeder::yRange(const QStringList &keys, const QString &label, int windowMinutes) const
{
    const MetricHistory *h = m_store->history();
    double lo = INFINITY, hi = -INFINITY;
    const QDateTime from = m_store->clock()->now().addSecs(-qint64(windowMinutes) * 60);
    for (const QString &k : keys) {
        const MetricSeries *s = h ? h->series(k, label) : nullptr;
        if (!s)
            continue;
        lo = qMin(lo, s->minValue(from));
        hi = qMax(hi, s->maxValue(from));
        // Thresholds stay visible, so "how close to critical" can be read off the chart.
        for (const std::optional<double> &t : {s->warn, s->crit})
            if (t) {
                lo = qMin(lo, *t);
                hi = qMax(hi, *t);
            }
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    const double pad = qMax(0.5, (hi - lo) * 0.08);
    return {{QStringLiteral("min"), lo - pad}, {QStringLiteral("max"), hi + pad}};
}

QString ChartFeeder::formatValue(double value, const QString &unit) const
{
    const QString u = unit == QLatin1String("C") ? QStringLiteral("°C") : unit;
    return QLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : 1) +
           (u.isEmpty() ? QString() : QLatin1Char(' ') + u);
}

} // namespace ocd
