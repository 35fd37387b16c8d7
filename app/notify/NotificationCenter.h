#pragma once

#include "AlarmSound.h"
#include "core/NotificationPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ocd {

class AlarmStore;
class MonitoringSource;
class Notifier;

// Wires the store and the source to the notification policy and the notifier: after every
// batch of changes, on connection changes and once a second it asks the policy what to show,
// and it turns the notifier's actions into requests ("acknowledge" acknowledges the alarm on
// the server; "open" asks for the window).
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinIntervalMs = 20;

    NotificationCenter(AlarmStore *store, MonitoringSource *source, Notifier *notifier,
                       NotificationSettings settings, QObject *parent = nullptr);

    NotificationPolicy &policy() { return m_policy; }
    // Another server: its alarms start fresh (no "recovered" for what the old one knew).
    void setSource(MonitoringSource *source);
    void setSound(AlarmSound *sound) { m_sound = sound; }
    void snooze(int minutes);
    void cancelSnooze();
    // Re-evaluates now (tests; normally driven by signals and the tick).
    void evaluate();

signals:
    void openRequested(const QString &key);
    void snoozeChanged();
    void acknowledgeFinished(bool ok, const QString &message);

private:
    void evaluateSoon();
    void onAction(const QString &id, const QString &action);

    AlarmStore *m_store;
    MonitoringSource *m_source;
    Notifier *m_notifier;
    QPointer<AlarmSound> m_sound;
    NotificationPolicy m_policy;
    QTimer m_tick;
    QTimer m_soon;
    QElapsedTimer m_sinceEvaluate;
    QHash<QString, QStringList> m_keysById; // notification id -> the objects it is about
};

} // namespace ocd
