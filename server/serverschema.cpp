#include "serverschema.h"

#include "storage/schema.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

QString columnType(const ServerDatabase& db, FieldType t) {
    switch (t) {
    case FieldType::Text:
        return u"TEXT"_s;
    case FieldType::Integer:
        return u"BIGINT"_s;
    case FieldType::Real:
        return db.realType();
    }
    return u"TEXT"_s;
}

// One synced entity's table with the server columns, and its indexes.
QStringList entityTable(const ServerDatabase& db, const EntityDef& e) {
    QStringList cols{u"id TEXT PRIMARY KEY"_s,
                     u"version BIGINT NOT NULL DEFAULT 0"_s,
                     u"updated_at BIGINT NOT NULL DEFAULT 0"_s,
                     u"deleted INTEGER NOT NULL DEFAULT 0"_s,
                     u"seq BIGINT NOT NULL"_s,
                     u"vis_rep TEXT"_s,
                     u"vis_team TEXT"_s};
    for (const FieldDef& f : e.fields)
        cols << f.name + u' ' + columnType(db, f.type);
    QStringList s{u"CREATE TABLE %1 (%2)"_s.arg(e.name, cols.join(u", "_s))};
    s << u"CREATE INDEX %1_seq ON %1 (seq)"_s.arg(e.name);
    if (e.scope != Scope::Org) {
        s << u"CREATE INDEX %1_vis_rep ON %1 (vis_rep, seq)"_s.arg(e.name);
        s << u"CREATE INDEX %1_vis_team ON %1 (vis_team, seq)"_s.arg(e.name);
    }
    if ((e.scope == Scope::Customer || e.scope == Scope::Opportunity) && e.scopeField != u"id"_s)
        s << u"CREATE INDEX %1_%2 ON %1 (%2)"_s.arg(e.name, e.scopeField);
    if (e.scope == Scope::Rep)
        s << u"CREATE INDEX %1_%2 ON %1 (%2)"_s.arg(e.name, e.scopeField);
    return s;
}

// The entities and fields that a protocol version introduced, as a migration: new tables, and new columns of
// older tables. The first migration creates what protocols 1 and 2 knew; later ones each add theirs, so that a
// store made today walks the same steps as one made before them.
QStringList protocolTables(const ServerDatabase& db, int fromProtocol, int toProtocol) {
    QStringList s;
    for (const EntityDef& e : Schema::entities()) {
        if (e.sinceProtocol > toProtocol)
            continue;
        if (e.sinceProtocol >= fromProtocol) {
            s << entityTable(db, e.forProtocol(toProtocol));
            continue;
        }
        for (const FieldDef& f : e.fields) {
            if (f.sinceProtocol >= fromProtocol && f.sinceProtocol <= toProtocol)
                s << u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(e.name, f.name, columnType(db, f.type));
        }
    }
    return s;
}

QStringList version1(const ServerDatabase& db) {
    const QString serial = db.autoIncrementKey();
    QStringList s{
        u"CREATE TABLE sync_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)"_s,
        u"INSERT INTO sync_counter (id, value) VALUES (1, 0)"_s,
        u"CREATE TABLE accounts (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, team_id TEXT, "
        "rep_id TEXT, salt TEXT NOT NULL, password_hash TEXT NOT NULL, iterations INTEGER NOT NULL, "
        "disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)"_s,
        u"CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)"_s,
        u"CREATE INDEX tokens_account ON tokens (account_id)"_s,
        u"CREATE TABLE devices (device_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, last_mutation_id BIGINT NOT "
        "NULL DEFAULT 0, last_seen BIGINT NOT NULL)"_s,
        u"CREATE TABLE mutation_results (device_id TEXT NOT NULL, mutation_id BIGINT NOT NULL, result TEXT NOT NULL, "
        "PRIMARY KEY (device_id, mutation_id))"_s,
        u"CREATE TABLE conflicts (id %1, entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, "
        "lost_value TEXT, won_value TEXT, device_id TEXT, account_id TEXT, seq BIGINT NOT NULL, created_at BIGINT NOT "
        "NULL)"_s.arg(serial),
        u"CREATE TABLE removals (id %1, seq BIGINT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, rep_id TEXT, "
        "team_id TEXT)"_s.arg(serial),
        u"CREATE INDEX removals_rep ON removals (rep_id, seq)"_s,
        u"CREATE INDEX removals_team ON removals (team_id, seq)"_s,
        u"CREATE INDEX removals_seq ON removals (seq)"_s,
        u"CREATE TABLE webhook_events (id %1, event TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
        "next_attempt_at BIGINT NOT NULL, delivered_at BIGINT, last_error TEXT, created_at BIGINT NOT NULL)"_s.arg(
            serial),
    };
    s << protocolTables(db, 1, 2);
    s << u"CREATE INDEX customers_owner_id ON customers (owner_id)"_s;
    return s;
}

