#include "IncidentTracker.h"

#include "core/AlarmRules.h"
#include "core/Clock.h"
#include "core/DurationFormat.h"
#include "core/IncidentRules.h"
#include "core/Topology.h"
#include "storage/IncidentStore.h"
#include "store/AlarmStore.h"

#include <QScopedValueRollback>
#include <QUuid>

namespace ocd {

IncidentTracker::IncidentTracker(AlarmStore *alarms, IncidentStore *store, QObject *parent)
    : QObject(parent), m_alarms(alarms), m_store(store)
{
    connect(alarms, &AlarmStore::objectsChanged, this, &IncidentTracker::onObjectsChanged);
    connect(alarms, &AlarmStore::resetDone, this, &IncidentTracker::resync);
    m_store = nullptr;
    setStore(store);
}

void IncidentTracker::setStore(IncidentStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    // The store also signals this desk's own writes; those must not reload the list while the
    // tracker holds references into it.
    connect(store, &IncidentStore::incidentChanged, this, [this](const QString &) {
        if (!m_writing)
            reload();
    });
    connect(store, &IncidentStore::journalChanged, this, &IncidentTracker::journalChanged);
    // What colleagues wrote while the team database was away arrived without notifications.
    connect(store, &IncidentStore::reconnected, this, [this] {
        reload();
        for (const Incident &i : std::as_const(m_incidents))
            emit journalChanged(i.id);
    });
    m_problem.clear();
    m_acked.clear();
    reload();
    resync(); // a desk started in the middle of an outage sees it at once
    emit storeChanged(store);
}

QDateTime IncidentTracker::now() const
{
    return m_alarms->clock()->now();
}

void IncidentTracker::reload()
{
    m_incidents = m_store->incidents();
    emit incidentsChanged();
}

const Incident *IncidentTracker::incident(const QString &id) const
{
    for (const Incident &i : m_incidents)
        if (i.id == id)
            return &i;
    return nullptr;
}

Incident *IncidentTracker::find(const QString &id)
{
    for (Incident &i : m_incidents)
        if (i.id == id)
            return &i;
    return nullptr;
}

QVector<JournalEntry> IncidentTracker::journal(const QString &id) const
{
    return m_store->journal(id);
}

QString IncidentTracker::incidentFor(const QString &key) const
{
    for (const Incident &i : m_incidents)
        if (!i.isClosed() && (i.alarmKeys.contains(key) || i.rootKey == key))
            return i.id;
    // A VM that is not (yet) an alarm still belongs to its host's incident.
    const Topology topology = Topology::build(m_alarms->objects(), m_alarms->dependencies(), now());
    for (const Incident &i : m_incidents)
        if (!i.isClosed() && topology.inSubtree(i.rootKey, key))
            return i.id;
    return {};
}

bool IncidentTracker::save(Incident &incident)
{
    incident.updatedAt = now();
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (!m_store->saveIncident(incident)) {
        qWarning("incident %s not saved: %s", qPrintable(incident.id), qPrintable(m_store->lastError()));
        return false;
    }
    return true;
}

bool IncidentTracker::journalOnce(const Incident &incident, JournalEntry::Kind kind, const QString &text,
                                  const QString &objectKey, const QDateTime &time, const QString &author)
{
    // Every desk of a team sees the same feed: an entry already written (same kind, object, text
    // and server time; without a server time, the same text) is not written again.
    // Within one pass over a burst the journal is read once per incident, not once per entry.
    QVector<JournalEntry> fresh;
    QVector<JournalEntry> *journal = &fresh;
    if (m_inPass) {
        auto it = m_passJournals.find(incident.id);
        if (it == m_passJournals.end())
            it = m_passJournals.insert(incident.id, m_store->journal(incident.id));
        journal = &*it;
    } else {
        fresh = m_store->journal(incident.id);
    }
    const QVector<JournalEntry> &known = *journal;
    for (const JournalEntry &e : std::as_const(known))
        if (e.kind == kind && e.objectKey == objectKey && e.text == text &&
            (!time.isValid() || e.time == time))
            return true;
    JournalEntry e;
    e.incidentId = incident.id;
    e.time = time.isValid() ? time : now().toUTC();
    e.author = author;
    e.kind = kind;
    e.text = text;
    e.objectKey = objectKey;
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (!m_store->addJournalEntry(&e))
        return false;
    journal->append(e);
    return true;
}

void IncidentTracker::absorb(Incident &incident, const QString &key)
{
    const MonitoredObject &o = m_alarms->objects()[key];
    if (!incident.alarmKeys.contains(key))
        incident.alarmKeys.append(key);
    const QDateTime since = o.lastStateChange.isValid() ? o.lastStateChange.toUTC() : now();
    journalOnce(incident, JournalEntry::Kind::Alarm,
                tr("%1: %2").arg(IncidentRules::titleFor(o), o.output.section(QLatin1Char('\n'), 0, 0)), key,
                since);
    if (incident.recoveredAt.isValid()) {
        incident.recoveredAt = {}; // a new problem: not recovered any more
        if (incident.state == Incident::State::Monitoring)
            incident.state = Incident::State::Investigating;
    }
}

void IncidentTracker::checkRecovered(Incident &incident)
{
    if (incident.recoveredAt.isValid())
        return;
    for (const QString &key : std::as_const(incident.alarmKeys)) {
        const auto it = m_alarms->objects().constFind(key);
        if (it != m_alarms->objects().constEnd() && IncidentRules::isHardProblem(*it))
            return;
    }
    incident.recoveredAt = now();
    const qint64 mttr = IncidentRules::mttrSecs(incident).value_or(0);
    journalOnce(incident, JournalEntry::Kind::Recovery,
                tr("All %n alarm(s) recovered (MTTR %1).", nullptr, int(incident.alarmKeys.size()))
                    .arg(DurationFormat::compact(mttr)),
                incident.rootKey, incident.recoveredAt.toUTC());
}

Incident *IncidentTracker::openIncidentCovering(const QString &key, const Topology &topology)
{
    for (Incident &i : m_incidents)
        if (!i.isClosed() && (i.rootKey == key || topology.inSubtree(i.rootKey, key)))
            return &i;
    return nullptr;
}

void IncidentTracker::resync()
{
    // After a (re)connect the whole state is new: compare everything.
    QSet<QString> all;
    for (auto it = m_alarms->objects().cbegin(); it != m_alarms->objects().cend(); ++it)
        all.insert(it.key());
    for (auto it = m_problem.cbegin(); it != m_problem.cend(); ++it)
        all.insert(it.key());
    onObjectsChanged(all);
}

void IncidentTracker::onObjectsChanged(const QSet<QString> &keys)
{
    QStringList newProblems, recovered, newAcks;
    for (const QString &key : keys) {
        const auto it = m_alarms->objects().constFind(key);
        const bool problem = it != m_alarms->objects().constEnd() && IncidentRules::isHardProblem(*it);
        const bool acked = problem && it->ack.set;
        const bool wasProblem = m_problem.value(key, false);
        if (problem && !wasProblem)
            newProblems << key;
        else if (!problem && wasProblem)
            recovered << key;
        if (acked && !m_acked.value(key, false))
            newAcks << key;
        if (problem)
            m_problem.insert(key, true);
        else
            m_problem.remove(key);
        if (acked)
            m_acked.insert(key, true);
        else
            m_acked.remove(key);
    }
    if (newProblems.isEmpty() && recovered.isEmpty() && newAcks.isEmpty())
        return; // the common case: output or perfdata changed, nothing for incidents

    m_incidents = m_store->incidents(); // a colleague may have opened it meanwhile
    const QScopedValueRollback<bool> pass(m_inPass, true);
    m_passJournals.clear();
    const Topology topology = Topology::build(m_alarms->objects(), m_alarms->dependencies(), now());
    QSet<QString> touched;
    // Hosts first, so a host's incident exists before its VMs' alarms look for it.
    std::stable_sort(newProblems.begin(), newProblems.end(), [&](const QString &a, const QString &b) {
        const TopologyNode *na = topology.node(a);
        const TopologyNode *nb = topology.node(b);
        return (na ? na->depth : 99) < (nb ? nb->depth : 99);
    });
    for (const QString &key : std::as_const(newProblems)) {
        if (Incident *i = openIncidentCovering(key, topology)) {
            absorb(*i, key);
            touched.insert(i->id);
            continue;
        }
        const MonitoredObject &o = m_alarms->objects()[key];
        if (!IncidentRules::opensIncident(o, topology))
            continue;
        Incident incident;
        incident.rootKey = o.hostName;
        incident.openedAt = (o.lastStateChange.isValid() ? o.lastStateChange : now()).toUTC();
        incident.id = IncidentRules::automaticId(incident.rootKey, incident.openedAt);
        incident.title = IncidentRules::titleFor(o);
        // The same problem seen again (a replayed demo, a restored backup): one incident, afresh.
        m_incidents.erase(std::remove_if(m_incidents.begin(), m_incidents.end(),
                                         [&](const Incident &i) { return i.id == incident.id; }),
                          m_incidents.end());
        m_incidents.prepend(incident);
        Incident &stored = m_incidents.first();
        save(stored); // the journal refers to it
        journalOnce(stored, JournalEntry::Kind::StateChange, tr("Incident opened: %1").arg(stored.title),
                    stored.rootKey, stored.openedAt);
        // Everything already wrong beneath it belongs to it.
        const int root = topology.nodeIndex(stored.rootKey);
        for (int n = root; n >= 0 && n < topology.at(root).subtreeEnd; ++n) {
            const QString k = topology.at(n).key;
            const auto it = m_alarms->objects().constFind(k);
            if (it != m_alarms->objects().constEnd() && IncidentRules::isHardProblem(*it))
                absorb(stored, k);
        }
        touched.insert(stored.id);
    }
    for (const QString &key : std::as_const(newAcks)) {
        Incident *i = openIncidentCovering(key, topology);
        if (!i)
            continue;
        const MonitoredObject &o = m_alarms->objects()[key];
        journalOnce(*i, JournalEntry::Kind::Acknowledgement,
                    tr("%1 acknowledged: %2").arg(IncidentRules::titleFor(o), o.ack.comment), key,
                    QDateTime(), o.ack.author);
        if (!i->acknowledgedAt.isValid())
            i->acknowledgedAt = now();
        if (i->state == Incident::State::Open)
            i->state = Incident::State::Acknowledged;
        touched.insert(i->id);
    }
    for (const QString &key : std::as_const(recovered)) {
        for (Incident &i : m_incidents) {
            if (i.isClosed() || !i.alarmKeys.contains(key))
                continue;
            const auto it = m_alarms->objects().constFind(key);
            const QString what = it != m_alarms->objects().constEnd()
                                     ? IncidentRules::titleFor(*it)
                                     : QString(key).replace(QLatin1Char('!'), QStringLiteral(" / "));
            const QDateTime at = it != m_alarms->objects().constEnd() && it->lastStateChange.isValid()
                                     ? it->lastStateChange.toUTC()
                                     : now();
            journalOnce(i, JournalEntry::Kind::Recovery, what, key, at); // the kind says "recovered"
            touched.insert(i.id);
        }
    }
    for (Incident &i : m_incidents) {
        if (!touched.contains(i.id))
            continue;
        checkRecovered(i);
        save(i);
        emit journalChanged(i.id);
    }
    emit incidentsChanged();
}

QString IncidentTracker::openManually(const QString &key, QString *id)
{
    const auto it = m_alarms->objects().constFind(key);
    if (it == m_alarms->objects().constEnd())
        return tr("%1 is not known to the monitoring.").arg(key);
    const Topology topology = Topology::build(m_alarms->objects(), m_alarms->dependencies(), now());
    if (const Incident *existing = openIncidentCovering(key, topology)) {
        if (id)
            *id = existing->id;
        return tr("%1 already belongs to the open incident \"%2\".").arg(key, existing->title);
    }
    Incident incident;
    incident.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    incident.rootKey = key;
    incident.manual = true;
    incident.title = IncidentRules::titleFor(*it);
    incident.openedAt =
        (IncidentRules::isHardProblem(*it) && it->lastStateChange.isValid() ? it->lastStateChange : now())
            .toUTC();
    if (IncidentRules::isHardProblem(*it))
        incident.alarmKeys << key;
    if (!save(incident))
        return m_store->lastError();
    m_incidents.prepend(incident);
    journalOnce(incident, JournalEntry::Kind::StateChange,
                tr("Incident opened by hand: %1").arg(incident.title), key, now().toUTC(), m_user);
    if (id)
        *id = incident.id;
    emit incidentsChanged();
    emit journalChanged(incident.id);
    return {};
}

QString IncidentTracker::claim(const QString &id)
{
    Incident *i = find(id);
    if (!i)
        return tr("The incident no longer exists.");
    if (i->assignee == m_user)
        return {};
    const QString before = i->assignee;
    i->assignee = m_user;
    if (!i->acknowledgedAt.isValid())
        i->acknowledgedAt = now();
    if (i->state == Incident::State::Open)
        i->state = Incident::State::Acknowledged;
    if (!save(*i))
        return m_store->lastError();
    journalOnce(*i, JournalEntry::Kind::Assignment,
                before.isEmpty() ? tr("I'm on it.") : tr("Takes over from %1.").arg(before), {},
                now().toUTC(), m_user);
    emit incidentsChanged();
    emit journalChanged(id);
    return {};
}

QString IncidentTracker::setState(const QString &id, Incident::State state)
{
    Incident *i = find(id);
    if (!i)
        return tr("The incident no longer exists.");
    if (!IncidentRules::canTransition(i->state, state))
        return tr("An incident that is %1 cannot become %2.")
            .arg(IncidentRules::stateText(i->state), IncidentRules::stateText(state));
    if (state == Incident::State::Resolved) {
        checkRecovered(*i);
        if (!i->recoveredAt.isValid()) {
            int open = 0;
            for (const QString &key : std::as_const(i->alarmKeys)) {
                const auto it = m_alarms->objects().constFind(key);
                open += it != m_alarms->objects().constEnd() && IncidentRules::isHardProblem(*it);
            }
            return tr(
                "%n alarm(s) of this incident are still open; it can be resolved when all have recovered.",
                nullptr, open);
        }
        i->resolvedAt = now();
    }
    const Incident::State before = i->state;
    i->state = state;
    if (!i->acknowledgedAt.isValid() && state != Incident::State::Open)
        i->acknowledgedAt = now();
    if (!save(*i))
        return m_store->lastError();
    journalOnce(*i, JournalEntry::Kind::StateChange,
                tr("State: %1 → %2").arg(IncidentRules::stateText(before), IncidentRules::stateText(state)),
                {}, now().toUTC(), m_user);
    emit incidentsChanged();
    emit journalChanged(id);
    return {};
}

QString IncidentTracker::addNote(const QString &id, const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("The note is empty.");
    return addEntry(id, JournalEntry::Kind::Note, text.trimmed());
}

QString IncidentTracker::addEntry(const QString &id, JournalEntry::Kind kind, const QString &text,
                                  const QString &objectKey)
{
    const Incident *i = incident(id);
    if (!i)
        return tr("The incident no longer exists.");
    JournalEntry e;
    e.incidentId = id;
    e.time = now().toUTC();
    e.author = m_user;
    e.kind = kind;
    e.text = text;
    e.objectKey = objectKey;
    const QScopedValueRollback<bool> writing(m_writing, true);
    if (!m_store->addJournalEntry(&e))
        return m_store->lastError();
    emit journalChanged(id);
    return {};
}

} // namespace ocd
