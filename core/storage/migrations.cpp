#include "migrations.h"

#include "replicatriggers.h"
#include "textsearch.h"

#include "analyticsrollups.h"
#include "domain/stages.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Columns every synced table carries (docs/architecture.md "Storage on the client").
#define SYNCED_COLUMNS                                                                                                 \
    "id TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL DEFAULT 0, "        \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

// Foreign keys are deferred: a pulled page may hold a child before its parent; both commit together.
#define FK(table) " REFERENCES " table "(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED"

QStringList version1() {
    return {
        u"CREATE TABLE teams (" SYNCED_COLUMNS "name TEXT NOT NULL, region TEXT, supervisor_id TEXT)"_s,
        u"CREATE TABLE reps (" SYNCED_COLUMNS
        "name TEXT NOT NULL, name_en TEXT, role TEXT NOT NULL CHECK (role IN ('rep','supervisor','director','admin')), "
        "team_id TEXT" FK("teams") ", supervisor_id TEXT, hire_date INTEGER, email TEXT, active INTEGER NOT NULL "
                                   "DEFAULT 1)"_s,
        u"CREATE TABLE customers (" SYNCED_COLUMNS
        "name TEXT NOT NULL, name_en TEXT, industry TEXT, size_band TEXT, region TEXT, address TEXT, "
        "owner_id TEXT" FK("reps") ", tier TEXT, budget_band TEXT, decision_chain TEXT, demand_stage TEXT, tags TEXT, "
                                   "satisfaction REAL, trial_participation REAL, created_at INTEGER)"_s,
        u"CREATE TABLE contacts (" SYNCED_COLUMNS "customer_id TEXT NOT NULL" FK(
            "customers") ", name TEXT NOT NULL, title TEXT, phone TEXT, email TEXT, chain_role TEXT)"_s,
        u"CREATE TABLE visits (" SYNCED_COLUMNS "customer_id TEXT NOT NULL" FK("customers") ", rep_id TEXT" FK(
            "reps") ", contact_id TEXT, visited_at INTEGER NOT NULL, channel TEXT NOT NULL CHECK (channel IN "
                    "('onsite','phone','video','chat')), duration_min INTEGER, address TEXT, summary TEXT, outcome "
                    "TEXT, "
                    "competitor_notes TEXT, next_action TEXT, next_action_due INTEGER, no_action_reason TEXT, "
                    "behaviour_type_id TEXT, insight TEXT)"_s,
        u"CREATE TABLE opportunities (" SYNCED_COLUMNS "customer_id TEXT NOT NULL" FK("customers") ", owner_id TEXT" FK(
            "reps") ", title TEXT NOT NULL, amount REAL NOT NULL DEFAULT 0, stage TEXT NOT NULL "
                    "CHECK (stage IN ('lead','contact','needs','demo','objection','won','lost')), stage_entered_at "
                    "INTEGER, "
                    "expected_close INTEGER, forecast INTEGER NOT NULL DEFAULT 0, lost_reason TEXT, industry TEXT, "
                    "budget_band TEXT, decision_chain TEXT, demand_stage TEXT, auto_tag TEXT, created_at INTEGER, "
                    "closed_at INTEGER)"_s,
        u"CREATE TABLE stage_history (" SYNCED_COLUMNS "opportunity_id TEXT NOT NULL" FK(
            "opportunities") ", stage TEXT NOT NULL, entered_at INTEGER NOT NULL, left_at INTEGER, by_rep_id TEXT)"_s,
        u"CREATE TABLE orders (" SYNCED_COLUMNS
        "customer_id TEXT NOT NULL" FK("customers") ", ordered_at INTEGER NOT NULL, amount REAL NOT NULL)"_s,
        u"CREATE TABLE service_tickets (" SYNCED_COLUMNS "customer_id TEXT NOT NULL" FK(
            "customers") ", subject TEXT, opened_at INTEGER NOT NULL, first_response_at INTEGER, closed_at INTEGER, "
                         "satisfaction REAL)"_s,
        u"CREATE TABLE tasks (" SYNCED_COLUMNS
        "owner_id TEXT NOT NULL" FK("reps") ", customer_id TEXT" FK("customers") ", opportunity_id TEXT" FK(
            "opportunities") ", title TEXT NOT NULL, due_at INTEGER, source TEXT NOT NULL, "
                             "source_key TEXT, done_at INTEGER)"_s,
        u"CREATE TABLE checklists (" SYNCED_COLUMNS "rep_id TEXT NOT NULL" FK(
            "reps") ", day TEXT NOT NULL, customer1_id TEXT, customer2_id TEXT, customer3_id TEXT, ticked_at INTEGER)"_s,
        u"CREATE TABLE rules (" SYNCED_COLUMNS
        "name TEXT NOT NULL, condition_json TEXT NOT NULL, action_json TEXT NOT NULL, active INTEGER NOT NULL "
        "DEFAULT 1)"_s,
        u"CREATE TABLE behaviour_types (" SYNCED_COLUMNS
        "code TEXT NOT NULL, name TEXT NOT NULL, name_zh TEXT, category TEXT, points INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE standard_actions (" SYNCED_COLUMNS
        "name TEXT NOT NULL, name_zh TEXT, trigger_stage TEXT, action_code TEXT NOT NULL, deadline_hours INTEGER "
        "NOT NULL, active INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE TABLE insights (" SYNCED_COLUMNS "visit_id TEXT, rep_id TEXT" FK("reps") ", customer_id TEXT" FK(
            "customers") ", text TEXT NOT NULL, industry TEXT, objection_type TEXT, status TEXT NOT NULL DEFAULT "
                         "'pending' CHECK (status IN ('pending','approved','rejected')), approved_by TEXT, "
                         "approved_at INTEGER, created_at INTEGER)"_s,
        u"CREATE TABLE forecast_signals (" SYNCED_COLUMNS "opportunity_id TEXT NOT NULL" FK(
            "opportunities") ", kind TEXT NOT NULL, noted_at INTEGER NOT NULL, note TEXT)"_s,
        u"CREATE TABLE payment_milestones (" SYNCED_COLUMNS "opportunity_id TEXT NOT NULL" FK(
            "opportunities") ", due_at INTEGER NOT NULL, amount REAL NOT NULL, paid_at INTEGER)"_s,

        // Local-only tables: the sync queue and its bookkeeping, settings, derived scores.
        u"CREATE TABLE outbox (mutation_id INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, row_id TEXT NOT "
        "NULL, op TEXT NOT NULL CHECK (op IN ('upsert','delete')), fields TEXT NOT NULL, base TEXT NOT NULL, "
        "base_version INTEGER NOT NULL, created_at INTEGER NOT NULL)"_s,
        u"CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s,
        u"CREATE TABLE conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, row_id TEXT NOT NULL, "
        "field TEXT NOT NULL, local_value TEXT, server_value TEXT, created_at INTEGER NOT NULL, resolved_at "
        "INTEGER)"_s,
        u"CREATE TABLE rejected (mutation_id INTEGER PRIMARY KEY NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT "
        "NULL, fields TEXT, reason TEXT NOT NULL, created_at INTEGER NOT NULL, dismissed_at INTEGER)"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s,
        u"CREATE TABLE customer_scores (customer_id TEXT PRIMARY KEY NOT NULL" FK(
            "customers") ", purchase_3m REAL NOT NULL, p REAL NOT NULL, s REAL NOT NULL, t REAL NOT NULL, score REAL "
                         "NOT NULL, "
                         "tier TEXT NOT NULL, computed_at INTEGER NOT NULL)"_s,
    };
}

