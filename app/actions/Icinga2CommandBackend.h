#pragma once

#include "ActionBackend.h"
#include "ActionSettings.h"
#include "sources/icinga2/Icinga2Client.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace ocd {

// Restart and failover through Icinga 2's execute-command (2.13+): the server runs an
// EventCommand its administrator configured (which calls virsh, a cluster tool, ...) on an
// endpoint, with the VM, source and target host, reason and user as macros
// ($oncall_vm$, $oncall_source$, $oncall_target$, $oncall_reason$, $oncall_user$). The answer
// is an execution id; its exit code and output appear later in the host's `executions`
// attribute, which the job polls until the deadline.
class Icinga2CommandBackend : public ActionBackend
{
    Q_OBJECT
public:
    Icinga2CommandBackend(const Icinga2Settings &connection, const Icinga2CommandSettings &commands,
                          QObject *parent = nullptr);

    // The source's current master (it moves between HA masters); default: the first URL.
    void setUrlProvider(std::function<QUrl()> provider) { m_url = std::move(provider); }

    QString name() const override { return QStringLiteral("Icinga 2"); }
    QString unavailableReason(VmAction::Kind kind, const QString &sourceHost) const override;
    ActionJob *start(const VmAction &action) override;

    // Asks the server who the desk is and what it may do (GET /v1), its version, and whether the
    // EventCommands exist; until the answer arrives everything counts as allowed and the server
    // has the last word.
    void refreshCapabilities();
    bool capabilitiesKnown() const { return m_known; }

    // Icinga's permission patterns are globs ("*", "actions/*", "objects/query/Host").
    static bool permits(const QStringList &granted, const QString &permission);

signals:
    void capabilitiesChanged();

private:
    QString commandFor(VmAction::Kind kind) const;
    void withEndpoint(ActionJob *job, const std::function<void(const QString &endpoint)> &then);
    void send(ActionJob *job, const VmAction &action, const QString &endpoint);
    void poll(ActionJob *job, const VmAction &action, const QString &execution, const QString &endpoint,
              qint64 deadlineMs);

    Icinga2Client m_client;
    Icinga2CommandSettings m_commands;
    std::function<QUrl()> m_url;

    bool m_known = false;
    QString m_user;
    QString m_version;
    QStringList m_permissions;
    QSet<QString> m_missingCommands;
    QString m_nodeName;
};

} // namespace ocd
