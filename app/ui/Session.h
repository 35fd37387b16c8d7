#pragma once

#include "actions/ActionSettings.h"
#include "sources/icinga2/Icinga2Settings.h"

#include <QObject>

#include <memory>

namespace ocd {

class ActionBackend;
class ActionsController;
class AlarmStore;
class Desk;
class ForwardingClock;
class MonitoringSource;
class NotificationCenter;
class SystemClock;

// Owns the monitoring source the desk shows and switches it (demo <-> an Icinga 2 profile)
// without a restart: the store, the desk and the notifications follow.
class Session : public QObject
{
    Q_OBJECT
public:
    Session(AlarmStore *store, ForwardingClock *clock, QObject *parent = nullptr);
    ~Session() override;

    MonitoringSource *source() const { return m_source.get(); }
    // After the desk and the notification center exist (they need a first source).
    void attach(Desk *desk, NotificationCenter *notifications, ActionsController *actions = nullptr);

    void openDemo(int msPerStoryMinute, int startMinute);
    void openIcinga(const Icinga2Settings &settings, const ActionSettings &actions = {});

signals:
    void sourceChanged();

private:
    void adopt(std::unique_ptr<MonitoringSource> source, const class Clock *clock,
               std::unique_ptr<ActionBackend> backend, int concurrency);

    AlarmStore *m_store;
    ForwardingClock *m_clock;
    std::unique_ptr<SystemClock> m_systemClock;
    std::unique_ptr<MonitoringSource> m_source;
    Desk *m_desk = nullptr;
    NotificationCenter *m_notifications = nullptr;
    ActionsController *m_actions = nullptr;
    // The first source opens before the controllers exist; its backend waits for attach().
    std::unique_ptr<ActionBackend> m_pendingBackend;
    int m_pendingConcurrency = 2;
};

} // namespace ocd
