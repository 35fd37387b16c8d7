#pragma once

#include "actions/ActionRunner.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ocd {

// The runner's items for QML: one row per VM action, in the order they were requested.
class ActionProgressModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("provided by Desk.actions")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        VmRole,
        KindRole, // "restart" / "failover"
        SourceRole,
        TargetRole,
        StatusRole, // ActionRunner::Status as int
        StatusTextRole,
        MessageRole,
        OutputRole,
        ExitCodeRole,
        CancellableRole,
    };

    explicit ActionProgressModel(ActionRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(ActionRunner::Status status);

signals:
    void countChanged();

private:
    ActionRunner *m_runner;
};

} // namespace ocd
