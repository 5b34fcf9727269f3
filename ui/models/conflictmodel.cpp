#include "models/conflictmodel.h"

#include "domain/labels.h"
#include "logging.h"
#include "session.h"
#include "storage/entitystore.h"
#include "sync/conflictlist.h"

using namespace Qt::StringLiterals;

namespace Stride {

ConflictModel::ConflictModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {
    connect(&session.store(), &EntityStore::changed, this, &ConflictModel::reload);
}

void ConflictModel::reload() {
    beginResetModel();
    const Result<QList<ConflictRecord>> rows = ConflictList(m_session.store()).open();
    if (!rows)
        qCWarning(lcUi) << "cannot list the conflicts:" << rows.error(); // the table shows none rather than stale rows
    m_rows = rows ? rows.value() : QList<ConflictRecord>{};
    endResetModel();
}

int ConflictModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ConflictModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord& c = m_rows[index.row()];
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return Labels::dateTime(c.createdAt);
    case Record:
        return u"%1 %2"_s.arg(c.entity, c.rowId.left(8));
    case Field:
        return c.field;
    case Lost:
        return c.lostValue.isNull() ? tr("(empty)") : c.lostValue.toString();
    case Won:
        return c.wonValue.isNull() ? tr("(empty)") : c.wonValue.toString();
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Lost:
        return tr("Your value (lost)");
    case Won:
        return tr("Server value (kept)");
    }
    return {};
}

} // namespace Stride
