#pragma once

#include "domain/task.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;

namespace Stride {

class ReplicaReader;
class Session;

// Open tasks, earliest due first (so overdue ones lead): by default the acting user's due by the end of today
// (the Today page); in AllOpen range every open task (the Tasks page), optionally only the user's own, of some
// sources, matching a search. Refreshed when
// tasks change (coalesced: a sync announces page after page, the list is read again once they pause). Rows carry
// the customer's name for display. Read on a ReplicaReader (never on the GUI thread): the current rows stay
// until the new ones arrive.
class TaskListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, Title, Customer, Source, Owner, Action, ColumnCount }; // Action: the view puts a button there
    enum Role { IdRole = Qt::UserRole + 1, CustomerIdRole, OverdueRole, OpportunityIdRole, SourceRole, OwnerIdRole };
    enum class Range { DueToday, AllOpen };
    // AllOpen lists at most this many rows (each row carries its action button); the counts cover all of them.
    static constexpr int kAllOpenLimit = 500;

    explicit TaskListModel(Session& session, QObject* parent = nullptr);

    // Only tasks of these sources (empty: all).
    void setSources(const QStringList& sources);
    void setRange(Range range);
    // AllOpen only: only the acting user's tasks (true) or every task the replica holds (a manager's team).
    void setMineOnly(bool mineOnly);
    // AllOpen only: part of the title or of the customer's name.
    void setSearchText(const QString& text);
    void reload();
    bool isLoading() const;
    const Task& task(int row) const { return m_tasks.at(row); }
    // Every task matching the current settings (rows listed: at most kAllOpenLimit), and how many are overdue.
    int totalCount() const { return m_total; }
    int overdueCount() const { return m_overdue; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    QStringList m_sources;
    Range m_range = Range::DueToday;
    bool m_mineOnly = true;
    QString m_text;
    QList<Task> m_tasks;
    QHash<QString, QString> m_customerNames;
    QHash<QString, QString> m_ownerNames;
    qint64 m_startOfToday = 0;
    int m_total = 0;
    int m_overdue = 0;
    QTimer* m_changed;
    ReplicaReader* m_reader;
};

} // namespace Stride
