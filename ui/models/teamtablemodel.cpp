#include "models/teamtablemodel.h"

namespace Stride {

TeamTableModel::TeamTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TeamTableModel::setRows(const QList<Team>& rows, const QHash<QString, QString>& names,
                             const QHash<QString, int>& members) {
    beginResetModel();
    m_rows = rows;
    m_names = names;
    m_members = members;
    endResetModel();
}

int TeamTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int TeamTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Team& t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return t.name;
    case Region:
        return t.region;
    case Supervisor:
        return m_names.value(t.supervisorId);
    case Members:
        return m_members.value(t.id);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Region:
        return tr("Region");
    case Supervisor:
        return tr("Supervisor");
    case Members:
        return tr("Members");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Stride
