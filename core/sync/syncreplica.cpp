#include "syncreplica.h"

#include "storage/analyticsrollups.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/replicatriggers.h"
#include "storage/replicauserstore.h"
#include "storage/schema.h"
#include "storage/searchindexbuilder.h"
#include "storage/sqlstatement.h"
#include "storage/walcheckpointer.h"
#include "synclogging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>
#include <map>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Scalars are kept as one-element JSON arrays' contents so that types survive (text "12" vs number 12).
QString scalarToText(const QVariant& v) {
    const QByteArray doc = QJsonDocument(QJsonArray{Protocol::fieldToJson(v)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

QVariant scalarFromText(const QString& text) {
    if (text.isNull())
        return QVariant();
    const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.toUtf8() + text.toUtf8() + "]");
    const QJsonValue v = doc.array().at(0);
    return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
}

QVariantMap typedMap(const EntityDef* def, const QJsonObject& o) {
    QVariantMap out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const FieldDef* f = def ? def->field(it.key()) : nullptr;
        // EntityStore records an empty base value of a numeric field as "": that is NULL, not 0.
        const bool empty = it.value().isNull() || (f && f->type != FieldType::Text && it.value().toString().isEmpty() &&
                                                   it.value().isString());
        const QVariant raw = empty ? QVariant() : it.value().toVariant();
        out.insert(it.key(), f ? f->normalised(raw) : raw);
    }
    return out;
}

enum class ColumnKind { Text, Integer, Real, System, Flag };

ColumnKind columnKind(const EntityDef& def, const QString& column) {
    if (column == u"id"_s)
        return ColumnKind::Text;
    if (column == u"deleted"_s)
        return ColumnKind::Flag;
    if (column == u"version"_s || column == u"updated_at"_s)
        return ColumnKind::System;
    const FieldDef* f = def.field(column);
    if (!f || f->type == FieldType::Text)
        return ColumnKind::Text;
    return f->type == FieldType::Integer ? ColumnKind::Integer : ColumnKind::Real;
}

// A value the protocol decoder has checked against the column's type. Text is bound where it lies in the page (no
// copy): the page outlives every statement of applyPullPage, which clears the bindings before it returns.
void bindPulled(SqlStatement& st, int i, const Protocol::PullResponse& page, const Protocol::PullValue& v,
                ColumnKind kind) {
    using Type = Protocol::PullValue::Type;
    switch (v.type) {
    case Type::Null:
    case Type::Invalid:
        if (kind == ColumnKind::System || kind == ColumnKind::Flag)
            st.bindInteger(i, 0);
        else
            st.bindNull(i);
        return;
    case Type::Text:
        st.bindStaticUtf8(i, page.utf8(v));
        return;
    case Type::Bool:
        st.bindInteger(i, v.boolean ? 1 : 0);
        return;
    case Type::Integer:
        if (kind == ColumnKind::Real)
            st.bindReal(i, double(v.integer));
        else
            st.bindInteger(i, v.integer);
        return;
    case Type::Real:
        st.bindReal(i, v.real);
        return;
    }
}

// Runs a write once; SQLite's result code (SQLITE_DONE when it went through), the statement ready for new binds.
// Every use binds every parameter again: no clearBindings() per row (a multi-row upsert has thousands).
int stepOnce(SqlStatement& st) {
    if (st.exec())
        return SQLITE_DONE;
    const int rc = st.resultCode();
    st.reset();
    return rc;
}

// A row the replica's own rules refuse (a CHECK, NOT NULL or type): skipped, it must not stop every later page.
bool refusedByReplica(int rc) {
    const int code = rc & 0xff;
    return code == SQLITE_CONSTRAINT || code == SQLITE_MISMATCH;
}

// The statements that apply pulled rows, kept for all the pages of a sync: entity + columns (+ rows per
// statement) → upsert; entity → delete.
using StatementCache = std::map<QString, std::unique_ptr<SqlStatement>>;

// Rows per upsert statement of a pulled run (see applyPullPage).
constexpr int kRowsPerStatement = 64;

// KiB of page cache for the initial sync's connection (Database sets 32 MB). The sync writes each page once and
// reads few of them again, so a large cache only fills up, and in a new process every page of cache filled is
// memory touched for the first time: at 32 MB that was ~8,000 page faults, a tenth of the sync's time here.
constexpr int kBulkCacheKiB = 8000;
// WAL pages after which a commit of the initial sync asks its WalCheckpointer for a checkpoint: SQLite's own
// automatic threshold. Checkpointing after every page (measured) or only at 8,000 pages was no faster.
constexpr int kBulkCheckpointFrames = 1000;

// `columns` come from a decoded page: every one is "id", a system column or a registry field of `def`.
QString upsertSql(const EntityDef& def, const QStringList& columns, int rows) {
    QStringList updates;
    for (qsizetype i = 1; i < columns.size(); ++i)
        updates << columns.at(i) + u" = excluded."_s + columns.at(i);
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO %1 (%2) VALUES %3 ON CONFLICT(id) DO %4"_s.arg(
        def.name, columns.join(u", "_s), QStringList(rows, row).join(u", "_s),
        updates.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + updates.join(u", "_s));
}

