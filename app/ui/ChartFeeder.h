#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class QAbstractSeries;

namespace ocd {

class AlarmStore;

// Hands metric history to Qt Charts in QML: which metrics an object (or a host with its
// services) has, and fills a LineSeries with one metric's points in a time window (replace() in
// one call, so a 24 h series of 1,440 points costs one redraw, not 1,440).
class ChartFeeder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the composition root, reached through Desk.charts")
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit ChartFeeder(AlarmStore *store, QObject *parent = nullptr);

    // Bumped when new points arrived (at most with the store's batches): charts re-fill.
    int revision() const { return m_revision; }

    // For an object key; a host key also lists its services' metrics.
    // Each: {key, label, title, unit, warn, crit, hasWarn, hasCrit, last, points}.
    Q_INVOKABLE QVariantList metrics(const QString &objectKey) const;
    // Objects that report the same metric label under the same service name on other hosts
    // ("is one host hot, or the room?"): [{key, title}].
    Q_INVOKABLE QVariantList compareCandidates(const QString &objectKey, const QString &label) const;
    // Fills a QML LineSeries; returns the number of points. Also reports the y range seen.
    Q_INVOKABLE int fill(QObject *lineSeries, const QString &objectKey, const QString &label,
                         int windowMinutes) const;
    Q_INVOKABLE QVariantMap yRange(const QStringList &keys, const QString &label, int windowMinutes) const;
    Q_INVOKABLE QString formatValue(double value, const QString &unit) const;

signals:
    void revisionChanged();

private:
    AlarmStore *m_store;
    int m_revision = 0;
};

} // namespace ocd
