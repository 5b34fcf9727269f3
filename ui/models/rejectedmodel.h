#pragma once

#include "sync/syncreplica.h"

#include <QAbstractTableModel>

namespace Stride {

class EntityStore;
class RejectedEntries;

// "Needs attention": local edits the server refused, with its reason, until the user dismisses them. They never
// block the queue.
class RejectedModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Record, Reason, Fields, ColumnCount };
    enum Role { MutationIdRole = Qt::UserRole + 1 };

    // Reloads when `store` announces a change; `entries` must outlive the model.
    RejectedModel(RejectedEntries& entries, EntityStore& store, QObject* parent = nullptr);
    void reload();
    RejectedRecord record(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RejectedEntries& m_entries;
    QList<RejectedRecord> m_rows;
};

} // namespace Stride
