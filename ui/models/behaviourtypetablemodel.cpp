#include "models/behaviourtypetablemodel.h"

namespace Stride {

BehaviourTypeTableModel::BehaviourTypeTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BehaviourTypeTableModel::setRows(const QList<BehaviourType>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int BehaviourTypeTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int BehaviourTypeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BehaviourTypeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BehaviourTypeTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BehaviourType& t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Category:
        return t.category;
    case Name:
        return t.name;
    case ChineseName:
        return t.nameZh;
    case Code:
        return t.code;
    case Points:
        return t.points;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BehaviourTypeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Category:
        return tr("Category");
    case Name:
        return tr("Name");
    case ChineseName:
        return tr("Chinese name");
    case Code:
        return tr("Code");
    case Points:
        return tr("Points");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stride
