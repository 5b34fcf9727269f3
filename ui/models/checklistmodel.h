#pragma once

#include "analytics/briefing.h"

#include <QAbstractListModel>
#include <QStringList>

namespace Stride {

// The morning-checklist picker: suggested customers (best first) with a check box each. Exactly three may
// be picked (docs/sales-method.md rule 1): checking a fourth is refused and announced through pickRefused().
class ChecklistModel final : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int kPicks = 3;
    enum Role { IdRole = Qt::UserRole + 1, TierRole, TierPinnedRole }; // TierRole: the effective tier

    explicit ChecklistModel(QObject* parent = nullptr);

    void setSuggestions(const QList<ChecklistSuggestion>& suggestions);
    // Adds a customer that was not suggested (picked by search) and picks it when there is room.
    bool addAndPick(const QString& customerId, const QString& name);
    void setPicked(const QStringList& customerIds);
    const QStringList& picked() const { return m_picked; }
    int indexOfCustomer(const QString& customerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void pickedChanged(const QStringList& customerIds);
    void pickRefused(const QString& customerName);

private:
    QList<ChecklistSuggestion> m_rows;
    QStringList m_picked;
};

} // namespace Stride
