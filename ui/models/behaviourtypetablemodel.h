#pragma once

#include "domain/behaviourtype.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Stride {

// The behaviour-points catalogue for the admin page: category, names, code and points.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class BehaviourTypeTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Category, Name, ChineseName, Code, Points, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BehaviourTypeTableModel(QObject* parent = nullptr);

    void setRows(const QList<BehaviourType>& rows);
    const BehaviourType& at(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BehaviourType> m_rows;
};

} // namespace Stride