// Who wrote each field last (a row's creator under field '*'), so that the device whose value loses a
// same-field conflict is told at its next pull.
QStringList version2() {
    return {
        u"CREATE TABLE field_writers (entity TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT NULL, device_id "
        "TEXT NOT NULL, PRIMARY KEY (entity, row_id, field))"_s,
        u"ALTER TABLE conflicts ADD COLUMN loser_device TEXT"_s,
        u"CREATE INDEX conflicts_loser ON conflicts (loser_device, seq)"_s,
    };
}

// A random id made once per store and sent on every answer: a client can tell that the database behind the same
// address was replaced (a new demo organisation, a restore of another office) instead of mixing two of them.
QStringList version3() {
    return {
        u"CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"INSERT INTO server_meta (key, value) VALUES ('instance_id', '%1')"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces)),
    };
}

// The organisation's policy and rules' Chinese names (protocol 3).
QStringList version4(const ServerDatabase& db) {
    return protocolTables(db, 3, 3);
}

// The organisation's aggregates (protocol 4), written only by OrgAggregateService.
QStringList version5(const ServerDatabase& db) {
    QStringList s = protocolTables(db, 4, 4);
    // Coverage's "done by its task" looks tasks up by key (OrgAggregateComputer::coverageBenchmarks).
    s << u"CREATE INDEX tasks_source_key ON tasks (source_key)"_s;
    return s;
}

// customers.tier becomes an admin's or supervisor's pin; before, it held the demo generator's guess (or a value typed
// in as one), never a pin (docs/sales-method.md rule 2). Each live customer with a value gets tier NULL under a change
// number of its own (above every number given so far), so that every replica pulls the clear like any other change and
// pages stay small. Client migration 11 clears the same values locally for replicas that open before they pull.
QStringList version6() {
    const QString base = u"(SELECT value FROM sync_counter WHERE id = 1)"_s;
    return {
        u"UPDATE customers SET tier = NULL, seq = %1 + r.n, version = %1 + r.n FROM (SELECT id AS rid, ROW_NUMBER() "
        "OVER (ORDER BY id) AS n FROM customers WHERE tier IS NOT NULL AND deleted = 0) r WHERE customers.id = r.rid"_s
            .arg(base),
        u"UPDATE sync_counter SET value = (SELECT MAX(seq) FROM customers) WHERE id = 1 AND value < (SELECT "
        "MAX(seq) FROM customers)"_s,
    };
}

// Stage moves made through an older command line left the stay they ended open, and those rows reached the store:
// a deal with several open stage-history stays. Every open stay but one is closed when the deal's next stay began,
// with a new change number each so every replica pulls the fix. The stay kept is the newest (entered_at, then id) in
// the deal's own stage, else the newest: the rule of the clients' migration 12 and `stride-cli check --repair`, so
// their pushes of the same fix carry the same values. Portable SQL (SQLite and PostgreSQL).
QStringList version7() {
    return {
        u"CREATE TABLE stage_repair_tmp AS WITH open_stays AS (SELECT h.id, h.opportunity_id, h.entered_at, "
        "row_number() OVER (PARTITION BY h.opportunity_id ORDER BY CASE WHEN h.stage = o.stage THEN 1 ELSE 0 END "
        "DESC, h.entered_at DESC, h.id DESC) AS n FROM stage_history h JOIN opportunities o ON o.id = "
        "h.opportunity_id WHERE h.deleted = 0 AND h.left_at IS NULL), closing AS (SELECT s.id, s.entered_at, "
        "COALESCE((SELECT l.entered_at FROM stage_history l WHERE l.opportunity_id = s.opportunity_id AND l.deleted = "
        "0 AND (l.entered_at > s.entered_at OR (l.entered_at = s.entered_at AND l.id > s.id)) ORDER BY l.entered_at, "
        "l.id LIMIT 1), s.entered_at) AS next_at FROM open_stays s WHERE s.n > 1) SELECT id, CASE WHEN next_at > "
        "entered_at THEN next_at ELSE entered_at END AS left_at, (SELECT value FROM sync_counter WHERE id = 1) + "
        "row_number() OVER (ORDER BY id) AS new_seq FROM closing"_s,
        u"UPDATE stage_history SET left_at = (SELECT r.left_at FROM stage_repair_tmp r WHERE r.id = "
        "stage_history.id), seq = (SELECT r.new_seq FROM stage_repair_tmp r WHERE r.id = stage_history.id), version = "
        "(SELECT r.new_seq FROM stage_repair_tmp r WHERE r.id = stage_history.id) WHERE id IN (SELECT id FROM "
        "stage_repair_tmp)"_s,
        u"UPDATE sync_counter SET value = value + (SELECT count(*) FROM stage_repair_tmp) WHERE id = 1"_s,
        u"DROP TABLE stage_repair_tmp"_s,
        // Deals the old path reopened keep what losing them set: cleared (closed_at of a closed deal: when it entered
        // its stage), with new change numbers after those above.
        u"CREATE TABLE deal_repair_tmp AS SELECT id, CASE WHEN stage IN ('won', 'lost') THEN COALESCE(closed_at, "
        "stage_entered_at, created_at) END AS new_closed, CASE WHEN stage = 'lost' THEN lost_reason END AS "
        "new_reason, (SELECT value FROM sync_counter WHERE id = 1) + row_number() OVER (ORDER BY id) AS new_seq FROM "
        "opportunities WHERE deleted = 0 AND ((stage IN ('won', 'lost') AND closed_at IS NULL AND "
        "COALESCE(stage_entered_at, created_at) IS NOT NULL) OR (stage NOT IN ('won', 'lost') AND closed_at IS NOT "
        "NULL) OR (stage != 'lost' AND COALESCE(lost_reason, '') != ''))"_s,
        u"UPDATE opportunities SET closed_at = (SELECT r.new_closed FROM deal_repair_tmp r WHERE r.id = "
        "opportunities.id), lost_reason = (SELECT r.new_reason FROM deal_repair_tmp r WHERE r.id = opportunities.id), "
        "seq = (SELECT r.new_seq FROM deal_repair_tmp r WHERE r.id = opportunities.id), version = (SELECT r.new_seq "
        "FROM deal_repair_tmp r WHERE r.id = opportunities.id) WHERE id IN (SELECT id FROM deal_repair_tmp)"_s,
        u"UPDATE sync_counter SET value = value + (SELECT count(*) FROM deal_repair_tmp) WHERE id = 1"_s,
        u"DROP TABLE deal_repair_tmp"_s,
    };
}

