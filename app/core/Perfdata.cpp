#include "Perfdata.h"

#include <QLocale>

#include <charconv>
#include <cmath>
#include <string>

namespace ocd {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr qsizetype kMaxUnitLetters = 8;
constexpr qsizetype kExcerptChars = 60;

// ASCII whitespace only: a no-break space inside a label is part of the label, not a separator.
bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\v') || c == QLatin1Char('\f');
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isDecimalSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char(',');
}

qsizetype skipDigits(QStringView s, qsizetype i)
{
    while (i < s.size() && isDigit(s[i]))
        ++i;
    return i;
}

// Length of the number at the start of s, 0 if there is none:
// [+-] (digits [sep [digits]] | sep digits) [(e|E) [+-] digits], sep being '.' or ','.
// An 'e' without exponent digits is not part of the number ("5e" is 5 with the unit "e").
qsizetype scanNumber(QStringView s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-')))
        ++i;
    const qsizetype intStart = i;
    i = skipDigits(s, i);
    bool digits = i > intStart;
    if (i < s.size() && isDecimalSeparator(s[i])) {
        const qsizetype fracStart = i + 1;
        const qsizetype fracEnd = skipDigits(s, fracStart);
        if (digits || fracEnd > fracStart) {
            digits = true;
            i = fracEnd;
        }
    }
    if (!digits)
        return 0;
    if (i < s.size() && (s[i] == QLatin1Char('e') || s[i] == QLatin1Char('E'))) {
        qsizetype e = i + 1;
        if (e < s.size() && (s[e] == QLatin1Char('+') || s[e] == QLatin1Char('-')))
            ++e;
        const qsizetype expEnd = skipDigits(s, e);
        if (expEnd > e)
            i = expEnd;
    }
    return i;
}

