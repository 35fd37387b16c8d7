// ResponseClock: due times and status of member requests, Extended Support in wall-clock time
// (also across both DST nights of 2026), Standard support in main hours only. "Now" is passed in,
// so fixed QDateTimes are the fake clock.
#include "core/ResponseClock.h"

#include <QLocale>
#include <QTest>

using namespace ocd;
using Status = ResponseClock::Status;

Q_DECLARE_METATYPE(ocd::SupportTier)

namespace {

QDateTime berlin(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), ServiceHours::timeZone());
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

constexpr qint64 kHour = 3600;

} // namespace

class TestResponseClock : public QObject
{
    Q_OBJECT

private:
    const ServiceHours m_hours;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void tierKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<SupportTier>("tier");
        QTest::newRow("standard") << "standard" << true << SupportTier::Standard;
        QTest::newRow("Standard") << "Standard" << true << SupportTier::Standard;
        QTest::newRow("extended-8h") << "extended-8h" << true << SupportTier::Extended8;
        QTest::newRow("extended-4h") << "extended-4h" << true << SupportTier::Extended4;
        QTest::newRow("extended-2h") << "extended-2h" << true << SupportTier::Extended2;
        QTest::newRow("8h") << "8h" << true << SupportTier::Extended8;
        QTest::newRow("4h") << "4h" << true << SupportTier::Extended4;
        QTest::newRow("2h") << "2h" << true << SupportTier::Extended2;
        QTest::newRow("extended8") << "extended8" << true << SupportTier::Extended8;
        QTest::newRow("Extended 4 h") << "Extended 4 h" << true << SupportTier::Extended4;
        QTest::newRow("extended_2_hours") << "extended_2_hours" << true << SupportTier::Extended2;
        QTest::newRow("ext-2h") << "ext-2h" << true << SupportTier::Extended2;
        QTest::newRow("extended-3h") << "extended-3h" << false << SupportTier::Standard;
        QTest::newRow("premium") << "premium" << false << SupportTier::Standard;
        QTest::newRow("extended") << "extended" << false << SupportTier::Standard;
        QTest::newRow("empty") << "" << false << SupportTier::Standard;
    }

    void tierKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, ok);
        QFETCH(SupportTier, tier);
        SupportTier parsed = SupportTier::Standard;
        QCOMPARE(ResponseClock::tierFromKey(key, &parsed), ok);
        if (ok) {
            QCOMPARE(parsed, tier);
            SupportTier again = SupportTier::Standard;
            QVERIFY(ResponseClock::tierFromKey(ResponseClock::tierKey(parsed), &again));
            QCOMPARE(again, tier);
        }
    }

    void tierNames()
    {
        QCOMPARE(ResponseClock::tierKey(SupportTier::Standard), QStringLiteral("standard"));
        QCOMPARE(ResponseClock::tierKey(SupportTier::Extended4), QStringLiteral("extended-4h"));
        QCOMPARE(ResponseClock::tierName(SupportTier::Standard), QStringLiteral("Standard Support"));
        QCOMPARE(ResponseClock::tierName(SupportTier::Extended8), QStringLiteral("Extended Support 8 h"));
        QCOMPARE(ResponseClock::tierName(SupportTier::Extended4), QStringLiteral("Extended Support 4 h"));
        QCOMPARE(ResponseClock::tierName(SupportTier::Extended2), QStringLiteral("Extended Support 2 h"));
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << "0 min";
        QTest::newRow("negative") << qint64(-5) << "0 min";
        QTest::newRow("1 s") << qint64(1) << "1 min";
        QTest::newRow("60 s") << qint64(60) << "1 min";
        QTest::newRow("61 s") << qint64(61) << "2 min";
        QTest::newRow("35 min") << qint64(35 * 60) << "35 min";
        QTest::newRow("1 h") << qint64(3600) << "1 h 0 min";
        QTest::newRow("2 h 14 min") << qint64(2 * 3600 + 14 * 60) << "2 h 14 min";
        QTest::newRow("2 h 13 min 1 s") << qint64(2 * 3600 + 13 * 60 + 1) << "2 h 14 min";
        QTest::newRow("25 h") << qint64(25 * 3600) << "1 d 1 h";
    }

    void formatDuration()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(ResponseClock::formatDuration(secs), text);
    }

    void extended2hFridayEvening()
    {
        const auto c = ResponseClock::started(berlin(2026, 11, 27, 21, 30), SupportTier::Extended2, m_hours);
        QCOMPARE(c.due, berlin(2026, 11, 27, 23, 30));
        QCOMPARE(c.allowanceSecs, 2 * kHour);
        QCOMPARE(c.remainingSecs(berlin(2026, 11, 27, 22, 0), m_hours), qint64(5400));
        QCOMPARE(c.status(berlin(2026, 11, 27, 21, 30), m_hours), Status::Running);
        QCOMPARE(c.status(berlin(2026, 11, 27, 22, 59, 59), m_hours), Status::Running);
        QCOMPARE(c.status(berlin(2026, 11, 27, 23, 0), m_hours), Status::Warning);
        QCOMPARE(c.status(berlin(2026, 11, 27, 23, 30), m_hours), Status::Warning);
        QCOMPARE(c.status(berlin(2026, 11, 27, 23, 30, 1), m_hours), Status::Breached);
        QVERIFY(!c.breached(berlin(2026, 11, 27, 23, 30)));
        QVERIFY(c.breached(berlin(2026, 11, 27, 23, 30, 1)));
        QCOMPARE(c.describe(berlin(2026, 11, 27, 21, 46), m_hours), QStringLiteral("1 h 44 min left"));
        QCOMPARE(c.describe(berlin(2026, 11, 28, 0, 5), m_hours), QStringLiteral("overdue by 35 min"));
        QCOMPARE(c.remainingSecs(berlin(2026, 11, 28, 0, 5), m_hours), qint64(-35 * 60));
    }

    // 2026-10-25: 03:00 CEST becomes 02:00 CET. 00:30 CEST is 22:30 UTC on the 24th; four real
    // hours later it is 02:30 UTC, i.e. 03:30 CET, five hours on the clock face.
    void extended4hAcrossOctoberNight()
    {
        const QDateTime start = berlin(2026, 10, 25, 0, 30);
        QCOMPARE(start, utc(2026, 10, 24, 22, 30));
        const auto c = ResponseClock::started(start, SupportTier::Extended4, m_hours);
        QCOMPARE(c.due, utc(2026, 10, 25, 2, 30));
        QCOMPARE(c.due, berlin(2026, 10, 25, 3, 30));
        QCOMPARE(c.due.toTimeZone(ServiceHours::timeZone()).time(), QTime(3, 30));
        QCOMPARE(c.due.offsetFromUtc(), 3600);
        QCOMPARE(c.start.secsTo(c.due), 4 * kHour);
        // Warning from 3 h elapsed: 01:30 UTC, the second 02:30 of the night (CET).
        QCOMPARE(c.status(start.addSecs(3 * kHour - 1), m_hours), Status::Running);
        QCOMPARE(c.status(start.addSecs(3 * kHour), m_hours), Status::Warning);
        QCOMPARE(c.status(utc(2026, 10, 25, 0, 30), m_hours), Status::Running); // the first 02:30 (CEST)
        QCOMPARE(c.status(utc(2026, 10, 25, 1, 30), m_hours), Status::Warning); // the second 02:30 (CET)
        QCOMPARE(c.describe(utc(2026, 10, 25, 1, 30), m_hours), QStringLiteral("1 h 0 min left"));
        QCOMPARE(c.status(utc(2026, 10, 25, 2, 31), m_hours), Status::Breached);
    }

    // 2026-03-29: 02:00 CET becomes 03:00 CEST. 00:30 CET is 23:30 UTC on the 28th; four real
    // hours later it is 03:30 UTC, i.e. 05:30 CEST.
    void extended4hAcrossMarchNight()
    {
        const QDateTime start = berlin(2026, 3, 29, 0, 30);
        QCOMPARE(start, utc(2026, 3, 28, 23, 30));
        const auto c = ResponseClock::started(start, SupportTier::Extended4, m_hours);
        QCOMPARE(c.due, utc(2026, 3, 29, 3, 30));
        QCOMPARE(c.due, berlin(2026, 3, 29, 5, 30));
        QCOMPARE(c.start.secsTo(c.due), 4 * kHour);
        QCOMPARE(c.remainingSecs(berlin(2026, 3, 29, 3, 30), m_hours), 2 * kHour); // 01:30 UTC
        QCOMPARE(c.status(berlin(2026, 3, 29, 4, 29), m_hours), Status::Running);
        QCOMPARE(c.status(berlin(2026, 3, 29, 4, 30), m_hours), Status::Warning);

        const auto two = ResponseClock::started(berlin(2026, 3, 29, 1, 30), SupportTier::Extended2, m_hours);
        QCOMPARE(two.due, berlin(2026, 3, 29, 4, 30));
        QCOMPARE(two.start.secsTo(two.due), 2 * kHour);
    }

    void extendedIgnoresServiceHours()
    {
        const auto c = ResponseClock::started(berlin(2026, 4, 3, 10, 0), SupportTier::Extended8, m_hours);
        QCOMPARE(c.due, berlin(2026, 4, 3, 18, 0)); // Good Friday, standby all day
        QCOMPARE(c.status(berlin(2026, 4, 3, 11, 0), m_hours), Status::Running);
        QCOMPARE(c.describe(berlin(2026, 4, 3, 11, 46), m_hours), QStringLiteral("6 h 14 min left"));
    }

    void standardFridayEvening()
    {
        const auto c = ResponseClock::started(berlin(2026, 11, 27, 19, 0), SupportTier::Standard, m_hours);
        QCOMPARE(c.allowanceSecs, 8 * kHour);
        QCOMPARE(c.due, berlin(2026, 11, 30, 15, 0));
        QCOMPARE(c.remainingSecs(berlin(2026, 11, 27, 19, 30), m_hours), qint64(7.5 * kHour));
        QCOMPARE(c.status(berlin(2026, 11, 27, 19, 30), m_hours), Status::Running);
        QCOMPARE(c.remainingSecs(berlin(2026, 11, 27, 20, 0), m_hours), 7 * kHour);
        QCOMPARE(c.status(berlin(2026, 11, 27, 20, 0), m_hours), Status::Paused);
        QCOMPARE(c.remainingSecs(berlin(2026, 11, 28, 10, 0), m_hours), 7 * kHour);
        QCOMPARE(c.status(berlin(2026, 11, 28, 10, 0), m_hours), Status::Paused);
        QCOMPARE(c.describe(berlin(2026, 11, 28, 10, 0), m_hours),
                 QStringLiteral(
                     "7 h 0 min left, paused until Monday 08:00 (standard support runs in main hours)"));
        QCOMPARE(c.describe(berlin(2026, 11, 30, 7, 0), m_hours),
                 QStringLiteral("7 h 0 min left, paused until 08:00 (standard support runs in main hours)"));
        QCOMPARE(c.status(berlin(2026, 11, 30, 8, 0), m_hours), Status::Running);
        QCOMPARE(c.remainingSecs(berlin(2026, 11, 30, 8, 0), m_hours), 7 * kHour);
        QCOMPARE(c.status(berlin(2026, 11, 30, 12, 59), m_hours), Status::Running);
        QCOMPARE(c.status(berlin(2026, 11, 30, 13, 0), m_hours), Status::Warning); // 2 h of 8 h left
        QCOMPARE(c.describe(berlin(2026, 11, 30, 12, 46), m_hours), QStringLiteral("2 h 14 min left"));
        QCOMPARE(c.status(berlin(2026, 11, 30, 15, 0), m_hours), Status::Warning);
        QCOMPARE(c.status(berlin(2026, 11, 30, 15, 0, 1), m_hours), Status::Breached);
        QCOMPARE(c.describe(berlin(2026, 11, 30, 15, 35), m_hours), QStringLiteral("overdue by 35 min"));
    }

    void standardSaturday()
    {
        const auto c = ResponseClock::started(berlin(2026, 11, 28, 10, 0), SupportTier::Standard, m_hours);
        QCOMPARE(c.due, berlin(2026, 11, 30, 16, 0));
        QCOMPARE(c.remainingSecs(c.start, m_hours), 8 * kHour);
        QCOMPARE(c.status(c.start, m_hours), Status::Paused);
        QCOMPARE(c.describe(berlin(2026, 11, 29, 22, 0), m_hours),
                 QStringLiteral(
                     "8 h 0 min left, paused until Monday 08:00 (standard support runs in main hours)"));
    }

    // Thursday before Easter 15:00: 5 h on Thursday; Good Friday, the weekend and Easter Monday
    // pause; the remaining 3 h run on Tuesday from 08:00.
    void standardOverEaster()
    {
        const auto c = ResponseClock::started(berlin(2026, 4, 2, 15, 0), SupportTier::Standard, m_hours);
        QCOMPARE(c.due, berlin(2026, 4, 7, 11, 0));
        QCOMPARE(c.status(berlin(2026, 4, 3, 10, 0), m_hours), Status::Paused);
        QCOMPARE(c.describe(berlin(2026, 4, 3, 10, 0), m_hours),
                 QStringLiteral(
                     "3 h 0 min left, paused until Tuesday 08:00 (standard support runs in main hours)"));
        QCOMPARE(c.status(berlin(2026, 4, 6, 10, 0), m_hours), Status::Paused); // Easter Monday
        QCOMPARE(c.status(berlin(2026, 4, 7, 8, 0), m_hours), Status::Running);
        QCOMPARE(c.status(berlin(2026, 4, 7, 9, 0), m_hours), Status::Warning);
    }

    // Side hours do not count: Monday 06:30 starts counting at 08:00.
    void standardSideHoursDoNotCount()
    {
        const auto c = ResponseClock::started(berlin(2026, 11, 23, 6, 30), SupportTier::Standard, m_hours);
        QCOMPARE(c.due, berlin(2026, 11, 23, 16, 0));
        QCOMPARE(c.status(berlin(2026, 11, 23, 7, 0), m_hours), Status::Paused);
    }

    void standardConfigurableTarget()
    {
        const QDateTime mon = berlin(2026, 11, 23, 10, 0);
        QCOMPARE(ResponseClock::started(mon, SupportTier::Standard, m_hours, 4).due,
                 berlin(2026, 11, 23, 14, 0));
        QCOMPARE(ResponseClock::started(mon, SupportTier::Standard, m_hours, 12).due,
                 berlin(2026, 11, 24, 10, 0));
        // Ending exactly at the end of main hours is due then, not the next morning.
        QCOMPARE(ResponseClock::started(berlin(2026, 11, 23, 8, 0), SupportTier::Standard, m_hours, 12).due,
                 berlin(2026, 11, 23, 20, 0));
        const auto c = ResponseClock::started(berlin(2026, 11, 23, 8, 0), SupportTier::Standard, m_hours, 12);
        QCOMPARE(c.status(berlin(2026, 11, 23, 20, 0), m_hours), Status::Warning); // 0 left, not paused
        QCOMPARE(c.status(berlin(2026, 11, 23, 20, 0, 1), m_hours), Status::Breached);
        // Overdue counts real time, so it does not freeze over the evening.
        QCOMPARE(c.describe(berlin(2026, 11, 23, 21, 0), m_hours), QStringLiteral("overdue by 1 h 0 min"));
    }

    // A standard clock over the March DST weekend: main hours are main hours on the clock face.
    void standardAcrossDst()
    {
        const auto c = ResponseClock::started(berlin(2026, 3, 27, 19, 0), SupportTier::Standard, m_hours);
        QCOMPARE(c.due, berlin(2026, 3, 30, 15, 0));
        QCOMPARE(c.due, utc(2026, 3, 30, 13, 0));
    }

    void standardWithoutMainHours()
    {
        ServiceHours none;
        QVERIFY(none.setRules({}));
        const auto c = ResponseClock::started(berlin(2026, 11, 23, 10, 0), SupportTier::Standard, none);
        QVERIFY(!c.due.isValid());
        QCOMPARE(c.status(berlin(2026, 11, 30, 10, 0), none), Status::Paused);
        QVERIFY(!c.breached(berlin(2027, 11, 30, 10, 0)));
        QCOMPARE(c.describe(berlin(2026, 11, 30, 10, 0), none),
                 QStringLiteral("8 h 0 min left, paused (no main hours ahead)"));
    }

    void pausedOnlyForStandard()
    {
        const auto c = ResponseClock::started(berlin(2026, 11, 29, 10, 0), SupportTier::Extended8, m_hours);
        QCOMPARE(c.status(berlin(2026, 11, 29, 11, 0), m_hours), Status::Running);
    }

    void answered()
    {
        const auto c = ResponseClock::started(berlin(2026, 11, 27, 21, 30), SupportTier::Extended2, m_hours);
        const QDateTime late = berlin(2026, 11, 28, 1, 0);
        QCOMPARE(c.status(late, m_hours, berlin(2026, 11, 27, 22, 0)), Status::Answered);
        QCOMPARE(c.status(late, m_hours, c.due), Status::Answered); // at due is in time
        QVERIFY(!c.breached(late, c.due));
        QCOMPARE(c.describe(late, m_hours, berlin(2026, 11, 27, 22, 0)), QStringLiteral("answered in time"));
        const QDateTime answeredLate = berlin(2026, 11, 27, 23, 40);
        QCOMPARE(c.status(late, m_hours, answeredLate), Status::Breached);
        QVERIFY(c.breached(late, answeredLate));
        QCOMPARE(c.describe(late, m_hours, answeredLate), QStringLiteral("answered 10 min late"));
    }
};

QTEST_GUILESS_MAIN(TestResponseClock)
#include "tst_response_clock.moc"
