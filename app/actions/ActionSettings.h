#pragma once

#include <QHash>
#include <QString>

class QSettings;

namespace ocd {

// Which EventCommands the Icinga 2 backend runs and where.
struct Icinga2CommandSettings
{
    QString restartCommand = QStringLiteral("oncall-vm-restart");
    QString failoverCommand = QStringLiteral("oncall-vm-failover");
    QString endpoint;       // where the command runs; empty: the node the desk is connected to
    int deadlineSecs = 600; // sent as ttl; no result by then is reported as such
    int pollMs = 1000;      // how often the host's executions are read

    bool operator==(const Icinga2CommandSettings &o) const
    {
        return restartCommand == o.restartCommand && failoverCommand == o.failoverCommand &&
               endpoint == o.endpoint && deadlineSecs == o.deadlineSecs && pollMs == o.pollMs;
    }
};

// How a profile restarts VMs and fails them over. Stored with the profile (and in the
// [actions] group of the config file for --icinga-url); never holds a password.
struct ActionSettings
{
    enum class Backend { Icinga2, Libvirt };

    Backend backend = Backend::Icinga2;
    Icinga2CommandSettings icinga;
    QHash<QString, QString> libvirtUris; // physical host -> libvirt URI (qemu+ssh://root@host1/system)
    int concurrency = 2;                 // VMs restarted at the same time

    // Reads and writes the keys actionBackend, restartCommand, failoverCommand, commandEndpoint,
    // commandDeadline, actionConcurrency and libvirtUris ("host=uri" entries) in the current group.
    void read(const QSettings &s);
    void write(QSettings &s) const;

    bool operator==(const ActionSettings &o) const
    {
        return backend == o.backend && icinga == o.icinga && libvirtUris == o.libvirtUris &&
               concurrency == o.concurrency;
    }
    bool operator!=(const ActionSettings &o) const { return !(*this == o); }
};

} // namespace ocd
