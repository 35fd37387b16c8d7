#include "ServiceHours.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace ocd {

namespace {

// Far enough for any real schedule (the longest standby is a long weekend), short enough that
// a schedule without the wanted period answers quickly with "never".
constexpr int kSearchDays = 400;
constexpr int kMaxSegments = 20000;

constexpr int kMinutesPerDay = 1440;

struct NamedHoliday
{
    QDate date;
    const char *name; // source text, translated in the "ServiceHours" context
};

QList<NamedHoliday> holidaysOf(int year, const QStringList &regions)
{
    const auto in = [&regions](std::initializer_list<const char *> codes) {
        return std::any_of(codes.begin(), codes.end(), [&regions](const char *c) {
            return regions.contains(QLatin1String(c), Qt::CaseInsensitive);
        });
    };
    const QDate easter = ServiceHours::easterSunday(year);
    QList<NamedHoliday> list;
    const auto add = [&list](const QDate &d, const char *name) { list.append({d, name}); };

    //: German: Neujahr
    add(QDate(year, 1, 1), QT_TRANSLATE_NOOP("ServiceHours", "New Year's Day"));
    if (in({"BW", "BY", "ST"}))
        //: German: Heilige Drei Könige
        add(QDate(year, 1, 6), QT_TRANSLATE_NOOP("ServiceHours", "Epiphany"));
    // Berlin made it a holiday in 2019, Mecklenburg-Vorpommern in 2023.
    if ((in({"BE"}) && year >= 2019) || (in({"MV"}) && year >= 2023))
        //: German: Internationaler Frauentag
        add(QDate(year, 3, 8), QT_TRANSLATE_NOOP("ServiceHours", "International Women's Day"));
    //: German: Karfreitag
    add(easter.addDays(-2), QT_TRANSLATE_NOOP("ServiceHours", "Good Friday"));
    //: German: Ostermontag
    add(easter.addDays(1), QT_TRANSLATE_NOOP("ServiceHours", "Easter Monday"));
    //: German: Tag der Arbeit
    add(QDate(year, 5, 1), QT_TRANSLATE_NOOP("ServiceHours", "Labour Day"));
    //: German: Christi Himmelfahrt
    add(easter.addDays(39), QT_TRANSLATE_NOOP("ServiceHours", "Ascension Day"));
    //: German: Pfingstmontag
    add(easter.addDays(50), QT_TRANSLATE_NOOP("ServiceHours", "Whit Monday"));
    if (in({"BW", "BY", "HE", "NW", "RP", "SL"}))
        //: German: Fronleichnam
        add(easter.addDays(60), QT_TRANSLATE_NOOP("ServiceHours", "Corpus Christi"));
    if (in({"SL"}))
        //: German: Mariä Himmelfahrt
        add(QDate(year, 8, 15), QT_TRANSLATE_NOOP("ServiceHours", "Assumption Day"));
    if (in({"TH"}) && year >= 2019)
        //: German: Weltkindertag
        add(QDate(year, 9, 20), QT_TRANSLATE_NOOP("ServiceHours", "World Children's Day"));
    //: German: Tag der Deutschen Einheit
    add(QDate(year, 10, 3), QT_TRANSLATE_NOOP("ServiceHours", "German Unity Day"));
    // The four northern states added it in 2018.
    if (in({"BB", "MV", "SN", "ST", "TH"}) || (in({"HB", "HH", "NI", "SH"}) && year >= 2018))
        //: German: Reformationstag
        add(QDate(year, 10, 31), QT_TRANSLATE_NOOP("ServiceHours", "Reformation Day"));
    if (in({"BW", "BY", "NW", "RP", "SL"}))
        //: German: Allerheiligen
        add(QDate(year, 11, 1), QT_TRANSLATE_NOOP("ServiceHours", "All Saints' Day"));
    if (in({"SN"})) {
        QDate d(year, 11, 22); // the Wednesday before 23 November
        while (d.dayOfWeek() != Qt::Wednesday)
            d = d.addDays(-1);
        //: German: Buß- und Bettag
        add(d, QT_TRANSLATE_NOOP("ServiceHours", "Day of Repentance and Prayer"));
    }
    //: German: 1. Weihnachtstag
    add(QDate(year, 12, 25), QT_TRANSLATE_NOOP("ServiceHours", "Christmas Day"));
    //: German: 2. Weihnachtstag
    add(QDate(year, 12, 26), QT_TRANSLATE_NOOP("ServiceHours", "Second Day of Christmas"));
    return list;
}

QString keyOf(ServiceHours::Period period)
{
    switch (period) {
    case ServiceHours::Period::Main:
        return QStringLiteral("main");
    case ServiceHours::Period::Side:
        return QStringLiteral("side");
    case ServiceHours::Period::Standby:
        break;
    }
    return QStringLiteral("standby");
}

int dayFromName(const QString &name)
{
    static const char *const english[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const char *const german[] = {"mo", "di", "mi", "do", "fr", "sa", "so"};
    const QString n = name.toLower();
    for (int i = 0; i < 7; ++i) {
        if (n == QLatin1String(english[i]) || n == QLatin1String(german[i]))
            return i + 1;
    }
    return 0;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

// The instants at which the Berlin wall clock reads `time` on `date`: one on most days, two in
// the hour repeated in October, and in the hour skipped in March the jump itself, because the
// wall clock passes that time there without showing it. (QDateTime's constructor returns only
// one of the two repeated instants and an invalid one in the gap.)
QList<QDateTime> instantsOf(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime asUtc(date, time, QTimeZone::utc());
    const int before = zone.offsetFromUtc(asUtc.addDays(-1));
    const int after = zone.offsetFromUtc(asUtc.addDays(1));
    QList<QDateTime> out;
    for (const int offset : {before, after}) {
        const QDateTime at = asUtc.addSecs(-offset).toTimeZone(zone);
        if (at.date() == date && at.time() == time && !out.contains(at))
            out.append(at);
    }
    if (out.isEmpty()) {
        const QTimeZone::OffsetData jump = zone.nextTransition(asUtc.addSecs(-std::max(before, after)));
        if (jump.atUtc.isValid())
            out.append(jump.atUtc.toTimeZone(zone));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Settings values with commas come back from INI files as string lists.
QString settingText(const QSettings &settings, const QString &key)
{
    return settings.value(key).toStringList().join(QLatin1Char(','));
}

} // namespace

ServiceHours::ServiceHours()
{
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        m_rules.append({day, 6 * 60, 8 * 60, Period::Side});
        m_rules.append({day, 8 * 60, 20 * 60, Period::Main});
        m_rules.append({day, 20 * 60, kMinutesPerDay, Period::Side});
    }
    m_rules.append({Qt::Saturday, 6 * 60, 12 * 60, Period::Side});
}

ServiceHours ServiceHours::defaults()
{
    return ServiceHours();
}

QTimeZone ServiceHours::timeZone()
{
    static const QTimeZone berlin("Europe/Berlin");
    return berlin;
}

bool ServiceHours::parseRules(const QString &text, Period period, QList<Rule> *rules, QString *error)
{
    static const QRegularExpression entry(QStringLiteral(
        R"(^([A-Za-z]{2,3})(?:\s*-\s*([A-Za-z]{2,3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$)"));
    const QString key = keyOf(period);
    for (const QString &piece : text.split(QLatin1Char(','))) {
        const QString e = piece.trimmed();
        if (e.isEmpty())
            continue;
        const QRegularExpressionMatch m = entry.match(e);
        if (!m.hasMatch()) {
            if (error)
                *error = tr("Service hours: the entry “%1” in %2= is not of the form “Mon-Fri 08:00-20:00”.")
                             .arg(e, key);
            return false;
        }
        const int first = dayFromName(m.captured(1));
        const int last = m.captured(2).isEmpty() ? first : dayFromName(m.captured(2));
        if (first == 0 || last == 0) {
            if (error)
                *error = tr("Service hours: the entry “%1” in %2= names an unknown day; use Mon, Tue, Wed, "
                            "Thu, Fri, Sat, Sun (or Mo, Di, Mi, Do, Fr, Sa, So).")
                             .arg(e, key);
            return false;
        }
        const int startH = m.captured(3).toInt(), startM = m.captured(4).toInt();
        const int endH = m.captured(5).toInt(), endM = m.captured(6).toInt();
        const int start = startH * 60 + startM, end = endH * 60 + endM;
        if (startM > 59 || endM > 59 || start >= kMinutesPerDay || end > kMinutesPerDay) {
            if (error)
                *error = tr("Service hours: the entry “%1” in %2= has a time that does not exist; times run "
                            "from 00:00 to 24:00.")
                             .arg(e, key);
            return false;
        }
        if (end <= start) {
            if (error)
                *error = tr("Service hours: the entry “%1” in %2= ends before it starts; write a period "
                            "across midnight as two entries, e.g. “Fri 20:00-24:00, Sat 00:00-02:00”.")
                             .arg(e, key);
            return false;
        }
        for (int d = first;; d = d % 7 + 1) {
            rules->append({d, start, end, period});
            if (d == last)
                break;
        }
    }
    return true;
}

bool ServiceHours::setRules(const QList<Rule> &rules, QString *error)
{
    for (const Rule &r : rules) {
        if (r.dayOfWeek < 1 || r.dayOfWeek > 7 || r.startMinute < 0 || r.endMinute > kMinutesPerDay ||
            r.startMinute >= r.endMinute) {
            if (error)
                *error = tr("Service hours: the rule for day %1 from %2 to %3 is not a period of one day.")
                             .arg(r.dayOfWeek)
                             .arg(minuteText(r.startMinute), minuteText(r.endMinute));
            return false;
        }
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (qsizetype j = i + 1; j < rules.size(); ++j) {
            const Rule &a = rules.at(i), &b = rules.at(j);
            if (a.dayOfWeek != b.dayOfWeek || a.endMinute <= b.startMinute || b.endMinute <= a.startMinute)
                continue;
            if (error) {
                const QString day = QLocale().dayName(a.dayOfWeek);
                const QString at = minuteText(std::max(a.startMinute, b.startMinute));
                *error = a.period == b.period ? tr("Service hours: two entries for %1 overlap on %2 at %3.")
                                                    .arg(periodName(a.period), day, at)
                                              : tr("Service hours: %1 and %2 overlap on %3 at %4.")
                                                    .arg(periodName(a.period), periodName(b.period), day, at);
            }
            return false;
        }
    }
    m_rules = rules;
    return true;
}

bool ServiceHours::setHolidayRegions(const QStringList &regions, QString *error)
{
    const QStringList known = regionCodes();
    QStringList clean;
    for (const QString &r : regions) {
        const QString code = r.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        if (!known.contains(code)) {
            if (error)
                *error = tr("Service hours: “%1” in holidayRegions= is not a German state; use the state "
                            "codes %2.")
                             .arg(r.trimmed(), known.join(QLatin1String(", ")));
            return false;
        }
        if (!clean.contains(code))
            clean.append(code);
    }
    m_regions = clean;
    return true;
}

std::optional<ServiceHours> ServiceHours::fromSettings(QSettings &settings, QString *error)
{
    ServiceHours hours;
    const QList<Rule> defaultRules = hours.m_rules;
    settings.beginGroup(QStringLiteral("serviceHours"));
    const auto done = [&settings](bool ok) {
        settings.endGroup();
        return ok;
    };

    QList<Rule> rules;
    for (const Period p : {Period::Main, Period::Side}) {
        const QString key = keyOf(p);
        if (!settings.contains(key)) {
            std::copy_if(defaultRules.begin(), defaultRules.end(), std::back_inserter(rules),
                         [p](const Rule &r) { return r.period == p; });
        } else if (!parseRules(settingText(settings, key), p, &rules, error)) {
            done(false);
            return std::nullopt;
        }
    }
    if (!hours.setRules(rules, error)) {
        done(false);
        return std::nullopt;
    }

    if (!hours.setHolidayRegions(
            settingText(settings, QStringLiteral("holidayRegions")).split(QLatin1Char(',')), error)) {
        done(false);
        return std::nullopt;
    }

    static const QRegularExpression dateRe(QStringLiteral(R"(^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$)"));
    QList<ExtraHoliday> extra;
    for (const QString &piece :
         settingText(settings, QStringLiteral("extraHolidays")).split(QLatin1Char(','))) {
        const QString text = piece.trimmed();
        if (text.isEmpty())
            continue;
        const QRegularExpressionMatch m = dateRe.match(text);
        ExtraHoliday h;
        if (m.hasMatch()) {
            h.year = m.captured(1).toInt(); // 0 when absent: every year
            h.month = m.captured(2).toInt();
            h.day = m.captured(3).toInt();
        }
        // A leap year stands in for "every year" so that 02-29 is accepted.
        if (!m.hasMatch() || !QDate(h.year ? h.year : 2000, h.month, h.day).isValid()) {
            if (error)
                *error = tr("Service hours: “%1” in extraHolidays= is not a date; write YYYY-MM-DD for one "
                            "day or MM-DD for every year.")
                             .arg(text);
            done(false);
            return std::nullopt;
        }
        extra.append(h);
    }
    hours.setExtraHolidays(extra);
    done(true);
    return hours;
}

QStringList ServiceHours::regionCodes()
{
    return {QStringLiteral("BW"), QStringLiteral("BY"), QStringLiteral("BE"), QStringLiteral("BB"),
            QStringLiteral("HB"), QStringLiteral("HH"), QStringLiteral("HE"), QStringLiteral("MV"),
            QStringLiteral("NI"), QStringLiteral("NW"), QStringLiteral("RP"), QStringLiteral("SL"),
            QStringLiteral("SN"), QStringLiteral("ST"), QStringLiteral("SH"), QStringLiteral("TH")};
}

QDate ServiceHours::easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> ServiceHours::germanHolidays(int year, const QStringList &regions)
{
    QList<QDate> dates;
    for (const NamedHoliday &h : holidaysOf(year, regions))
        dates.append(h.date);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

QString ServiceHours::germanHolidayName(const QDate &date, const QStringList &regions)
{
    if (!date.isValid())
        return {};
    for (const NamedHoliday &h : holidaysOf(date.year(), regions)) {
        if (h.date == date)
            return QCoreApplication::translate("ServiceHours", h.name);
    }
    return {};
}

QString ServiceHours::holidayName(const QDate &date) const
{
    const QString name = germanHolidayName(date, m_regions);
    if (!name.isEmpty())
        return name;
    for (const ExtraHoliday &h : m_extra) {
        if (h.matches(date)) {
            const QString elsewhere = germanHolidayName(date, regionCodes());
            return elsewhere.isEmpty() ? tr("company holiday") : elsewhere;
        }
    }
    return {};
}

ServiceHours::Period ServiceHours::weeklyPeriod(int dayOfWeek, int minute) const
{
    for (const Rule &r : m_rules) {
        if (r.dayOfWeek == dayOfWeek && r.startMinute <= minute && minute < r.endMinute)
            return r.period;
    }
    return Period::Standby;
}

ServiceHours::Period ServiceHours::periodAt(const QDateTime &t) const
{
    const QDateTime local = t.toTimeZone(timeZone());
    if (isHoliday(local.date()))
        return Period::Standby;
    const QTime time = local.time();
    return weeklyPeriod(local.date().dayOfWeek(), time.hour() * 60 + time.minute());
}

QDateTime ServiceHours::nextChange(const QDateTime &t) const
{
    if (!t.isValid())
        return {};
    const QTimeZone zone = timeZone();
    const QDateTime local = t.toTimeZone(zone);
    const Period current = periodAt(local);
    QDate day = local.date();
    for (int n = 0; n < kSearchDays; ++n, day = day.addDays(1)) {
        // Periods can only change at a rule's edge, at midnight (holidays) and when the clocks
        // are put back (the wall clock returns to an earlier period).
        QList<QDateTime> edges = instantsOf(day.addDays(1), QTime(0, 0), zone);
        for (const Rule &r : m_rules) {
            if (r.dayOfWeek != day.dayOfWeek())
                continue;
            for (const int m : {r.startMinute, r.endMinute}) {
                if (m < kMinutesPerDay)
                    edges += instantsOf(day, QTime(m / 60, m % 60), zone);
            }
        }
        const QDateTime dayStart(day, QTime(0, 0), QTimeZone::utc());
        if (zone.offsetFromUtc(dayStart) != zone.offsetFromUtc(dayStart.addDays(1))) {
            const QTimeZone::OffsetData shift = zone.nextTransition(dayStart.addSecs(-kMinutesPerDay * 60));
            if (shift.atUtc.isValid())
                edges.append(shift.atUtc.toTimeZone(zone));
        }
        std::sort(edges.begin(), edges.end());
        for (const QDateTime &at : std::as_const(edges)) {
            if (at > local && periodAt(at) != current)
                return at;
        }
    }
    return {};
}

QDateTime ServiceHours::nextIn(Period period, const QDateTime &t) const
{
    QDateTime cur = t.toTimeZone(timeZone());
    for (int n = 0; n < kMaxSegments && cur.isValid(); ++n) {
        if (periodAt(cur) == period)
            return cur;
        cur = nextChange(cur);
    }
    return {};
}

qint64 ServiceHours::secondsIn(Period period, const QDateTime &from, const QDateTime &to) const
{
    qint64 msecs = 0;
    QDateTime cur = from.toTimeZone(timeZone());
    for (int n = 0; n < kMaxSegments && cur < to; ++n) {
        const QDateTime next = nextChange(cur);
        const QDateTime end = !next.isValid() || next > to ? to : next;
        if (periodAt(cur) == period)
            msecs += cur.msecsTo(end);
        cur = end;
    }
    return msecs / 1000;
}

QDateTime ServiceHours::addSecondsIn(Period period, const QDateTime &from, qint64 secs) const
{
    qint64 left = secs * 1000;
    QDateTime cur = from.toTimeZone(timeZone());
    for (int n = 0; n < kMaxSegments; ++n) {
        const QDateTime next = nextChange(cur);
        if (periodAt(cur) == period) {
            if (!next.isValid() || left <= cur.msecsTo(next))
                return cur.addMSecs(left);
            left -= cur.msecsTo(next);
        } else if (!next.isValid()) {
            return {};
        }
        cur = next;
    }
    return {};
}

QString ServiceHours::periodName(Period period)
{
    switch (period) {
    case Period::Main:
        //: German: Hauptzeit
        return tr("main hours");
    case Period::Side:
        //: German: Nebenzeit
        return tr("side hours");
    case Period::Standby:
        break;
    }
    //: German: Bereitschaft
    return tr("standby");
}

QString ServiceHours::formatMoment(const QDateTime &when, const QDateTime &now)
{
    const QLocale locale;
    const QDateTime w = when.toTimeZone(timeZone());
    const QDateTime n = now.toTimeZone(timeZone());
    // 24-hour clock in every language: the cooperative's hours are written that way.
    const QString time = locale.toString(w.time(), QStringLiteral("HH:mm"));
    const qint64 days = n.date().daysTo(w.date());
    if (days == 0)
        return time;
    if (days == 1 && w.time() == QTime(0, 0))
        return tr("midnight");
    if (days > 0 && days < 7)
        return tr("%1 %2", "weekday and time").arg(locale.dayName(w.date().dayOfWeek()), time);
    return tr("%1 %2", "date and time").arg(locale.toString(w.date(), QLocale::ShortFormat), time);
}

QString ServiceHours::describe(const QDateTime &t) const
{
    const QDateTime local = t.toTimeZone(timeZone());
    const QDateTime next = nextChange(local);
    const QString until = next.isValid() ? formatMoment(next, local) : QString();
    switch (periodAt(local)) {
    case Period::Main:
        return until.isEmpty() ? tr("Main hours") : tr("Main hours until %1").arg(until);
    case Period::Side:
        return until.isEmpty() ? tr("Side hours") : tr("Side hours until %1").arg(until);
    case Period::Standby:
        break;
    }
    const QString holiday = holidayName(local.date());
    if (holiday.isEmpty())
        return until.isEmpty() ? tr("Standby") : tr("Standby until %1").arg(until);
    if (germanHolidayName(local.date(), regionCodes()).isEmpty())
        return until.isEmpty() ? tr("Standby (company holiday)")
                               : tr("Standby (company holiday) until %1").arg(until);
    return until.isEmpty() ? tr("Standby (public holiday: %1)").arg(holiday)
                           : tr("Standby (public holiday: %1) until %2").arg(holiday, until);
}

} // namespace ocd
