#pragma once

#include "domain/standardaction.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Stride {

// Standard actions for the admin page: name in both languages, the stage that makes each due, the behaviour
// that fulfils it and the deadline.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class StandardActionTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, ChineseName, Trigger, FulfilledBy, Deadline, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit StandardActionTableModel(QObject* parent = nullptr);

    void setRows(const QList<StandardAction>& rows, const QHash<QString, QString>& behaviours);
    const StandardAction& at(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StandardAction> m_rows;
    QHash<QString, QString> m_behaviours; // behaviour code → name
};

} // namespace Stride
