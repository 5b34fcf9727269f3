#include "models/teamtablemodel.h"

namespace Stride {

TeamTableModel::TeamTableModel(QObject* parent)
    : RowTableModel<Team>(ColumnCount, parent) {}

void TeamTableModel::setRows(const QList<Team>& rows, const QHash<QString, QString>& names,
                             const QHash<QString, int>& members) {
    resetRows(rows, [&] {
        m_names = names;
        m_members = members;
    });
}

QVariant TeamTableModel::cell(const Team& row, int column) const {
    switch (Column(column)) {
    case Name:
        return row.name;
    case Region:
        return row.region;
    case Supervisor:
        return m_names.value(row.supervisorId);
    case Members:
        return m_members.value(row.id);
    case ColumnCount:
        break;
    }
    return {};
}

QString TeamTableModel::header(int column) const {
    switch (Column(column)) {
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
