#include "ResponseClock.h"

#include <QRegularExpression>

#include <algorithm>

namespace ocd {

using Period = ServiceHours::Period;

ResponseClock ResponseClock::started(const QDateTime &start, SupportTier tier, const ServiceHours &hours,
                                     int standardHours)
{
    ResponseClock c;
    c.start = start.toTimeZone(ServiceHours::timeZone());
    c.tier = tier;
    if (tier == SupportTier::Standard) {
        c.allowanceSecs = qint64(std::max(0, standardHours)) * 3600;
        c.due = hours.addSecondsIn(Period::Main, c.start, c.allowanceSecs);
    } else {
        c.allowanceSecs = qint64(extendedHours(tier)) * 3600;
        // addSecs on a zoned QDateTime moves the instant, so DST does not stretch the promise.
        c.due = c.start.addSecs(c.allowanceSecs);
    }
    return c;
}

bool ResponseClock::tierFromKey(const QString &key, SupportTier *tier)
{
    static const QRegularExpression noise(QStringLiteral(R"([\s_-])"));
    QString k = key.toLower().remove(noise);
    if (k == QLatin1String("standard") || k == QLatin1String("std")) {
        *tier = SupportTier::Standard;
        return true;
    }
    for (const char *prefix : {"extendedsupport", "extended", "ext"}) {
        if (k.startsWith(QLatin1String(prefix))) {
            k.remove(0, qsizetype(qstrlen(prefix)));
            break;
        }
    }
    for (const char *suffix : {"hours", "hour", "h"}) {
        if (k.endsWith(QLatin1String(suffix))) {
            k.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    if (k == QLatin1String("8"))
        *tier = SupportTier::Extended8;
    else if (k == QLatin1String("4"))
        *tier = SupportTier::Extended4;
    else if (k == QLatin1String("2"))
        *tier = SupportTier::Extended2;
    else
        return false;
    return true;
}

QString ResponseClock::tierKey(SupportTier tier)
{
    switch (tier) {
    case SupportTier::Standard:
        break;
    case SupportTier::Extended8:
        return QStringLiteral("extended-8h");
    case SupportTier::Extended4:
        return QStringLiteral("extended-4h");
    case SupportTier::Extended2:
        return QStringLiteral("extended-2h");
    }
    return QStringLiteral("standard");
}

QString ResponseClock::tierName(SupportTier tier)
{
    if (tier == SupportTier::Standard)
        return tr("Standard Support");
    return tr("Extended Support %1 h").arg(extendedHours(tier));
}

int ResponseClock::extendedHours(SupportTier tier)
{
    switch (tier) {
    case SupportTier::Standard:
        break;
    case SupportTier::Extended8:
        return 8;
    case SupportTier::Extended4:
        return 4;
    case SupportTier::Extended2:
        return 2;
    }
    return 0;
}

qint64 ResponseClock::remainingSecs(const QDateTime &now, const ServiceHours &hours) const
{
    if (!due.isValid())
        return std::max<qint64>(0, allowanceSecs - hours.secondsIn(Period::Main, start, now));
    if (now > due)
        return -due.secsTo(now);
    if (tier != SupportTier::Standard)
        return now.secsTo(due);
    // Before the start (a clock set up ahead) the whole allowance is left, not more.
    return std::min(allowanceSecs, hours.secondsIn(Period::Main, now, due));
}

bool ResponseClock::breached(const QDateTime &now, const QDateTime &answeredAt) const
{
    if (!due.isValid())
        return false;
    return answeredAt.isValid() ? answeredAt > due : now > due;
}

ResponseClock::Status ResponseClock::status(const QDateTime &now, const ServiceHours &hours,
                                            const QDateTime &answeredAt) const
{
    if (answeredAt.isValid())
        return breached(now, answeredAt) ? Status::Breached : Status::Answered;
    if (breached(now))
        return Status::Breached;
    const qint64 left = remainingSecs(now, hours);
    if (tier == SupportTier::Standard &&
        (!due.isValid() || (left > 0 && hours.periodAt(now) != Period::Main)))
        return Status::Paused;
    if (left * 4 <= allowanceSecs)
        return Status::Warning;
    return Status::Running;
}

QString ResponseClock::describe(const QDateTime &now, const ServiceHours &hours,
                                const QDateTime &answeredAt) const
{
    switch (status(now, hours, answeredAt)) {
    case Status::Answered:
        return tr("answered in time");
    case Status::Breached:
        if (answeredAt.isValid())
            return tr("answered %1 late").arg(formatDuration(due.secsTo(answeredAt)));
        return tr("overdue by %1").arg(formatDuration(due.secsTo(now)));
    case Status::Paused: {
        const QString left = formatDuration(remainingSecs(now, hours));
        const QDateTime resume = hours.nextIn(Period::Main, now);
        if (!resume.isValid())
            return tr("%1 left, paused (no main hours ahead)").arg(left);
        return tr("%1 left, paused until %2 (standard support runs in main hours)")
            .arg(left, ServiceHours::formatMoment(resume, now));
    }
    case Status::Warning:
    case Status::Running:
        break;
    }
    return tr("%1 left").arg(formatDuration(remainingSecs(now, hours)));
}

QString ResponseClock::formatDuration(qint64 secs)
{
    const qint64 minutes = (std::max<qint64>(0, secs) + 59) / 60;
    const qint64 days = minutes / 1440;
    const qint64 hours = minutes % 1440 / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

} // namespace ocd
