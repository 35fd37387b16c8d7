#pragma once

#include "core/Incident.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace ocd {

class AlarmStore;
class IncidentStore;
class Topology;

// Turns the alarm feed into incidents (IncidentRules) and keeps their journals: opens an
// incident for a HARD problem of a physical host, absorbs the alarms of its subtree, notes
// alarms, recoveries and acknowledgements, marks "all recovered" for MTTR, and carries out the
// user's intents (claim, state, note, entries from actions, conferences and calls). Incidents
// live in an IncidentStore; with a team database, entries the feed produces on every desk are
// written once (the same entry is recognised by its kind, object and server time).
class IncidentTracker : public QObject
{
    Q_OBJECT
public:
    IncidentTracker(AlarmStore *alarms, IncidentStore *store, QObject *parent = nullptr);

    void setUser(const QString &user) { m_user = user; }
    // Another database (the demo keeps its incidents apart from the real ones).
    void setStore(IncidentStore *store);
    IncidentStore *store() const { return m_store; }
    QString user() const { return m_user; }

    const QVector<Incident> &incidents() const { return m_incidents; } // newest first
    const Incident *incident(const QString &id) const;
    QVector<JournalEntry> journal(const QString &id) const;
    // The open incident an alarm or VM belongs to; empty when none.
    QString incidentFor(const QString &key) const;

    // Intents. Each returns an empty string on success, else the reason in a sentence.
    QString openManually(const QString &key, QString *id = nullptr);
    QString claim(const QString &id);
    QString setState(const QString &id, Incident::State state);
    QString addNote(const QString &id, const QString &text);
    // Entries the desk writes for actions, conferences and calls (author = this desk's user).
    QString addEntry(const QString &id, JournalEntry::Kind kind, const QString &text,
                     const QString &objectKey = {});

    // Re-reads incidents from the store (a colleague changed something).
    void reload();

signals:
    void incidentsChanged();
    void storeChanged(ocd::IncidentStore *store);
    void journalChanged(const QString &id);

private:
    void onObjectsChanged(const QSet<QString> &keys);
    void resync();
    Incident *find(const QString &id);
    Incident *openIncidentCovering(const QString &key, const Topology &topology);
    bool save(Incident &incident);
    bool journalOnce(const Incident &incident, JournalEntry::Kind kind, const QString &text,
                     const QString &objectKey, const QDateTime &time, const QString &author = {});
    void absorb(Incident &incident, const QString &key);
    void checkRecovered(Incident &incident);
    QDateTime now() const;

    AlarmStore *m_alarms;
    IncidentStore *m_store;
    QString m_user;
    QVector<Incident> m_incidents;
    // What the tracker last saw of each object: a HARD problem, acknowledged.
    QHash<QString, bool> m_problem;
    QHash<QString, bool> m_acked;
    bool m_writing = false;
    // The journals read during one pass over changed objects (onObjectsChanged).
    bool m_inPass = false;
    QHash<QString, QVector<JournalEntry>> m_passJournals;
};

} // namespace ocd