// Applies one run of a pulled page (one entity, one operation, the same columns) through cached statements.
class PulledRun final {
public:
    PulledRun(sqlite3* handle, StatementCache& statements, const Protocol::PullResponse& page,
              const Protocol::PullRun& run, const EntityDef& def, PullApplied& out)
        : m_handle(handle)
        , m_statements(statements)
        , m_page(page)
        , m_run(run)
        , m_def(def)
        , m_out(out)
        , m_touched(out.touched[run.entity])
        , m_key(run.entity + QChar(0x1f) + (run.removal ? u"-"_s : run.columns.join(u','))) {
        for (const QString& c : run.columns)
            m_kinds.push_back(columnKind(def, c)); // a removal's one column is "id"
        m_width = int(m_kinds.size());
    }

    // `pending`: entity + id of rows with local edits not yet acknowledged; those applied go to `reapply`.
    Status apply(const QSet<QString>& pending, QList<QPair<QString, QString>>& reapply);

private:
    Result<SqlStatement*> statement(const QString& key, const std::function<QString()>& sql);
    // Binds row `r` from parameter `first` on; returns its id.
    QString bindRow(SqlStatement& st, qsizetype r, int first);
    void applied(const QString& id);
    // One row through the one-row statement; a row the replica's own rules refuse is skipped.
    Status applySingle(SqlStatement& single, qsizetype r);
    // Rows [r, r + batch) through the multi-row statement, or row by row when a constraint refuses the batch.
    Status applyBatch(SqlStatement& multi, SqlStatement& single, qsizetype r, int batch);
    QString sqliteError() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

    sqlite3* m_handle;
    StatementCache& m_statements;
    const Protocol::PullResponse& m_page;
    const Protocol::PullRun& m_run;
    const EntityDef& m_def;
    PullApplied& m_out;
    QStringList& m_touched;
    const QString m_key;
    std::vector<ColumnKind> m_kinds;
    int m_width = 0;
    const QSet<QString>* m_pending = nullptr;
    QList<QPair<QString, QString>>* m_reapply = nullptr;
};

Status PulledRun::apply(const QSet<QString>& pending, QList<QPair<QString, QString>>& reapply) {
    m_pending = &pending;
    m_reapply = &reapply;
    Result<SqlStatement*> single = statement(m_key, [&] {
        return m_run.removal ? u"DELETE FROM %1 WHERE id = ?"_s.arg(m_def.name) : upsertSql(m_def, m_run.columns, 1);
    });
    if (!single)
        return fail(single.error());
    const qsizetype rows = m_run.rowCount();
    if (m_run.removal)
        m_out.removals += int(rows);
    else
        m_out.upserts += int(rows);
    // Upserts go several rows per statement: a table's CHECK (x IN (…)) builds a lookup table once per
    // execution of a statement, which on a one-row statement is once per row (most of a row's cost).
    // A batch a constraint refuses is rolled back by SQLite and applied again row by row.
    const int batch = m_run.removal ? 1
                                    : std::min(kRowsPerStatement,
                                               sqlite3_limit(m_handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1) / m_width);
    qsizetype r = 0;
    if (batch > 1 && rows >= batch) {
        Result<SqlStatement*> multi = statement(m_key + QChar(0x1f) + QString::number(batch),
                                                [&] { return upsertSql(m_def, m_run.columns, batch); });
        if (!multi)
            return fail(multi.error());
        for (; r + batch <= rows; r += batch) {
            if (Status s = applyBatch(**multi, **single, r, batch); !s)
                return s;
        }
    }
    for (; r < rows; ++r) {
        if (Status s = applySingle(**single, r); !s)
            return s;
    }
    return {};
}

Result<SqlStatement*> PulledRun::statement(const QString& key, const std::function<QString()>& sql) {
    std::unique_ptr<SqlStatement>& st = m_statements[key];
    if (!st) {
        auto made = std::make_unique<SqlStatement>(m_handle, sql());
        if (!made->status())
            return fail(u"cannot prepare the statements for %1: %2"_s.arg(m_run.entity, made->sqliteError()));
        st = std::move(made);
    }
    return st.get();
}

