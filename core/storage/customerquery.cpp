#include "customerquery.h"

#include "storage/customertier.h"
#include "storage/database.h"
#include "storage/textsearch.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride {

CustomerQuery::CustomerQuery(const Database& db)
    : m_db(db) {}

namespace {
// Beyond these, a page walks the sort index (see TextPlan); measured on the 100,000-customer demo.
constexpr int kWalkAboveHits = 5000; // below, sorting the matches beats walking to them (names cluster: 深圳…)
constexpr int kCorrelateAboveContacts = 4000; // above, mapping every contact hit to its customer dominates
} // namespace

void CustomerQuery::setSort(Sort sort, Qt::SortOrder order) {
    m_sort = sort;
    m_order = order;
    m_resolved.reset();
}

Result<CustomerQuery::TextPlan> CustomerQuery::textPlan() const {
    if (m_filter.text.trimmed().isEmpty())
        return TextPlan::Set;
    if (m_plan != TextPlan::Auto)
        return m_plan;
    if (m_resolved)
        return *m_resolved;
    const QString match = TextSearch::matchExpression(m_filter.text);
    // Only the name order has an index over live customers to walk (the effective tier is derived).
    if (match.isEmpty() || m_sort != Sort::Name) {
        m_resolved = TextPlan::Set;
        return *m_resolved;
    }
    // count(*) over a MATCH reads the index's doclists only, never a row: 1-10 ms for 50,000 hits.
    const QString hits = u"(SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?)"_s;
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT "_s + hits + u", "_s + hits,
                  {match, TextSearch::firstRowid(TextSearch::kCustomer), TextSearch::lastRowid(TextSearch::kCustomer),
                   match, TextSearch::firstRowid(TextSearch::kContact), TextSearch::lastRowid(TextSearch::kContact)});
    if (!q)
        return fail(q.error());
    const qint64 customerHits = q->next() ? q->value(0).toLongLong() : 0;
    const qint64 contactHits = q->value(1).toLongLong();
    if (contactHits > kCorrelateAboveContacts)
        m_resolved = TextPlan::WalkCorrelated;
    else if (customerHits + contactHits > kWalkAboveHits)
        m_resolved = TextPlan::WalkSet;
    else
        m_resolved = TextPlan::Set;
    return *m_resolved;
}

QString CustomerQuery::whereClause(QVariantList& values, TextPlan plan) const {
    QStringList conditions{u"c.deleted = 0"_s};
    // The tier filtered on is the effective one (CustomerTier): the callers join customer_scores as s for it.
    const std::pair<const QString*, QString> equals[] = {{&m_filter.tier, CustomerTier::sql()},
                                                         {&m_filter.industry, u"c.industry"_s},
                                                         {&m_filter.region, u"c.region"_s},
                                                         {&m_filter.ownerId, u"c.owner_id"_s}};
    for (const auto& [value, column] : equals) {
        if (!value->isEmpty()) {
            conditions << column + u" = ?"_s;
            values << *value;
        }
    }
    if (!m_filter.text.trimmed().isEmpty()) {
        // A text with nothing searchable in it matches nothing (not everything): the user typed a filter.
        const QString match = TextSearch::matchExpression(m_filter.text);
        if (match.isEmpty()) {
            conditions << u"0"_s;
        } else {
            // A hit's rowid is its source row's rowid plus the kind's base (TextSearch::indexRowid): customers are
            // found by arithmetic and contacts by their rowid, without reading a single indexed row's content.
            const qint64 customers = TextSearch::firstRowid(TextSearch::kCustomer);
            const qint64 contacts = TextSearch::firstRowid(TextSearch::kContact);
            const QString hits =
                u"SELECT rowid - ? FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?"_s;
            if (plan == TextPlan::WalkCorrelated) {
                conditions << u"(+c.rowid + ? IN (SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid "
                              "BETWEEN ? AND ?) OR EXISTS (SELECT 1 FROM contacts ct WHERE ct.customer_id = c.id AND "
                              "ct.rowid + ? IN (SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid "
                              "BETWEEN ? AND ?)))"_s;
            } else {
                // Unary + keeps SQLite from looking the set up by rowid: it walks the sort index instead.
                conditions << (plan == TextPlan::WalkSet ? u"+c.rowid IN ("_s : u"c.rowid IN ("_s) + hits +
                                  u" UNION ALL SELECT cu.rowid FROM customers cu WHERE cu.id IN (SELECT ct.customer_id "
                                  "FROM contacts ct WHERE ct.rowid IN ("_s +
                                  hits + u")))"_s;
            }
            values << customers << match << customers << TextSearch::lastRowid(TextSearch::kCustomer) << contacts
                   << match << contacts << TextSearch::lastRowid(TextSearch::kContact);
        }
    }
    return u" WHERE "_s + conditions.join(u" AND "_s);
}

