// libFuzzer target for PerfdataParser and PerfRange, built and run by run-fuzz.sh (clang, ASan,
// UBSan). Besides "never crash", it checks the promises the header makes, because a parser that
// survives garbage but returns an infinite value or a range it cannot print back is still broken.
#include "core/Perfdata.h"

#include <QLocale>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace ocd;

namespace {

// A broken promise aborts: libFuzzer then keeps the input as a reproducer.
void check(bool ok)
{
    if (!ok)
        std::abort();
}

QString number(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

void checkRange(const PerfRange &r, const PerfValue &v)
{
    check(!std::isnan(r.start) && !std::isnan(r.end) && r.start <= r.end);
    check(!(std::isinf(r.start) && r.start > 0) && !(std::isinf(r.end) && r.end < 0));
    // Both ends are inclusive: at an end an outside range never alerts, an inside range always.
    if (std::isfinite(r.start))
        check(r.contains(r.start) == r.inside);
    if (std::isfinite(r.end))
        check(r.contains(r.end) == r.inside);
    (void)r.contains(v.value);
    if (v.min)
        (void)r.contains(*v.min);
    if (v.max)
        (void)r.contains(*v.max);
    const std::optional<PerfRange> again = PerfRange::parse(r.toString());
    check(again && *again == r);
}

// The values written back in canonical form ('label'=value unit;warn;crit;min;max).
QString canonical(const QVector<PerfValue> &values)
{
    QStringList items;
    for (const PerfValue &v : values) {
        QString label = v.label;
        label.replace(QLatin1String("'"), QLatin1String("''"));
        items << QStringLiteral("'%1'=%2%3;%4;%5;%6;%7")
                     .arg(label, number(v.value), v.unit, v.warn ? v.warn->toString() : QString(),
                          v.crit ? v.crit->toString() : QString(), v.min ? number(*v.min) : QString(),
                          v.max ? number(*v.max) : QString());
    }
    return items.join(QLatin1Char(' '));
}

bool sameValues(const QVector<PerfValue> &a, const QVector<PerfValue> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].label != b[i].label || a[i].value != b[i].value || a[i].unit != b[i].unit ||
            a[i].warn != b[i].warn || a[i].crit != b[i].crit || a[i].min != b[i].min || a[i].max != b[i].max)
            return false;
    }
    return true;
}

void exercise(QStringView text)
{
    int skipped = -1;
    QStringList problems;
    const QVector<PerfValue> values = PerfdataParser::parse(text, &skipped, &problems);
    check(skipped >= 0 && problems.size() >= skipped);
    check(values.size() <= PerfdataParser::kMaxItems);
    check(sameValues(PerfdataParser::parse(text), values)); // the out-parameters change nothing

    for (const PerfValue &v : values) {
        check(!v.label.isEmpty());
        check(std::isfinite(v.value) && std::isfinite(v.normalized()));
        check(v.unit.size() <= 8 && (v.unit.isEmpty() || !v.normalizedUnit().isEmpty()));
        check(!v.min || std::isfinite(*v.min));
        check(!v.max || std::isfinite(*v.max));
        if (v.warn)
            checkRange(*v.warn, v);
        if (v.crit)
            checkRange(*v.crit, v);
    }

    // What was understood reads back unchanged and without problems.
    const QString written = canonical(values);
    if (written.size() <= PerfdataParser::kMaxChars) {
        int again = -1;
        check(sameValues(PerfdataParser::parse(written, &again), values));
        check(again == 0);
    }

    // The range parser on its own, on the first word.
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (const std::optional<PerfRange> r = PerfRange::parse(text.left(space < 0 ? text.size() : space)))
        checkRange(*r, PerfValue());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As UTF-8, which is what Icinga sends.
    exercise(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    // As raw UTF-16 too: lone surrogates and characters a UTF-8 decoder never produces.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), data, (size / 2) * 2);
    exercise(utf16);
    return 0;
}
