#pragma once

#include "models/IncidentListModel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

namespace ocd {

class ActionRunner;
class AlarmStore;
class ConferenceProvider;
class IncidentStore;
class IncidentTracker;
class MonitoringSource;

// What QML sees of incidents: the list, the selected incident with its journal and live
// MTTA/MTTR, "I'm on it", state changes, notes, the ad-hoc conference and the review export,
// and who of the team is online. Claims and notes are mirrored as Icinga comments when there is
// no team database, so colleagues on Icinga Web see them.
class IncidentsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Desk.incidents")
    Q_PROPERTY(ocd::IncidentListModel *list READ list CONSTANT)
    Q_PROPERTY(ocd::JournalModel *journal READ journal CONSTANT)
    Q_PROPERTY(QString currentId READ currentId WRITE setCurrentId NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY listChanged)
    Q_PROPERTY(bool shared READ isShared NOTIFY sharedChanged)
    Q_PROPERTY(QString onlineText READ onlineText NOTIFY presenceChanged)
    Q_PROPERTY(QString conferenceName READ conferenceName CONSTANT)
public:
    IncidentsController(AlarmStore *alarms, IncidentStore *store, IncidentTracker *tracker,
                        QObject *parent = nullptr);
    ~IncidentsController() override;

    void setSource(MonitoringSource *source); // for comment mirroring and the user name
    // Switches the database (the demo's own, or the real one).
    void useStore(IncidentStore *store);
    void setActionRunner(ActionRunner *runner);
    void setConferenceProvider(ConferenceProvider *provider); // not owned
    // Tests and --self-test: do not start a browser.
    void setOpenBrowser(bool on) { m_openBrowser = on; }

    IncidentListModel *list() { return &m_list; }
    JournalModel *journal() { return &m_journal; }
    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);
    QVariantMap current() const;
    int openCount() const;
    bool isShared() const;
    QString onlineText() const;
    QString conferenceName() const;

    // Each returns an empty string on success, else the reason; the reason is also emitted.
    Q_INVOKABLE QString claim();
    Q_INVOKABLE QString setState(const QString &stateKey);
    Q_INVOKABLE QString addNote(const QString &text);
    Q_INVOKABLE QString openFor(const QString &key); // by hand, for an alarm; selects it
    Q_INVOKABLE QString incidentFor(const QString &key) const;
    Q_INVOKABLE void startConference();
    Q_INVOKABLE void copyToClipboard(const QString &text);
    // format "md" or "pdf"; returns the path written, or empty (and message()) on failure.
    Q_INVOKABLE QString exportReview(const QString &format, const QUrl &file);
    Q_INVOKABLE QString suggestedExportName(const QString &format) const;

signals:
    void currentChanged();
    void listChanged();
    void sharedChanged();
    void presenceChanged();
    void message(const QString &text, bool ok);
    void conferenceReady(const QString &joinUrl);

private:
    QString report(const QString &error);
    void watchStore(IncidentStore *store);
    void mirror(const QString &incidentId, const QString &text);
    void refreshJournal();

    AlarmStore *m_alarms;
    IncidentTracker *m_tracker;
    IncidentListModel m_list;
    JournalModel m_journal;
    QString m_currentId;
    QPointer<MonitoringSource> m_source;
    ConferenceProvider *m_conference = nullptr;
    QString m_deskId;
    QTimer m_heartbeat;
    bool m_openBrowser = true;
    QHash<QString, QString> m_conferenceLinks; // incident id -> the latest room's link
};

} // namespace ocd
