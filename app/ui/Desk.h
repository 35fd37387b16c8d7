#pragma once

#include "ActionsController.h"
#include "ChartFeeder.h"
#include "IncidentsController.h"
#include "MembersController.h"
#include "ProfilesController.h"
#include "models/AlarmListModel.h"
#include "models/TopologyModel.h"
#include "sources/MonitoringSource.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace ocd {

class AlarmStore;
class AlarmSound;
class LanguageSwitcher;
class NotificationCenter;

struct StatusSummary;

// What QML sees of the application: the alarm list, connection state, counts and the user's
// intents (acknowledge, recheck, downtime). It forwards intents to the source and reports the
// outcome; it holds no network code and no alarm rules. Created by the composition root and
// handed to QML as a singleton.
class Desk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ocd::AlarmListModel *alarms READ alarms CONSTANT)
    Q_PROPERTY(bool demo READ isDemo NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceName READ sourceName NOTIFY sourceChanged)
    Q_PROPERTY(QString defaultAuthor READ defaultAuthor NOTIFY sourceChanged)
    Q_PROPERTY(int connectionState READ connectionState NOTIFY connectionChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionText READ connectionText NOTIFY connectionChanged)
    Q_PROPERTY(int down READ down NOTIFY countsChanged)
    Q_PROPERTY(int critical READ critical NOTIFY countsChanged)
    Q_PROPERTY(int warning READ warning NOTIFY countsChanged)
    Q_PROPERTY(int unknown READ unknown NOTIFY countsChanged)
    Q_PROPERTY(int unacknowledged READ unacknowledged NOTIFY countsChanged)
    Q_PROPERTY(QDateTime now READ now NOTIFY tick)
    Q_PROPERTY(QString storyTime READ storyTime NOTIFY storyTimeChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool trayAvailable READ trayAvailable CONSTANT)
    Q_PROPERTY(bool windowVisible READ windowVisible WRITE setWindowVisible NOTIFY windowVisibleChanged)
    Q_PROPERTY(bool snoozed READ isSnoozed NOTIFY snoozeChanged)
    Q_PROPERTY(QString snoozedUntil READ snoozedUntilText NOTIFY snoozeChanged)
    Q_PROPERTY(bool soundEnabled READ soundEnabled WRITE setSoundEnabled NOTIFY soundEnabledChanged)
    Q_PROPERTY(QString notifierName READ notifierName CONSTANT)
    Q_PROPERTY(ocd::ProfilesController *profiles READ profiles CONSTANT)
    Q_PROPERTY(ocd::ChartFeeder *charts READ charts CONSTANT)
    Q_PROPERTY(ocd::TopologyModel *topology READ topology CONSTANT)
    Q_PROPERTY(ocd::ActionsController *actions READ actions CONSTANT)
    Q_PROPERTY(ocd::IncidentsController *incidents READ incidents CONSTANT)
    Q_PROPERTY(ocd::MembersController *members READ members CONSTANT)
    Q_PROPERTY(QString scopeKey READ scopeKey NOTIFY scopeChanged)

