#pragma once

#include "domain/team.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Stride {

// Teams for the admin page: name, region, supervisor and how many people are in each.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class TeamTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Region, Supervisor, Members, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit TeamTableModel(QObject* parent = nullptr);

    void setRows(const QList<Team>& rows, const QHash<QString, QString>& names, const QHash<QString, int>& members);
    const Team& at(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Team> m_rows;
    QHash<QString, QString> m_names; // person id → name
    QHash<QString, int> m_members;   // team id → people in it
};

} // namespace Stride