QString PulledRun::bindRow(SqlStatement& st, qsizetype r, int first) {
    for (int i = 0; i < m_width; ++i)
        bindPulled(st, first + i, m_page, m_run.value(r, i), m_kinds[size_t(i)]);
    return m_page.text(m_run.value(r, 0));
}

void PulledRun::applied(const QString& id) {
    m_touched << id;
    if (!m_run.removal && !m_pending->isEmpty() && m_pending->contains(m_run.entity + QChar(0x1f) + id))
        *m_reapply << qMakePair(m_run.entity, id);
}

Status PulledRun::applySingle(SqlStatement& single, qsizetype r) {
    const QString id = bindRow(single, r, 1);
    const int rc = stepOnce(single);
    if (rc == SQLITE_DONE) {
        applied(id);
        return {};
    }
    if (refusedByReplica(rc)) {
        qCWarning(lcSyncReplica) << "skipped pulled" << m_run.entity << id << ":" << sqliteError();
        ++m_out.skipped;
        return {};
    }
    return fail(u"cannot apply %1 %2: %3"_s.arg(m_run.entity, id, sqliteError()));
}

Status PulledRun::applyBatch(SqlStatement& multi, SqlStatement& single, qsizetype r, int batch) {
    QStringList ids;
    for (int j = 0; j < batch; ++j)
        ids << bindRow(multi, r + j, 1 + j * m_width);
    const int rc = stepOnce(multi);
    if (rc == SQLITE_DONE) {
        for (const QString& id : std::as_const(ids))
            applied(id);
        return {};
    }
    if (!refusedByReplica(rc))
        return fail(u"cannot apply %1 rows: %2"_s.arg(m_run.entity, sqliteError()));
    for (int j = 0; j < batch; ++j) {
        if (Status s = applySingle(single, r + j); !s)
            return s;
    }
    return {};
}

} // namespace

struct SyncReplica::PageStatements {
    StatementCache byKey;
};

SyncReplica::SyncReplica(Database& db)
    : m_db(db)
    , m_statements(std::make_unique<PageStatements>()) {}

SyncReplica::~SyncReplica() {
    if (m_triggersOff) {
        if (Status s = ReplicaTriggers::install(m_db); !s)
            qCWarning(lcSyncReplica) << s.error();
    }
    endBulk();
}

void SyncReplica::endSync() {
    m_statements->byKey.clear();
    endBulk();
}

void SyncReplica::beginBulk() {
    if (m_bulk)
        return;
    m_bulk = true;
    if (Result<QSqlQuery> q = m_db.exec(u"PRAGMA cache_size"_s); q && q->next())
        m_cacheBefore = q->value(0).toInt();
    if (Status s = m_db.execute(u"PRAGMA cache_size = %1"_s.arg(-kBulkCacheKiB)); !s)
        qCInfo(lcSyncReplica) << s.error();
    if (m_db.path().isEmpty() || m_db.path() == u":memory:"_s)
        return;
    if (!m_checkpoints) {
        auto checkpoints = std::make_unique<WalCheckpointer>();
        if (Status s = checkpoints->start(m_db.path()); !s) {
            qCInfo(lcSyncReplica) << "checkpoints stay with the commits:" << s.error();
            return;
        }
        m_checkpoints = std::move(checkpoints);
    }
    if (Status s = m_checkpoints->watch(m_db.handle(), kBulkCheckpointFrames); !s)
        qCInfo(lcSyncReplica) << "checkpoints stay with the commits:" << s.error();
    else
        m_checkpointsOff = true;
}

void SyncReplica::endBulk() {
    if (!m_bulk)
        return;
    m_bulk = false;
    if (m_cacheBefore != 0)
        (void)m_db.execute(u"PRAGMA cache_size = %1"_s.arg(m_cacheBefore));
    if (m_checkpointsOff) {
        m_checkpointsOff = false;
        if (Status s = m_checkpoints->unwatch(m_db.handle()); !s)
            qCWarning(lcSyncReplica) << s.error();
    }
}

