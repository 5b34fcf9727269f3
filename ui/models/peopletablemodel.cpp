#include "models/peopletablemodel.h"

#include "labels.h"

namespace Stride {

PeopleTableModel::PeopleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PeopleTableModel::setRows(const QList<Rep>& rows, const QHash<QString, QString>& teams,
                               const QHash<QString, QString>& names) {
    beginResetModel();
    m_rows = rows;
    m_teams = teams;
    m_names = names;
    endResetModel();
}

int PeopleTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int PeopleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeopleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rep& t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
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

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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
