#include "ActionsController.h"

#include "actions/AuditLog.h"
#include "core/Clock.h"
#include "core/DurationFormat.h"
#include "core/HostFacts.h"
#include "core/Topology.h"
#include "store/AlarmStore.h"

#include <QLocale>

namespace ocd {

namespace {

QString hostStateText(bool pending, int state)
{
    if (pending)
        return QStringLiteral("PENDING");
    return state == 0 ? QStringLiteral("UP") : QStringLiteral("DOWN");
}

QVariant optionalNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optionalNumber(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString clockTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

ActionsController::ActionsController(AlarmStore *store, AuditLog *audit, QObject *parent)
    : QObject(parent), m_store(store), m_audit(audit), m_progress(&m_runner)
{
    m_runner.setAuditLog(audit);
    connect(&m_runner, &ActionRunner::activityChanged, this, &ActionsController::activityChanged);
    connect(&m_runner, &ActionRunner::itemFinished, this, [this](const ActionRunner::Item &item) {
        const QString what = item.action.kind == VmAction::Kind::Restart
                                 ? tr("Restart of %1").arg(item.action.vm)
                                 : tr("Failover of %1 to %2").arg(item.action.vm, item.action.targetHost);
        emit message(item.status == ActionRunner::Status::Done ? tr("%1: done.").arg(what)
                                                               : tr("%1 failed: %2").arg(what, item.message),
                     item.status == ActionRunner::Status::Done);
    });
    if (m_audit)
        connect(m_audit, &AuditLog::writeFailed, this,
                [this](const QString &error) { emit message(error, false); });
}

ActionsController::~ActionsController() = default;

void ActionsController::setBackend(std::unique_ptr<ActionBackend> backend, const QString &user,
                                   const QString &server, int concurrency)
{
    // Items of the old backend are finished or dropped with it; their audit lines stay.
    m_runner.cancelQueued();
    m_runner.setBackend(backend.get());
    if (m_backend)
        m_backend.release()->deleteLater(); // running jobs' replies may still be queued
    m_backend = std::move(backend);
    m_user = user;
    m_runner.setServerName(server);
    m_runner.setConcurrency(concurrency);
    emit concurrencyChanged();
    emit backendChanged();
}

QString ActionsController::backendName() const
{
    return m_backend ? m_backend->name() : QString();
}

void ActionsController::setConcurrency(int n)
{
    if (n == m_runner.concurrency())
        return;
    m_runner.setConcurrency(n);
    emit concurrencyChanged();
}

QString ActionsController::auditPath() const
{
    return m_audit ? m_audit->path() : QString();
}

QString ActionsController::physicalHostOf(const QString &key) const
{
    const Topology topology =
        Topology::build(m_store->objects(), m_store->dependencies(), m_store->clock()->now());
    const QString root = topology.rootOf(key);
    return root.isEmpty() ? key.section(QLatin1Char('!'), 0, 0) : root;
}

QStringList ActionsController::vmsOf(const QString &host) const
{
    const Topology topology =
        Topology::build(m_store->objects(), m_store->dependencies(), m_store->clock()->now());
    QStringList vms;
    const int index = topology.nodeIndex(host);
    if (index < 0)
        return vms;
    for (int child : topology.at(index).children)
        if (topology.at(child).kind != TopologyNode::Kind::Service)
            vms << topology.at(child).name;
    return vms;
}

QVariantMap ActionsController::facts(const QString &host) const
{
    const QDateTime now = m_store->clock()->now();
    const Topology topology = Topology::build(m_store->objects(), m_store->dependencies(), now);
    const HostFacts f = HostFacts::gather(host, m_store->objects(), topology, m_store->history(), now);
    QVariantMap m;
    m[QStringLiteral("host")] = f.known ? f.host : QString();
    if (!f.known)
        return m;
    m[QStringLiteral("up")] = f.isUp();
    m[QStringLiteral("stateText")] = hostStateText(f.pending, f.state);
    m[QStringLiteral("hard")] = f.stateType == StateType::Hard;
    m[QStringLiteral("output")] = f.output;
    const QString since =
        f.stateSince.isValid() ? DurationFormat::compact(f.stateSince.secsTo(now)) : QString();
    QString summary;
    if (f.isUp())
        summary = f.stateSince.isValid() && f.stateSince.secsTo(now) < 24 * 3600
                      ? tr("%1 is UP again since %2 (%3).").arg(host, clockTime(f.stateSince), since)
                      : tr("%1 is UP.").arg(host);
    else
        summary = tr("%1 is %2 since %3 (%4).")
                      .arg(host, hostStateText(f.pending, f.state), clockTime(f.stateSince), since);
    m[QStringLiteral("summary")] = summary;
    m[QStringLiteral("bootText")] =
        f.bootTime ? tr("Last boot %1 (%2 ago).")
                         .arg(clockTime(*f.bootTime), DurationFormat::compact(f.bootTime->secsTo(now)))
                   : tr("Last boot unknown (no uptime value reported).");

    QVariantList vms;
    for (const HostFacts::Vm &vm : f.vms) {
        vms << QVariantMap{{QStringLiteral("name"), vm.name},
                           {QStringLiteral("down"), vm.down},
                           {QStringLiteral("stateText"), vm.down && !vm.reachable
                                                             ? tr("unreachable")
                                                             : hostStateText(vm.pending, vm.state)},
                           {QStringLiteral("output"), vm.output},
                           {QStringLiteral("vcpus"), optionalNumber(vm.vcpus)},
                           {QStringLiteral("memoryGb"), optionalNumber(vm.memoryGb)},
                           {QStringLiteral("active"), m_runner.isActive(vm.name)}};
    }
    m[QStringLiteral("vms")] = vms;
    m[QStringLiteral("vmsDown")] = f.vmsDown;
    m[QStringLiteral("vmsText")] = tr("%1 of %n VM(s) down.", nullptr, int(f.vms.size())).arg(f.vmsDown);

    if (f.temperature) {
        const HostFacts::Temperature &t = *f.temperature;
        const QString unit = t.unit == QLatin1String("C") ? QStringLiteral("°C") : t.unit;
        const QString trend = t.trend > 0 ? tr("rising") : (t.trend < 0 ? tr("falling") : tr("steady"));
        const QLocale l;
        m[QStringLiteral("temperatureText")] = tr("%1 %2 now, %3 over 15 min (%4 %2 … %5 %2 in 30 min).")
                                                   .arg(l.toString(t.current, 'f', 1), unit, trend,
                                                        l.toString(t.min, 'f', 1), l.toString(t.max, 'f', 1));
        m[QStringLiteral("temperatureTrend")] = t.trend;
        m[QStringLiteral("temperatureCritical")] =
            (t.crit && t.current >= *t.crit) || (t.warn && t.current >= *t.warn);
    } else {
        m[QStringLiteral("temperatureText")] = tr("No temperature sensor reported.");
        m[QStringLiteral("temperatureTrend")] = 0;
        m[QStringLiteral("temperatureCritical")] = false;
    }

    QVariantList standbys;
    for (const HostFacts::Standby &s : f.standbys) {
        QString room;
        if (s.freeVcpus && s.freeMemoryGb)
            room = tr("%1 vCPUs, %2 GB free").arg(*s.freeVcpus).arg(QLocale().toString(*s.freeMemoryGb));
        else
            room = tr("free capacity unknown");
        QString verdict;
        if (!s.up)
            verdict = tr("not UP");
        else if (s.fits)
            verdict = *s.fits ? tr("room for the VMs that are down")
                              : tr("too small for %1 vCPUs, %2 GB")
                                    .arg(f.neededVcpus)
                                    .arg(QLocale().toString(f.neededMemoryGb));
        standbys << QVariantMap{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("up"), s.up},
            {QStringLiteral("standby"), s.markedStandby},
            {QStringLiteral("fits"), s.fits ? QVariant(*s.fits) : QVariant()},
            {QStringLiteral("usable"), s.up && s.fits.value_or(true)},
            {QStringLiteral("text"), verdict.isEmpty() ? room : room + QStringLiteral(" · ") + verdict}};
    }
    m[QStringLiteral("standbys")] = standbys;
    m[QStringLiteral("restartUnavailable")] = restartUnavailable(host);
    m[QStringLiteral("failoverUnavailable")] = failoverUnavailable(host);
    return m;
}

QString ActionsController::restartUnavailable(const QString &host) const
{
    if (!m_backend)
        return tr("No action backend is configured for this connection.");
    return m_backend->unavailableReason(VmAction::Kind::Restart, host);
}

QString ActionsController::failoverUnavailable(const QString &host) const
{
    if (!m_backend)
        return tr("No action backend is configured for this connection.");
    return m_backend->unavailableReason(VmAction::Kind::Failover, host);
}

QString ActionsController::describe(const QString &kind, const QString &host, const QString &target,
                                    const QStringList &vms) const
{
    const int n = int(vms.size());
    const QString list = vms.join(QStringLiteral(", "));
    if (kind == QLatin1String("failover"))
        return tr("Define and start %n VM(s) (%1) of %2 on %3. They must not run on %2 any more: %2 "
                  "has to stay off until they are moved back.",
                  nullptr, n)
            .arg(list, host, target);
    return tr("Restart %n VM(s) on %1: %2. At most %3 at the same time.", nullptr, n)
        .arg(host, list)
        .arg(m_runner.concurrency());
}

QVariantMap ActionsController::submit(const QList<VmAction> &actions)
{
    const ActionRunner::Submitted s = m_runner.submit(actions);
    QStringList lines;
    if (!s.ids.isEmpty())
        lines << tr("%n action(s) queued.", nullptr, int(s.ids.size()));
    lines += s.refused;
    const QString text = lines.join(QLatin1Char('\n'));
    emit message(text, s.refused.isEmpty());
    return {{QStringLiteral("ok"), s.refused.isEmpty()}, {QStringLiteral("message"), text}};
}

QVariantMap ActionsController::refuse(const QString &text)
{
    emit message(text, false);
    return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), text}};
}

