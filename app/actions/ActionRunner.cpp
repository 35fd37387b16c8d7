#include "ActionRunner.h"

#include "AuditLog.h"

namespace ocd {

ActionRunner::ActionRunner(QObject *parent) : QObject(parent)
{}

void ActionRunner::setBackend(ActionBackend *backend)
{
    m_backend = backend;
}

void ActionRunner::setConcurrency(int n)
{
    m_concurrency = qMax(1, n);
    startMore();
}

QString ActionRunner::kindKey(VmAction::Kind kind)
{
    return kind == VmAction::Kind::Restart ? QStringLiteral("restart") : QStringLiteral("failover");
}

bool ActionRunner::isActive(const QString &vm) const
{
    for (const Item &i : m_items)
        if (i.action.vm == vm && (i.status == Status::Queued || i.status == Status::Running))
            return true;
    return false;
}

int ActionRunner::activeCount() const
{
    int n = 0;
    for (const Item &i : m_items)
        n += i.status == Status::Queued || i.status == Status::Running;
    return n;
}

int ActionRunner::rowOf(int id) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].id == id)
            return row;
    return -1;
}

ActionRunner::Submitted ActionRunner::submit(const QList<VmAction> &actions)
{
    Submitted out;
    for (const VmAction &a : actions) {
        if (isActive(a.vm)) {
            out.refused
                << tr("%1: an action is already queued or running; this request was ignored.").arg(a.vm);
            continue;
        }
        if (!m_backend) {
            out.refused << tr("%1: no action backend is configured.").arg(a.vm);
            continue;
        }
        const QString why = m_backend->unavailableReason(a.kind, a.sourceHost);
        if (!why.isEmpty()) {
            Item refused;
            refused.action = a;
            refused.message = why;
            audit(refused, QStringLiteral("refused"));
            out.refused << QStringLiteral("%1: %2").arg(a.vm, why);
            continue;
        }
        Item item;
        item.id = m_nextId++;
        item.action = a;
        item.queuedAt = QDateTime::currentDateTimeUtc();
        m_items.append(item);
        out.ids << item.id;
        audit(item, QStringLiteral("requested"));
        emit itemAdded(int(m_items.size()) - 1);
    }
    if (!out.ids.isEmpty())
        emit activityChanged();
    startMore();
    return out;
}

void ActionRunner::startMore()
{
    for (int row = 0; row < m_items.size() && m_running < m_concurrency && m_backend; ++row) {
        Item &item = m_items[row];
        if (item.status != Status::Queued)
            continue;
        item.status = Status::Running;
        item.startedAt = QDateTime::currentDateTimeUtc();
        item.message = tr("Running");
        ++m_running;
        const int id = item.id;
        ActionJob *job = m_backend->start(item.action);
        connect(job, &ActionJob::progress, this, [this, id](const QString &text) {
            const int r = rowOf(id);
            if (r < 0)
                return;
            m_items[r].message = text;
            emit itemChanged(r);
        });
        connect(job, &ActionJob::finished, this, [this, id, job](const VmActionResult &result) {
            job->deleteLater();
            onFinished(id, result);
        });
        emit itemChanged(row);
    }
}

void ActionRunner::onFinished(int id, const VmActionResult &result)
{
    --m_running;
    const int row = rowOf(id);
    if (row >= 0) {
        Item &item = m_items[row];
        item.status = result.ok ? Status::Done : Status::Failed;
        item.finishedAt = QDateTime::currentDateTimeUtc();
        item.exitCode = result.exitCode;
        item.output = result.output;
        item.message = result.message;
        audit(item, result.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
        emit itemChanged(row);
        emit itemFinished(item);
    }
    emit activityChanged();
    startMore();
}

bool ActionRunner::cancel(int id)
{
    const int row = rowOf(id);
    if (row < 0 || m_items[row].status != Status::Queued)
        return false;
    Item &item = m_items[row];
    item.status = Status::Cancelled;
    item.finishedAt = QDateTime::currentDateTimeUtc();
    item.message = tr("Cancelled before it started");
    audit(item, QStringLiteral("cancelled"));
    emit itemChanged(row);
    emit activityChanged();
    return true;
}

int ActionRunner::cancelQueued()
{
    int n = 0;
    for (const Item &i : QVector<Item>(m_items))
        n += cancel(i.id);
    return n;
}

void ActionRunner::clearFinished()
{
    const auto before = m_items.size();
    m_items.erase(std::remove_if(m_items.begin(), m_items.end(),
                                 [](const Item &i) {
                                     return i.status != Status::Queued && i.status != Status::Running;
                                 }),
                  m_items.end());
    if (m_items.size() != before)
        emit itemsReset();
}

void ActionRunner::audit(const Item &item, const QString &outcome)
{
    if (!m_audit)
        return;
    AuditEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.user = item.action.user;
    e.server = m_server;
    e.action = kindKey(item.action.kind);
    e.object = item.action.vm;
    QStringList detail{QStringLiteral("source=%1").arg(item.action.sourceHost)};
    if (!item.action.targetHost.isEmpty())
        detail << QStringLiteral("target=%1").arg(item.action.targetHost);
    if (!item.action.reason.isEmpty())
        detail << QStringLiteral("reason=%1").arg(item.action.reason);
    e.detail = detail.join(QLatin1Char(' '));
    e.outcome = outcome;
    e.exitCode = item.exitCode;
    e.output = outcome == QLatin1String("requested") ? QString() : item.output;
    if (e.output.isEmpty() && (outcome == QLatin1String("failed") || outcome == QLatin1String("refused")))
        e.output = item.message;
    m_audit->append(e);
}

} // namespace ocd
