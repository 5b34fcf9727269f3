#include "models/ruletablemodel.h"

#include "widgets/ruleeditor.h"

#include <QJsonDocument>

namespace Stride {

RuleTableModel::RuleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RuleTableModel::setRows(const QList<Rule>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RuleTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int RuleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule& t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == Qt::ToolTipRole)
        return tr("When: %1\nThen: %2")
            .arg(RuleEditor::conditionSummary(QJsonDocument::fromJson(t.conditionJson.toUtf8()).object()),
                 RuleEditor::actionSummary(QJsonDocument::fromJson(t.actionJson.toUtf8()).object()));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return t.name;
    case When:
        return RuleEditor::conditionSummary(QJsonDocument::fromJson(t.conditionJson.toUtf8()).object());
    case Then:
        return RuleEditor::actionSummary(QJsonDocument::fromJson(t.actionJson.toUtf8()).object());
    case Status:
        return t.active ? tr("Enabled") : tr("Disabled");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case When:
        return tr("When");
    case Then:
        return tr("Then");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stride
