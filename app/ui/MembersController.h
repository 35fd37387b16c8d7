#pragma once

#include "core/MemberDirectory.h"
#include "core/ServiceHours.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

namespace ocd {

class AlarmStore;
class IncidentStore;
class IncidentTracker;

// What QML sees of members and their calls: the current service period for the header, caller
// lookup for the call form (number first, then name), logging a call (into the call log and the
// incident's journal), searching calls, the members an incident affects with their response
// clocks, and importing members from CSV or JSON.
class MembersController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Desk.members")
    Q_PROPERTY(QString periodText READ periodText NOTIFY periodChanged)
    Q_PROPERTY(int period READ period NOTIFY periodChanged)
    Q_PROPERTY(int memberCount READ memberCount NOTIFY membersChanged)
    Q_PROPERTY(int callRevision READ callRevision NOTIFY callsChanged)
public:
    MembersController(AlarmStore *alarms, IncidentTracker *tracker, const ServiceHours &hours,
                      QObject *parent = nullptr);

    const MemberDirectory &directory() const { return m_directory; }
    const ServiceHours &hours() const { return m_hours; }
    QString periodText() const;
    int period() const;
    int memberCount() const { return int(m_directory.members().size()); }
    int callRevision() const { return m_callRevision; }

    // {found, id, name, tier, tierName, caretaker, phones, incidentId (suggested), incidentTitle}
    Q_INVOKABLE QVariantMap lookupCaller(const QString &number) const;
    Q_INVOKABLE QVariantList searchMembers(const QString &query) const; // [{id, name, tierName}]
    Q_INVOKABLE QVariantMap member(const QString &id) const;
    // The open incidents a member is affected by, newest first: [{id, title}]
    Q_INVOKABLE QVariantList incidentsFor(const QString &memberId) const;
    Q_INVOKABLE QVariantList openIncidents() const;
    // Keys: callerNumber, memberId, channel ("phone"/"email"/"chat"), outgoing, topic, summary,
    // incidentId, handedTo, status ("open"/"handed-over"/"resolved"), followUpMinutes (0: none).
    // Returns "" or the reason it was not saved.
    Q_INVOKABLE QString logCall(const QVariantMap &call);
    // Keys of the filter: memberId, incidentId, from, to ("yyyy-MM-dd"), text.
    Q_INVOKABLE QVariantList calls(const QVariantMap &filter) const;
    // The affected members of an incident with their clocks, nearest deadline first, and the
    // summary line ("14 members affected, 3 with Extended Support").
    Q_INVOKABLE QVariantMap affected(const QString &incidentId) const;
    // CSV or JSON by the file's extension; returns the sentence to show.
    Q_INVOKABLE QString importMembers(const QUrl &file);

signals:
    void periodChanged();
    void membersChanged();
    void callsChanged();
    void message(const QString &text, bool ok);

private:
    void rebuildDirectory();
    void watchStore(IncidentStore *store);
    QDateTime now() const;
    QVariantMap memberMap(const Member &m) const;

    AlarmStore *m_alarms;
    IncidentTracker *m_tracker;
    ServiceHours m_hours;
    MemberDirectory m_directory;
    QTimer m_periodTimer;
    int m_callRevision = 0;
    QPointer<IncidentStore> m_watched;
};

} // namespace ocd
