#pragma once

#include <QCoreApplication>
#include <QString>

namespace ocd {

// Compact, localised durations for lists ("3 h 12 min", "45 s"): two units at most, because
// an on-call engineer reads "how long roughly", not the exact second, after the first minute.
class DurationFormat
{
    Q_DECLARE_TR_FUNCTIONS(DurationFormat)
public:
    static QString compact(qint64 seconds);
};

} // namespace ocd
