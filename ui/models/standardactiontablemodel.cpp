#include "models/standardactiontablemodel.h"

#include "domain/labels.h"

namespace Stride {

StandardActionTableModel::StandardActionTableModel(QObject* parent)
    : RowTableModel<StandardAction>(ColumnCount, parent) {}

void StandardActionTableModel::setRows(const QList<StandardAction>& rows, const QHash<QString, QString>& behaviours) {
    resetRows(rows, [&] { m_behaviours = behaviours; });
}

QVariant StandardActionTableModel::cell(const StandardAction& row, int column) const {
    switch (Column(column)) {
    case Name:
        return row.name;
    case ChineseName:
        return row.nameZh;
    case Trigger:
        return row.triggerStage.isEmpty() ? QString() : Labels::stage(row.triggerStage);
    case FulfilledBy:
        return m_behaviours.value(row.actionCode, row.actionCode);
    case Deadline:
        return tr("%n hour(s)", nullptr, row.deadlineHours);
    case Status:
        return row.active ? tr("Active") : tr("Inactive");
    case ColumnCount:
        break;
    }
    return {};
}

QString StandardActionTableModel::header(int column) const {
    switch (Column(column)) {
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
