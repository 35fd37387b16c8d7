#include "ReviewExport.h"

#include "core/DurationFormat.h"
#include "core/IncidentRules.h"
#include "core/Topology.h"
#include "store/MetricHistory.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace ocd {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("—");
}

QString number(double v)
{
    return QLocale().toString(v, 'f', 1);
}

// Markdown special characters in free text (notes, plugin output) must not become markup.
QString escaped(QString text)
{
    static const QString special = QStringLiteral("\\`*_{}[]<>#|");
    QString out;
    for (const QChar c : text.replace(QLatin1Char('\n'), QLatin1Char(' '))) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

ReviewExport::Data ReviewExport::gather(const Incident &incident, const QVector<JournalEntry> &journal,
                                        const QHash<QString, MonitoredObject> &objects,
                                        const Topology &topology, const MetricHistory *history,
                                        const QDateTime &now)
{
    Data d;
    d.incident = incident;
    d.journal = journal;
    d.generatedAt = now;
    for (const QString &key : incident.alarmKeys) {
        const TopologyNode *n = topology.node(key);
        if (key.contains(QLatin1Char('!')))
            d.services << key;
        else if (n && n->kind == TopologyNode::Kind::Vm)
            d.vms << key;
        else
            d.hosts << key;
    }
    if (!d.hosts.contains(incident.rootKey) && !incident.rootKey.contains(QLatin1Char('!')))
        d.hosts.prepend(incident.rootKey);
    if (!history)
        return d;
    // The host's own sensors (the host and its services), from a little before the start.
    const QDateTime from = incident.openedAt.addSecs(-15 * 60);
    const QDateTime to = incident.resolvedAt.isValid() ? incident.resolvedAt : now;
    QStringList keys{incident.rootKey};
    const int root = topology.nodeIndex(incident.rootKey);
    if (root >= 0)
        for (int child : topology.at(root).children)
            if (topology.at(child).kind == TopologyNode::Kind::Service)
                keys << topology.at(child).key;
    for (const QString &key : std::as_const(keys)) {
        if (!objects.contains(key))
            continue;
        for (const QString &label : history->labels(key)) {
            const MetricSeries *s = history->series(key, label);
            if (!s)
                continue;
            QVector<QPointF> pts;
            for (const QPointF &p : s->points(from))
                if (qint64(p.x()) <= to.toMSecsSinceEpoch())
                    pts << p;
            if (pts.isEmpty())
                continue;
            Sensor sensor{key,           label, s->unit, pts.first().y(), pts.first().y(), pts.first().y(),
                          pts.last().y()};
            for (const QPointF &p : std::as_const(pts)) {
                sensor.min = qMin(sensor.min, p.y());
                sensor.max = qMax(sensor.max, p.y());
            }
            d.sensors << sensor;
        }
    }
    return d;
}

QString ReviewExport::markdown(const Data &d)
{
    const Incident &i = d.incident;
    QString md;
    md += QStringLiteral("# ") + tr("Incident review: %1").arg(escaped(i.title)) + QStringLiteral("\n\n");
    const auto line = [&md](const QString &label, const QString &value) {
        md += QStringLiteral("- **%1:** %2\n").arg(label, value);
    };
    line(tr("State"), IncidentRules::stateText(i.state));
    line(tr("Assignee"), i.assignee.isEmpty() ? tr("nobody") : escaped(i.assignee));
    line(tr("First alarm"), when(i.openedAt));
    line(tr("Acknowledged"), when(i.acknowledgedAt));
    line(tr("All recovered"), when(i.recoveredAt));
    line(tr("Resolved"), when(i.resolvedAt));
    const auto mtta = IncidentRules::mttaSecs(i);
    const auto mttr = IncidentRules::mttrSecs(i);
    line(tr("MTTA"), mtta ? DurationFormat::compact(*mtta) : tr("not acknowledged"));
    line(tr("MTTR"), mttr ? DurationFormat::compact(*mttr) : tr("not recovered"));
    md += QStringLiteral("\n## ") + tr("Affected") + QStringLiteral("\n\n");
    line(tr("Hosts"), d.hosts.isEmpty() ? QStringLiteral("—") : d.hosts.join(QStringLiteral(", ")));
    line(tr("VMs"), d.vms.isEmpty() ? QStringLiteral("—") : d.vms.join(QStringLiteral(", ")));
    QStringList services = d.services;
    services.replaceInStrings(QStringLiteral("!"), QStringLiteral(" / "));
    line(tr("Services"), services.isEmpty() ? QStringLiteral("—") : services.join(QStringLiteral(", ")));
    if (!d.sensors.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Sensors during the incident") + QStringLiteral("\n\n");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                  .arg(tr("Sensor"), tr("Start → end"), tr("Minimum"), tr("Maximum"), tr("Unit"));
        for (const Sensor &s : d.sensors) {
            const QString unit = s.unit == QLatin1String("C") ? QStringLiteral("°C") : s.unit;
            md += QStringLiteral("| %1 %2 | %3 → %4 | %5 | %6 | %7 |\n")
                      .arg(escaped(s.object.section(QLatin1Char('!'), 0, 0)), escaped(s.label),
                           number(s.first), number(s.last), number(s.min), number(s.max), unit);
        }
    }
    md += QStringLiteral("\n## ") + tr("Timeline") + QStringLiteral("\n\n");
    md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
              .arg(tr("Time"), tr("Kind"), tr("Who"), tr("What"));
    for (const JournalEntry &e : d.journal)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(when(e.time), IncidentRules::kindText(e.kind),
                       e.author.isEmpty() ? QStringLiteral("—") : escaped(e.author), escaped(e.text));
    md += QStringLiteral("\n") + tr("Generated by On-Call Desk on %1.").arg(when(d.generatedAt)) +
          QLatin1Char('\n');
    return md;
}

bool ReviewExport::writeMarkdown(const Data &data, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(markdown(data).toUtf8()) < 0 || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool ReviewExport::writePdf(const Data &data, const QString &path, QString *error)
{
    QTextDocument doc;
    doc.setMarkdown(markdown(data));
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(tr("Incident review: %1").arg(data.incident.title));
    writer.setCreator(QStringLiteral("On-Call Desk"));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    // QPdfWriter reports no errors; an empty or missing file is the sign.
    if (QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace ocd
