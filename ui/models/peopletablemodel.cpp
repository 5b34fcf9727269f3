#include "models/peopletablemodel.h"

#include "domain/labels.h"

namespace Stride {

PeopleTableModel::PeopleTableModel(QObject* parent)
    : RowTableModel<Rep>(ColumnCount, parent) {}

void PeopleTableModel::setRows(const QList<Rep>& rows, const QHash<QString, QString>& teams,
                               const QHash<QString, QString>& names) {
    resetRows(rows, [&] {
        m_teams = teams;
        m_names = names;
    });
}

QVariant PeopleTableModel::cell(const Rep& row, int column) const {
    switch (Column(column)) {
    case Name:
        return row.name;
    case EnglishName:
        return row.nameEn;
    case RoleColumn:
        return Labels::role(row.role);
    case TeamColumn:
        return m_teams.value(row.teamId);
    case Supervisor:
        return m_names.value(row.supervisorId);
    case Email:
        return row.email;
    case Status:
        return row.active ? tr("Active") : tr("Inactive");
    case ColumnCount:
        break;
    }
    return {};
}

QString PeopleTableModel::header(int column) const {
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case EnglishName:
        return tr("English name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    case Supervisor:
        return tr("Supervisor");
    case Email:
        return tr("E-mail");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stride
