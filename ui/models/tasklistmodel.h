#pragma once

#include "domain/task.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;

namespace Stride {

class ReplicaReader;
class Session;

// Open tasks of the acting user due by the end of today (overdue included), earliest first; refreshed when
// tasks change (coalesced: a sync announces page after page, the list is read again once they pause). Rows carry
// the customer's name for display. Read on a ReplicaReader (never on the GUI thread): the current rows stay
// until the new ones arrive.
class TaskListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, Title, Customer, Source, Action, ColumnCount }; // Action: the view puts a button there
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole, OverdueRole };

    explicit TaskListModel(Session& session, QObject* parent = nullptr);

    // Only tasks of these sources (empty: all).
    void setSources(const QStringList& sources);
    void reload();
    bool isLoading() const;
    const Task& task(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    QStringList m_sources;
    QList<Task> m_tasks;
    QHash<QString, QString> m_customerNames;
    qint64 m_startOfToday = 0;
    QTimer* m_changed;
    ReplicaReader* m_reader;
};

} // namespace Stride
