#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <limits>
#include <optional>

namespace ocd {

// A monitoring-plugins threshold range ("10", "10:", "~:10", "10:20", "@10:20"). Both ends are
// inclusive. Like the reference parser (monitoring-plugins' parse_range_string) an empty start
// before the colon means 0 (":10" = "10") and an empty end after it means +infinity ("10:",
// ":" = "0:"); a start greater than the end is invalid.
struct PerfRange
{
    double start = 0;
    double end = std::numeric_limits<double>::infinity();
    bool inside = false; // '@' prefix: alert when the value is INSIDE start..end

    // True means ALERT: outside start..end, or inside it for an '@' range.
    bool contains(double value) const;
    static std::optional<PerfRange> parse(QStringView text);
    // Canonical text that parse() reads back to the same range ("10", "10:", "~:10", "@1:2").
    QString toString() const;

    friend bool operator==(const PerfRange &a, const PerfRange &b)
    {
        return a.start == b.start && a.end == b.end && a.inside == b.inside;
    }
    friend bool operator!=(const PerfRange &a, const PerfRange &b) { return !(a == b); }
};

// One performance data item: 'label'=value[UOM];[warn];[crit];[min];[max]
struct PerfValue
{
    QString label; // without the quotes; a doubled '' in a quoted label is one quote
    double value = 0;
    // The monitoring-plugins units "", "s", "ms", "us", "%", "B", "KB", "MB", "GB", "TB", "c"
    // (continuous counter), matched case-sensitively. Any other unit of 1 to 8 letters ("C" from
    // a temperature sensor, "V", "rpm", "dBm") is kept as written and never normalised: real
    // plugins emit them, and dropping a temperature would hide exactly what burns.
    QString unit;
    std::optional<PerfRange> warn, crit;
    std::optional<double> min, max; // in the same unit as the value

    // The value in seconds for time units and in bytes for byte units, otherwise as is. The
    // guidelines do not say which base KB..TB use; like check_disk and Icinga Web we use 1024
    // (1 KB = 1024 B, 1 TB = 1024^4 B).
    double normalized() const;
    QString normalizedUnit() const; // "s", "B", or the unit as written
};

// Parses the plugin performance data of one check result. Icinga hands it over as one string or
// as an array of strings; the desk's store keeps the array joined with spaces, which is exactly
// this grammar again, so pass that joined string.
//
// Items are separated by whitespace outside quotes. Per item:
// - the label is unquoted (up to the item's last '=') or single-quoted, then it may contain
//   spaces and '=', and '' stands for one quote; an empty label is malformed;
// - the value is a number ("-1", "+2.5", "1e3", ".5", and "1,5" with a comma as some plugins
//   print it) directly followed by the unit, or "U" (unknown: the item is skipped);
// - warn and crit are ranges, min and max numbers; any of them may be empty or missing,
//   trailing empty fields are fine ("time=0.2s;;;0;").
// Nothing here is fatal: a malformed item is skipped; a malformed warn/crit/min/max field or
// fields after the fifth are dropped and the item kept. Numbers beyond the range of a double
// (also after normalisation) are malformed. At most kMaxChars characters and kMaxItems items
// are read; the remainder counts as one skipped item.
//
// skipped: number of items not returned. problems: one sentence per skipped item or dropped
// field, for a details view or a log (so problems->size() >= *skipped).
class PerfdataParser
{
    Q_DECLARE_TR_FUNCTIONS(PerfdataParser)
public:
    static constexpr qsizetype kMaxChars = 64 * 1024;
    static constexpr int kMaxItems = 1000;

    static QVector<PerfValue> parse(QStringView text, int *skipped = nullptr,
                                    QStringList *problems = nullptr);
};

} // namespace ocd