// Full-text search: one FTS5 table over customer names, contacts, visit notes and insights. Its rowid is the
// source row's rowid in the range of its kind (TextSearch::indexRowid), so the triggers below update one entry
// without scanning and a search over one kind reads only that kind's entries. stride_fts() joins a row's
// columns; the stride_cjk tokenizer (CjkTokenizer) indexes Chinese in two-character tokens. Database registers
// both on every connection.
QStringList searchIndex() {
    QStringList s{
        u"CREATE VIRTUAL TABLE search_index USING fts5(title, body, kind UNINDEXED, ref_id UNINDEXED, "
        "customer_id UNINDEXED, tokenize = 'stride_cjk remove_diacritics 2')"_s,
    };
    s << TextSearch::triggers(u"CREATE TRIGGER"_s);
    for (const SearchSource& src : TextSearch::sources())
        s << TextSearch::insertSql(src, false); // rows written under schema 1
    return s;
}

QStringList version2() {
    QStringList s{
        u"CREATE INDEX reps_team ON reps (team_id)"_s,
        u"CREATE INDEX customers_owner ON customers (owner_id)"_s,
        u"CREATE INDEX customers_industry ON customers (industry)"_s,
        u"CREATE INDEX customers_region ON customers (region)"_s,
        u"CREATE INDEX customers_tier ON customers (tier)"_s,
        u"CREATE INDEX customers_name ON customers (name)"_s,
        u"CREATE INDEX contacts_customer ON contacts (customer_id)"_s,
        u"CREATE INDEX visits_customer_time ON visits (customer_id, visited_at)"_s,
        u"CREATE INDEX visits_rep_time ON visits (rep_id, visited_at)"_s,
        u"CREATE INDEX opportunities_customer ON opportunities (customer_id)"_s,
        u"CREATE INDEX opportunities_owner_stage ON opportunities (owner_id, stage)"_s,
        u"CREATE INDEX opportunities_stage ON opportunities (stage)"_s,
        u"CREATE INDEX stage_history_opportunity ON stage_history (opportunity_id, entered_at)"_s,
        u"CREATE INDEX orders_customer_time ON orders (customer_id, ordered_at)"_s,
        u"CREATE INDEX orders_time ON orders (ordered_at)"_s,
        u"CREATE INDEX service_tickets_customer_time ON service_tickets (customer_id, opened_at)"_s,
        u"CREATE INDEX tasks_owner_due ON tasks (owner_id, due_at)"_s,
        u"CREATE INDEX tasks_source_key ON tasks (source_key)"_s,
        u"CREATE INDEX checklists_rep_day ON checklists (rep_id, day)"_s,
        u"CREATE INDEX insights_status ON insights (status)"_s,
        u"CREATE INDEX insights_rep ON insights (rep_id)"_s,
        u"CREATE INDEX forecast_signals_opportunity ON forecast_signals (opportunity_id)"_s,
        u"CREATE INDEX payment_milestones_opportunity ON payment_milestones (opportunity_id, due_at)"_s,
        u"CREATE INDEX outbox_row ON outbox (entity, row_id)"_s,
        u"CREATE INDEX customer_scores_score ON customer_scores (score)"_s,
    };
    s << searchIndex();
    return s;
}