Result<QString> SyncReplica::state(const QString& key) {
    Result<QSqlQuery> q = m_db.exec(u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Status SyncReplica::setState(const QString& key, const QString& value) {
    return m_db.execute(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                        "excluded.value"_s,
                        {key, value});
}

Status SyncReplica::recordUser(const Protocol::UserProfile& user) {
    return ReplicaUserStore::save(m_db, {user.name, user.role, user.repId, user.teamId});
}

Result<QString> SyncReplica::deviceId() {
    Result<QString> id = state(u"device_id"_s);
    if (!id)
        return id;
    if (!id->isEmpty())
        return id;
    const QString made = EntityStore::newId();
    if (Status s = m_db.execute(u"INSERT OR IGNORE INTO sync_state (key, value) VALUES ('device_id', ?)"_s, {made}); !s)
        return fail(s.error());
    return state(u"device_id"_s);
}

Result<QString> SyncReplica::renewDeviceId() {
    const QString made = EntityStore::newId();
    if (Status s = setState(u"device_id"_s, made); !s)
        return fail(s.error());
    return made;
}

Result<int> SyncReplica::adoptRestoredServer(const QString& instanceId, qint64 sharedCursor, qint64 now) {
    Transaction tx(m_db);
    if (!tx.started())
        return fail(tx.started().error());
    const QString device = EntityStore::newId();
    for (const auto& [key, value] : {std::pair{u"device_id"_s, device}, std::pair{u"server_instance"_s, instanceId},
                                     std::pair{u"cursor"_s, u"0"_s}}) {
        if (Status s = setState(key, value); !s)
            return fail(s.error());
    }
    Result<ReplicaUser> user = ReplicaUserStore::load(m_db);
    if (!user)
        return fail(user.error());
    const bool admin = user->isAdmin();
    // The edits still waiting go after the rows queued below: those put the server back where the replica's base
    // values come from, so that the edits merge as they would have before the restore.
    struct Waiting {
        QVariantList values;
    };
    QList<Waiting> waiting;
    {
        Result<QSqlQuery> q = m_db.exec(u"SELECT entity, row_id, op, fields, base, base_version, created_at FROM "
                                        "outbox ORDER BY mutation_id"_s);
        if (!q)
            return fail(q.error());
        while (q->next()) {
            QVariantList v;
            for (int i = 0; i < 7; ++i)
                v << q->value(i);
            // Its base version came from the store before the restore: the numbers above the shared point name
            // other changes on the restored one.
            v[5] = std::min(v.at(5).toLongLong(), sharedCursor);
            waiting << Waiting{v};
        }
    }
    if (Status s = m_db.execute(u"DELETE FROM outbox"_s); !s)
        return fail(s.error());
    const QString insert = u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?)"_s;
    const auto json = [](const QVariantMap& m) {
        return QString::fromUtf8(QJsonDocument(Protocol::fieldsToJson(m)).toJson(QJsonDocument::Compact));
    };
    int queued = 0;
    for (const EntityDef& def : Schema::entities()) {
        if (def.scope == Scope::Aggregate || (def.scope == Scope::Org && !admin))
            continue;
        Result<QSqlQuery> q = m_db.exec(u"SELECT id, deleted, %1 FROM %2 WHERE version > ? ORDER BY version, id"_s.arg(
                                            def.fieldNames().join(u", "_s), def.name),
                                        {sharedCursor});
        if (!q)
            return fail(q.error());
        QList<QVariantList> entries;
        while (q->next()) {
            const bool deleted = q->value(1).toLongLong() != 0;
            QVariantMap fields;
            if (!deleted) {
                for (int i = 0; i < def.fields.size(); ++i)
                    fields.insert(def.fields.at(i).name, def.fields.at(i).normalised(q->value(2 + i)));
            }
            // Its values as their own base, seen at the shared point: a row the restored server has not changed
            // since takes them without a conflict; a field changed there since (and differing) is merged and
            // logged as a conflict like any concurrent edit.
            entries << QVariantList{def.name,     q->value(0),  deleted ? u"delete"_s : u"upsert"_s,
                                    json(fields), json(fields), sharedCursor,
                                    now};
        }
        q->finish();
        for (const QVariantList& e : std::as_const(entries)) {
            if (Status s = m_db.execute(insert, e); !s)
                return fail(s.error());
            ++queued;
        }
    }
    for (const Waiting& w : std::as_const(waiting)) {
        if (Status s = m_db.execute(insert, w.values); !s)
            return fail(s.error());
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return queued;
}

Result<QVariantMap> SyncReplica::rowValues(const EntityDef& def, const QString& id) {
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT version, %1 FROM %2 WHERE id = ?"_s.arg(def.fieldNames().join(u", "_s), def.name), {id});
    if (!q)
        return fail(q.error());
    QVariantMap row;
    if (!q->next())
        return row;
    row.insert(u"version"_s, q->value(0));
    for (int i = 0; i < def.fields.size(); ++i)
        row.insert(def.fields.at(i).name, q->value(1 + i));
    q->finish();
    return row;
}

Result<qint64> SyncReplica::cursor(const QString& server) {
    Result<QString> known = state(u"cursor_server"_s);
    if (!known)
        return fail(known.error());
    if (*known != server)
        return qint64(0);
    Result<QString> c = state(u"cursor"_s);
    if (!c)
        return fail(c.error());
    return c->toLongLong();
}

Result<QString> SyncReplica::serverInstance() {
    return state(u"server_instance"_s);
}

Status SyncReplica::setServerInstance(const QString& instanceId) {
    return setState(u"server_instance"_s, instanceId);
}

Result<int> SyncReplica::pendingCount() {
    Result<QSqlQuery> q = m_db.exec(u"SELECT count(*) FROM outbox"_s);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<Protocol::PushEntry>> SyncReplica::pendingBatch(int maxEntries, qint64 maxBytes) {
    Result<QSqlQuery> q = m_db.exec(u"SELECT mutation_id, entity, row_id, op, fields, base, base_version FROM outbox "
                                    "ORDER BY mutation_id LIMIT ?"_s,
                                    {maxEntries});
    if (!q)
        return fail(q.error());
    QList<Protocol::PushEntry> out;
    QSet<QString> seen;
    qint64 bytes = 0;
    while (q->next()) {
        Protocol::PushEntry e;
        e.mutationId = q->value(0).toLongLong();
        e.entity = q->value(1).toString();
        e.id = q->value(2).toString();
        e.remove = q->value(3).toString() == u"delete"_s;
        const EntityDef* def = Schema::entity(e.entity);
        const QByteArray fields = q->value(4).toString().toUtf8();
        const QByteArray base = q->value(5).toString().toUtf8();
        e.fields = typedMap(def, QJsonDocument::fromJson(fields).object());
        e.base = typedMap(def, QJsonDocument::fromJson(base).object());
        e.baseVersion = q->value(6).toLongLong();
        if (def && !e.remove && e.baseVersion == 0 && !seen.contains(e.entity + QChar(0x1f) + e.id)) {
            // The row's creation: send every column, so that the server holds the defaults the local schema
            // filled in (active = 1, amount = 0 …) and every other replica gets the same row.
            Result<QVariantMap> row = rowValues(*def, e.id);
            if (!row)
                return fail(row.error());
            if (row->value(u"version"_s).toLongLong() == 0) {
                // Every column goes into the entry once, when it is first sent, and stays there (nulls too): a
                // retry must send the same mutation (the server tells a retry from a replay by its digest), even
                // when the row was edited again in between.
                bool added = false;
                for (const FieldDef& f : def->fields) {
                    if (!e.fields.contains(f.name)) {
                        e.fields.insert(f.name, f.normalised(row->value(f.name)));
                        added = true;
                    }
                }
                if (added) {
                    const QString json = QString::fromUtf8(
                        QJsonDocument(Protocol::fieldsToJson(e.fields)).toJson(QJsonDocument::Compact));
                    if (Status s =
                            m_db.execute(u"UPDATE outbox SET fields = ? WHERE mutation_id = ?"_s, {json, e.mutationId});
                        !s)
                        return fail(s.error());
                }
                // Sent: the columns with a value, and those the creation named (its base lists them).
                for (auto it = e.fields.begin(); it != e.fields.end();) {
                    if (it.value().isNull() && !e.base.contains(it.key()))
                        it = e.fields.erase(it);
                    else
                        ++it;
                }
            }
        }
        seen.insert(e.entity + QChar(0x1f) + e.id);
        bytes += fields.size() + base.size() + 120;
        if (!out.isEmpty() && bytes > maxBytes)
            break;
        out << e;
    }
    return out;
}

Result<PushApplied> SyncReplica::applyPushResults(const Protocol::PushRequest& sent,
                                                  const Protocol::PushResponse& response, qint64 now) {
    QHash<qint64, const Protocol::PushEntry*> byId;
    for (const Protocol::PushEntry& e : sent.entries)
        byId.insert(e.mutationId, &e);
    PushApplied out;
    Transaction tx(m_db);
    if (!tx.started())
        return fail(tx.started().error());
    for (const Protocol::PushResult& r : response.results) {
        const Protocol::PushEntry* e = byId.value(r.mutationId);
        if (!e)
            continue;
        if (Status s = m_db.execute(u"DELETE FROM outbox WHERE mutation_id = ?"_s, {r.mutationId}); !s)
            return fail(s.error());
        if (r.status == Protocol::EntryStatus::Rejected) {
            ++out.rejected;
            const QString fields =
                QString::fromUtf8(QJsonDocument(Protocol::fieldsToJson(e->fields)).toJson(QJsonDocument::Compact));
            if (Status s =
                    m_db.execute(u"INSERT OR REPLACE INTO rejected (mutation_id, entity, row_id, fields, reason, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                 {r.mutationId, e->entity, e->id, fields, r.reason, now});
                !s)
                return fail(s.error());
            continue;
        }
        ++out.applied;
        if (r.version > 0) {
            if (Status s = m_db.execute(u"UPDATE %1 SET version = ? WHERE id = ? AND version < ?"_s.arg(e->entity),
                                        {r.version, e->id, r.version});
                !s)
                return fail(s.error());
        }
        for (const Protocol::FieldConflict& c : r.conflicts) {
            ++out.conflicts;
            if (Status s =
                    m_db.execute(u"INSERT INTO conflicts (entity, row_id, field, local_value, server_value, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                 {e->entity, e->id, c.field, scalarToText(c.lostValue), scalarToText(c.wonValue), now});
                !s)
                return fail(s.error());
        }
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return out;
}

Result<bool> SyncReplica::snapshotInProgress() {
    for (const QString& key : {u"search_stale"_s, u"summaries_stale"_s}) {
        Result<QString> v = state(key);
        if (!v)
            return fail(v.error());
        if (!v->isEmpty())
            return true;
    }
    return false;
}

Status SyncReplica::dropDerivedTriggers() {
    for (ReplicaTriggers::Group group : {ReplicaTriggers::Group::Search, ReplicaTriggers::Group::Summaries}) {
        if (Status s = ReplicaTriggers::drop(m_db, group); !s)
            return fail(u"cannot hold off the search and summary triggers for the initial sync: %1"_s.arg(s.error()));
    }
    return {};
}

Status SyncReplica::finishSnapshot() {
    Result<QString> search = state(u"search_stale"_s);
    if (!search)
        return fail(search.error());
    Result<QString> summaries = state(u"summaries_stale"_s);
    if (!summaries)
        return fail(summaries.error());
    if (search->isEmpty() && summaries->isEmpty()) {
        if (m_triggersOff) {
            if (Status s = ReplicaTriggers::install(m_db); !s)
                return s;
            m_triggersOff = false;
        }
        return {};
    }
    // The search index is built on a helper thread from the rows the pages committed, while this connection
    // rebuilds the summaries. Without a helper (no scratch file, an in-memory replica) it is rebuilt here.
    SearchIndexBuilder builder;
    bool helper = false;
    if (!search->isEmpty()) {
        if (Status s = builder.start(m_db); !s)
            qCInfo(lcSyncReplica) << "search index rebuilt on the sync's connection:" << s.error();
        else
            helper = true;
    }
    // The rebuilds, the held-off triggers and the flags commit together: a crash before the commit rebuilds
    // again next time.
    {
        Transaction tx(m_db);
        if (!tx.started())
            return fail(tx.started().error());
        if (Status s = ReplicaTriggers::install(m_db); !s)
            return s;
        QElapsedTimer timer;
        timer.start();
        if (!search->isEmpty() && !helper) {
            if (Status s = m_db.rebuildSearchIndex(); !s)
                return fail(u"cannot rebuild the search index after the initial sync: %1"_s.arg(s.error()));
            qCDebug(lcSyncReplica) << "search index rebuilt in" << timer.restart() << "ms";
        }
        if (!summaries->isEmpty()) {
            if (Status s = AnalyticsRollups::rebuild(m_db); !s)
                return fail(u"cannot rebuild the analytics summaries after the initial sync: %1"_s.arg(s.error()));
            qCDebug(lcSyncReplica) << "analytics summaries rebuilt in" << timer.restart() << "ms";
        }
        if (Status st =
                m_db.execute(helper ? u"DELETE FROM sync_state WHERE key = 'summaries_stale'"_s
                                    : u"DELETE FROM sync_state WHERE key IN ('search_stale', 'summaries_stale')"_s);
            !st)
            return fail(st.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        m_triggersOff = false;
        qCDebug(lcSyncReplica) << "snapshot committed in" << timer.restart() << "ms";
    }
    if (!helper)
        return {};
    // The index copied in by the helper's connection, then the flag cleared by this one: a crash in between
    // builds it once more next time.
    QElapsedTimer timer;
    timer.start();
    Status copied = builder.copyInto();
    if (!copied) {
        qCInfo(lcSyncReplica) << "search index rebuilt on the sync's connection:" << copied.error();
        Transaction tx(m_db);
        if (!tx.started())
            return fail(tx.started().error());
        if (Status s = m_db.rebuildSearchIndex(); !s)
            return fail(u"cannot rebuild the search index after the initial sync: %1"_s.arg(s.error()));
        if (Status st = m_db.execute(u"DELETE FROM sync_state WHERE key = 'search_stale'"_s); !st)
            return fail(st.error());
        return tx.commit();
    }
    if (Status st = m_db.execute(u"DELETE FROM sync_state WHERE key = 'search_stale'"_s); !st)
        return fail(st.error());
    qCDebug(lcSyncReplica) << "search index waited for and copied in" << timer.elapsed() << "ms";
    return {};
}

Result<PullApplied> SyncReplica::applyPullPage(const QString& server, const Protocol::PullResponse& page, bool bulk,
                                               qint64 now) {
    PullApplied out;
    // A partial replica cannot satisfy every reference (a supervisor's task may name another team's customer):
    // the server is the referee of integrity here, so foreign keys are off while a page is applied.
    if (Status s = m_db.execute(u"PRAGMA foreign_keys = OFF"_s); !s)
        return fail(s.error());
    struct RestoreKeys {
        Database& db;
        ~RestoreKeys() { (void)db.execute(u"PRAGMA foreign_keys = ON"_s); }
    } restore{m_db};

    Transaction tx(m_db);
    if (!tx.started())
        return fail(tx.started().error());
    if (bulk) {
        if (Status s = beginBulkPage(); !s)
            return fail(s.error());
    }
    Result<QSet<QString>> pending = pendingRows();
    if (!pending)
        return fail(pending.error());
    QList<QPair<QString, QString>> reapply;
    if (Status s = applyRuns(page, *pending, out, reapply); !s)
        return fail(s.error());
    if (Status s = reapplyLocalEdits(reapply); !s)
        return fail(s.error());
    if (Status s = recordConflictNotices(page.conflicts, now, out); !s)
        return fail(s.error());
    if (Status s = setState(u"cursor_server"_s, server); !s)
        return fail(s.error());
    if (Status s = setState(u"cursor"_s, QString::number(page.reset ? 0 : page.cursor)); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    if (bulk)
        m_triggersOff = true;
    return out;
}

Status SyncReplica::beginBulkPage() {
    // The initial sync's bulk path: every full-text trigger fires a statement savepoint and a one-row FTS5
    // segment per row (~90 µs each, see DemoBulkLoad), and the analytics summary triggers re-aggregate per row.
    // They are TEMP triggers (ReplicaTriggers), so dropping them changes nothing in the file: they stay off on
    // this connection from the first bulk page until finishSnapshot() rebuilds the index and the summaries and
    // installs them again. The flags committed with each page make that rebuild happen also after a crash and a
    // resumed sync; a page that rolls back puts the triggers back by itself, and the next page drops them again.
    // (Indexing each page's new rows in its own transaction instead was measured: the rows are the same, the
    // work is ~5 % more, FTS5 merges as it goes, and on two cores the client is the bottleneck while pages
    // arrive, so nothing is gained by moving the work there.)
    beginBulk();
    if (Status s = dropDerivedTriggers(); !s)
        return s;
    if (Status s = setState(u"search_stale"_s, u"1"_s); !s)
        return s;
    return setState(u"summaries_stale"_s, u"1"_s);
}

Result<QSet<QString>> SyncReplica::pendingRows() {
    Result<QSqlQuery> q = m_db.exec(u"SELECT DISTINCT entity, row_id FROM outbox"_s);
    if (!q)
        return fail(q.error());
    QSet<QString> pending;
    while (q->next())
        pending.insert(q->value(0).toString() + QChar(0x1f) + q->value(1).toString());
    return pending;
}

Status SyncReplica::applyRuns(const Protocol::PullResponse& page, const QSet<QString>& pending, PullApplied& out,
                              QList<QPair<QString, QString>>& reapply) {
    // Text is bound where it lies in this page: no statement keeps a pointer into it once it is applied.
    const auto clearBindings = qScopeGuard([this] {
        for (const auto& [key, st] : m_statements->byKey) {
            if (st)
                st->clearBindings();
        }
    });
    for (const Protocol::PullRun& run : page.runs) {
        const EntityDef* def = Schema::entity(run.entity);
        if (!def)
            return fail(u"unknown entity '%1' in a pulled page"_s.arg(run.entity));
        PulledRun applier(m_db.handle(), m_statements->byKey, page, run, *def, out);
        if (Status s = applier.apply(pending, reapply); !s)
            return s;
    }
    return {};
}

Status SyncReplica::reapplyLocalEdits(const QList<QPair<QString, QString>>& reapply) {
    // Local edits not yet acknowledged stay on top of what the server sent.
    for (const auto& [entity, id] : reapply) {
        Result<QSqlQuery> q = m_db.exec(
            u"SELECT op, fields FROM outbox WHERE entity = ? AND row_id = ? ORDER BY mutation_id"_s, {entity, id});
        if (!q)
            return fail(q.error());
        QVariantMap fields;
        bool deleted = false;
        while (q->next()) {
            if (q->value(0).toString() == u"delete"_s)
                deleted = true;
            const QVariantMap f =
                typedMap(Schema::entity(entity), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
            for (auto it = f.cbegin(); it != f.cend(); ++it)
                fields.insert(it.key(), it.value());
        }
        q->finish();
        QStringList sets;
        QVariantList values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            sets << it.key() + u" = ?"_s;
            values << it.value();
        }
        if (deleted)
            sets << u"deleted = 1"_s;
        if (sets.isEmpty())
            continue;
        values << id;
        if (Status s = m_db.execute(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(entity, sets.join(u", "_s)), values); !s)
            return s;
    }
    return {};
}

Status SyncReplica::recordConflictNotices(const QList<Protocol::ConflictNotice>& notices, qint64 now,
                                          PullApplied& out) {
    // This device's values that lost a same-field conflict on the server: into its conflict list, restorable.
    for (const Protocol::ConflictNotice& c : notices) {
        if (Status s =
                m_db.execute(u"INSERT INTO conflicts (entity, row_id, field, local_value, server_value, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                             {c.entity, c.id, c.field, scalarToText(c.lostValue), scalarToText(c.wonValue), now});
            !s)
            return s;
        ++out.conflicts;
    }
    return {};
}

Result<QList<ConflictRecord>> SyncReplica::conflicts(bool includeResolved) {
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT id, entity, row_id, field, local_value, server_value, created_at FROM "
                  "conflicts %1 ORDER BY id"_s.arg(includeResolved ? QString() : u"WHERE resolved_at IS NULL"_s));
    if (!q)
        return fail(q.error());
    QList<ConflictRecord> out;
    while (q->next())
        out << ConflictRecord{q->value(0).toLongLong(),
                              q->value(1).toString(),
                              q->value(2).toString(),
                              q->value(3).toString(),
                              scalarFromText(q->value(4).toString()),
                              scalarFromText(q->value(5).toString()),
                              q->value(6).toLongLong()};
    return out;
}

Result<ConflictRecord> SyncReplica::conflict(qint64 id) {
    Result<QList<ConflictRecord>> all = conflicts(true);
    if (!all)
        return fail(all.error());
    for (const ConflictRecord& c : std::as_const(*all)) {
        if (c.id == id)
            return c;
    }
    return fail(u"no conflict %1"_s.arg(id));
}

Status SyncReplica::markResolved(qint64 conflictId, qint64 now) {
    return m_db.execute(u"UPDATE conflicts SET resolved_at = ? WHERE id = ?"_s, {now, conflictId});
}

Status SyncReplica::dismissRejected(qint64 mutationId, qint64 now) {
    Result<QSqlQuery> q = m_db.exec(
        u"UPDATE rejected SET dismissed_at = ? WHERE mutation_id = ? AND dismissed_at IS NULL"_s, {now, mutationId});
    if (!q)
        return fail(q.error());
    if (q->numRowsAffected() != 1)
        return fail(u"rejected entry %1 is not open (unknown or already dismissed)"_s.arg(mutationId));
    return {};
}

Result<QList<RejectedRecord>> SyncReplica::rejected(bool includeDismissed) {
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT mutation_id, entity, row_id, fields, reason, created_at FROM rejected %1 "
                  "ORDER BY mutation_id"_s.arg(includeDismissed ? QString() : u"WHERE dismissed_at IS NULL"_s));
    if (!q)
        return fail(q.error());
    QList<RejectedRecord> out;
    while (q->next())
        out << RejectedRecord{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(),   q->value(4).toString(), q->value(5).toLongLong()};
    return out;
}

Result<int> SyncReplica::attentionCount() {
    Result<QSqlQuery> q = m_db.exec(u"SELECT (SELECT count(*) FROM conflicts WHERE resolved_at IS NULL) + (SELECT "
                                    "count(*) FROM rejected WHERE dismissed_at IS NULL)"_s);
    if (!q)
        return fail(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace Stride
