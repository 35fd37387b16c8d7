#pragma once

#include "core/Incident.h"
#include "core/Member.h"

#include <QDate>
#include <QObject>

namespace ocd {

// Which calls IncidentStore::calls() returns; empty fields do not filter.
struct CallFilter
{
    QString memberId;
    QString incidentId;
    QDate from;      // first day, in the desk's local time; invalid: no lower bound
    QDate to;        // last day (inclusive), in the desk's local time; invalid: no upper bound
    QString text;    // in topic, summary or caller number; case-insensitive
    int limit = 500; // the newest this many; 0 or less: all
};

// Where incidents and their journals, the members and the calls with them are kept.
// SqlIncidentStore implements it for SQLite (one desk) and PostgreSQL (a team); writes are
// synchronous and transactional (a crash loses at most the entry being written, never half of it).
class IncidentStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool isShared() const = 0; // a team database: colleagues see the same incidents
    virtual QString lastError() const = 0;

    // Inserts or updates by id. False (and lastError) when the database refused.
    virtual bool saveIncident(const Incident &incident) = 0;
    virtual QVector<Incident> incidents() const = 0; // newest first
    // Assigns entry->id. False (and lastError) when the database refused.
    virtual bool addJournalEntry(JournalEntry *entry) = 0;
    virtual QVector<JournalEntry> journal(const QString &incidentId) const = 0; // oldest first

    // Presence: this desk says it is online (call at least every 30 s); who was seen in the
    // last 60 s, this desk included. Without a team database only this desk.
    virtual void heartbeat(const QString &user, const QString &deskId) = 0;
    virtual QStringList onlineUsers() const = 0;

    // Members: in one transaction, removes every member of `source` ("icinga" for host vars,
    // "import" for an import) and stores these, with that source (whatever their own says), so
    // that an import replaces the previous import and leaves the other sources alone. A member
    // id is stored once: a member whose id another source holds is taken over by this one.
    // False (and lastError) when the database refused or a member has no id; then nothing changed.
    virtual bool replaceMembers(const QVector<Member> &members, const QString &source) = 0;
    virtual QVector<Member> members() const = 0; // by name, case-insensitive

    // Inserts a call when call->id is 0 (and assigns it), else updates the one with that id; an
    // invalid time becomes "now". False (and lastError) when the database refused, the call
    // refers to an incident this database does not have, or there is no call with that id.
    virtual bool saveCall(CallRecord *call) = 0;
    virtual QVector<CallRecord> calls(const CallFilter &filter) const = 0; // newest first

signals:
    // Something changed that another desk wrote (PostgreSQL NOTIFY), or this one.
    void incidentChanged(const QString &incidentId);
    void journalChanged(const QString &incidentId);
    void presenceChanged();
    void membersChanged();            // replaceMembers() of any source: reload members()
    void callsChanged(qint64 callId); // a call was inserted or updated
    // The lost connection to the team database is back. Notifications sent meanwhile are gone:
    // listeners reload everything.
    void reconnected();
};

} // namespace ocd
