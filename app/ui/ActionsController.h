#pragma once

#include "actions/ActionRunner.h"
#include "models/ActionProgressModel.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

#include <memory>

namespace ocd {

class AlarmStore;
class AuditLog;

// What QML sees of VM actions: the facts before a decision (HostFacts), restart and failover
// requests with their safety checks, the progress list and the audit trail. The backend
// (Icinga 2 execute-command, libvirt or the demo) is set by the session with each source.
class ActionsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Desk.actions")
    Q_PROPERTY(ocd::ActionProgressModel *progress READ progress CONSTANT)
    Q_PROPERTY(QString backendName READ backendName NOTIFY backendChanged)
    Q_PROPERTY(int active READ active NOTIFY activityChanged)
    Q_PROPERTY(int concurrency READ concurrency WRITE setConcurrency NOTIFY concurrencyChanged)
    Q_PROPERTY(QString auditPath READ auditPath CONSTANT)
public:
    ActionsController(AlarmStore *store, AuditLog *audit, QObject *parent = nullptr);
    ~ActionsController() override;

    // Takes the backend of a new source. `user` is who the actions run as (the API user).
    void setBackend(std::unique_ptr<ActionBackend> backend, const QString &user, const QString &server,
                    int concurrency);
    ActionBackend *backend() const { return m_backend.get(); }
    ActionRunner *runner() { return &m_runner; }

    ActionProgressModel *progress() { return &m_progress; }
    QString backendName() const;
    int active() const { return m_runner.activeCount(); }
    int concurrency() const { return m_runner.concurrency(); }
    void setConcurrency(int n);
    QString auditPath() const;

    // The physical host a VM, service or host key belongs to (the topology root); the key's
    // host when it is not part of a tree.
    Q_INVOKABLE QString physicalHostOf(const QString &key) const;
    // Facts for the decision view; see HostFacts for the fields. Empty "host" when unknown.
    Q_INVOKABLE QVariantMap facts(const QString &host) const;
    // Why the action cannot be used at all with this profile; empty when it can.
    Q_INVOKABLE QString restartUnavailable(const QString &host) const;
    Q_INVOKABLE QString failoverUnavailable(const QString &host) const;
    // The sentence a confirmation shows: exactly what will happen.
    Q_INVOKABLE QString describe(const QString &kind, const QString &host, const QString &target,
                                 const QStringList &vms) const;

    // Queue restarts of these VMs of `host`. Returns {ok, message}; VMs already queued or
    // running are skipped and named in the message (a double click does nothing twice).
    Q_INVOKABLE QVariantMap restart(const QString &host, const QStringList &vms, const QString &reason);
    // Cold failover of these VMs from `host` to `target`; `typedName` must equal `host`, and
    // the host must be DOWN (or unreachable) as the monitoring sees it.
    Q_INVOKABLE QVariantMap failover(const QString &host, const QString &target, const QStringList &vms,
                                     const QString &reason, const QString &typedName);
    Q_INVOKABLE bool isActive(const QString &vm) const { return m_runner.isActive(vm); }
    Q_INVOKABLE bool cancel(int id) { return m_runner.cancel(id); }
    Q_INVOKABLE int cancelQueued() { return m_runner.cancelQueued(); }
    Q_INVOKABLE void clearFinished() { m_runner.clearFinished(); }
    // Newest last: {time, user, action, object, detail, outcome, exitCode, output}.
    Q_INVOKABLE QVariantList auditEntries(int limit) const;

signals:
    void backendChanged();
    void activityChanged();
    void concurrencyChanged();
    // A sentence for the status line / banner after a request or when an item ends.
    void message(const QString &text, bool ok);

private:
    QVariantMap submit(const QList<VmAction> &actions);
    QVariantMap refuse(const QString &text);
    // Why these VMs cannot be acted on as VMs of `host`; empty when they can.
    QString vmsProblem(const QString &host, const QStringList &vms) const;
    QStringList vmsOf(const QString &host) const;

    AlarmStore *m_store;
    AuditLog *m_audit;
    std::unique_ptr<ActionBackend> m_backend;
    ActionRunner m_runner;
    ActionProgressModel m_progress;
    QString m_user;
};

} // namespace ocd
