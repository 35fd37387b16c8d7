#include "Icinga2CommandBackend.h"

#include "sources/icinga2/Icinga2ErrorText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QVersionNumber>

namespace ocd {

namespace {

constexpr int kRequestTimeoutMs = 30'000;
constexpr char kPermission[] = "actions/execute-command";

QJsonObject firstResult(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("results"))
        .toArray()
        .first()
        .toObject();
}

VmActionResult failure(const QString &message, const QString &output = {})
{
    VmActionResult r;
    r.message = message;
    r.output = output;
    return r;
}

QString replyError(QNetworkReply *reply)
{
    return Icinga2ErrorText::forReply(reply, Icinga2Client::sslErrorsOf(reply),
                                      Icinga2ErrorText::Context::Action);
}

} // namespace

Icinga2CommandBackend::Icinga2CommandBackend(const Icinga2Settings &connection,
                                             const Icinga2CommandSettings &commands, QObject *parent)
    : ActionBackend(parent), m_client(connection), m_commands(commands),
      m_url([connection] { return connection.url; })
{}

bool Icinga2CommandBackend::permits(const QStringList &granted, const QString &permission)
{
    for (const QString &pattern : granted) {
        // Only * and ? are special in Icinga's Utility::Match; "*" spans slashes.
        QString rx;
        for (const QChar c : pattern) {
            if (c == QLatin1Char('*'))
                rx += QLatin1String(".*");
            else if (c == QLatin1Char('?'))
                rx += QLatin1Char('.');
            else
                rx += QRegularExpression::escape(QString(c));
        }
        if (QRegularExpression(QRegularExpression::anchoredPattern(rx)).match(permission).hasMatch())
            return true;
    }
    return false;
}

QString Icinga2CommandBackend::commandFor(VmAction::Kind kind) const
{
    return kind == VmAction::Kind::Restart ? m_commands.restartCommand : m_commands.failoverCommand;
}

QString Icinga2CommandBackend::unavailableReason(VmAction::Kind kind, const QString &) const
{
    if (commandFor(kind).isEmpty())
        return tr("No command is configured for this action in the connection profile.");
    if (!m_known)
        return {};
    if (!m_version.isEmpty()) {
        const QVersionNumber v =
            QVersionNumber::fromString(m_version.mid(m_version.indexOf(QLatin1Char('2'))));
        if (!v.isNull() && v < QVersionNumber(2, 13))
            return tr("Icinga 2 %1 cannot run commands on request (execute-command needs 2.13 or later).")
                .arg(m_version);
    }
    if (!permits(m_permissions, QLatin1String(kPermission)))
        return tr("The API user \"%1\" may not run commands (it lacks the permission %2). This profile is "
                  "read-only for VM actions; an Icinga administrator can grant it.")
            .arg(m_user, QLatin1String(kPermission));
    if (m_missingCommands.contains(commandFor(kind)))
        return tr("The server has no EventCommand \"%1\". An Icinga administrator must add it (see README).")
            .arg(commandFor(kind));
    return {};
}

void Icinga2CommandBackend::refreshCapabilities()
{
    QNetworkReply *reply = m_client.get(m_url(), QStringLiteral("/v1"), kRequestTimeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return; // the monitoring source reports connection problems; keep the server's word
        const QJsonObject info = firstResult(reply->readAll());
        m_user = info.value(QLatin1String("user")).toString();
        m_version = info.value(QLatin1String("version")).toString();
        m_permissions.clear();
        for (const QJsonValue &p : info.value(QLatin1String("permissions")).toArray()) {
            // A permission is a string, or an object with a filter that limits it to some objects.
            m_permissions << (p.isObject() ? p.toObject().value(QLatin1String("permission")).toString()
                                           : p.toString());
        }
        m_known = true;
        m_missingCommands.clear();
        emit capabilitiesChanged();
        for (const QString &command : {m_commands.restartCommand, m_commands.failoverCommand}) {
            if (command.isEmpty())
                continue;
            QNetworkReply *q = m_client.get(m_url(),
                                            QStringLiteral("/v1/objects/eventcommands/") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(command)),
                                            kRequestTimeoutMs);
            connect(q, &QNetworkReply::finished, this, [this, q, command] {
                q->deleteLater();
                // 404 also means "may not query EventCommands": only a clean 404 with query
                // permission says the command is missing.
                const int status = q->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 404 && permits(m_permissions, QStringLiteral("objects/query/EventCommand"))) {
                    m_missingCommands.insert(command);
                    emit capabilitiesChanged();
                }
            });
        }
    });
}

ActionJob *Icinga2CommandBackend::start(const VmAction &action)
{
    auto *job = new ActionJob(this);
    const QString why = unavailableReason(action.kind, action.sourceHost);
    if (!why.isEmpty()) {
        job->finishLater(failure(why));
        return job;
    }
    withEndpoint(job, [this, job, action](const QString &endpoint) { send(job, action, endpoint); });
    return job;
}

