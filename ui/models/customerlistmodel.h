#pragma once

#include "models/customerlistworker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

class QTimer;

namespace Stride {

class EntityStore;

// The customer list over CustomerQuery, lazy: pages of kPageSize rows are fetched on a worker thread; rows
// not yet loaded show a placeholder until their page arrives. A filter or sort change starts a new generation
// (stale requests are dropped); EntityStore::changed("customers"…) refreshes. The first page comes before
// the count: a one-letter search matches tens of thousands of customers, and counting them all must not
// hold up the first screen. Until the count arrives the model has the rows it knows of (isCounting()); the
// count then inserts (or removes) the rest without a reset.
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Tier, Score, Industry, Region, Owner, LastVisit, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, LoadedRole, TierRole, TierPinnedRole }; // TierRole: the effective tier
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
    // True until the first page of the current filter arrived (the view still shows the previous one).
    bool isLoading() const { return m_pendingFirst; }
    // True while the exact count of the current filter is still being computed (rowCount() is a lower bound).
    bool isCounting() const { return m_counting; }
    QString customerId(int row) const;

signals:
    void countChanged(int count); // after the first page (a lower bound while isCounting()) and after the count
    void pageLoaded(int offset);

private:
    void restart(bool keepCount);
    void resize(int count);
    void requestPage(int page) const;
    void onCount(quint64 generation, int count);
    void onPage(quint64 generation, int offset, QList<CustomerListRow> rows);
    // The first page of a list replaces every cached page; a short one is the whole list.
    void takeFirstPage(QList<CustomerListRow> rows, bool complete);
    const CustomerListRow* rowAt(int row) const;

    CustomerListWorker* m_worker; // a child: its replies come only while this model lives
    CustomerListWorker::Request m_request;
    int m_count = 0;
    bool m_pendingFirst = false;
    bool m_counting = false;
    bool m_keepCount = false; // a refresh of the same filter: keep the old count until the new one is known
    QTimer* m_changed;        // coalesces change notifications (a sync announces page after page)
    QHash<int, QList<CustomerListRow>> m_pages;
    mutable QSet<int> m_requested;
    mutable QList<int> m_pageOrder; // least recently arrived first, for eviction
};

} // namespace Stride
