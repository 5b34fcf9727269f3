#pragma once

#include "domain/rule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Stride {

// SOP rules for the admin page, in words: name, when (the conditions), then (the action), enabled or not.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class RuleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, When, Then, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RuleTableModel(QObject* parent = nullptr);

    void setRows(const QList<Rule>& rows);
    const Rule& at(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rule> m_rows;
};

} // namespace Stride
