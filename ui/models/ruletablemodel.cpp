#include "models/ruletablemodel.h"

#include "widgets/ruleeditor.h"

#include <QJsonDocument>
#include <QLocale>

namespace Stride {

RuleTableModel::RuleTableModel(QObject* parent)
    : RowTableModel<Rule>(ColumnCount, parent) {}

void RuleTableModel::setRows(const QList<Rule>& rows) {
    resetRows(rows);
}

QVariant RuleTableModel::cell(const Rule& row, int column) const {
    switch (Column(column)) {
    case Name:
        return QLocale().language() == QLocale::Chinese && !row.nameZh.isEmpty() ? row.nameZh : row.name;
    case When:
        return RuleEditor::conditionSummary(QJsonDocument::fromJson(row.conditionJson.toUtf8()).object());
    case Then:
        return RuleEditor::actionSummary(QJsonDocument::fromJson(row.actionJson.toUtf8()).object());
    case Status:
        return row.active ? tr("Enabled") : tr("Disabled");
    case ColumnCount:
        break;
    }
    return {};
}

QString RuleTableModel::header(int column) const {
    switch (Column(column)) {
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

QVariant RuleTableModel::toolTip(const Rule& row, int column) const {
    Q_UNUSED(column)
    return tr("When: %1\nThen: %2")
        .arg(RuleEditor::conditionSummary(QJsonDocument::fromJson(row.conditionJson.toUtf8()).object()),
             RuleEditor::actionSummary(QJsonDocument::fromJson(row.actionJson.toUtf8()).object()));
}

} // namespace Stride
