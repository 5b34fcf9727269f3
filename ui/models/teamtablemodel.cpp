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

QVariant TeamTableModel::cell(const Team& t, int column) const {
    switch (Column(column)) {
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
