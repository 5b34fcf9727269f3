#pragma once

#include "models/customerlistworker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace Stride {

class EntityStore;

// The customer list over CustomerQuery, lazy: the row count and pages of kPageSize rows are fetched on a
// worker thread; rows not yet loaded show a placeholder until their page arrives. A filter or sort change
// starts a new generation (stale requests are dropped); EntityStore::changed("customers"…) refreshes.
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Tier, Score, Industry, Region, Owner, LastVisit, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LoadedRole };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 60;

    CustomerListModel(const QString& replicaPath, EntityStore* store = nullptr, QObject* parent = nullptr);
    ~CustomerListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CustomerQuery::Filter& filter);
    const CustomerQuery::Filter& filter() const { return m_request.filter; }
    void refresh();
    bool isLoading() const { return m_pendingCount; }
    QString customerId(int row) const;

signals:
    void countChanged(int count); // after a (re)count arrived
    void pageLoaded(int offset);

private:
    void restart();
    void requestPage(int page) const;
    void onCount(quint64 generation, int count);
    void onPage(quint64 generation, int offset, QList<CustomerListRow> rows);
    const CustomerListRow* rowAt(int row) const;

    QThread* m_thread;
    CustomerListWorker* m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    CustomerListWorker::Request m_request;
    int m_count = 0;
    bool m_pendingCount = false;
    QHash<int, QList<CustomerListRow>> m_pages;
    mutable QSet<int> m_requested;
    mutable QList<int> m_pageOrder; // least recently arrived first, for eviction
};

} // namespace Stride
