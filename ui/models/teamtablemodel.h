#pragma once

#include "domain/team.h"
#include "models/rowtablemodel.h"

#include <QHash>
#include <QList>

namespace Stride {

// Teams for the admin page: name, region, supervisor and how many people are in each.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class TeamTableModel final : public RowTableModel<Team> {
    Q_OBJECT
public:
    enum Column { Name, Region, Supervisor, Members, ColumnCount };

    explicit TeamTableModel(QObject* parent = nullptr);

    void setRows(const QList<Team>& rows, const QHash<QString, QString>& names, const QHash<QString, int>& members);

protected:
    QVariant cell(const Team& row, int column) const override;
    QString header(int column) const override;

private:
    QHash<QString, QString> m_names; // person id → name
    QHash<QString, int> m_members;   // team id → people in it
};

} // namespace Stride
