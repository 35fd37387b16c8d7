#pragma once

#include "ActionBackend.h"

#include <QPointer>

namespace ocd {

class DemoDataCenter;

// Restart and failover in the demo data center: takes a few seconds like a real boot, then
// asks the demo's "hypervisor" (DemoDataCenter::restartVm / failoverVm), so the alarm list,
// topology and charts react as they would with a real server.
class DemoActionBackend : public ActionBackend
{
    Q_OBJECT
public:
    explicit DemoActionBackend(DemoDataCenter *demo, int bootMs = 3000, QObject *parent = nullptr);

    QString name() const override;
    QString unavailableReason(VmAction::Kind kind, const QString &sourceHost) const override;
    ActionJob *start(const VmAction &action) override;

private:
    QPointer<DemoDataCenter> m_demo;
    int m_bootMs;
    int m_started = 0;
};

} // namespace ocd
