// ServiceHours: main hours, side hours and standby in Europe/Berlin, German public holidays,
// the [serviceHours] configuration. Times are fixed QDateTimes; the English texts need the
// en_GB locale for day names.
#include "core/ServiceHours.h"

#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ocd;
using Period = ServiceHours::Period;

Q_DECLARE_METATYPE(ocd::ServiceHours::Period)

namespace {

QDateTime berlin(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), ServiceHours::timeZone());
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// The order of rules is not part of the contract.
bool sameRules(const QList<ServiceHours::Rule> &a, const QList<ServiceHours::Rule> &b)
{
    return a.size() == b.size() &&
           std::all_of(a.begin(), a.end(), [&b](const ServiceHours::Rule &r) { return b.contains(r); });
}

} // namespace

class TestServiceHours : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // Written as text rather than through QSettings so that commas stay unquoted, as an admin
    // would type them (QSettings then reads them back as a string list).
    std::optional<ServiceHours> load(const QString &group, QString *error)
    {
        const QString path = m_dir.filePath(QStringLiteral("desk%1.ini").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return std::nullopt;
        f.write("[serviceHours]\n" + group.toUtf8());
        f.close();
        QSettings settings(path, QSettings::IniFormat);
        return ServiceHours::fromSettings(settings, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(ServiceHours::timeZone().isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void easterSunday_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("earliest possible (1818)") << 1818 << QDate(1818, 3, 22);
        QTest::newRow("latest possible (1943)") << 1943 << QDate(1943, 4, 25);
    }

    void easterSunday()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(ServiceHours::easterSunday(year), easter);
        QCOMPARE(ServiceHours::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
    }

    void movableHolidays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("goodFriday");
        QTest::addColumn<QDate>("easterMonday");
        QTest::addColumn<QDate>("ascension");
        QTest::addColumn<QDate>("whitMonday");
        QTest::addColumn<QDate>("corpusChristi");
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 21) << QDate(2000, 4, 24) << QDate(2000, 6, 1)
                              << QDate(2000, 6, 12) << QDate(2000, 6, 22);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 29) << QDate(2024, 4, 1) << QDate(2024, 5, 9)
                              << QDate(2024, 5, 20) << QDate(2024, 5, 30);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 18) << QDate(2025, 4, 21) << QDate(2025, 5, 29)
                              << QDate(2025, 6, 9) << QDate(2025, 6, 19);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 3) << QDate(2026, 4, 6) << QDate(2026, 5, 14)
                              << QDate(2026, 5, 25) << QDate(2026, 6, 4);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 26) << QDate(2027, 3, 29) << QDate(2027, 5, 6)
                              << QDate(2027, 5, 17) << QDate(2027, 5, 27);
        QTest::newRow("2038") << 2038 << QDate(2038, 4, 23) << QDate(2038, 4, 26) << QDate(2038, 6, 3)
                              << QDate(2038, 6, 14) << QDate(2038, 6, 24);
    }

    void movableHolidays()
    {
        QFETCH(int, year);
        QFETCH(QDate, goodFriday);
        QFETCH(QDate, easterMonday);
        QFETCH(QDate, ascension);
        QFETCH(QDate, whitMonday);
        QFETCH(QDate, corpusChristi);
        const QList<QDate> nationwide = ServiceHours::germanHolidays(year, {});
        QVERIFY(nationwide.contains(goodFriday));
        QVERIFY(nationwide.contains(easterMonday));
        QVERIFY(nationwide.contains(ascension));
        QVERIFY(nationwide.contains(whitMonday));
        QVERIFY(!nationwide.contains(corpusChristi));
        QVERIFY(ServiceHours::germanHolidays(year, {QStringLiteral("BY")}).contains(corpusChristi));
        QCOMPARE(ServiceHours::germanHolidayName(goodFriday, {}), QStringLiteral("Good Friday"));
        QCOMPARE(ServiceHours::germanHolidayName(easterMonday, {}), QStringLiteral("Easter Monday"));
        QCOMPARE(ServiceHours::germanHolidayName(ascension, {}), QStringLiteral("Ascension Day"));
        QCOMPARE(ServiceHours::germanHolidayName(whitMonday, {}), QStringLiteral("Whit Monday"));
    }

    void nationwideHolidays2026()
    {
        const QList<QDate> expected{QDate(2026, 1, 1),  QDate(2026, 4, 3),   QDate(2026, 4, 6),
                                    QDate(2026, 5, 1),  QDate(2026, 5, 14),  QDate(2026, 5, 25),
                                    QDate(2026, 10, 3), QDate(2026, 12, 25), QDate(2026, 12, 26)};
        QCOMPARE(ServiceHours::germanHolidays(2026, {}), expected);
        QCOMPARE(ServiceHours::germanHolidayName(QDate(2026, 1, 1), {}), QStringLiteral("New Year's Day"));
        QCOMPARE(ServiceHours::germanHolidayName(QDate(2026, 10, 3), {}), QStringLiteral("German Unity Day"));
        QCOMPARE(ServiceHours::germanHolidayName(QDate(2026, 12, 26), {}),
                 QStringLiteral("Second Day of Christmas"));
        QCOMPARE(ServiceHours::germanHolidayName(QDate(2026, 12, 24), {}), QString());
    }

    void regionalHolidays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("holiday");
        QTest::addColumn<QString>("name");
        const QString cc = QStringLiteral("Corpus Christi");
        QTest::newRow("Fronleichnam BY") << QDate(2026, 6, 4) << "BY" << true << cc;
        QTest::newRow("Fronleichnam NW") << QDate(2026, 6, 4) << "NW" << true << cc;
        QTest::newRow("Fronleichnam not BE") << QDate(2026, 6, 4) << "BE" << false << QString();
        const QString bb = QStringLiteral("Day of Repentance and Prayer");
        QTest::newRow("Buß- und Bettag SN") << QDate(2026, 11, 18) << "SN" << true << bb;
        QTest::newRow("Buß- und Bettag SN 2025") << QDate(2025, 11, 19) << "SN" << true << bb;
        QTest::newRow("Buß- und Bettag not BY") << QDate(2026, 11, 18) << "BY" << false << QString();
        const QString ref = QStringLiteral("Reformation Day");
        QTest::newRow("Reformationstag SN") << QDate(2026, 10, 31) << "SN" << true << ref;
        QTest::newRow("Reformationstag NI") << QDate(2026, 10, 31) << "NI" << true << ref;
        QTest::newRow("Reformationstag not BY") << QDate(2026, 10, 31) << "BY" << false << QString();
        QTest::newRow("Reformationstag HH before 2018") << QDate(2016, 10, 31) << "HH" << false << QString();
        QTest::newRow("Epiphany BW") << QDate(2026, 1, 6) << "BW" << true << "Epiphany";
        QTest::newRow("Epiphany not NW") << QDate(2026, 1, 6) << "NW" << false << QString();
        QTest::newRow("Women's Day BE") << QDate(2026, 3, 8) << "BE" << true << "International Women's Day";
        QTest::newRow("Women's Day MV 2023")
            << QDate(2023, 3, 8) << "MV" << true << "International Women's Day";
        QTest::newRow("Women's Day MV 2022") << QDate(2022, 3, 8) << "MV" << false << QString();
        QTest::newRow("Assumption SL") << QDate(2026, 8, 15) << "SL" << true << "Assumption Day";
        QTest::newRow("Assumption not BY (communes only)")
            << QDate(2026, 8, 15) << "BY" << false << QString();
        QTest::newRow("Children's Day TH") << QDate(2026, 9, 20) << "TH" << true << "World Children's Day";
        QTest::newRow("All Saints RP") << QDate(2026, 11, 1) << "RP" << true << "All Saints' Day";
        QTest::newRow("All Saints not HE") << QDate(2026, 11, 1) << "HE" << false << QString();
    }

    void regionalHolidays()
    {
        QFETCH(QDate, date);
        QFETCH(QString, region);
        QFETCH(bool, holiday);
        QFETCH(QString, name);
        QCOMPARE(ServiceHours::germanHolidays(date.year(), {region}).contains(date), holiday);
        QCOMPARE(ServiceHours::germanHolidayName(date, {region}), name);
        QVERIFY(!ServiceHours::germanHolidays(date.year(), {}).contains(date));
    }

    void periods_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<Period>("period");
        // 2026-11-23 is a Monday.
        QTest::newRow("Mon 05:59") << berlin(2026, 11, 23, 5, 59) << Period::Standby;
        QTest::newRow("Mon 06:00") << berlin(2026, 11, 23, 6, 0) << Period::Side;
        QTest::newRow("Mon 07:59:59") << berlin(2026, 11, 23, 7, 59, 59) << Period::Side;
        QTest::newRow("Mon 08:00") << berlin(2026, 11, 23, 8, 0) << Period::Main;
        QTest::newRow("Mon 19:59") << berlin(2026, 11, 23, 19, 59) << Period::Main;
        QTest::newRow("Mon 19:59:59") << berlin(2026, 11, 23, 19, 59, 59) << Period::Main;
        QTest::newRow("Mon 20:00") << berlin(2026, 11, 23, 20, 0) << Period::Side;
        QTest::newRow("Mon 23:59") << berlin(2026, 11, 23, 23, 59) << Period::Side;
        QTest::newRow("Tue 00:00") << berlin(2026, 11, 24, 0, 0) << Period::Standby;
        QTest::newRow("Fri 20:00") << berlin(2026, 11, 27, 20, 0) << Period::Side;
        QTest::newRow("Sat 05:59") << berlin(2026, 11, 28, 5, 59) << Period::Standby;
        QTest::newRow("Sat 06:00") << berlin(2026, 11, 28, 6, 0) << Period::Side;
        QTest::newRow("Sat 11:59") << berlin(2026, 11, 28, 11, 59) << Period::Side;
        QTest::newRow("Sat 12:00") << berlin(2026, 11, 28, 12, 0) << Period::Standby;
        QTest::newRow("Sun 10:00") << berlin(2026, 11, 29, 10, 0) << Period::Standby;
        QTest::newRow("Good Friday 10:00") << berlin(2026, 4, 3, 10, 0) << Period::Standby;
        QTest::newRow("Holy Saturday 07:00") << berlin(2026, 4, 4, 7, 0) << Period::Side;
        QTest::newRow("Easter Monday 10:00") << berlin(2026, 4, 6, 10, 0) << Period::Standby;
        QTest::newRow("Christmas Eve 10:00 (Thu)") << berlin(2026, 12, 24, 10, 0) << Period::Main;
        QTest::newRow("Christmas Day 10:00 (Fri)") << berlin(2026, 12, 25, 10, 0) << Period::Standby;
        QTest::newRow("Christmas Day 07:00 (Fri)") << berlin(2026, 12, 25, 7, 0) << Period::Standby;
        QTest::newRow("UTC 07:00 = 08:00 CET") << utc(2026, 11, 23, 7, 0) << Period::Main;
        QTest::newRow("UTC 06:59 = 07:59 CET") << utc(2026, 11, 23, 6, 59) << Period::Side;
        QTest::newRow("UTC 06:00 = 08:00 CEST") << utc(2026, 6, 1, 6, 0) << Period::Main;
        QTest::newRow("UTC Sun 23:30 = Mon 00:30") << utc(2026, 11, 29, 23, 30) << Period::Standby;
    }

    void periods()
    {
        QFETCH(QDateTime, t);
        QFETCH(Period, period);
        QCOMPARE(ServiceHours().periodAt(t), period);
    }

    void nextChange_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<QDateTime>("next");
        QTest::newRow("Mon 07:59:59 -> 08:00")
            << berlin(2026, 11, 23, 7, 59, 59) << berlin(2026, 11, 23, 8, 0);
        QTest::newRow("Mon 08:00 -> 20:00") << berlin(2026, 11, 23, 8, 0) << berlin(2026, 11, 23, 20, 0);
        QTest::newRow("Mon 20:00 -> Tue 00:00") << berlin(2026, 11, 23, 20, 0) << berlin(2026, 11, 24, 0, 0);
        QTest::newRow("Tue 00:00 -> 06:00") << berlin(2026, 11, 24, 0, 0) << berlin(2026, 11, 24, 6, 0);
        QTest::newRow("Fri 21:00 -> Sat 00:00") << berlin(2026, 11, 27, 21, 0) << berlin(2026, 11, 28, 0, 0);
        QTest::newRow("Sat 00:00 -> Sat 06:00") << berlin(2026, 11, 28, 0, 0) << berlin(2026, 11, 28, 6, 0);
        QTest::newRow("Sat 06:00 -> Sat 12:00") << berlin(2026, 11, 28, 6, 0) << berlin(2026, 11, 28, 12, 0);
        QTest::newRow("Sat 12:00 -> Mon 06:00") << berlin(2026, 11, 28, 12, 0) << berlin(2026, 11, 30, 6, 0);
        QTest::newRow("Sun 23:59 -> Mon 06:00") << berlin(2026, 11, 29, 23, 59) << berlin(2026, 11, 30, 6, 0);
        QTest::newRow("Thu before Good Friday 20:00 -> midnight")
            << berlin(2026, 4, 2, 20, 0) << berlin(2026, 4, 3, 0, 0);
        QTest::newRow("Good Friday -> Holy Saturday 06:00")
            << berlin(2026, 4, 3, 10, 0) << berlin(2026, 4, 4, 6, 0);
        QTest::newRow("Easter Sunday -> Tuesday 06:00")
            << berlin(2026, 4, 5, 10, 0) << berlin(2026, 4, 7, 6, 0);
        QTest::newRow("Christmas Day -> Monday 06:00")
            << berlin(2026, 12, 25, 10, 0) << berlin(2026, 12, 28, 6, 0);
    }

    void nextChange()
    {
        QFETCH(QDateTime, t);
        QFETCH(QDateTime, next);
        QCOMPARE(ServiceHours().nextChange(t), next);
    }

    // Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST, the weekend is an hour shorter.
    void springForward()
    {
        const ServiceHours hours;
        const QDateTime sat = berlin(2026, 3, 28, 13, 0);
        QCOMPARE(sat, utc(2026, 3, 28, 12, 0));
        const QDateTime next = hours.nextChange(sat);
        QCOMPARE(next, utc(2026, 3, 30, 4, 0));
        QCOMPARE(next.toTimeZone(ServiceHours::timeZone()).time(), QTime(6, 0));
        QCOMPARE(next.toTimeZone(ServiceHours::timeZone()).date(), QDate(2026, 3, 30));
        QCOMPARE(hours.nextChange(utc(2026, 3, 30, 4, 0)), utc(2026, 3, 30, 6, 0)); // 08:00 CEST
        QCOMPARE(hours.periodAt(utc(2026, 3, 29, 0, 59)), Period::Standby);         // 01:59 CET
        QCOMPARE(hours.periodAt(utc(2026, 3, 29, 1, 0)), Period::Standby);          // 03:00 CEST
        // Saturday 12:00 CET to Monday 06:00 CEST: 42 h on the clock face, 41 h real.
        QCOMPARE(hours.secondsIn(Period::Standby, berlin(2026, 3, 28, 12, 0), next), qint64(41 * 3600));
        QCOMPARE(hours.describe(sat), QStringLiteral("Standby until Monday 06:00"));
        // Friday before: 20:00 CET is side hours until midnight, in UTC 23:00.
        QCOMPARE(hours.nextChange(utc(2026, 3, 27, 19, 0)), utc(2026, 3, 27, 23, 0));
    }

    // Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET, the weekend is an hour longer.
    void fallBack()
    {
        const ServiceHours hours;
        const QDateTime sat = berlin(2026, 10, 24, 13, 0);
        QCOMPARE(sat, utc(2026, 10, 24, 11, 0));
        const QDateTime next = hours.nextChange(sat);
        QCOMPARE(next, utc(2026, 10, 26, 5, 0));
        QCOMPARE(next.toTimeZone(ServiceHours::timeZone()).time(), QTime(6, 0));
        QCOMPARE(hours.nextChange(next), utc(2026, 10, 26, 7, 0));           // 08:00 CET
        QCOMPARE(hours.periodAt(utc(2026, 10, 25, 0, 30)), Period::Standby); // 02:30 CEST
        QCOMPARE(hours.periodAt(utc(2026, 10, 25, 1, 30)), Period::Standby); // 02:30 CET
        QCOMPARE(hours.secondsIn(Period::Standby, berlin(2026, 10, 24, 12, 0), next), qint64(43 * 3600));
        QCOMPARE(hours.describe(sat), QStringLiteral("Standby until Monday 06:00"));
        // Friday before: midnight CEST is 22:00 UTC.
        QCOMPARE(hours.nextChange(utc(2026, 10, 23, 19, 0)), utc(2026, 10, 23, 22, 0));
    }

    // A schedule with edges inside the skipped and the repeated hour: the wall clock decides, so
    // in March the skipped side hours never happen and main hours begin with the jump to 03:00;
    // in October the repeated hour runs through side and main hours twice.
    void ruleEdgesInDstHours()
    {
        ServiceHours hours;
        QVERIFY(hours.setRules({{7, 120, 150, Period::Side}, {7, 150, 240, Period::Main}}));
        QDateTime t = hours.nextChange(berlin(2026, 3, 28, 12, 0));
        QCOMPARE(t, utc(2026, 3, 29, 1, 0)); // 03:00 CEST
        QCOMPARE(hours.periodAt(t), Period::Main);
        QCOMPARE(hours.nextChange(t), utc(2026, 3, 29, 2, 0)); // 04:00 CEST

        const QList<QPair<QDateTime, Period>> october{
            {utc(2026, 10, 25, 0, 0), Period::Side},    // 02:00 CEST
            {utc(2026, 10, 25, 0, 30), Period::Main},   // 02:30 CEST
            {utc(2026, 10, 25, 1, 0), Period::Side},    // 02:00 CET
            {utc(2026, 10, 25, 1, 30), Period::Main},   // 02:30 CET
            {utc(2026, 10, 25, 3, 0), Period::Standby}, // 04:00 CET
        };
        t = berlin(2026, 10, 24, 12, 0);
        for (const auto &[at, period] : october) {
            t = hours.nextChange(t);
            QCOMPARE(t, at);
            QCOMPARE(hours.periodAt(t), period);
        }
    }

    void periodSeconds()
    {
        const ServiceHours hours;
        // A plain week: 5 × 12 h main, 5 × 6 h + 6 h side.
        const QDateTime mon = berlin(2026, 11, 23, 0, 0), nextMon = berlin(2026, 11, 30, 0, 0);
        QCOMPARE(hours.secondsIn(Period::Main, mon, nextMon), qint64(60 * 3600));
        QCOMPARE(hours.secondsIn(Period::Side, mon, nextMon), qint64(36 * 3600));
        QCOMPARE(hours.secondsIn(Period::Standby, mon, nextMon), qint64(72 * 3600));
        QCOMPARE(hours.secondsIn(Period::Main, nextMon, mon), qint64(0));
        QCOMPARE(hours.addSecondsIn(Period::Main, berlin(2026, 11, 27, 19, 0), 8 * 3600),
                 berlin(2026, 11, 30, 15, 0));
        QCOMPARE(hours.nextIn(Period::Main, berlin(2026, 11, 28, 10, 0)), berlin(2026, 11, 30, 8, 0));
        QCOMPARE(hours.nextIn(Period::Main, berlin(2026, 11, 30, 9, 0)), berlin(2026, 11, 30, 9, 0));
    }

    void describe_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<QString>("text");
        QTest::newRow("Mon 10:00") << berlin(2026, 11, 23, 10, 0) << "Main hours until 20:00";
        QTest::newRow("Mon 06:30") << berlin(2026, 11, 23, 6, 30) << "Side hours until 08:00";
        QTest::newRow("Mon 21:00") << berlin(2026, 11, 23, 21, 0) << "Side hours until midnight";
        QTest::newRow("Tue 00:30") << berlin(2026, 11, 24, 0, 30) << "Standby until 06:00";
        QTest::newRow("Sat 07:00") << berlin(2026, 11, 28, 7, 0) << "Side hours until 12:00";
        QTest::newRow("Sat 13:00") << berlin(2026, 11, 28, 13, 0) << "Standby until Monday 06:00";
        QTest::newRow("Sun 23:59") << berlin(2026, 11, 29, 23, 59) << "Standby until Monday 06:00";
        QTest::newRow("Good Friday") << berlin(2026, 4, 3, 10, 0)
                                     << "Standby (public holiday: Good Friday) until Saturday 06:00";
        QTest::newRow("Easter Monday")
            << berlin(2026, 4, 6, 10, 0) << "Standby (public holiday: Easter Monday) until Tuesday 06:00";
        QTest::newRow("Christmas Day")
            << berlin(2026, 12, 25, 10, 0) << "Standby (public holiday: Christmas Day) until Monday 06:00";
    }

    void describe()
    {
        QFETCH(QDateTime, t);
        QFETCH(QString, text);
        QCOMPARE(ServiceHours().describe(t), text);
    }

    void describeExtraHolidays()
    {
        ServiceHours hours;
        hours.setExtraHolidays({{0, 12, 24}, {0, 8, 15}});
        QCOMPARE(hours.periodAt(berlin(2026, 12, 24, 10, 0)), Period::Standby);
        QCOMPARE(hours.holidayName(QDate(2026, 12, 24)), QStringLiteral("company holiday"));
        QCOMPARE(hours.describe(berlin(2026, 12, 24, 10, 0)),
                 QStringLiteral("Standby (company holiday) until Monday 06:00"));
        // 15 August is public in some Bavarian communes: it keeps its name.
        QCOMPARE(hours.holidayName(QDate(2028, 8, 15)), QStringLiteral("Assumption Day"));
        QCOMPARE(hours.describe(berlin(2028, 8, 15, 10, 0)),
                 QStringLiteral("Standby (public holiday: Assumption Day) until Wednesday 06:00"));
        QCOMPARE(hours.holidayName(QDate(2026, 12, 23)), QString());
    }

    void noChangeAtAll()
    {
        ServiceHours hours;
        QVERIFY(hours.setRules({}));
        const QDateTime t = berlin(2026, 11, 23, 10, 0);
        QCOMPARE(hours.periodAt(t), Period::Standby);
        QVERIFY(!hours.nextChange(t).isValid());
        QVERIFY(!hours.addSecondsIn(Period::Main, t, 3600).isValid());
        QCOMPARE(hours.describe(t), QStringLiteral("Standby"));
    }

    void formatMoment()
    {
        const QDateTime now = berlin(2026, 11, 23, 10, 0);
        QCOMPARE(ServiceHours::formatMoment(berlin(2026, 11, 23, 20, 0), now), QStringLiteral("20:00"));
        QCOMPARE(ServiceHours::formatMoment(berlin(2026, 11, 24, 0, 0), now), QStringLiteral("midnight"));
        QCOMPARE(ServiceHours::formatMoment(berlin(2026, 11, 24, 6, 0), now),
                 QStringLiteral("Tuesday 06:00"));
        QCOMPARE(ServiceHours::formatMoment(berlin(2026, 11, 29, 6, 0), now), QStringLiteral("Sunday 06:00"));
        // A week or more ahead a weekday would be ambiguous.
        QCOMPARE(ServiceHours::formatMoment(berlin(2026, 11, 30, 6, 0), now),
                 QStringLiteral("30/11/2026 06:00"));
        QCOMPARE(ServiceHours::formatMoment(utc(2026, 11, 23, 19, 0), now), QStringLiteral("20:00"));
    }

    void periodNames()
    {
        QCOMPARE(ServiceHours::periodName(Period::Main), QStringLiteral("main hours"));
        QCOMPARE(ServiceHours::periodName(Period::Side), QStringLiteral("side hours"));
        QCOMPARE(ServiceHours::periodName(Period::Standby), QStringLiteral("standby"));
    }

    void configMissingIsDefaults()
    {
        QString error;
        const auto hours = load(QString(), &error);
        QVERIFY2(hours, qPrintable(error));
        QVERIFY(sameRules(hours->rules(), ServiceHours::defaults().rules()));
        QVERIFY(hours->holidayRegions().isEmpty());
        QVERIFY(hours->extraHolidays().isEmpty());
    }

    void configStorySyntax()
    {
        QString error;
        const auto hours =
            load(QStringLiteral("main=Mon-Fri 08:00-20:00\n"
                                "side=Mon-Fri 06:00-08:00, Mon-Fri 20:00-24:00, Sat 06:00-12:00\n"
                                "holidayRegions=BY\n"),
                 &error);
        QVERIFY2(hours, qPrintable(error));
        QVERIFY(sameRules(hours->rules(), ServiceHours::defaults().rules()));
        QCOMPARE(hours->holidayRegions(), QStringList{QStringLiteral("BY")});
        QCOMPARE(hours->periodAt(berlin(2026, 6, 4, 10, 0)), Period::Standby); // Fronleichnam
        QCOMPARE(ServiceHours().periodAt(berlin(2026, 6, 4, 10, 0)), Period::Main);
    }

    void configCustom()
    {
        QString error;
        const auto hours =
            load(QStringLiteral("main=Mo-Fr 09:00-17:00\n"
                                "side=mon-fri 07:00-09:00, MON-FRI 17:00-24:00, Sat-Sun 10:00-14:00\n"
                                "holidayRegions=by, SN\n"
                                "extraHolidays=12-24, 2026-12-31\n"),
                 &error);
        QVERIFY2(hours, qPrintable(error));
        QCOMPARE(hours->holidayRegions(), (QStringList{QStringLiteral("BY"), QStringLiteral("SN")}));
        QCOMPARE(hours->periodAt(berlin(2026, 11, 23, 8, 59)), Period::Side);
        QCOMPARE(hours->periodAt(berlin(2026, 11, 23, 9, 0)), Period::Main);
        QCOMPARE(hours->periodAt(berlin(2026, 11, 23, 17, 0)), Period::Side);
        QCOMPARE(hours->periodAt(berlin(2026, 11, 29, 11, 0)), Period::Side);    // Sunday
        QCOMPARE(hours->periodAt(berlin(2026, 11, 18, 10, 0)), Period::Standby); // Buß- und Bettag
        QCOMPARE(hours->periodAt(berlin(2026, 12, 24, 10, 0)), Period::Standby);
        QCOMPARE(hours->periodAt(berlin(2027, 12, 24, 10, 0)), Period::Standby); // every year
        QCOMPARE(hours->periodAt(berlin(2026, 12, 31, 10, 0)), Period::Standby);
        QCOMPARE(hours->periodAt(berlin(2027, 12, 31, 10, 0)), Period::Main); // that year only
        QCOMPARE(hours->describe(berlin(2026, 11, 23, 10, 0)), QStringLiteral("Main hours until 17:00"));
    }

    void configEmptyMeansNone()
    {
        QString error;
        const auto hours = load(QStringLiteral("main=\n"), &error);
        QVERIFY2(hours, qPrintable(error));
        QCOMPARE(hours->periodAt(berlin(2026, 11, 23, 10, 0)), Period::Standby);
        QCOMPARE(hours->periodAt(berlin(2026, 11, 23, 7, 0)), Period::Side); // side keeps its default
    }

    void badConfig_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("message");
        QTest::newRow("no minutes") << "main=Mon-Fri 8-20\n"
                                    << "Service hours: the entry “Mon-Fri 8-20” in main= is not of the form "
                                       "“Mon-Fri 08:00-20:00”.";
        QTest::newRow("unknown day")
            << "side=Mon-Fri 06:00-08:00, Sam 06:00-12:00\n"
            << "Service hours: the entry “Sam 06:00-12:00” in side= names an unknown "
               "day; use Mon, Tue, Wed, Thu, Fri, Sat, Sun (or Mo, Di, Mi, Do, Fr, Sa, So).";
        QTest::newRow("no such time")
            << "main=Mon 08:00-24:30\n"
            << "Service hours: the entry “Mon 08:00-24:30” in main= has a time that does "
               "not exist; times run from 00:00 to 24:00.";
        QTest::newRow("across midnight")
            << "side=Fri 20:00-02:00\nmain=\n"
            << "Service hours: the entry “Fri 20:00-02:00” in side= ends before it "
               "starts; write a period across midnight as two entries, e.g. “Fri "
               "20:00-24:00, Sat 00:00-02:00”.";
        QTest::newRow("overlap") << "side=Mon 19:00-22:00\n"
                                 << "Service hours: main hours and side hours overlap on Monday at 19:00.";
        QTest::newRow("overlap within a key")
            << "main=Mon-Fri 08:00-20:00, Wed 12:00-13:00\nside=\n"
            << "Service hours: two entries for main hours overlap on Wednesday "
               "at 12:00.";
        QTest::newRow("region")
            << "holidayRegions=BY, Bayern\n"
            << "Service hours: “Bayern” in holidayRegions= is not a German state; use the "
               "state codes BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH.";
        QTest::newRow("date")
            << "extraHolidays=12-24, 2026-02-30\n"
            << "Service hours: “2026-02-30” in extraHolidays= is not a date; write YYYY-MM-DD "
               "for one day or MM-DD for every year.";
    }

    void badConfig()
    {
        QFETCH(QString, ini);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!load(ini, &error));
        QCOMPARE(error, message);
    }

    void leapDayEveryYear()
    {
        QString error;
        const auto hours = load(QStringLiteral("extraHolidays=02-29\n"), &error);
        QVERIFY2(hours, qPrintable(error));
        QCOMPARE(hours->periodAt(berlin(2028, 2, 29, 10, 0)), Period::Standby);
    }

    void setRulesRefusesNonsense()
    {
        ServiceHours hours;
        QString error;
        QVERIFY(!hours.setRules({{1, 600, 600, Period::Main}}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!hours.setRules({{8, 0, 60, Period::Main}}, &error));
        QCOMPARE(hours.rules(), ServiceHours::defaults().rules()); // unchanged
    }
};

QTEST_GUILESS_MAIN(TestServiceHours)
#include "tst_service_hours.moc"
