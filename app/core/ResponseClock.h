#pragma once

#include "ServiceHours.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ocd {

// What a member has booked. Extended Support guarantees a response within 8, 4 or 2 hours,
// day and night; everyone else has Standard support.
enum class SupportTier { Standard, Extended8, Extended4, Extended2 };

// The response clock of one member request.
//
// Extended Support (8/4/2 h): due = start + 8/4/2 hours of real elapsed time, day and night,
// weekends and holidays included. Across a DST change this is physical time, not the local clock
// face: 4 h from 00:30 CEST on the October night is 03:30 CET, and 2 h are always 7200 s.
//
// Standard support: the clock runs only during main hours (Hauptzeit) as ServiceHours defines
// them, i.e. while ServiceHours::periodAt() is Main; side hours (Nebenzeit), standby
// (Bereitschaft), public holidays and configured extra holidays pause it. The allowance is
// `standardHours` hours of such main-hours time (default 8 h, one working day), and `due` is the
// instant at which that much main-hours time has passed since `start`; a request arriving outside
// main hours therefore starts counting at the next start of main hours (Friday 19:00 with 8 h:
// 1 h on Friday, then 7 h from Monday 08:00, due Monday 15:00). Should the schedule have no main
// hours within a year, `due` is invalid and the clock stays paused.
//
// For both: an answer at or before `due` is in time; the clock is breached once `now` is after
// `due` unanswered, or when the answer came after `due`. Before `due`, the time left is counted in
// the clock's own time (main-hours seconds for Standard); after `due`, "overdue by" is real
// elapsed time for every tier, because from then on what counts is how long the member has been
// waiting beyond the promise (and a paused overdue count would read "0 min" all weekend).
//
// Status, first match wins: Answered / Breached once answered (see above); Breached after `due`;
// Paused for Standard outside main hours while time is left; Warning when at most 25 % of the
// allowance is left (Extended 4 h: from 3 h elapsed); otherwise Running. Paused wins over Warning
// because nothing is running down while paused; the text still says how much is left.
struct ResponseClock
{
    Q_DECLARE_TR_FUNCTIONS(ResponseClock)
public:
    enum class Status { Running, Paused, Warning, Breached, Answered };

    QDateTime start; // Europe/Berlin
    QDateTime due;   // Europe/Berlin; invalid: Standard without any main hours ahead
    SupportTier tier = SupportTier::Standard;
    qint64 allowanceSecs = 0; // the 100 % that Warning's 25 % refers to, in the clock's own time

    // Named "started" because "start" is the member holding the start time.
    static ResponseClock started(const QDateTime &start, SupportTier tier, const ServiceHours &hours,
                                 int standardHours = 8);

    // "standard", "extended-8h", "extended-4h", "extended-2h"; leniently also "8h", "4h", "2h",
    // "extended8", "Extended 4 h", "ext-2h" (case, spaces, '-' and '_' do not matter).
    static bool tierFromKey(const QString &key, SupportTier *tier);
    static QString tierKey(SupportTier tier);   // the canonical key
    static QString tierName(SupportTier tier);  // translated: "Extended Support 4 h"
    static int extendedHours(SupportTier tier); // 8, 4, 2; 0 for Standard

    // Before due: seconds of the clock's own time left (main-hours seconds for Standard).
    // After due: minus the real seconds since due.
    qint64 remainingSecs(const QDateTime &now, const ServiceHours &hours) const;
    // Answered after due, or unanswered and now after due.
    bool breached(const QDateTime &now, const QDateTime &answeredAt = {}) const;
    Status status(const QDateTime &now, const ServiceHours &hours, const QDateTime &answeredAt = {}) const;
    // "2 h 14 min left", "paused until Monday 08:00 (…)", "overdue by 35 min", "answered in time".
    QString describe(const QDateTime &now, const ServiceHours &hours, const QDateTime &answeredAt = {}) const;

    // Minutes, rounded up: a clock shows "1 min left" until it is really up, and a deadline is
    // read to the minute, so unlike DurationFormat::compact() it never shows seconds.
    static QString formatDuration(qint64 secs);
};

} // namespace ocd
