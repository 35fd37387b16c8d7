#pragma once

#include "core/Incident.h"

#include <QObject>

namespace ocd {

// Where incidents and their journals are kept. SqlIncidentStore implements it for SQLite (one
// desk) and PostgreSQL (a team); writes are synchronous and transactional (a crash loses at
// most the entry being written, never half of it).
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

signals:
    // Something changed that another desk wrote (PostgreSQL NOTIFY), or this one.
    void incidentChanged(const QString &incidentId);
    void journalChanged(const QString &incidentId);
    void presenceChanged();
};

} // namespace ocd
