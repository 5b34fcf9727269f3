#include "models/behaviourtypetablemodel.h"

namespace Stride {

BehaviourTypeTableModel::BehaviourTypeTableModel(QObject* parent)
    : RowTableModel<BehaviourType>(ColumnCount, parent) {}

void BehaviourTypeTableModel::setRows(const QList<BehaviourType>& rows) {
    resetRows(rows);
}

QVariant BehaviourTypeTableModel::cell(const BehaviourType& row, int column) const {
    switch (Column(column)) {
    case Category:
        return row.category;
    case Name:
        return row.name;
    case ChineseName:
        return row.nameZh;
    case Code:
        return row.code;
    case Points:
        return row.points;
    case ColumnCount:
        break;
    }
    return {};
}

QString BehaviourTypeTableModel::header(int column) const {
    switch (Column(column)) {
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
