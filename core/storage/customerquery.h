#pragma once

#include "domain/customerlistrow.h"
#include "result.h"

#include <QString>
#include <QVariantList>

namespace Stride {

class Database;

// The customer list's query: filter, sort and page over up to 100,000+ customers without loading them.
// Each fetch() reads one page of light rows; every filter and sort column is served by an index
// (customers_name/_tier/_industry/_region/_owner, the FTS table, customer_scores_score). A model keeps one
// CustomerQuery, refetches on EntityStore::changed("customers", …), and pages with fetch(offset, limit).
class CustomerQuery final {
public:
    struct Filter {
        QString text; // full-text over the customer's own fields and its contacts (TextSearch rules)
        QString tier; // "A", "B", "C"
        QString industry;
        QString region;
        QString ownerId;
    };
    enum class Sort { Name, Tier, Industry, Region, Owner, ValueScore, LastVisit };

    explicit CustomerQuery(const Database& db);

    void setFilter(const Filter& filter) { m_filter = filter; }
    const Filter& filter() const { return m_filter; }
    // Ties are broken by name, then id, so paging is stable.
    void setSort(Sort sort, Qt::SortOrder order = Qt::AscendingOrder);

    // Rows [offset, offset + limit) of the filtered, sorted list.
    Result<QList<CustomerListRow>> fetch(int offset, int limit) const;
    // Rows matching the filter.
    Result<int> count() const;

    // The SQL fetch() runs and its bound values (for EXPLAIN QUERY PLAN in tests and benchmarks).
    QString fetchSql() const;
    QVariantList fetchValues(int offset, int limit) const;

private:
    QString whereClause(QVariantList& values) const;

    const Database& m_db;
    Filter m_filter;
    Sort m_sort = Sort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace Stride
