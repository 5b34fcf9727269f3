#pragma once

#include "domain/behaviourtype.h"
#include "models/rowtablemodel.h"

#include <QHash>
#include <QList>

namespace Stride {

// The behaviour-points catalogue for the admin page: category, names, code and points.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class BehaviourTypeTableModel final : public RowTableModel<BehaviourType> {
    Q_OBJECT
public:
    enum Column { Category, Name, ChineseName, Code, Points, ColumnCount };

    explicit BehaviourTypeTableModel(QObject* parent = nullptr);

    void setRows(const QList<BehaviourType>& rows);

protected:
    QVariant cell(const BehaviourType& row, int column) const override;
    QString header(int column) const override;
};

} // namespace Stride
