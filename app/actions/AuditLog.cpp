#include "AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <unistd.h>

namespace ocd {

AuditLog::AuditLog(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

bool AuditLog::append(const AuditEntry &e)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot write the audit log %1: %2").arg(m_path, f.errorString());
        emit writeFailed(m_error);
        return false;
    }
    const QJsonObject o{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("user"), e.user},
                        {QStringLiteral("server"), e.server},
                        {QStringLiteral("action"), e.action},
                        {QStringLiteral("object"), e.object},
                        {QStringLiteral("detail"), e.detail},
                        {QStringLiteral("outcome"), e.outcome},
                        {QStringLiteral("exit"), e.exitCode},
                        {QStringLiteral("output"), e.output}};
    // One write() of a whole line in append mode: concurrent desks on one account cannot interleave.
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    // A crash mid-write can leave a torn last line; start on a fresh line so this entry is whole.
    if (f.size() > 0) {
        QFile tail(m_path);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            line.prepend('\n');
    }
    const bool ok = f.write(line) == line.size() && f.flush() && ::fsync(f.handle()) == 0;
    if (!ok) {
        m_error = tr("Cannot write the audit log %1: %2").arg(m_path, f.errorString());
        emit writeFailed(m_error);
        return false;
    }
    emit appended(e);
    return true;
}

QVector<AuditEntry> AuditLog::recent(int limit) const
{
    QVector<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    // The log only grows; the tail is enough for the view.
    const qint64 tail = 512 * 1024;
    if (f.size() > tail)
        f.seek(f.size() - tail);
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue; // the first (cut) line of the tail, or a torn last line
        AuditEntry e;
        e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        e.user = o.value(QLatin1String("user")).toString();
        e.server = o.value(QLatin1String("server")).toString();
        e.action = o.value(QLatin1String("action")).toString();
        e.object = o.value(QLatin1String("object")).toString();
        e.detail = o.value(QLatin1String("detail")).toString();
        e.outcome = o.value(QLatin1String("outcome")).toString();
        e.exitCode = o.value(QLatin1String("exit")).toInt(-1);
        e.output = o.value(QLatin1String("output")).toString();
        out.append(e);
    }
    if (out.size() > limit)
        out.remove(0, out.size() - limit);
    return out;
}

} // namespace ocd
