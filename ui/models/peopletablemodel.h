#pragma once

#include "domain/rep.h"
#include "models/rowtablemodel.h"

#include <QHash>
#include <QList>

namespace Stride {

// The people of the organisation for the admin page: name, English name, role, team, supervisor, e-mail and
// whether the account is active.
// The admin page loads the rows on its worker and hands them over; IdRole gives a row's id.
class PeopleTableModel final : public RowTableModel<Rep> {
    Q_OBJECT
public:
    enum Column { Name, EnglishName, RoleColumn, TeamColumn, Supervisor, Email, Status, ColumnCount };

    explicit PeopleTableModel(QObject* parent = nullptr);

    void setRows(const QList<Rep>& rows, const QHash<QString, QString>& teams, const QHash<QString, QString>& names);

protected:
    QVariant cell(const Rep& row, int column) const override;
    QString header(int column) const override;

private:
    QHash<QString, QString> m_teams; // team id → name
    QHash<QString, QString> m_names; // person id → name
};

} // namespace Stride