// The whole of s as a number; nothing for other text and for magnitudes a double cannot hold
// (over- and underflow both: a reading of 1e-400 is garbage, not a measurement).
std::optional<double> toNumber(QStringView s)
{
    if (s.isEmpty() || scanNumber(s) != s.size())
        return std::nullopt;
    // std::from_chars: locale-independent (strtod follows LC_NUMERIC, which Qt sets from the
    // environment), but it wants '.' and no '+'.
    std::string ascii;
    ascii.reserve(size_t(s.size()));
    for (const QChar c : s) {
        if (c == QLatin1Char('+'))
            continue;
        ascii.push_back(c == QLatin1Char(',') ? '.' : char(c.unicode()));
    }
    double value = 0;
    const char *end = ascii.data() + ascii.size();
    const auto [ptr, ec] = std::from_chars(ascii.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString formatNumber(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// Factor to seconds or bytes, and which of the two; 1 and no base for every other unit.
double unitScale(const QString &unit, QLatin1StringView *base)
{
    static const struct
    {
        const char *name;
        double scale;
        bool time;
    } kUnits[] = {
        {"s", 1, true},
        {"ms", 1e-3, true},
        {"us", 1e-6, true},
        {"B", 1, false},
        {"KB", 1024.0, false},
        {"MB", 1024.0 * 1024, false},
        {"GB", 1024.0 * 1024 * 1024, false},
        {"TB", 1024.0 * 1024 * 1024 * 1024, false},
    };
    for (const auto &u : kUnits) {
        if (unit == QLatin1StringView(u.name)) {
            *base = u.time ? QLatin1StringView("s") : QLatin1StringView("B");
            return u.scale;
        }
    }
    *base = QLatin1StringView();
    return 1;
}

// "", "%", or 1 to 8 letters (the standard units are letters too).
bool isAcceptedUnit(QStringView unit)
{
    if (unit.isEmpty() || unit == QLatin1StringView("%"))
        return true;
    if (unit.size() > kMaxUnitLetters)
        return false;
    for (const QChar c : unit) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

// Offending text in a problem sentence: long enough to recognise, short enough to read.
QString excerpt(QStringView s)
{
    if (s.size() <= kExcerptChars)
        return s.toString();
    return s.left(kExcerptChars).toString() + QChar(0x2026);
}

// Problem sentences are only formatted when the caller asked for them.
class Problems
{
public:
    explicit Problems(QStringList *out) : m_out(out) {}
    template <typename Sentence> void add(Sentence &&sentence)
    {
        if (m_out)
            m_out->append(sentence());
    }

private:
    QStringList *m_out;
};

// The value field and the four optional ones; nothing if the item has to be skipped.
std::optional<PerfValue> parseItem(QString label, QStringView data, Problems &problems)
{
    QStringView fields[5];
    int count = 0;
    bool extra = false; // a non-empty sixth field or later
    qsizetype from = 0;
    while (true) {
        const qsizetype semicolon = data.indexOf(QLatin1Char(';'), from);
        const QStringView field = data.mid(from, semicolon < 0 ? -1 : semicolon - from);
        if (count < 5)
            fields[count++] = field;
        else if (!field.isEmpty())
            extra = true;
        if (semicolon < 0)
            break;
        from = semicolon + 1;
    }

    const QStringView valueField = fields[0];
    if (valueField == QLatin1StringView("U")) {
        problems.add([&] { return PerfdataParser::tr("'%1': the value is unknown (U)").arg(label); });
        return std::nullopt;
    }
    const qsizetype numberLength = scanNumber(valueField);
    const std::optional<double> number = toNumber(valueField.left(numberLength));
    if (!number) {
        problems.add(
            [&] { return PerfdataParser::tr("'%1': '%2' is not a number").arg(label, excerpt(valueField)); });
        return std::nullopt;
    }
    const QStringView unit = valueField.mid(numberLength);
    if (!isAcceptedUnit(unit)) {
        problems.add([&] { return PerfdataParser::tr("'%1': unknown unit '%2'").arg(label, excerpt(unit)); });
        return std::nullopt;
    }

    PerfValue v;
    v.label = std::move(label);
    v.value = *number;
    v.unit = unit.toString();
    if (!std::isfinite(v.normalized())) {
        problems.add([&] {
            return PerfdataParser::tr("'%1': %2 %3 is too large").arg(v.label, formatNumber(v.value), v.unit);
        });
        return std::nullopt;
    }

    // Broken optional fields are dropped, the value stays: it is what the graph and the person
    // on duty need, the thresholds are only context.
    const auto range = [&](QStringView text, std::optional<PerfRange> *out, bool critical) {
        if (text.isEmpty())
            return;
        *out = PerfRange::parse(text);
        if (!*out) {
            problems.add([&] {
                return (critical ? PerfdataParser::tr("'%1': the critical threshold '%2' is not a range")
                                 : PerfdataParser::tr("'%1': the warning threshold '%2' is not a range"))
                    .arg(v.label, excerpt(text));
            });
        }
    };
    const auto limit = [&](QStringView text, std::optional<double> *out, bool maximum) {
        if (text.isEmpty())
            return;
        *out = toNumber(text);
        if (!*out) {
            problems.add([&] {
                return (maximum ? PerfdataParser::tr("'%1': the maximum '%2' is not a number")
                                : PerfdataParser::tr("'%1': the minimum '%2' is not a number"))
                    .arg(v.label, excerpt(text));
            });
        }
    };
    range(fields[1], &v.warn, false);
    range(fields[2], &v.crit, true);
    limit(fields[3], &v.min, false);
    limit(fields[4], &v.max, true);
    if (extra)
        problems.add(
            [&] { return PerfdataParser::tr("'%1': fields after the fifth were ignored").arg(v.label); });
    return v;
}

} // namespace

bool PerfRange::contains(double value) const
{
    const bool within = value >= start && value <= end;
    return inside ? within : !within;
}

std::optional<PerfRange> PerfRange::parse(QStringView text)
{
    PerfRange r;
    if (text.startsWith(QLatin1Char('@'))) {
        r.inside = true;
        text = text.mid(1);
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    QStringView endText = text;
    if (colon >= 0) {
        const QStringView startText = text.left(colon);
        endText = text.mid(colon + 1);
        if (startText == QLatin1StringView("~")) {
            r.start = -kInf;
        } else if (!startText.isEmpty()) {
            const std::optional<double> start = toNumber(startText);
            if (!start)
                return std::nullopt;
            r.start = *start;
        }
        if (endText.isEmpty())
            return r; // "10:" up to infinity
    }
    const std::optional<double> end = toNumber(endText);
    if (!end || r.start > *end)
        return std::nullopt;
    r.end = *end;
    return r;
}

QString PerfRange::toString() const
{
    QString s = inside ? QStringLiteral("@") : QString();
    if (start == 0 && std::isfinite(end))
        return s + formatNumber(end);
    s += std::isinf(start) && start < 0 ? QStringLiteral("~") : formatNumber(start);
    s += QLatin1Char(':');
    if (!(std::isinf(end) && end > 0))
        s += formatNumber(end);
    return s;
}

double PerfValue::normalized() const
{
    QLatin1StringView base;
    return value * unitScale(unit, &base);
}

QString PerfValue::normalizedUnit() const
{
    QLatin1StringView base;
    unitScale(unit, &base);
    return base.isEmpty() ? unit : QString(base);
}

QVector<PerfValue> PerfdataParser::parse(QStringView text, int *skipped, QStringList *problems)
{
    QVector<PerfValue> values;
    Problems report(problems);
    int skips = 0;

    QStringView view = text;
    if (view.size() > kMaxChars) {
        // Cut at a separator so the last item read is not a truncated one ("size=81" of "size=8123B").
        qsizetype cut = kMaxChars;
        while (cut > 0 && !isSeparator(view[cut]))
            --cut;
        view = view.left(cut);
        ++skips;
        report.add([] {
            return tr("The performance data is longer than %1 characters; the rest was ignored.")
                .arg(kMaxChars);
        });
    }

    const qsizetype n = view.size();
    qsizetype i = 0;
    int items = 0;
    while (true) {
        while (i < n && isSeparator(view[i]))
            ++i;
        if (i >= n)
            break;
        if (items == kMaxItems) {
            ++skips;
            report.add([] { return tr("More than %1 items; the rest was ignored.").arg(kMaxItems); });
            break;
        }
        ++items;

        const qsizetype itemStart = i;
        QString label;
        QStringView data;
        if (view[i] == QLatin1Char('\'')) {
            // Quoted label: up to the next quote that is not doubled.
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (view[j] == QLatin1Char('\'')) {
                    if (j + 1 < n && view[j + 1] == QLatin1Char('\'')) {
                        label += QLatin1Char('\'');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                label += view[j];
                ++j;
            }
            if (!closed) {
                // No way to tell where the label was meant to end: the rest is one broken item.
                ++skips;
                report.add([&] {
                    return tr("'%1': the quote of the label is not closed").arg(excerpt(view.mid(itemStart)));
                });
                break;
            }
            const qsizetype equals = j + 1;
            qsizetype end = equals;
            while (end < n && !isSeparator(view[end]))
                ++end;
            i = end;
            if (equals >= n || view[equals] != QLatin1Char('=') || label.isEmpty()) {
                ++skips;
                report.add([&] {
                    return tr("'%1' is not label=value").arg(excerpt(view.mid(itemStart, end - itemStart)));
                });
                continue;
            }
            data = view.mid(equals + 1, end - equals - 1);
        } else {
            qsizetype end = i;
            while (end < n && !isSeparator(view[end]))
                ++end;
            const QStringView item = view.mid(i, end - i);
            i = end;
            // The last '=', as Icinga 2 does: a value never contains one, a careless label might.
            const qsizetype equals = item.lastIndexOf(QLatin1Char('='));
            if (equals <= 0) {
                ++skips;
                report.add([&] { return tr("'%1' is not label=value").arg(excerpt(item)); });
                continue;
            }
            label = item.left(equals).toString();
            data = item.mid(equals + 1);
        }

        std::optional<PerfValue> value = parseItem(std::move(label), data, report);
        if (value)
            values.append(std::move(*value));
        else
            ++skips;
    }

    if (skipped)
        *skipped = skips;
    return values;
}

} // namespace ocd
