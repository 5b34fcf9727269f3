#include "models/standardactiontablemodel.h"

#include "labels.h"

namespace Stride {

StandardActionTableModel::StandardActionTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void StandardActionTableModel::setRows(const QList<StandardAction>& rows, const QHash<QString, QString>& behaviours) {
    beginResetModel();
    m_rows = rows;
    m_behaviours = behaviours;
    endResetModel();
}

int StandardActionTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int StandardActionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StandardActionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandardActionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StandardAction& t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return t.name;
    case ChineseName:
        return t.nameZh;
    case Trigger:
        return t.triggerStage.isEmpty() ? QString() : Labels::stage(t.triggerStage);
    case FulfilledBy:
        return m_behaviours.value(t.actionCode, t.actionCode);
    case Deadline:
        return tr("%n hour(s)", nullptr, t.deadlineHours);
    case Status:
        return t.active ? tr("Active") : tr("Inactive");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StandardActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case ChineseName:
        return tr("Chinese name");
    case Trigger:
        return tr("Due after entering");
    case FulfilledBy:
        return tr("Fulfilled by");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stride
