#pragma once

#include "ActionBackend.h"
#include "LibvirtSettings.h"

namespace ocd {

// Restarts VMs and fails them over (cold) through the libvirt C API, one connection per host
// and job. libvirt calls block (an ssh URI to a dead host waits for the TCP timeout), so every
// job does its libvirt work on a QThreadPool::globalInstance() thread and reports back through
// the event loop; start() and the jobs belong to the thread of the QCoreApplication.
//
// Restart, by the domain's state on the source host:
//   running, blocked      -> reboot (virDomainReboot, hypervisor default: ACPI or guest agent)
//   shut off              -> start
//   paused by a job (migration, save, dump, snapshot, start-up, post-copy)
//                         -> refused: resuming would interfere with the job
//   paused otherwise (by a user, after a storage error, watchdog...)
//                         -> resume, no reboot: the guest keeps its memory; the message says so
//   crashed, or paused after a guest crash
//                         -> power off and start again: a crashed guest cannot be resumed
//   suspended by the guest (pmsuspended) -> wake up
//   shutting down, no state -> refused: wait until it is off
// Before acting, the domain's inactive XML is saved to the definition cache so that a later
// failover has it; a cache that cannot be written is reported in the output but does not stop
// the restart (the restart is what the person on duty asked for).
//
// Failover never starts a VM that may still run: it refuses when the source host answers and
// the domain is active there, when the source answers but the domain's state cannot be read,
// and when the domain already runs on the target. The definition comes from the source if it
// answers (and refreshes the cache), else from the cache. Where the source answers, the
// domain's autostart is switched off there, so it does not come up twice when the host returns.
class LibvirtBackend : public ActionBackend
{
    Q_OBJECT
public:
    explicit LibvirtBackend(const LibvirtSettings &settings = {}, QObject *parent = nullptr);

    LibvirtSettings settings() const { return m_settings; }
    // Applies to jobs started afterwards; running jobs keep the URIs they started with.
    void setSettings(const LibvirtSettings &settings) { m_settings = settings; }

    // Where the definition cache keeps the domain XML of vm as last seen on host.
    QString definitionPath(const QString &host, const QString &vm) const;

    QString name() const override;
    QString unavailableReason(VmAction::Kind kind, const QString &sourceHost) const override;
    ActionJob *start(const VmAction &action) override;

private:
    struct Run; // one job's worker-side state, defined in the .cpp

    // These run on a pool thread; they are members so that their sentences share this class's
    // translation context.
    static VmActionResult restart(Run &run);
    static VmActionResult failover(Run &run);
    static void saveDefinition(Run &run, const QString &host, const QByteArray &xml);
    static VmActionResult outcome(Run &run, bool ok, const QString &message);

    LibvirtSettings m_settings;
};

} // namespace ocd
