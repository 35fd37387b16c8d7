// PerfdataParser and PerfRange: the monitoring-plugins performance data grammar as real plugins
// write it, including what they get wrong; malformed parts are skipped and counted, never fatal.
#include "core/Perfdata.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace ocd;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

QString num(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// Every parsed field in one canonical line ("'rta'=0.412ms;100;500;0;"), so a table row can say
// in one string what the parser must have understood. It is valid perfdata again.
QString canonical(const QVector<PerfValue> &values)
{
    QStringList items;
    for (const PerfValue &v : values) {
        QString label = v.label;
        label.replace(QLatin1String("'"), QLatin1String("''"));
        items << QStringLiteral("'%1'=%2%3;%4;%5;%6;%7")
                     .arg(label, num(v.value), v.unit, v.warn ? v.warn->toString() : QString(),
                          v.crit ? v.crit->toString() : QString(), v.min ? num(*v.min) : QString(),
                          v.max ? num(*v.max) : QString());
    }
    return items.join(QLatin1Char(' '));
}

void row(const char *name, const char *input, const char *expected, int skipped)
{
    QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(expected) << skipped;
}

} // namespace

class TstPerfdata : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("skipped");

        // Units: the standard ones and what sensors emit in practice.
        row("no unit", "load1=0.5", "'load1'=0.5;;;;", 0);
        row("s", "time=0.2s", "'time'=0.2s;;;;", 0);
        row("ms", "rta=12ms", "'rta'=12ms;;;;", 0);
        row("us", "jitter=250us", "'jitter'=250us;;;;", 0);
        row("%", "pl=0%", "'pl'=0%;;;;", 0);
        row("B", "size=8123B", "'size'=8123B;;;;", 0);
        row("KB", "mem=512KB", "'mem'=512KB;;;;", 0);
        row("MB", "/=2643MB", "'/'=2643MB;;;;", 0);
        row("GB", "disk=1.5GB", "'disk'=1.5GB;;;;", 0);
        row("TB", "pool=2TB", "'pool'=2TB;;;;", 0);
        row("c", "packets=12345c", "'packets'=12345c;;;;", 0);
        row("other C", "temp=45.0C", "'temp'=45C;;;;", 0);
        row("other rpm", "fan=2400rpm", "'fan'=2400rpm;;;;", 0);
        row("other dBm", "signal=-67dBm", "'signal'=-67dBm;;;;", 0);
        row("other non-ASCII letters", "t=3µs", "'t'=3µs;;;;", 0);
        row("unit of 8 letters", "x=5abcdefgh", "'x'=5abcdefgh;;;;", 0);
        row("unit of 9 letters", "x=5abcdefghi", "", 1);
        row("unit with slash", "rate=5kg/h", "", 1);
        row("unit with degree sign", "temp=45°C", "", 1);
        row("unit with digit", "x=5B2", "", 1);

        // Numbers.
        row("negative", "offset=-0.5s", "'offset'=-0.5s;;;;", 0);
        row("plus sign", "x=+3", "'x'=3;;;;", 0);
        row("exponent", "x=1.5e3", "'x'=1500;;;;", 0);
        row("negative exponent", "x=-2E-3ms", "'x'=-0.002ms;;;;", 0);
        row("exponent with plus", "x=1e+2", "'x'=100;;;;", 0);
        row("comma decimal", "x=1,5", "'x'=1.5;;;;", 0);
        row("leading dot", "x=.5", "'x'=0.5;;;;", 0);
        row("trailing dot", "x=5.", "'x'=5;;;;", 0);
        row("e without digits is a unit", "x=5e", "'x'=5e;;;;", 0);
        row("thresholds negative and exponent", "x=1;-5:5;~:1e3;-10;1e4", "'x'=1;-5:5;~:1000;-10;10000", 0);
        row("thresholds with comma", "x=1,5;2,5;3,5;0;10", "'x'=1.5;2.5;3.5;0;10", 0);
        row("not a number", "x=abc", "", 1);
        row("two signs", "x=--1", "", 1);
        row("lone dot", "x=.", "", 1);
        row("two decimal points", "x=1.2.3", "", 1);
        row("hex", "x=0x1F", "", 1);
        row("inf", "x=inf", "", 1);
        row("nan", "x=nan", "", 1);
        row("overflow", "x=1e999", "", 1);
        row("underflow", "x=1e-400", "", 1);
        row("overflow after normalising", "x=1e300TB", "", 1);
        row("largest double", "x=1.7976931348623157e308", "'x'=1.7976931348623157e+308;;;;", 0);

        // Labels.
        row("quoted with space", "'disk /var'=3GB", "'disk /var'=3GB;;;;", 0);
        row("quoted with =", "'a=b'=1", "'a=b'=1;;;;", 0);
        row("doubled quote", "'it''s'=1", "'it''s'=1;;;;", 0);
        row("only a quote", "''''=1", "''''=1;;;;", 0);
        row("non-ASCII", "'Temperatur Küche'=21.5C", "'Temperatur Küche'=21.5C;;;;", 0);
        row("unquoted with = uses the last", "a=b=1", "'a=b'=1;;;;", 0);
        row("unquoted with a quote inside", "it's=1", "'it''s'=1;;;;", 0);
        row("empty quoted label", "''=1 b=2", "'b'=2;;;;", 1);
        row("empty unquoted label", "=1 b=2", "'b'=2;;;;", 1);
        row("no =", "foo b=2", "'b'=2;;;;", 1);
        row("quoted without =", "'a b' c=2", "'c'=2;;;;", 1);
        row("text after the closing quote", "'a'b=1 c=2", "'c'=2;;;;", 1);
        row("unterminated quote swallows the rest", "a=1 'b c=2 d=3", "'a'=1;;;;", 1);
        row("no value", "a= b=2", "'b'=2;;;;", 1);

        // Fields.
        row("trailing empty fields", "time=0.2s;;;0;", "'time'=0.2s;;;0;", 0);
        row("warn only", "x=1;5", "'x'=1;5;;;", 0);
        row("empty warn and crit", "x=1;;;0;100", "'x'=1;;;0;100", 0);
        row("all empty", "x=1;;;;", "'x'=1;;;;", 0);
        row("empty fields after the fifth", "x=1;2;3;4;5;;", "'x'=1;2;3;4;5", 0);
        row("fields after the fifth", "x=1;2;3;4;5;6", "'x'=1;2;3;4;5", 0);
        row("bad warn is dropped", "x=1;abc;5;0;10", "'x'=1;;5;0;10", 0);
        row("reversed range is dropped", "x=1;20:10;30", "'x'=1;;30;;", 0);
        row("bad min and max are dropped", "x=1;;;zero;1e999", "'x'=1;;;;", 0);
        row("threshold with unit is dropped", "x=5%;80%;90;0;100", "'x'=5%;;90;0;100", 0);

        // Unknown values.
        row("U", "x=U", "", 1);
        row("U among others", "a=1 b=U c=2", "'a'=1;;;; 'c'=2;;;;", 1);
        row("U with fields", "x=U;1;2;0;10", "", 1);
        row("lowercase u is not U", "x=u", "", 1);

        // Separators and emptiness.
        row("empty", "", "", 0);
        row("only spaces", "   ", "", 0);
        row("tabs and newlines", "  a=1\tb=2\n c=3\r\n", "'a'=1;;;; 'b'=2;;;; 'c'=3;;;;", 0);
        row("no-break space is part of the label", "a\u00a0b=1", "'a\u00a0b'=1;;;;", 0);
        row("malformed mixed with good", "a=1 b=abc c=2 d=3XY!? e=4 =5 'f=6", "'a'=1;;;; 'c'=2;;;; 'e'=4;;;;",
            4);

        // Real plugin output.
        row("check_disk", "'/var/lib'=12GB;20;25;0;30", "'/var/lib'=12GB;20;25;0;30", 0);
        row("check_disk two mounts", "/=2643MB;5948;5958;0;5968 /boot=68MB;88;93;0;98",
            "'/'=2643MB;5948;5958;0;5968 '/boot'=68MB;88;93;0;98", 0);
        row("check_ping", "rta=0.412000ms;100.000000;500.000000;0.000000 pl=0%;20;60;0",
            "'rta'=0.412ms;100;500;0; 'pl'=0%;20;60;0;", 0);
        row("check_http", "time=0.211s;1;5;0 size=8123B;;;0", "'time'=0.211s;1;5;0; 'size'=8123B;;;0;", 0);
        row("demo temperature", "'temperature'=45.0C;50;55;0;100", "'temperature'=45C;50;55;0;100", 0);
        row("check_load",
            "load1=0.150;15.000;30.000;0; load5=0.080;10.000;25.000;0; "
            "load15=0.030;5.000;20.000;0;",
            "'load1'=0.15;15;30;0; 'load5'=0.08;10;25;0; 'load15'=0.03;5;20;0;", 0);
        row("check_swap", "swap=2047MB;0;0;0;2047", "'swap'=2047MB;0;0;0;2047", 0);
        row("check_procs", "procs=212;250;400;0;", "'procs'=212;250;400;0;", 0);
        row("inside ranges", "errors=0c;@1:;~:10;0;", "'errors'=0c;@1:;~:10;0;", 0);
        row("NSClient++ drive", "'C:\\ used'=12.3GB;40.2;45.3;0;50.2 'C:\\ used %'=24%;80;90;0;100",
            "'C:\\ used'=12.3GB;40.2;45.3;0;50.2 'C:\\ used %'=24%;80;90;0;100", 0);
        row("icinga check", "'avg_latency'=0.000123 'uptime'=3600s num_services_ok=29",
            "'avg_latency'=0.000123;;;; 'uptime'=3600s;;;; 'num_services_ok'=29;;;;", 0);
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(int, skipped);
        int skips = -1;
        QStringList problems;
        const QVector<PerfValue> values = PerfdataParser::parse(input, &skips, &problems);
        QCOMPARE(canonical(values), expected);
        QCOMPARE(skips, skipped);
        QVERIFY2(problems.size() >= skips, qPrintable(problems.join(QLatin1Char('\n'))));
        // Without the out-parameters the result is the same.
        QCOMPARE(canonical(PerfdataParser::parse(input)), expected);
        // What was understood reads back unchanged, without problems.
        int again = -1;
        QStringList none;
        QCOMPARE(canonical(PerfdataParser::parse(expected, &again, &none)), expected);
        QCOMPARE(again, 0);
        QVERIFY2(none.isEmpty(), qPrintable(none.join(QLatin1Char('\n'))));
    }

    void labels()
    {
        const QVector<PerfValue> v = PerfdataParser::parse(
            QStringLiteral("'it''s'=1 '''quoted'''=2 'a = b'=3 'x;y'=4 ''''''=5 a=b=6"));
        QStringList labels;
        for (const PerfValue &p : v)
            labels << p.label;
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("it's"), QStringLiteral("'quoted'"), QStringLiteral("a = b"),
                              QStringLiteral("x;y"), QStringLiteral("''"), QStringLiteral("a=b")}));
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<double>("normalized");
        QTest::addColumn<QString>("unit");
        QTest::newRow("s") << "x=2s" << 2.0 << "s";
        QTest::newRow("ms") << "x=412ms" << 0.412 << "s";
        QTest::newRow("us") << "x=250us" << 0.00025 << "s";
        QTest::newRow("B") << "x=8123B" << 8123.0 << "B";
        QTest::newRow("KB is 1024 B") << "x=1KB" << 1024.0 << "B";
        QTest::newRow("MB") << "x=2MB" << 2097152.0 << "B";
        QTest::newRow("GB") << "x=12GB" << 12884901888.0 << "B";
        QTest::newRow("TB") << "x=1TB" << 1099511627776.0 << "B";
        QTest::newRow("fraction of a GB") << "x=0.5GB" << 536870912.0 << "B";
        QTest::newRow("%") << "x=5%" << 5.0 << "%";
        QTest::newRow("c") << "x=12c" << 12.0 << "c";
        QTest::newRow("none") << "x=0.5" << 0.5 << "";
        QTest::newRow("C as written") << "x=45C" << 45.0 << "C";
        QTest::newRow("units are case-sensitive") << "x=1kB" << 1.0 << "kB";
        QTest::newRow("negative time") << "x=-5ms" << -0.005 << "s";
    }
    void normalized()
    {
        QFETCH(QString, input);
        QFETCH(double, normalized);
        QFETCH(QString, unit);
        const QVector<PerfValue> v = PerfdataParser::parse(input);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].normalized(), normalized); // fuzzy for doubles
        QCOMPARE(v[0].normalizedUnit(), unit);
    }

    void range_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<bool>("inside");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("10") << "10" << true << 0.0 << 10.0 << false << "10";
        QTest::newRow("10:") << "10:" << true << 10.0 << kInf << false << "10:";
        QTest::newRow("~:10") << "~:10" << true << -kInf << 10.0 << false << "~:10";
        QTest::newRow("10:20") << "10:20" << true << 10.0 << 20.0 << false << "10:20";
        QTest::newRow("@10:20") << "@10:20" << true << 10.0 << 20.0 << true << "@10:20";
        QTest::newRow("@10") << "@10" << true << 0.0 << 10.0 << true << "@10";
        QTest::newRow("@~:10") << "@~:10" << true << -kInf << 10.0 << true << "@~:10";
        QTest::newRow("@10:") << "@10:" << true << 10.0 << kInf << true << "@10:";
        QTest::newRow(":10 starts at 0") << ":10" << true << 0.0 << 10.0 << false << "10";
        QTest::newRow(": is 0 to infinity") << ":" << true << 0.0 << kInf << false << "0:";
        QTest::newRow("~:") << "~:" << true << -kInf << kInf << false << "~:";
        QTest::newRow("negative start") << "-5:5" << true << -5.0 << 5.0 << false << "-5:5";
        QTest::newRow("both negative") << "-20:-10" << true << -20.0 << -10.0 << false << "-20:-10";
        QTest::newRow("~ to negative") << "~:-1" << true << -kInf << -1.0 << false << "~:-1";
        QTest::newRow("single point") << "5:5" << true << 5.0 << 5.0 << false << "5:5";
        QTest::newRow("decimals and comma") << "1.5:2,5" << true << 1.5 << 2.5 << false << "1.5:2.5";
        QTest::newRow("exponent") << "1e3" << true << 0.0 << 1000.0 << false << "1000";
        QTest::newRow("0") << "0" << true << 0.0 << 0.0 << false << "0";
        QTest::newRow("empty") << "" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("@ alone") << "@" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("~ alone") << "~" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("negative end without start") << "-10" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("reversed") << "20:10" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("text") << "abc" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("text end") << "1:abc" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("text start") << "abc:1" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("two colons") << "1:2:3" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("~ at the end") << "~:~" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("double @") << "@@1" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("space") << " 10" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("unit") << "10%" << false << 0.0 << 0.0 << false << "";
        QTest::newRow("inf") << "inf" << false << 0.0 << 0.0 << false << "";
    }
    void range()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(bool, inside);
        QFETCH(QString, canonical);
        const std::optional<PerfRange> r = PerfRange::parse(text);
        QCOMPARE(r.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(r->start, start);
        QCOMPARE(r->end, end);
        QCOMPARE(r->inside, inside);
        QCOMPARE(r->toString(), canonical);
        QVERIFY(PerfRange::parse(r->toString()) == r);
    }

    void contains_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("alert");
        // "10": alert outside 0..10
        QTest::newRow("10, below 0") << "10" << -1.0 << true;
        QTest::newRow("10, at 0") << "10" << 0.0 << false;
        QTest::newRow("10, inside") << "10" << 5.0 << false;
        QTest::newRow("10, at 10") << "10" << 10.0 << false;
        QTest::newRow("10, above") << "10" << 10.001 << true;
        // "10:": alert below 10
        QTest::newRow("10:, below") << "10:" << 9.99 << true;
        QTest::newRow("10:, at 10") << "10:" << 10.0 << false;
        QTest::newRow("10:, far above") << "10:" << 1e300 << false;
        // "~:10": alert above 10
        QTest::newRow("~:10, far below") << "~:10" << -1e300 << false;
        QTest::newRow("~:10, at 10") << "~:10" << 10.0 << false;
        QTest::newRow("~:10, above") << "~:10" << 11.0 << true;
        // "10:20": alert outside 10..20
        QTest::newRow("10:20, below") << "10:20" << 9.0 << true;
        QTest::newRow("10:20, at 10") << "10:20" << 10.0 << false;
        QTest::newRow("10:20, at 20") << "10:20" << 20.0 << false;
        QTest::newRow("10:20, above") << "10:20" << 21.0 << true;
        // "@10:20": alert inside 10..20, ends included
        QTest::newRow("@10:20, below") << "@10:20" << 9.0 << false;
        QTest::newRow("@10:20, at 10") << "@10:20" << 10.0 << true;
        QTest::newRow("@10:20, inside") << "@10:20" << 15.0 << true;
        QTest::newRow("@10:20, at 20") << "@10:20" << 20.0 << true;
        QTest::newRow("@10:20, above") << "@10:20" << 21.0 << false;
        QTest::newRow("@10, negative") << "@10" << -1.0 << false;
        QTest::newRow("@10, at 0") << "@10" << 0.0 << true;
        QTest::newRow("@1:, errors") << "@1:" << 3.0 << true;
        QTest::newRow("@1:, no errors") << "@1:" << 0.0 << false;
        // Open at both ends: never, or (inside) always.
        QTest::newRow("~:, anything") << "~:" << -1e300 << false;
        QTest::newRow("@~:, anything") << "@~:" << 1e300 << true;
    }
    void contains()
    {
        QFETCH(QString, range);
        QFETCH(double, value);
        QFETCH(bool, alert);
        const std::optional<PerfRange> r = PerfRange::parse(range);
        QVERIFY(r);
        QCOMPARE(r->contains(value), alert);
    }

    void thresholdsOfAParsedValue()
    {
        const QVector<PerfValue> v =
            PerfdataParser::parse(QStringLiteral("rta=0.412000ms;100.000000;500.000000;0"));
        QCOMPARE(v.size(), 1);
        QVERIFY(v[0].warn && v[0].crit);
        QVERIFY(!v[0].warn->contains(v[0].value));
        QVERIFY(v[0].warn->contains(150));
        QVERIFY(!v[0].crit->contains(150));
        QVERIFY(v[0].min);
        QCOMPARE(*v[0].min, 0.0);
        QVERIFY(!v[0].max);
    }

    void problemSentences()
    {
        int skipped = -1;
        QStringList problems;
        const QVector<PerfValue> v = PerfdataParser::parse(
            QStringLiteral("a=1 b=U c=abc d=1;x;y;z;w e=5kg/h f=1;2;3;4;5;6 broken"), &skipped, &problems);
        QCOMPARE(canonical(v), QStringLiteral("'a'=1;;;; 'd'=1;;;; 'f'=1;2;3;4;5"));
        QCOMPARE(skipped, 4);
        const QStringList expected{
            QStringLiteral("'b': the value is unknown (U)"),
            QStringLiteral("'c': 'abc' is not a number"),
            QStringLiteral("'d': the warning threshold 'x' is not a range"),
            QStringLiteral("'d': the critical threshold 'y' is not a range"),
            QStringLiteral("'d': the minimum 'z' is not a number"),
            QStringLiteral("'d': the maximum 'w' is not a number"),
            QStringLiteral("'e': unknown unit 'kg/h'"),
            QStringLiteral("'f': fields after the fifth were ignored"),
            QStringLiteral("'broken' is not label=value"),
        };
        QCOMPARE(problems, expected);
    }

    void longTextIsElidedInProblems()
    {
        QStringList problems;
        PerfdataParser::parse(QString(500, QLatin1Char('x')), nullptr, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].size() < 100);
        QVERIFY(problems[0].contains(QChar(0x2026)));
    }

    void tooManyItems()
    {
        QStringList items;
        for (int i = 0; i < 1500; ++i)
            items << QStringLiteral("m%1=%1").arg(i);
        int skipped = -1;
        QStringList problems;
        const QVector<PerfValue> v = PerfdataParser::parse(items.join(QLatin1Char(' ')), &skipped, &problems);
        QCOMPARE(v.size(), PerfdataParser::kMaxItems);
        QCOMPARE(v.last().label, QStringLiteral("m999"));
        QCOMPARE(skipped, 1); // the rest, as one
        QCOMPARE(problems, QStringList{QStringLiteral("More than 1000 items; the rest was ignored.")});

        // Bad items count towards the limit too: the work stays bounded.
        const QVector<PerfValue> w = PerfdataParser::parse(
            QString(QStringLiteral("x ")).repeated(1000) + QStringLiteral("a=1"), &skipped);
        QVERIFY(w.isEmpty());
        QCOMPARE(skipped, 1001);

        // Exactly the limit is fine.
        items = items.mid(0, PerfdataParser::kMaxItems);
        QCOMPARE(PerfdataParser::parse(items.join(QLatin1Char(' ')), &skipped).size(),
                 PerfdataParser::kMaxItems);
        QCOMPARE(skipped, 0);
    }

    void tooLong()
    {
        // 200 items of 305 characters, then a number that crosses the 64 KiB mark: the cut must
        // not turn it into a shorter, wrong value.
        const QString item = QLatin1Char('\'') + QString(300, QLatin1Char('p')) + QStringLiteral("'=1 ");
        const QString text = item.repeated(200) + QStringLiteral("size=") + QString(8000, QLatin1Char('1')) +
                             QStringLiteral("B after=1");
        QVERIFY(text.size() > PerfdataParser::kMaxChars);
        int skipped = -1;
        QStringList problems;
        const QVector<PerfValue> v = PerfdataParser::parse(text, &skipped, &problems);
        QCOMPARE(v.size(), 200);
        QCOMPARE(v.last().value, 1.0);
        QCOMPARE(skipped, 1);
        QCOMPARE(problems,
                 QStringList{QStringLiteral(
                     "The performance data is longer than 65536 characters; the rest was ignored.")});

        // One endless token: nothing, and no crash.
        QVERIFY(PerfdataParser::parse(QString(10 * 1024 * 1024, QLatin1Char('a')), &skipped).isEmpty());
        QCOMPARE(skipped, 1);

        // Exactly 64 KiB is read completely.
        QString exact = QStringLiteral("a=1 ");
        exact +=
            QString(PerfdataParser::kMaxChars - exact.size() - 4, QLatin1Char(' ')) + QStringLiteral("b=22");
        QCOMPARE(exact.size(), PerfdataParser::kMaxChars);
        QCOMPARE(canonical(PerfdataParser::parse(exact, &skipped)), QStringLiteral("'a'=1;;;; 'b'=22;;;;"));
        QCOMPARE(skipped, 0);

        // One character more cuts the last item, which is then not read at all.
        QCOMPARE(canonical(PerfdataParser::parse(exact + QLatin1Char('2'), &skipped)),
                 QStringLiteral("'a'=1;;;;"));
        QCOMPARE(skipped, 1);
    }
};

QTEST_APPLESS_MAIN(TstPerfdata)
#include "tst_perfdata.moc"