// Sessions as families: every token descended from one sign-in shares its family (the login's), so that a refresh
// token presented a second time (stolen, or raced) and a logout end all of them at once. A refresh token is marked
// rotated instead of deleted when it is used, so that its reuse is recognised until it would have expired. Tokens
// issued before have a family of their own.
QStringList version8() {
    return {
        u"ALTER TABLE tokens ADD COLUMN family_id TEXT"_s,
        u"ALTER TABLE tokens ADD COLUMN rotated INTEGER NOT NULL DEFAULT 0"_s,
        u"UPDATE tokens SET family_id = token_hash"_s,
        u"CREATE INDEX tokens_family ON tokens (family_id)"_s,
    };
}

// Each stored push result keeps a digest of its mutation, so that a mutation id at or below a device's last one is
// answered from the store only when it is the same mutation (an honest retry), and refused as a replay otherwise (a
// restored or copied replica). Results stored before have none and are taken as the same.
QStringList version9() {
    return {u"ALTER TABLE mutation_results ADD COLUMN digest TEXT"_s};
}

// Sign-in throttling (SignInThrottle) and the audit trail (AuditLog). The throttle's state lives in the store so
// that every server thread and a restart agree on it.
QStringList version10(const ServerDatabase& db) {
    return {
        u"CREATE TABLE signin_accounts (login TEXT PRIMARY KEY, failures INTEGER NOT NULL DEFAULT 0, "
        "last_failure_at BIGINT NOT NULL DEFAULT 0, locked_at BIGINT)"_s,
        u"CREATE TABLE signin_addresses (address TEXT PRIMARY KEY, failures INTEGER NOT NULL DEFAULT 0, "
        "last_failure_at BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX signin_addresses_last ON signin_addresses (last_failure_at)"_s,
        u"CREATE TABLE signin_trusted (login TEXT NOT NULL, address TEXT NOT NULL, last_success_at BIGINT NOT NULL, "
        "failures INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (login, address))"_s,
        u"CREATE TABLE audit (id %1, at BIGINT NOT NULL, event TEXT NOT NULL, actor TEXT, subject TEXT, address "
        "TEXT, detail TEXT)"_s.arg(db.autoIncrementKey()),
        u"CREATE INDEX audit_at ON audit (at)"_s,
    };
}

} // namespace

std::vector<ServerMigration> ServerSchema::migrations(const ServerDatabase& db) {
    return {{1, "synced entities, accounts, tokens, devices, push results, conflicts, removals", version1(db)},
            {2, "field writers and the losing device of a conflict", version2()},
            {3, "the store's instance id", version3()},
            {4, "the organisation's policy (org_policy) and rules' Chinese names", version4(db)},
            {5, "the organisation's aggregates (org_aggregates)", version5(db)},
            {6, "customers.tier becomes an admin's pin: the old guesses are cleared", version6()},
            {7, "one open stage-history stay per opportunity; reopened deals without closed_at and lost reason",
             version7()},
            {8, "token families and rotated refresh tokens (refresh-token reuse detection)", version8()},
            {9, "a digest of each stored push result's mutation (replays from restored replicas refused)", version9()},
            {10, "sign-in throttling (signin_accounts, signin_addresses, signin_trusted) and the audit trail",
             version10(db)}};
}

QString ServerSchema::quotedColumns(const QStringList& columns) {
    return columns.join(u", "_s);
}

} // namespace Stride::Server
