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

QVariant PeopleTableModel::cell(const Rep& t, int column) const {
    switch (Column(column)) {
    case Name:
        return t.name;
    case EnglishName:
        return t.nameEn;
    case RoleColumn:
        return Labels::role(t.role);
    case TeamColumn:
        return m_teams.value(t.teamId);
    case Supervisor:
        return m_names.value(t.supervisorId);
    case Email:
        return t.email;
    case Status:
        return t.active ? tr("Active") : tr("Inactive");
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
