#pragma once

#include "core/Incident.h"
#include "core/MonitoredObject.h"

#include <QCoreApplication>
#include <QHash>

namespace ocd {

class MetricHistory;
class Topology;

// The review of an incident for the root-cause meeting: its timeline, MTTA and MTTR, what was
// affected (hosts, VMs, services) and the extremes of the host's sensors during the incident
// (45 -> 52 °C). As Markdown (for a wiki or a ticket) and as PDF (QTextDocument + QPdfWriter).
class ReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(ReviewExport)
public:
    struct Sensor
    {
        QString object; // host or host!service
        QString label;
        QString unit;
        double first = 0;
        double min = 0;
        double max = 0;
        double last = 0;
    };

    struct Data
    {
        Incident incident;
        QVector<JournalEntry> journal;
        QStringList hosts, vms, services;
        QVector<Sensor> sensors;
        QDateTime generatedAt;
    };

    static Data gather(const Incident &incident, const QVector<JournalEntry> &journal,
                       const QHash<QString, MonitoredObject> &objects, const Topology &topology,
                       const MetricHistory *history, const QDateTime &now);
    static QString markdown(const Data &data);
    static bool writeMarkdown(const Data &data, const QString &path, QString *error);
    static bool writePdf(const Data &data, const QString &path, QString *error);
};

} // namespace ocd
