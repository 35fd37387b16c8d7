#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

class QSettings;

namespace ocd {

// The cooperative's service periods: main hours (Hauptzeit), side hours (Nebenzeit) and standby
// (Bereitschaft). Everything is reckoned in wall-clock time of Europe/Berlin, whatever zone a
// QDateTime passed in carries, so a rule "08:00" means 08:00 in Berlin on both sides of a DST
// change. German public holidays (nationwide plus the configured states) and extra configured
// dates are standby all day.
//
// Defaults (the story): main Mon–Fri 08:00–20:00; side Mon–Fri 06:00–08:00 and 20:00–24:00 and
// Sat 06:00–12:00; standby at all other times. A default-constructed ServiceHours has these
// defaults, so a forgotten configuration never means "standby all week".
//
// Configuration, QSettings group [serviceHours] (all keys optional):
//
//   main=Mon-Fri 08:00-20:00
//   side=Mon-Fri 06:00-08:00, Mon-Fri 20:00-24:00, Sat 06:00-12:00
//   holidayRegions=BY
//   extraHolidays=12-24, 12-31, 2026-12-28
//
// - main, side: comma-separated entries "DAYS HH:MM-HH:MM". DAYS is one day or a range of days,
//   English (Mon Tue Wed Thu Fri Sat Sun) or German (Mo Di Mi Do Fr Sa So) abbreviations, any
//   case; a range may wrap (Sat-Mon). The end is exclusive and may be 24:00; an entry ends after
//   it starts, so a period across midnight is written as two entries. Entries must not overlap,
//   neither within a key nor between main and side. A missing key keeps the default; an empty
//   value means no such period at all. Whatever no entry covers is standby.
// - holidayRegions: comma-separated state codes BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH;
//   their regional holidays are added to the nationwide ones. Missing or empty: nationwide only.
// - extraHolidays: comma-separated dates that are standby all day, YYYY-MM-DD for one day or MM-DD
//   for every year (company holidays, 24 and 31 December). Mariä Himmelfahrt is a holiday only in
//   the Bavarian communes with a Catholic majority, so BY does not include it: add 08-15 there.
//
// Rules are kept in minutes since local midnight (0..1440, end exclusive) rather than QTime,
// because QTime cannot express the end of the day (24:00).
class ServiceHours
{
    Q_DECLARE_TR_FUNCTIONS(ServiceHours)
public:
    enum class Period { Main, Side, Standby };

    struct Rule
    {
        int dayOfWeek = 1;   // 1 = Monday … 7 = Sunday (Qt::DayOfWeek)
        int startMinute = 0; // minutes since local midnight, 0..1439
        int endMinute = 0;   // exclusive, 1..1440; 1440 is the midnight that ends the day
        Period period = Period::Main;

        bool operator==(const Rule &o) const
        {
            return dayOfWeek == o.dayOfWeek && startMinute == o.startMinute && endMinute == o.endMinute &&
                   period == o.period;
        }
    };

    // A configured day off: one date (year > 0) or the same day every year (year == 0).
    struct ExtraHoliday
    {
        int year = 0;
        int month = 1;
        int day = 1;

        bool matches(const QDate &date) const
        {
            return date.month() == month && date.day() == day && (year == 0 || date.year() == year);
        }
    };

    ServiceHours(); // the story's defaults, see above
    static ServiceHours defaults();

    // Reads the group [serviceHours] of `settings`. On a mistake returns nullopt and sets *error
    // to one translated sentence naming the key and the offending entry.
    static std::optional<ServiceHours> fromSettings(QSettings &settings, QString *error = nullptr);
    // One main= or side= value, see above; appends to *rules.
    static bool parseRules(const QString &text, Period period, QList<Rule> *rules, QString *error = nullptr);

    QList<Rule> rules() const { return m_rules; }
    bool setRules(const QList<Rule> &rules, QString *error = nullptr); // refuses overlaps
    QStringList holidayRegions() const { return m_regions; }
    bool setHolidayRegions(const QStringList &regions, QString *error = nullptr); // refuses unknown codes
    QList<ExtraHoliday> extraHolidays() const { return m_extra; }
    void setExtraHolidays(const QList<ExtraHoliday> &extra) { m_extra = extra; }

    static QTimeZone timeZone(); // Europe/Berlin

    Period periodAt(const QDateTime &t) const;
    // The first instant after t at which the period differs from periodAt(t), in Europe/Berlin.
    // Invalid when nothing changes within a year (e.g. no rules at all).
    QDateTime nextChange(const QDateTime &t) const;
    // t itself when periodAt(t) == period, else the next instant the period begins (invalid when
    // it does not begin within a year).
    QDateTime nextIn(Period period, const QDateTime &t) const;
    // Real elapsed seconds within `period` between from and to (0 when to <= from).
    qint64 secondsIn(Period period, const QDateTime &from, const QDateTime &to) const;
    // The instant at which `secs` seconds of `period` have passed since from; invalid when the
    // period does not occur often enough within a year.
    QDateTime addSecondsIn(Period period, const QDateTime &from, qint64 secs) const;

    // "Main hours until 20:00", "Standby (public holiday: Good Friday) until Tuesday 06:00".
    QString describe(const QDateTime &t) const;
    static QString periodName(Period period); // "main hours", "side hours", "standby"
    // A coming moment as short as it is unambiguous from `now`: "20:00" later the same day,
    // "Monday 06:00" within the next six days, otherwise with the date. Europe/Berlin, 24-hour.
    static QString formatMoment(const QDateTime &when, const QDateTime &now);

    // Configured days off: public holidays of the configured regions and the extra dates.
    bool isHoliday(const QDate &date) const { return !holidayName(date).isEmpty(); }
    // Translated name ("Good Friday"); an extra date that is a holiday somewhere in Germany keeps
    // that name, any other extra date is a "company holiday". Empty when not a day off.
    QString holidayName(const QDate &date) const;

    static QStringList regionCodes();
    static QDate easterSunday(int year); // Gregorian computus (Anonymous/Meeus)
    // Nationwide public holidays plus those of `regions` (state codes), sorted, without
    // duplicates. Unknown codes are ignored here; setHolidayRegions() refuses them.
    static QList<QDate> germanHolidays(int year, const QStringList &regions);
    // Translated name of a public holiday in `regions` (all states: regionCodes()), else empty.
    static QString germanHolidayName(const QDate &date, const QStringList &regions);

private:
    Period weeklyPeriod(int dayOfWeek, int minute) const;

    QList<Rule> m_rules;
    QStringList m_regions;
    QList<ExtraHoliday> m_extra;
};

} // namespace ocd