QString CustomerQuery::fetchSql() const {
    return fetchSql(textPlan().valueOr(TextPlan::Set));
}

QString CustomerQuery::fetchSql(TextPlan plan) const {
    QVariantList ignored;
    const QString direction = m_order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString lastVisit =
        u"(SELECT max(v.visited_at) FROM visits v WHERE v.customer_id = c.id AND v.deleted = 0)"_s;
    const QString joinOwner = u" LEFT JOIN reps r ON r.id = c.owner_id"_s;
    const QString joinScore = u" LEFT JOIN customer_scores s ON s.customer_id = c.id"_s;
    // Ties break on rowid, which every customers index carries, so paging is stable without a sort step.
    QString order;
    QString pageJoins;
    QString pageColumns = u"c.rowid AS rid"_s;
    switch (m_sort) {
    case Sort::Name:
        order = u"c.name %1, c.rowid %1"_s.arg(direction);
        break;
    case Sort::Tier:
        order = CustomerTier::sql() + u" %1, c.name, c.rowid"_s.arg(direction);
        pageJoins = joinScore;
        break;
    case Sort::Industry:
        order = u"c.industry %1, c.name, c.rowid"_s.arg(direction);
        break;
    case Sort::Region:
        order = u"c.region %1, c.name, c.rowid"_s.arg(direction);
        break;
    case Sort::Owner:
        order = u"r.name %1, c.name, c.rowid"_s.arg(direction);
        pageJoins = joinOwner;
        break;
    case Sort::ValueScore:
        order = u"s.score %1, c.name, c.rowid"_s.arg(direction);
        pageJoins = joinScore;
        break;
    case Sort::LastVisit:
        order = u"last_visit %1, c.name, c.rowid"_s.arg(direction);
        pageColumns += u", "_s + lastVisit + u" AS last_visit"_s;
        break;
    }
    // Deferred join: the page is chosen on the narrowest rows (an index walk for the plain columns), and
    // only its 50-odd rows are joined to owner, score and last visit, so OFFSET never pays for those.
    if (!m_filter.tier.isEmpty() && !pageJoins.contains(joinScore))
        pageJoins += joinScore;
    const QString page = u"SELECT "_s + pageColumns + u" FROM customers c"_s + pageJoins + whereClause(ignored, plan) +
                         u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s;
    return u"SELECT c.id, c.name, c.industry, c.region, "_s + CustomerTier::sql() +
           u", c.owner_id, r.name, s.score, "_s + lastVisit + u" AS last_visit, "_s + CustomerTier::pinnedSql() +
           u" FROM ("_s + page + u") p JOIN customers c ON c.rowid = p.rid"_s + joinOwner + joinScore +
           u" ORDER BY "_s + order;
}

QVariantList CustomerQuery::fetchValues(int offset, int limit) const {
    QVariantList values;
    whereClause(values, textPlan().valueOr(TextPlan::Set));
    values << limit << offset;
    return values;
}

Result<QList<CustomerListRow>> CustomerQuery::fetch(int offset, int limit) const {
    if (offset < 0 || limit <= 0)
        return QList<CustomerListRow>();
    const Result<TextPlan> plan = textPlan();
    if (!plan)
        return fail(plan.error());
    QVariantList values;
    whereClause(values, *plan);
    values << limit << offset;
    Result<QSqlQuery> q = m_db.exec(fetchSql(*plan), values);
    if (!q)
        return fail(q.error());
    QList<CustomerListRow> rows;
    rows.reserve(limit);
    while (q->next()) {
        CustomerListRow row;
        row.id = q->value(0).toString();
        row.name = q->value(1).toString();
        row.industry = q->value(2).toString();
        row.region = q->value(3).toString();
        row.tier = q->value(4).toString();
        row.ownerId = q->value(5).toString();
        row.ownerName = q->value(6).toString();
        if (!q->value(7).isNull())
            row.valueScore = q->value(7).toDouble();
        if (!q->value(8).isNull())
            row.lastVisitAt = q->value(8).toLongLong();
        row.tierPinned = q->value(9).toInt() != 0;
        rows << row;
    }
    return rows;
}

Result<int> CustomerQuery::count() const {
    QVariantList values;
    // The materialised set: one lookup per match, no walk over the customers that do not match.
    const QString sql =
        u"SELECT count(*) FROM customers c"_s +
        (m_filter.tier.isEmpty() ? QString() : u" LEFT JOIN customer_scores s ON s.customer_id = c.id"_s) +
        whereClause(values, TextPlan::Set);
    Result<QSqlQuery> q = m_db.exec(sql, values);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace Stride