// The customer list pages over live rows only: without `deleted` in the index, deep pages visit a table row
// for every row they skip (measured at 100k customers, offset 50,000: by tier 190 ms → 6 ms).
QStringList version3() {
    return {
        u"CREATE INDEX customers_live_name ON customers (name) WHERE deleted = 0"_s,
        u"CREATE INDEX customers_live_tier ON customers (tier, name) WHERE deleted = 0"_s,
        u"CREATE INDEX customers_live_owner ON customers (owner_id, name) WHERE deleted = 0"_s,
    };
}

// Briefings and the customer timeline read a customer's or a deal's tasks; without these each lookup scanned the
// tasks table (Today's cold start at 100k customers: 12.6 s before the briefing query was rewritten).
QStringList version4() {
    return {
        u"CREATE INDEX tasks_customer ON tasks (customer_id)"_s,
        u"CREATE INDEX tasks_opportunity ON tasks (opportunity_id)"_s,
    };
}

// Search used to interleave kinds (rowid * 8 + code), so "customers first" had to read every visit note that
// matched, and it indexed Chinese per character, so a phrase read the doclists of the commonest characters:
// 100–400 ms per search on a 100k-customer replica. Rebuilt with one rowid range per kind and the stride_cjk
// tokenizer; the stored text is now as written (it used to have CJK characters spaced out).
QStringList version5() {
    QStringList s;
    for (const SearchSource& src : TextSearch::sources()) {
        for (const char* suffix : {"ai", "au", "ad"})
            s << u"DROP TRIGGER IF EXISTS %1_search_%2"_s.arg(QString::fromLatin1(src.table),
                                                              QString::fromLatin1(suffix));
    }
    s << u"DROP TABLE search_index"_s;
    s << searchIndex();
    return s;
}

// The organisation's policy syncs (protocol 3), and rules carry a Chinese name. A replica last synced under
// protocol 2 was never sent either, so its next pull starts again from the beginning: the server only sends rows
// that changed after a cursor, and these rows may have changed long before it.
QStringList version9() {
    return {
        u"CREATE TABLE org_policy (" SYNCED_COLUMNS "key TEXT NOT NULL, value TEXT, updated_by TEXT)"_s,
        u"ALTER TABLE rules ADD COLUMN name_zh TEXT"_s,
        u"UPDATE sync_state SET value = '0' WHERE key = 'cursor'"_s,
    };
}

