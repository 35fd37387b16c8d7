#pragma once

#include "MonitoredObject.h"
#include "Topology.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

#include <optional>

namespace ocd {

class MetricHistory;

// What the person on duty needs to know before restarting the VMs of a physical host or
// failing them over: is the host up again and since when, how many VMs are down, is the
// temperature still rising, and which standby hosts could take the VMs. Gathered from the
// store's objects, the topology, the metric history and host vars; plain data, no decisions.
//
// Host vars read (all optional): on VMs `vcpus`, `memory_gb`; on physical hosts `standby`
// (true for a host kept free for failover), `free_vcpus`, `free_memory_gb`. Uptime comes from
// a perfdata value labelled `uptime` (seconds) on the host or one of its services.
struct HostFacts
{
    struct Vm
    {
        QString name;
        int state = 0;
        bool pending = false;
        bool reachable = true;
        bool down = false; // DOWN or unreachable: needs a restart or a new home
        QString output;
        std::optional<int> vcpus;
        std::optional<double> memoryGb;
    };

    struct Standby
    {
        QString name;
        bool up = false;
        bool markedStandby = false; // vars.standby
        std::optional<int> freeVcpus;
        std::optional<double> freeMemoryGb;
        // Room for the VMs that are down (the sums of their vcpus / memory_gb); unknown when the
        // host or the VMs do not declare them.
        std::optional<bool> fits;
    };

    struct Temperature
    {
        QString objectKey; // where the sensor is (host or host!service)
        QString label;
        QString unit;
        double current = 0;
        double min = 0; // over the last 30 min
        double max = 0;
        double change15 = 0; // current minus the value 15 min ago (or the oldest one newer)
        int trend = 0;       // +1 rising, -1 falling, 0 steady (within 1 degree over 15 min)
        std::optional<double> warn;
        std::optional<double> crit;
    };

    QString host;
    bool known = false;
    int state = 0; // Icinga host state: 0 UP, 1 DOWN
    bool pending = false;
    StateType stateType = StateType::Hard;
    QDateTime stateSince;
    QString output;
    std::optional<QDateTime> bootTime;
    QVector<Vm> vms;
    int vmsDown = 0;
    int neededVcpus = 0;       // of the VMs that are down, as far as they declare it
    double neededMemoryGb = 0; // likewise
    std::optional<Temperature> temperature;
    QVector<Standby> standbys; // marked standbys first, then other physical hosts with capacity

    bool isUp() const { return known && !pending && state == 0; }

    static HostFacts gather(const QString &host, const QHash<QString, MonitoredObject> &objects,
                            const Topology &topology, const MetricHistory *history, const QDateTime &now);
};

} // namespace ocd
