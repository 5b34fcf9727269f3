#pragma once

#include "domain/rule.h"
#include "models/rowtablemodel.h"

#include <QHash>
#include <QList>

namespace Stride {

// SOP rules for the admin page, in words: name, when (the conditions), then (the action), enabled or not.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class RuleTableModel final : public RowTableModel<Rule> {
    Q_OBJECT
public:
    enum Column { Name, When, Then, Status, ColumnCount };

    explicit RuleTableModel(QObject* parent = nullptr);

    void setRows(const QList<Rule>& rows);

protected:
    QVariant cell(const Rule& row, int column) const override;
    QString header(int column) const override;
    QVariant toolTip(const Rule& row, int column) const override;
};

} // namespace Stride