// The organisation's aggregates (protocol 4): figures the server computes over everyone (OrgAggregates). Like
// version 9, a replica synced under an older protocol was never sent them, so its next pull starts again. A
// stored value score remembers when the organisation figures it used were computed (NULL: this replica's own).
QStringList version10() {
    return {
        u"CREATE TABLE org_aggregates (" SYNCED_COLUMNS "kind TEXT NOT NULL, team_id TEXT, key TEXT, value_json TEXT, "
        "computed_at INTEGER)"_s,
        u"CREATE INDEX org_aggregates_kind ON org_aggregates (kind, team_id)"_s,
        u"ALTER TABLE customer_scores ADD COLUMN org_as_of INTEGER"_s,
        u"UPDATE sync_state SET value = '0' WHERE key = 'cursor'"_s,
    };
}

// customers.tier used to hold the demo generator's guess (or a value typed in as one), shown beside the value
// score's tier as if both were the tier. It is now only an admin's or supervisor's pin, and the tier shown is the
// effective one (CustomerTier). No value held before this schema was a pin, so every one is cleared. The clear is
// local (no outbox entry): server migration 6 clears the same values with new change numbers, which each replica
// then pulls like any change, so nothing is pushed back and no conflict arises.
QStringList version11() {
    return {u"UPDATE customers SET tier = NULL WHERE tier IS NOT NULL"_s};
}