QString ActionsController::vmsProblem(const QString &host, const QStringList &vms) const
{
    if (vms.isEmpty())
        return tr("No VM selected.");
    const QStringList known = vmsOf(host);
    for (const QString &vm : vms)
        if (!known.contains(vm))
            return tr("%1 is not a VM of %2.").arg(vm, host);
    return {};
}

QVariantMap ActionsController::restart(const QString &host, const QStringList &vms, const QString &reason)
{
    if (const QString problem = vmsProblem(host, vms); !problem.isEmpty())
        return refuse(problem);
    const auto it = m_store->objects().constFind(host);
    if (it != m_store->objects().constEnd() && !it->pending && it->state != 0)
        return refuse(
            tr("%1 is DOWN: its VMs cannot be restarted there. Fail them over, or wait until it is UP.")
                .arg(host));
    QList<VmAction> actions;
    for (const QString &vm : vms)
        actions.append(VmAction{VmAction::Kind::Restart, vm, host, {}, reason, m_user});
    return submit(actions);
}

QVariantMap ActionsController::failover(const QString &host, const QString &target, const QStringList &vms,
                                        const QString &reason, const QString &typedName)
{
    if (typedName.trimmed() != host)
        return refuse(tr("Type the host name %1 exactly to confirm the failover.").arg(host));
    if (target.isEmpty() || target == host)
        return refuse(tr("Choose a standby host other than %1.").arg(host));
    if (const QString problem = vmsProblem(host, vms); !problem.isEmpty())
        return refuse(problem);
    const auto src = m_store->objects().constFind(host);
    if (src == m_store->objects().constEnd() || src->pending || src->state == 0)
        return refuse(
            tr("%1 is not DOWN: failing its VMs over would run them twice. Restart them instead.").arg(host));
    const auto dst = m_store->objects().constFind(target);
    if (dst == m_store->objects().constEnd() || dst->pending || dst->state != 0)
        return refuse(tr("%1 is not UP and cannot take the VMs.").arg(target));
    QList<VmAction> actions;
    for (const QString &vm : vms)
        actions.append(VmAction{VmAction::Kind::Failover, vm, host, target, reason, m_user});
    return submit(actions);
}

QVariantList ActionsController::auditEntries(int limit) const
{
    QVariantList out;
    if (!m_audit)
        return out;
    for (const AuditEntry &e : m_audit->recent(limit)) {
        out << QVariantMap{
            {QStringLiteral("time"), e.time},
            {QStringLiteral("timeText"), QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat)},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object"), e.object},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("exitCode"), e.exitCode},
            {QStringLiteral("output"), e.output}};
    }
    return out;
}

} // namespace ocd
