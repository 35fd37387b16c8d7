#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace ocd::json {

// Type-checked reads of untrusted JSON: a field of the wrong type reads as absent, never as
// garbage, and the caller decides whether absence is an error.

inline bool stringField(const QJsonObject &o, QLatin1StringView key, QString *out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

inline bool intField(const QJsonObject &o, QLatin1StringView key, int *out)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < -1e9 || d > 1e9)
        return false;
    *out = int(d);
    return true;
}

inline bool boolField(const QJsonObject &o, QLatin1StringView key, bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isDouble()) { // Icinga reports some flags as 0/1 numbers
        *out = v.toDouble() != 0;
        return true;
    }
    return false;
}

// Icinga timestamps are seconds since the epoch as floating point; 0 means "never".
inline QDateTime timeField(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return {};
    const double s = v.toDouble();
    if (s <= 0 || s > 32503680000.0) // year 3000: anything beyond is garbage
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(s * 1000.0), QTimeZone::utc());
}

// Plugin perfdata arrives as an array of strings (2.x API) or, rarely, a single string.
inline QString perfdataField(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isArray())
        return {};
    QStringList parts;
    for (const QJsonValue &p : v.toArray())
        if (p.isString())
            parts.append(p.toString());
    return parts.join(QLatin1Char(' '));
}

} // namespace ocd::json
