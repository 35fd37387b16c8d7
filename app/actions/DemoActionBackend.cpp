#include "DemoActionBackend.h"

#include "sources/demo/DemoDataCenter.h"

#include <QTimer>

namespace ocd {

DemoActionBackend::DemoActionBackend(DemoDataCenter *demo, int bootMs, QObject *parent)
    : ActionBackend(parent), m_demo(demo), m_bootMs(bootMs)
{}

QString DemoActionBackend::name() const
{
    return tr("Demo");
}

QString DemoActionBackend::unavailableReason(VmAction::Kind, const QString &) const
{
    return m_demo ? QString() : tr("The demo data center is not running.");
}

ActionJob *DemoActionBackend::start(const VmAction &action)
{
    auto *job = new ActionJob(this);
    // Boots differ a little in length, as real ones do; the bulk list shows them overlapping.
    const int ms = m_bootMs + (m_started++ % 3) * m_bootMs / 3;
    QTimer::singleShot(ms / 3, job, [job, action] {
        emit job->progress(action.kind == VmAction::Kind::Restart
                               ? tr("Booting %1").arg(action.vm)
                               : tr("Starting %1 on %2").arg(action.vm, action.targetHost));
    });
    QTimer::singleShot(ms, job, [this, job, action] {
        VmActionResult r;
        if (!m_demo) {
            r.message = tr("The demo data center is not running.");
            job->finish(r);
            return;
        }
        const DemoDataCenter::ActionOutcome o = action.kind == VmAction::Kind::Restart
                                                    ? m_demo->restartVm(action.vm)
                                                    : m_demo->failoverVm(action.vm, action.targetHost);
        r.ok = o.ok;
        r.exitCode = o.ok ? 0 : 1;
        r.output = o.output;
        r.message = o.ok ? tr("Done (exit code 0).") : tr("Failed with exit code 1.");
        job->finish(r);
    });
    return job;
}

} // namespace ocd
