#pragma once

#include "core/Clock.h"
#include "sources/MonitoringSource.h"

#include <QElapsedTimer>

#include <QHash>
#include <QTime>
#include <QTimer>

namespace ocd {

// The built-in demo data center: three hypervisors with VMs and services, replaying the story
// of the morning when host1 rebooted at 07:05 (soft then hard, VMs unreachable, restart, the
// temperature jump 45 -> 52 °C, a member's Nextcloud failing until the Entstörung), on a
// compressed clock, in a loop. It behaves like a server: acknowledging an OK object or an
// acknowledged one is refused the same way Icinga 2 refuses it.
//
// Its clock() is the story's clock (today 07:00 + story minutes), so durations and timestamps
// read as in the story ("DOWN for 8 min") although a story minute passes in a few seconds.
// The composition root gives this clock to the store when the demo runs.
class DemoDataCenter : public MonitoringSource, private Clock
{
    Q_OBJECT
public:
    static constexpr int kStoryMinutes = 30; // one loop: 07:00 .. 07:30

    explicit DemoDataCenter(int msPerStoryMinute = 4000, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    QString name() const override;
    bool isDemo() const override { return true; }
    QString defaultAuthor() const override;

    ActionReply *acknowledge(const QStringList &keys, const AckRequest &request) override;
    ActionReply *removeAcknowledgement(const QStringList &keys) override;
    ActionReply *recheck(const QStringList &keys) override;
    ActionReply *scheduleDowntime(const QStringList &keys, const DowntimeRequest &request) override;
    ActionReply *addComment(const QString &key, const QString &author, const QString &text) override;

    QTime storyTime() const { return QTime(7, 0).addSecs(m_minute * 60); }
    const Clock *clock() const { return this; }
    int storyMinute() const { return m_minute; }
    // Jumps to a story minute at once (screenshots, tests).
    void advanceTo(int minute);

    // The demo's hypervisor tool (DemoActionBackend): boots a VM if its host is up; moves a VM
    // to another host if its own host is down. The output reads like virsh's.
    struct ActionOutcome
    {
        bool ok = false;
        QString output;
    };
    ActionOutcome restartVm(const QString &vm);
    ActionOutcome failoverVm(const QString &vm, const QString &target);
    QString hypervisorOf(const QString &vm) const;

signals:
    void storyTimeChanged();

private:
    QDateTime now() const override;
    void reset();
    static void addMemberVars(const QString &vm, QVariantMap *vars);
    void step();
    void playMinute(int minute);
    void result(const QString &host, const QString &service, int state, const QString &output,
                const QString &perfdata = {}, bool reachable = true);
    void hostDown(const QString &host, bool down);
    void vmBoot(const QString &vm);
    void temperature(const QString &host, double celsius);
    MonitoredObject makeObject(const QString &host, const QString &service, const QVariantMap &vars) const;
    ActionReply *finished(bool ok, const QString &message);
    FeedEvent eventFor(const MonitoredObject &o, FeedEvent::Type type) const;

    int m_msPerMinute;
    int m_minute = 0;
    QDateTime m_storyStart;    // 07:00 today, local time
    QElapsedTimer m_sinceStep; // real time since the last story minute began
    QTimer m_timer;
    QHash<QString, MonitoredObject> m_truth;
    QVector<HostDependency> m_dependencies;
    QHash<QString, QStringList> m_vmsOf; // hypervisor -> VMs
    FeedEvents m_pending;
    int m_downtimeSerial = 0;
};

} // namespace ocd
