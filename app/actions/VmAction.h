#pragma once

#include <QMetaType>
#include <QString>

namespace ocd {

// One thing to do to one VM. The desk never runs two of these for the same VM at once.
struct VmAction
{
    enum class Kind { Restart, Failover };

    Kind kind = Kind::Restart;
    QString vm;         // monitoring host name of the VM; also the libvirt domain name
    QString sourceHost; // the physical host the VM runs on (or ran on)
    QString targetHost; // Failover: the standby host that takes the VM over
    QString reason;     // the user's words, passed to the command and the audit log
    QString user;       // who asked (the API user, or the local user name)

    bool operator==(const VmAction &o) const
    {
        return kind == o.kind && vm == o.vm && sourceHost == o.sourceHost && targetHost == o.targetHost &&
               reason == o.reason && user == o.user;
    }
};

// How one VmAction ended.
struct VmActionResult
{
    bool ok = false;
    int exitCode = -1; // of the command that ran; -1 when none ran (refused, deadline, libvirt)
    QString output;    // what the command or the backend said, verbatim
    QString message;   // one translated sentence for the user ("Restarted.", "Refused: ...")
};

} // namespace ocd

Q_DECLARE_METATYPE(ocd::VmActionResult)
