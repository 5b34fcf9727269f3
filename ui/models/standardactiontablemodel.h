#pragma once

#include "domain/standardaction.h"
#include "models/rowtablemodel.h"

#include <QHash>
#include <QList>

namespace Stride {

// Standard actions for the admin page: name in both languages, the stage that makes each due, the behaviour
// that fulfils it and the deadline.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class StandardActionTableModel final : public RowTableModel<StandardAction> {
    Q_OBJECT
public:
    enum Column { Name, ChineseName, Trigger, FulfilledBy, Deadline, Status, ColumnCount };

    explicit StandardActionTableModel(QObject* parent = nullptr);

    void setRows(const QList<StandardAction>& rows, const QHash<QString, QString>& behaviours);

protected:
    QVariant cell(const StandardAction& row, int column) const override;
    QString header(int column) const override;

private:
    QHash<QString, QString> m_behaviours; // behaviour code → name
};

} // namespace Stride
