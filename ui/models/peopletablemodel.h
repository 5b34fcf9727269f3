#pragma once

#include "domain/rep.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Stride {

// The people of the organisation for the admin page: name, English name, role, team, supervisor, e-mail and
// whether the account is active.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class PeopleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, EnglishName, RoleColumn, TeamColumn, Supervisor, Email, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PeopleTableModel(QObject* parent = nullptr);

    void setRows(const QList<Rep>& rows, const QHash<QString, QString>& teams, const QHash<QString, QString>& names);
    const Rep& at(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rep> m_rows;
    QHash<QString, QString> m_teams; // team id → name
    QHash<QString, QString> m_names; // person id → name
};

} // namespace Stride