void Icinga2CommandBackend::withEndpoint(ActionJob *job, const std::function<void(const QString &)> &then)
{
    const QString configured = !m_commands.endpoint.isEmpty() ? m_commands.endpoint : m_nodeName;
    if (!configured.isEmpty()) {
        QTimer::singleShot(0, job, [then, configured] { then(configured); });
        return;
    }
    // The node the desk talks to runs the command unless the profile names another endpoint.
    QNetworkReply *reply =
        m_client.get(m_url(), QStringLiteral("/v1/status/IcingaApplication"), kRequestTimeoutMs);
    QPointer<ActionJob> guard(job);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, then] {
        reply->deleteLater();
        if (!guard)
            return;
        const QString node = firstResult(reply->readAll())
                                 .value(QLatin1String("status"))
                                 .toObject()
                                 .value(QLatin1String("icingaapplication"))
                                 .toObject()
                                 .value(QLatin1String("app"))
                                 .toObject()
                                 .value(QLatin1String("node_name"))
                                 .toString();
        if (node.isEmpty()) {
            guard->finish(failure(
                tr("Could not learn the server's endpoint name (%1). Set the endpoint in "
                   "the connection profile.")
                    .arg(reply->error() == QNetworkReply::NoError ? tr("no node name") : replyError(reply))));
            return;
        }
        m_nodeName = node;
        then(node);
    });
}

void Icinga2CommandBackend::send(ActionJob *job, const VmAction &action, const QString &endpoint)
{
    const QJsonObject macros{{QStringLiteral("oncall_vm"), action.vm},
                             {QStringLiteral("oncall_source"), action.sourceHost},
                             {QStringLiteral("oncall_target"), action.targetHost},
                             {QStringLiteral("oncall_reason"), action.reason},
                             {QStringLiteral("oncall_user"), action.user}};
    // filter_vars, not string concatenation: a host name with a quote cannot change the filter.
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("Host")},
        {QStringLiteral("filter"), QStringLiteral("host.name == oncall_vm")},
        {QStringLiteral("filter_vars"), QJsonObject{{QStringLiteral("oncall_vm"), action.vm}}},
        {QStringLiteral("command_type"), QStringLiteral("EventCommand")},
        {QStringLiteral("command"), commandFor(action.kind)},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("ttl"), m_commands.deadlineSecs},
        {QStringLiteral("macros"), macros}};
    QNetworkReply *reply =
        m_client.postJson(m_url(), QStringLiteral("/v1/actions/execute-command"), body, kRequestTimeoutMs);
    QPointer<ActionJob> guard(job);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, action, endpoint] {
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        const QJsonObject result = firstResult(bytes);
        const QString execution = result.value(QLatin1String("execution")).toString();
        if (status == 202 && !execution.isEmpty()) {
            emit guard->progress(tr("Accepted by Icinga 2; running \"%1\" on endpoint %2.")
                                     .arg(commandFor(action.kind), endpoint));
            poll(guard, action, execution, endpoint,
                 QDateTime::currentMSecsSinceEpoch() + qint64(m_commands.deadlineSecs) * 1000);
            return;
        }
        QString why;
        if (!result.isEmpty())
            why = result.value(QLatin1String("status")).toString(); // "Can't find a valid EventCommand ..."
        else if (status == 500 && reply->error() != QNetworkReply::NoError &&
                 QJsonDocument::fromJson(bytes).object().value(QLatin1String("results")).toArray().isEmpty())
            why = tr("Icinga 2 does not know a host named \"%1\".").arg(action.vm);
        if (why.isEmpty())
            why = replyError(reply);
        guard->finish(failure(tr("Icinga 2 refused to run the command for %1: %2").arg(action.vm, why)));
    });
}

void Icinga2CommandBackend::poll(ActionJob *job, const VmAction &action, const QString &execution,
                                 const QString &endpoint, qint64 deadlineMs)
{
    QPointer<ActionJob> guard(job);
    QTimer::singleShot(m_commands.pollMs, this, [this, guard, action, execution, endpoint, deadlineMs] {
        if (!guard)
            return;
        QNetworkReply *reply = m_client.get(m_url(),
                                            QStringLiteral("/v1/objects/hosts/") +
                                                QString::fromLatin1(QUrl::toPercentEncoding(action.vm)),
                                            kRequestTimeoutMs);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, guard, action, execution, endpoint, deadlineMs] {
                    reply->deleteLater();
                    if (!guard)
                        return;
                    const QJsonObject run = firstResult(reply->readAll())
                                                .value(QLatin1String("attrs"))
                                                .toObject()
                                                .value(QLatin1String("executions"))
                                                .toObject()
                                                .value(execution)
                                                .toObject();
                    if (!run.isEmpty() && !run.value(QLatin1String("pending")).toBool()) {
                        VmActionResult r;
                        r.exitCode = run.value(QLatin1String("exit")).toInt(-1);
                        r.output = run.value(QLatin1String("output")).toString().trimmed();
                        r.ok = r.exitCode == 0;
                        r.message = r.ok ? tr("Done on endpoint %1 (exit code 0).").arg(endpoint)
                                         : tr("The command failed on endpoint %1 with exit code %2.")
                                               .arg(endpoint)
                                               .arg(r.exitCode);
                        guard->finish(r);
                        return;
                    }
                    if (QDateTime::currentMSecsSinceEpoch() > deadlineMs) {
                        guard->finish(
                            failure(tr("No result within the deadline of %1 s; the command may still be "
                                       "running on endpoint %2. Check the VM before trying again.")
                                        .arg(m_commands.deadlineSecs)
                                        .arg(endpoint)));
                        return;
                    }
                    poll(guard, action, execution, endpoint, deadlineMs);
                });
    });
}

} // namespace ocd
