#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ocd {

// One incident: a HARD problem on a physical host (or, opened by hand, on any host or
// service) with every alarm of its subtree. Plain data; the rules live in IncidentRules and
// IncidentTracker, persistence in app/storage.
struct Incident
{
    enum class State { Open, Acknowledged, Investigating, Monitoring, Resolved, Reviewed };

    QString id;      // a uuid without braces; also the key in the team database
    QString rootKey; // the host (or host!service) the incident is about
    QString title;   // "host1 DOWN"
    State state = State::Open;
    QString assignee;         // "I'm on it": who has it; empty while nobody has claimed it
    QStringList alarmKeys;    // every alarm absorbed, in the order they arrived
    QDateTime openedAt;       // the first alarm's start (MTTA and MTTR count from here)
    QDateTime acknowledgedAt; // first acknowledgement or claim
    QDateTime recoveredAt;    // when the last absorbed alarm recovered; invalid while any is open
    QDateTime resolvedAt;
    QDateTime updatedAt; // last change of any field (conflicts: newer wins)
    bool manual = false; // opened by hand

    bool isClosed() const { return state == State::Resolved || state == State::Reviewed; }

    static QString stateKey(State s); // "open", "acknowledged", ... as stored
    static bool stateFromKey(const QString &key, State *s);
};

// One line of an incident's timeline.
struct JournalEntry
{
    enum class Kind {
        Alarm,
        Recovery,
        StateChange,
        Acknowledgement,
        Assignment,
        Action,
        Conference,
        Call,
        Note
    };

    qint64 id = 0; // assigned by the storage; 0 before it is stored
    QString incidentId;
    QDateTime time; // UTC
    QString author; // a person, or empty for entries the desk wrote from the feed
    Kind kind = Kind::Note;
    QString text;
    QString objectKey; // the alarm or VM it is about, if any

    static QString
    kindKey(Kind k); // "alarm", "recovery", "state", "ack", "assign", "action", "conference", "call", "note"
    static bool kindFromKey(const QString &key, Kind *k);
};

} // namespace ocd

Q_DECLARE_METATYPE(ocd::Incident)
Q_DECLARE_METATYPE(ocd::JournalEntry)
