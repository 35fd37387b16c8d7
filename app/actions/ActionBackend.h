#pragma once

#include "VmAction.h"

#include <QObject>
#include <QTimer>

namespace ocd {

// One running VmAction. Finishes exactly once, always through the event loop, so a caller can
// connect to finished() after start() returned.
class ActionJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    VmActionResult result() const { return m_result; }

    // Finishes now (from a slot or a reply handler); later calls are ignored.
    void finish(const VmActionResult &result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_result = result;
        emit finished(result);
    }
    // Finishes on the next event-loop turn; for results known before the caller could connect.
    void finishLater(const VmActionResult &result)
    {
        QTimer::singleShot(0, this, [this, result] { finish(result); });
    }

signals:
    // A step along the way, one translated line ("Sent to endpoint master1", "Domain defined").
    void progress(const QString &text);
    void finished(const ocd::VmActionResult &result);

private:
    bool m_finished = false;
    VmActionResult m_result;
};

// Something that can restart VMs and fail them over: Icinga 2 execute-command or libvirt.
// Jobs are children of the backend; the runner deletes them when it no longer needs them.
class ActionBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0; // "Icinga 2", "libvirt"
    // Why this backend cannot do the kind of action at all (read-only account, no URI for the
    // host); empty when it can. Shown beside the disabled button.
    virtual QString unavailableReason(VmAction::Kind kind, const QString &sourceHost) const = 0;
    virtual ActionJob *start(const VmAction &action) = 0;
};

} // namespace ocd