public:
    Desk(AlarmStore *store, MonitoringSource *source, LanguageSwitcher *language, QObject *parent = nullptr);
    ~Desk() override;

    // QML singleton factory: returns the instance the composition root made.
    static Desk *create(QQmlEngine *, QJSEngine *);
    static void setInstance(Desk *desk);

    // The session switched to another server (or the demo).
    void setSource(MonitoringSource *source);

    // Optional collaborators, wired by the composition root.
    void setNotificationCenter(NotificationCenter *center);
    void setSound(AlarmSound *sound);
    void setTrayAvailable(bool on) { m_trayAvailable = on; }
    void setNotifierName(const QString &name) { m_notifierName = name; }
    void setProfiles(ProfilesController *profiles) { m_profiles = profiles; }
    ProfilesController *profiles() const { return m_profiles; }
    void setCharts(ChartFeeder *charts) { m_charts = charts; }
    ChartFeeder *charts() const { return m_charts; }
    TopologyModel *topology() { return &m_topology; }
    void setActions(ActionsController *actions) { m_actions = actions; }
    ActionsController *actions() const { return m_actions; }
    void setIncidents(IncidentsController *incidents) { m_incidents = incidents; }
    IncidentsController *incidents() const { return m_incidents; }
    void setMembers(MembersController *members) { m_members = members; }
    MembersController *members() const { return m_members; }
    QString scopeKey() const { return m_scopeKey; }
    // Limits the alarm list to a topology node and everything beneath it; empty: no limit.
    Q_INVOKABLE void setScope(const QString &key);

    AlarmListModel *alarms() { return &m_alarms; }
    bool isDemo() const { return m_source->isDemo(); }
    QString sourceName() const { return m_source->name(); }
    QString defaultAuthor() const { return m_source->defaultAuthor(); }
    int connectionState() const { return int(m_source->state()); }
    bool isLive() const { return m_source->state() == MonitoringSource::State::Live; }
    QString connectionText() const;
    int down() const;
    int critical() const;
    int warning() const;
    int unknown() const;
    int unacknowledged() const;
    QDateTime now() const;
    QString storyTime() const;
    QString language() const;
    bool busy() const { return m_running > 0; }
    bool trayAvailable() const { return m_trayAvailable; }
    bool windowVisible() const { return m_windowVisible; }
    void setWindowVisible(bool on);
    bool isSnoozed() const;
    QString snoozedUntilText() const;
    bool soundEnabled() const;
    void setSoundEnabled(bool on);
    QString notifierName() const { return m_notifierName; }
    StatusSummary summary() const;
    // Selects the alarm and raises the window; false when the key is unknown.
    bool activateAlarm(const QString &key);

    Q_INVOKABLE QString since(const QDateTime &t) const;
    Q_INVOKABLE QString formatDateTime(const QDateTime &t) const;
    Q_INVOKABLE QVariantMap details(const QString &key) const;

    Q_INVOKABLE void acknowledge(const QStringList &keys, const QString &comment, bool sticky, bool notify,
                                 int expiryMinutes);
    Q_INVOKABLE void removeAcknowledgement(const QStringList &keys);
    Q_INVOKABLE void recheck(const QStringList &keys);
    Q_INVOKABLE void scheduleDowntime(const QStringList &keys, const QString &comment, int durationMinutes,
                                      bool allServices, bool childHosts);
    Q_INVOKABLE void setLanguage(const QString &code);
    Q_INVOKABLE void snooze(int minutes);
    Q_INVOKABLE void cancelSnooze();

signals:
    void connectionChanged();
    void sourceChanged();
    void countsChanged();
    void tick();
    void storyTimeChanged();
    void languageChanged();
    void busyChanged();
    void objectsChanged(const QStringList &keys);
    void actionFinished(bool ok, const QString &message);
    void windowVisibleChanged();
    void scopeChanged();
    void snoozeChanged();
    void soundEnabledChanged();
    // For QML: show and raise the window (second start, tray, notification "Open").
    void raiseRequested();
    // For QML: select this alarm (after raiseRequested).
    void activateRequested(const QString &key);
    // For QML: the last-resort notifier wants the window to show an alert.
    void windowAlert(const QString &title, const QString &body, int urgency);

private:
    void track(ActionReply *reply);

    AlarmStore *m_store;
    MonitoringSource *m_source;
    LanguageSwitcher *m_language;
    AlarmListModel m_alarms;
    TopologyModel m_topology;
    QString m_scopeKey;
    QTimer m_tick;
    int m_running = 0;
    QPointer<NotificationCenter> m_center;
    QPointer<AlarmSound> m_sound;
    bool m_trayAvailable = false;
    bool m_windowVisible = false;
    QString m_notifierName;
    ProfilesController *m_profiles = nullptr;
    ChartFeeder *m_charts = nullptr;
    ActionsController *m_actions = nullptr;
    IncidentsController *m_incidents = nullptr;
    MembersController *m_members = nullptr;
};

} // namespace ocd