// Stage moves made through an older command line left the stay they ended open: a deal could have several open
// stage-history rows, and the funnel's time in stage ignored those stays. Every open stay but one is closed when the
// deal's next stay began (the one kept: the newest in the deal's stage, else the newest), the fix is queued in the
// outbox for rows the server knows (or that wait to be pushed) so it syncs, and the finished stays enter the
// time-in-stage summary (the summary triggers are not installed while migrating). The rule is StageConsistency's,
// so a replica's later `stride-cli check --repair` agrees with it.
QStringList version12() {
    return {
        u"CREATE TEMP TABLE stage_repair AS WITH open AS (SELECT h.id, h.opportunity_id, h.entered_at, h.version, "
        "row_number() OVER (PARTITION BY h.opportunity_id ORDER BY h.stage = o.stage DESC, h.entered_at DESC, h.id "
        "DESC) AS n FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id WHERE h.deleted = 0 AND "
        "h.left_at IS NULL) SELECT open.id, open.version, max(open.entered_at, COALESCE((SELECT l.entered_at FROM "
        "stage_history l WHERE l.opportunity_id = open.opportunity_id AND l.deleted = 0 AND (l.entered_at > "
        "open.entered_at OR (l.entered_at = open.entered_at AND l.id > open.id)) ORDER BY l.entered_at, l.id LIMIT 1), "
        "open.entered_at)) AS left_at FROM open WHERE n > 1"_s,
        u"UPDATE stage_history SET left_at = (SELECT r.left_at FROM temp.stage_repair r WHERE r.id = "
        "stage_history.id) WHERE id IN (SELECT id FROM temp.stage_repair)"_s,
        u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) SELECT 'stage_history', "
        "r.id, 'upsert', json_object('left_at', r.left_at), json_object('left_at', NULL), r.version, "
        "CAST(strftime('%s', 'now') AS INTEGER) FROM temp.stage_repair r WHERE r.version > 0 OR EXISTS (SELECT 1 "
        "FROM outbox x WHERE x.entity = 'stage_history' AND x.row_id = r.id) ORDER BY r.id"_s,
        u"INSERT INTO analytics_stay (history_id, opportunity_id, owner_id, created_at, stage_index, secs) SELECT "
        "h.id, o.id, o.owner_id, o.created_at, "_s +
            Stages::indexSql(u"h.stage"_s) +
            u", h.left_at - h.entered_at FROM stage_history h JOIN opportunities o ON o.id = h.opportunity_id WHERE "
            "h.id IN (SELECT id FROM temp.stage_repair) AND o.deleted = 0 AND h.stage IN ('lead', 'contact', 'needs', "
            "'demo', 'objection')"_s,
        u"DROP TABLE temp.stage_repair"_s,
        // The same old path reopened lost deals without clearing what losing them set: an open deal keeps no
        // closed_at, a deal not lost no lost reason, and a closed deal gets closed_at = when it entered its stage.
        u"CREATE TEMP TABLE deal_repair AS SELECT id, version, closed_at AS old_closed, lost_reason AS old_reason, "
        "CASE WHEN stage IN ('won', 'lost') THEN COALESCE(closed_at, stage_entered_at, created_at) END AS new_closed, "
        "CASE WHEN stage = 'lost' THEN lost_reason END AS new_reason, stage_entered_at FROM opportunities WHERE "
        "deleted = 0 AND ((stage IN ('won', 'lost') AND closed_at IS NULL AND COALESCE(stage_entered_at, created_at) "
        "IS NOT NULL) OR (stage NOT IN ('won', 'lost') AND closed_at IS NOT NULL) OR (stage != 'lost' AND "
        "COALESCE(lost_reason, '') != ''))"_s,
        u"UPDATE opportunities SET closed_at = (SELECT r.new_closed FROM temp.deal_repair r WHERE r.id = "
        "opportunities.id), lost_reason = (SELECT r.new_reason FROM temp.deal_repair r WHERE r.id = "
        "opportunities.id) WHERE id IN (SELECT id FROM temp.deal_repair)"_s,
        u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) SELECT 'opportunities', "
        u"r.id, "
        "'upsert', CASE WHEN r.old_closed IS NOT r.new_closed AND r.old_reason IS NOT r.new_reason THEN "
        "json_object('closed_at', r.new_closed, 'lost_reason', r.new_reason) WHEN r.old_closed IS NOT r.new_closed "
        "THEN json_object('closed_at', r.new_closed) ELSE json_object('lost_reason', r.new_reason) END, CASE WHEN "
        "r.old_closed IS NOT r.new_closed AND r.old_reason IS NOT r.new_reason THEN json_object('closed_at', "
        "r.old_closed, 'lost_reason', r.old_reason) WHEN r.old_closed IS NOT r.new_closed THEN "
        "json_object('closed_at', r.old_closed) ELSE json_object('lost_reason', r.old_reason) END, r.version, "
        "CAST(strftime('%s', 'now') AS INTEGER) FROM temp.deal_repair r WHERE r.version > 0 OR EXISTS (SELECT 1 FROM "
        "outbox x WHERE x.entity = 'opportunities' AND x.row_id = r.id) ORDER BY r.id"_s,
        u"UPDATE analytics_opportunity SET lost_reason = (SELECT r.new_reason FROM temp.deal_repair r WHERE r.id = "
        "analytics_opportunity.opportunity_id), closed = (SELECT COALESCE(r.new_closed, r.stage_entered_at) FROM "
        "temp.deal_repair r WHERE r.id = analytics_opportunity.opportunity_id) WHERE opportunity_id IN (SELECT id FROM "
        "temp.deal_repair)"_s,
        u"DROP TABLE temp.deal_repair"_s,
    };
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all{
        {1, "tables of the local replica and the sync queue", version1},
        {2, "indexes for the dashboards and the full-text search index", version2},
        {3, "partial indexes over live customers for paging the customer list", version3},
        {4, "task lookups by customer and by opportunity", version4},
        {5, "one rowid range per kind in the full-text search index", version5},
        // Dashboard summaries kept by triggers, and covering indexes for the figures (issue 5 speed).
        {6, "analytics summary tables, their triggers and covering indexes", AnalyticsRollups::schema},
        {7, "customers' latest visit and covering indexes for the dashboard", AnalyticsRollups::schema7},
        // From here on the triggers that keep the search index and the summaries live on each writing connection.
        {8, "triggers move from the file to each read-write connection (ReplicaTriggers)",
         ReplicaTriggers::dropFromFile},
        {9, "the organisation's policy (org_policy) and rules' Chinese names", version9},
        {10, "the organisation's aggregates (org_aggregates) and the age of the figures behind a score", version10},
        {11, "customers.tier becomes an admin's pin: the old guesses are cleared", version11},
        {12, "one open stage-history stay per opportunity; reopened deals without closed_at and lost reason",
         version12},
    };
    return all;
}

int latestSchemaVersion() {
    return migrations().back().version;
}

} // namespace Stride
