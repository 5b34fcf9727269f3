#include "models/checklistmodel.h"

#include "domain/labels.h"
#include "tiertext.h"

using namespace Qt::StringLiterals;

namespace Stride {

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ChecklistModel::setSuggestions(const QList<ChecklistSuggestion>& suggestions) {
    beginResetModel();
    m_rows = suggestions;
    // Picks that are no longer suggested stay listed: a pick is never dropped silently.
    for (const QString& id : std::as_const(m_picked)) {
        if (indexOfCustomer(id) < 0) {
            ChecklistSuggestion s;
            s.customerId = id;
            s.name = id;
            m_rows.prepend(s);
        }
    }
    endResetModel();
}

int ChecklistModel::indexOfCustomer(const QString& customerId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].customerId == customerId)
            return i;
    }
    return -1;
}

bool ChecklistModel::addAndPick(const QString& customerId, const QString& name) {
    int row = indexOfCustomer(customerId);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        ChecklistSuggestion s;
        s.customerId = customerId;
        s.name = name;
        m_rows.prepend(s);
        endInsertRows();
        row = 0;
    }
    return setData(index(row), Qt::Checked, Qt::CheckStateRole);
}

void ChecklistModel::setPicked(const QStringList& customerIds) {
    m_picked = customerIds.mid(0, kPicks);
    m_picked.removeAll(QString());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::CheckStateRole});
    emit pickedChanged(m_picked);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistSuggestion& s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QStringList why;
        if (!s.tier.isEmpty())
            why << TierText::withWord(s.tier, s.tierPinned);
        if (s.valueScore > 0)
            why << tr("score %1").arg(QString::number(s.valueScore, 'f', 0));
        if (s.overdueDays > 0)
            why << tr("order overdue %n day(s)", nullptr, s.overdueDays);
        if (s.openEscalations > 0)
            why << tr("%n open escalation(s)", nullptr, s.openEscalations);
        return why.isEmpty() ? s.name : u"%1  —  %2"_s.arg(s.name, why.join(u", "_s));
    }
    case Qt::AccessibleTextRole:
        return s.name;
    case Qt::CheckStateRole:
        return m_picked.contains(s.customerId) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return TierText::toolTip(s.tier, s.tierPinned);
    case IdRole:
        return s.customerId;
    case TierRole:
        return s.tier;
    case TierPinnedRole:
        return s.tierPinned;
    default:
        return {};
    }
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ChecklistSuggestion& s = m_rows[index.row()];
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_picked.contains(s.customerId))
        return true;
    if (check && m_picked.size() >= kPicks) {
        emit pickRefused(s.name);
        return false;
    }
    if (check)
        m_picked << s.customerId;
    else
        m_picked.removeAll(s.customerId);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit pickedChanged(m_picked);
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace Stride
