#include "StatusSummary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ocd {

int StatusSummary::exitCode() const
{
    if (!live)
        return 3;
    // Only what nobody has taken yet counts: an acknowledged outage should not keep a bar red.
    if (counts.worstUnhandled >= 3)
        return 2;
    if (counts.worstUnhandled >= 1)
        return 1;
    return 0;
}

QString StatusSummary::line() const
{
    static const char *const words[] = {"OK", "WARNING", "CRITICAL", "UNKNOWN"};
    const int code = exitCode();
    if (code == 3)
        return QStringLiteral("UNKNOWN: ") + tr("monitoring feed down: %1").arg(connection);
    return QStringLiteral("%1: ").arg(QLatin1String(words[code])) +
           tr("%1 down, %2 critical, %3 warning, %4 unknown, %5 unacknowledged")
               .arg(counts.down)
               .arg(counts.critical)
               .arg(counts.warning)
               .arg(counts.unknown)
               .arg(counts.unacknowledged);
}

QByteArray StatusSummary::toJson() const
{
    const QJsonObject o{{QStringLiteral("status"), exitCode()},
                        {QStringLiteral("text"), line()},
                        {QStringLiteral("live"), live},
                        {QStringLiteral("connection"), connection},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("demo"), demo},
                        {QStringLiteral("down"), counts.down},
                        {QStringLiteral("critical"), counts.critical},
                        {QStringLiteral("warning"), counts.warning},
                        {QStringLiteral("unknown"), counts.unknown},
                        {QStringLiteral("unacknowledged"), counts.unacknowledged},
                        {QStringLiteral("worstUnacknowledged"), counts.worstUnhandled},
                        {QStringLiteral("snoozedUntil"),
                         snoozedUntil.isValid() ? snoozedUntil.toString(Qt::ISODate) : QString()},
                        {QStringLiteral("windowVisible"), windowVisible}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool StatusSummary::fromJson(const QByteArray &json, StatusSummary *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    out->live = o.value(QLatin1String("live")).toBool();
    out->connection = o.value(QLatin1String("connection")).toString();
    out->source = o.value(QLatin1String("source")).toString();
    out->demo = o.value(QLatin1String("demo")).toBool();
    out->counts.down = o.value(QLatin1String("down")).toInt();
    out->counts.critical = o.value(QLatin1String("critical")).toInt();
    out->counts.warning = o.value(QLatin1String("warning")).toInt();
    out->counts.unknown = o.value(QLatin1String("unknown")).toInt();
    out->counts.unacknowledged = o.value(QLatin1String("unacknowledged")).toInt();
    out->counts.worstUnhandled = o.value(QLatin1String("worstUnacknowledged")).toInt();
    out->snoozedUntil = QDateTime::fromString(o.value(QLatin1String("snoozedUntil")).toString(), Qt::ISODate);
    out->windowVisible = o.value(QLatin1String("windowVisible")).toBool();
    return true;
}

} // namespace ocd
