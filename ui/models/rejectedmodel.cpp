#include "models/rejectedmodel.h"

#include "domain/labels.h"
#include "logging.h"
#include "rejectedentries.h"
#include "storage/entitystore.h"

using namespace Qt::StringLiterals;

namespace Stride {

RejectedModel::RejectedModel(RejectedEntries& entries, EntityStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entries(entries) {
    connect(&store, &EntityStore::changed, this, &RejectedModel::reload);
}

void RejectedModel::reload() {
    beginResetModel();
    const Result<QList<RejectedRecord>> rows = m_entries.open();
    if (!rows)
        qCWarning(lcUi) << "cannot list the rejected edits:"
                        << rows.error(); // the table shows none rather than stale rows
    m_rows = rows ? rows.value() : QList<RejectedRecord>{};
    endResetModel();
}

int RejectedModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int RejectedModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRecord& r = m_rows[index.row()];
    if (role == MutationIdRole)
        return r.mutationId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return Labels::dateTime(r.createdAt);
    case Record:
        return u"%1 %2"_s.arg(r.entity, r.rowId.left(8));
    case Reason:
        return r.reason;
    case Fields:
        return r.fields;
    }
    return {};
}

QVariant RejectedModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Record:
        return tr("Record");
    case Reason:
        return tr("Server's reason");
    case Fields:
        return tr("Fields sent");
    }
    return {};
}

} // namespace Stride
