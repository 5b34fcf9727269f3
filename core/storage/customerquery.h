#pragma once

#include "domain/customerlistrow.h"
#include "result.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace Stride {

class Database;

// The customer list's query: filter, sort and page over up to 100,000+ customers without loading them.
// Each fetch() reads one page of light rows; every filter and sort column but the tier is served by an index
// (customers_name/_industry/_region/_owner, the FTS table, customer_scores_score). The tier is the effective one
// (CustomerTier: a pin, else the score's), derived per row, so filtering or sorting by it reads every live
// customer with its score row. A model keeps one
// CustomerQuery, refetches on EntityStore::changed("customers", …), and pages with fetch(offset, limit).
class CustomerQuery final {
public:
    struct Filter {
        QString text; // full-text over the customer's own fields and its contacts (TextSearch rules)
        QString tier; // "A", "B", "C": the effective tier (CustomerTier)
        QString industry;
        QString region;
        QString ownerId;
    };
    enum class Sort { Name, Tier, Industry, Region, Owner, ValueScore, LastVisit };
    // How a text filter is joined to the page. Short queries match tens of thousands of customers: sorting all
    // matches for a 200-row page cost 100-300 ms at 100k, so the page then walks the sort index instead and
    // stops at the LIMIT. Auto picks from the full-text hit counts (a count over the index's rowids only).
    enum class TextPlan {
        Auto,
        Set,           // materialise the matching customers' rowids, look them up, sort (few matches)
        WalkSet,       // walk the sort index, probe the materialised set (many matches by name)
        WalkCorrelated // walk the sort index, probe customer hits and each customer's contacts (many contact hits)
    };

    explicit CustomerQuery(const Database& db);

    void setFilter(const Filter& filter) {
        m_filter = filter;
        m_resolved.reset();
    }
    const Filter& filter() const { return m_filter; }
    // Ties are broken by name, then id, so paging is stable.
    void setSort(Sort sort, Qt::SortOrder order = Qt::AscendingOrder);

    // Rows [offset, offset + limit) of the filtered, sorted list.
    Result<QList<CustomerListRow>> fetch(int offset, int limit) const;
    // Rows matching the filter.
    Result<int> count() const;

    // Forces a plan (tests compare them; benchmarks time them). Auto by default.
    void setTextPlan(TextPlan plan) {
        m_plan = plan;
        m_resolved.reset();
    }
    // The plan fetch() uses for the current filter and sort (Auto resolved; Set without text).
    Result<TextPlan> textPlan() const;

    // The filter as a WHERE clause (" WHERE …") over customers aliased c with their customer_scores row LEFT JOINed
    // as s, appending its bound values: for statements that read every matching row (the list's export), so the
    // filter has one definition.
    QString filterSql(QVariantList& values) const { return whereClause(values, TextPlan::Set); }

    // The SQL fetch() runs and its bound values (for EXPLAIN QUERY PLAN in tests and benchmarks).
    QString fetchSql() const;
    QVariantList fetchValues(int offset, int limit) const;

private:
    QString whereClause(QVariantList& values, TextPlan plan) const;
    QString fetchSql(TextPlan plan) const;

    const Database& m_db;
    Filter m_filter;
    Sort m_sort = Sort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    TextPlan m_plan = TextPlan::Auto;
    mutable std::optional<TextPlan> m_resolved; // Auto resolved for the current filter and sort
};

} // namespace Stride
