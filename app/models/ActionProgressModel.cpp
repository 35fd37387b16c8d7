#include "ActionProgressModel.h"

namespace ocd {

ActionProgressModel::ActionProgressModel(ActionRunner *runner, QObject *parent)
    : QAbstractListModel(parent), m_runner(runner)
{
    // The runner only appends; removal happens all at once (clearFinished) as a reset.
    connect(runner, &ActionRunner::itemAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        endInsertRows();
        emit countChanged();
    });
    connect(runner, &ActionRunner::itemChanged, this,
            [this](int row) { emit dataChanged(index(row), index(row)); });
    connect(runner, &ActionRunner::itemsReset, this, [this] {
        beginResetModel();
        endResetModel();
        emit countChanged();
    });
}

int ActionProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runner->items().size());
}

QString ActionProgressModel::statusText(ActionRunner::Status status)
{
    switch (status) {
    case ActionRunner::Status::Queued:
        return tr("queued");
    case ActionRunner::Status::Running:
        return tr("running");
    case ActionRunner::Status::Done:
        return tr("done");
    case ActionRunner::Status::Failed:
        return tr("failed");
    case ActionRunner::Status::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QVariant ActionProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActionRunner::Item &item = m_runner->items().at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case VmRole:
    case Qt::DisplayRole:
        return item.action.vm;
    case KindRole:
        return ActionRunner::kindKey(item.action.kind);
    case SourceRole:
        return item.action.sourceHost;
    case TargetRole:
        return item.action.targetHost;
    case StatusRole:
        return int(item.status);
    case StatusTextRole:
        return statusText(item.status);
    case MessageRole:
        return item.message;
    case OutputRole:
        return item.output;
    case ExitCodeRole:
        return item.exitCode;
    case CancellableRole:
        return item.status == ActionRunner::Status::Queued;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionProgressModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {VmRole, "vm"},
            {KindRole, "kind"},
            {SourceRole, "source"},
            {TargetRole, "target"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {MessageRole, "message"},
            {OutputRole, "output"},
            {ExitCodeRole, "exitCode"},
            {CancellableRole, "cancellable"}};
}

} // namespace ocd
