#include "entitystore.h"

#include "database.h"
#include "logging.h"
#include "outboxjson.h"
#include "replicatriggers.h"
#include "schema.h"
#include "textsearch.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlRecord>
#include <QUuid>

#include <cmath>
#include <deque>
#include <optional>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride {

// The prepared statements of one apply(), by their text, on the connection's own SQLite handle: a batch of many
// rows (an import) prepares each shape of statement once instead of once a row, and binds values without
// QSqlQuery's bookkeeping (which grows with the number of values: see insertLater()).
class EntityStore::Statements final {
public:
    explicit Statements(const Database& db)
        : m_db(db) {}
    ~Statements() {
        for (sqlite3_stmt* st : std::as_const(m_statements))
            sqlite3_finalize(st);
    }
    Statements(const Statements&) = delete;
    Statements& operator=(const Statements&) = delete;

    // Runs a statement; with `row`, reads the first row's columns into it (false: there was none).
    Result<bool> run(const QString& sql, const QVariantList& values, QVariantList* row = nullptr) {
        Result<sqlite3_stmt*> st = statement(sql);
        if (!st)
            return fail(st.error());
        for (int i = 0; i < values.size(); ++i)
            bind(*st, i + 1, values.at(i));
        return step(*st, sql, row);
    }
    Status execute(const QString& sql, const QVariantList& values) {
        Result<bool> r = run(sql, values);
        if (!r)
            return fail(r.error());
        return {};
    }

    // The columns an entity's rows are read with, and the statement that reads one: built once a batch.
    const QStringList& columns(const EntityDef& def) {
        auto it = m_columns.find(def.name);
        if (it == m_columns.end())
            it = m_columns.insert(def.name, Schema::systemColumns() + def.fieldNames());
        return *it;
    }
    // Reads the row `id` of an entity (selectSql) into `row`; false when there is none. Its statement is found by
    // the entity's name rather than by the statement's text: this runs once for every write.
    Result<bool> select(const EntityDef& def, const QString& id, QVariantList* row) {
        sqlite3_stmt*& st = m_selectStatements[def.name];
        if (!st) {
            Result<sqlite3_stmt*> prepared = statement(selectSql(def));
            if (!prepared)
                return fail(prepared.error());
            st = *prepared;
        }
        bind(st, 1, id);
        return step(st, selectSql(def), row);
    }
    const QString& selectSql(const EntityDef& def) {
        auto it = m_selects.find(def.name);
        if (it == m_selects.end())
            it = m_selects.insert(def.name,
                                  u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns(def).join(u", "_s), def.name));
        return *it;
    }

    // In a bulk apply, new rows are not inserted one statement a row (each execution opens a cursor on every index
    // of the table) but kept and inserted kRowsPerInsert at a time by one multi-row INSERT; the columns of a
    // table are always the same (absent values NULL: the synced tables have no defaults but the system columns').
    // Foreign keys are deferred to the commit, so the order across tables does not matter; within a table, and so
    // in the outbox, the order is kept.
    Status insertLater(const QString& verb, const QString& table, const QStringList& columns, QVariantList values,
                       const QString& id = {}) {
        Pending& p = m_pending[table];
        p.verb = verb;
        p.columns = columns;
        p.rows << std::move(values);
        if (!id.isEmpty())
            p.ids.insert(id);
        return p.rows.size() >= kRowsPerInsert ? flush(table) : Status();
    }
    // A row still waiting to be inserted: it must be written before anything reads or changes it.
    bool isPending(const QString& table, const QString& id) const {
        const auto it = m_pending.constFind(table);
        return it != m_pending.cend() && it->ids.contains(id);
    }
    Status flushAll() {
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (Status s = flush(it.key()); !s)
                return s;
        }
        return {};
    }

    // In a bulk apply: the rows written, for indexing them at the end (EntityStore::endBulk).
    bool bulk = false;

private:
    static constexpr qsizetype kRowsPerInsert = 100;
    struct Pending {
        QString verb; // "INSERT INTO", "INSERT OR IGNORE INTO"
        QStringList columns;
        QList<QVariantList> rows;
        QSet<QString> ids;
        QString sql; // the INSERT of sqlRows rows
        qsizetype sqlRows = 0;
    };

    Status flush(const QString& table) {
        Pending& p = m_pending[table];
        if (p.rows.isEmpty())
            return {};
        // The statement of a full batch is built once (the last, shorter one of a table once more).
        if (p.sqlRows != p.rows.size()) {
            const QString tuple = u"("_s + QStringList(p.columns.size(), u"?"_s).join(u", "_s) + u")"_s;
            p.sql = u"%1 %2 (%3) VALUES "_s.arg(p.verb, table, p.columns.join(u", "_s)) +
                    QStringList(p.rows.size(), tuple).join(u", "_s);
            p.sqlRows = p.rows.size();
        }
        Result<sqlite3_stmt*> st = statement(p.sql);
        if (!st)
            return fail(st.error());
        int index = 0;
        for (const QVariantList& row : std::as_const(p.rows)) {
            for (const QVariant& value : row)
                bind(*st, ++index, value);
        }
        Result<bool> done = step(*st, p.sql, nullptr);
        p.rows.clear();
        p.ids.clear();
        if (!done)
            return fail(done.error());
        return {};
    }

    // Steps a bound statement once; with `row`, reads the first row's columns into it (false: there was none).
    Result<bool> step(sqlite3_stmt* st, const QString& sql, QVariantList* row) {
        const int rc = sqlite3_step(st);
        const bool found = rc == SQLITE_ROW;
        if (found && row) {
            row->clear();
            for (int i = 0, n = sqlite3_column_count(st); i < n; ++i)
                *row << column(st, i);
        }
        const bool ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
        const QString error = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db.handle()));
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        m_texts.clear(); // the bound texts are no longer needed once the statement is reset
        if (!ok)
            return fail(u"%1: %2 (in: %3)"_s.arg(m_db.path(), error, sql.left(120)));
        return found;
    }

    Result<sqlite3_stmt*> statement(const QString& sql) {
        if (sqlite3_stmt* st = m_statements.value(sql))
            return st;
        sqlite3_stmt* st = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db.handle(), text.constData(), int(text.size()), &st, nullptr) != SQLITE_OK)
            return fail(
                u"%1: %2 (in: %3)"_s.arg(m_db.path(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())), sql.left(120)));
        m_statements.insert(sql, st);
        return st;
    }
    // Text is bound as UTF-8 (the replica's encoding, so SQLite neither copies nor converts it), kept in m_texts
    // (or in the bound QVariant itself) until the statement is reset.
    void bind(sqlite3_stmt* st, int index, const QVariant& v) {
        if (v.isNull() || !v.isValid()) {
            sqlite3_bind_null(st, index);
            return;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(st, index, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            sqlite3_bind_double(st, index, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            // Only the outbox's JSON comes as bytes (fields are normalised to QString): UTF-8 already.
            const QByteArray& bytes = *static_cast<const QByteArray*>(v.constData());
            sqlite3_bind_text(st, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
            break;
        }
        default: {
            const QByteArray& text = m_texts.emplace_back(v.typeId() == QMetaType::QString
                                                              ? static_cast<const QString*>(v.constData())->toUtf8()
                                                              : v.toString().toUtf8());
            sqlite3_bind_text(st, index, text.constData(), int(text.size()), SQLITE_STATIC);
        }
        }
    }
    // As QtSql reads it: INTEGER as qlonglong, REAL as double, TEXT as QString, NULL as an invalid QVariant.
    static QVariant column(sqlite3_stmt* st, int i) {
        switch (sqlite3_column_type(st, i)) {
        case SQLITE_INTEGER:
            return qlonglong(sqlite3_column_int64(st, i));
        case SQLITE_FLOAT:
            return sqlite3_column_double(st, i);
        case SQLITE_NULL:
            return {};
        default:
            return QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(st, i)),
                           sqlite3_column_bytes16(st, i) / int(sizeof(QChar)));
        }
    }

    const Database& m_db;
    QHash<QString, sqlite3_stmt*> m_statements;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_selects;
    QHash<QString, sqlite3_stmt*> m_selectStatements; // by entity; owned by m_statements
    QHash<QString, Pending> m_pending;
    std::deque<QByteArray> m_texts; // a deque: its elements stay where they are as it grows
};

namespace {

// A batch this large is indexed for search in one statement per table at the end: row by row, every write of a
// searchable table makes FTS5 flush its pending terms as a new segment (a statement's savepoint does), and 100,000
// imported customers took 45 s instead of 3.
constexpr qsizetype kBulkWrites = 500;

bool isSearchSource(const QString& entity) {
    for (const SearchSource& src : TextSearch::sources()) {
        if (entity == QLatin1String(src.table))
            return true;
    }
    return false;
}

} // namespace

Status EntityStore::beginBulk(Statements& statements) {
    // A replica pinned at an older schema keeps its triggers in the file: those stay as they are.
    if (m_db.schemaVersion() < ReplicaTriggers::kFirstVersion)
        return {};
    if (Status s = ReplicaTriggers::drop(m_db, ReplicaTriggers::Group::Search); !s)
        return s;
    statements.bulk = true;
    // Room for the whole batch's pages until the commit: spilling them to the WAL midway wrote them twice.
    if (Status s = m_db.execute(u"PRAGMA cache_size = -262144"_s); !s)
        return s;
    return m_db.execute(u"CREATE TEMP TABLE IF NOT EXISTS entitystore_bulk (entity TEXT NOT NULL, id TEXT NOT NULL, "
                        "existed INTEGER NOT NULL, PRIMARY KEY (entity, id)) WITHOUT ROWID"_s);
}

Status EntityStore::endBulk(Statements& statements) {
    if (!statements.bulk)
        return {};
    for (const SearchSource& src : TextSearch::sources()) {
        const QString table = QString::fromLatin1(src.table);
        const QString first = QString::number(TextSearch::firstRowid(src.code));
        // The old entries of rows that existed (an update or a removal), then the live rows' new ones.
        const QString existed = u"SELECT t.rowid + %1 FROM %2 t JOIN temp.entitystore_bulk b ON b.id = t.id "
                                "WHERE b.entity = '%2' AND b.existed = 1"_s.arg(first, table);
        if (Status s = m_db.execute(u"DELETE FROM search_index WHERE rowid IN (%1)"_s.arg(existed)); !s)
            return s;
        const QString touched = u"id IN (SELECT id FROM temp.entitystore_bulk WHERE entity = '%1')"_s.arg(table);
        if (Status s = m_db.execute(TextSearch::insertSqlWhere(src, touched)); !s)
            return s;
    }
    if (Status s = m_db.execute(u"DELETE FROM temp.entitystore_bulk"_s); !s)
        return s;
    if (Status s = m_db.execute(u"PRAGMA cache_size = -32000"_s); !s) // Database's own setting
        return s;
    return ReplicaTriggers::install(m_db);
}

EntityStore::EntityStore(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock) {}

QString EntityStore::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString EntityStore::idFor(const QString& naturalKey) {
    static const QUuid kNamespace(u"6f1c0f3e-8d2a-4c55-9b7e-2f4d0c9a7e11"_s);
    return QUuid::createUuidV5(kNamespace, naturalKey).toString(QUuid::WithoutBraces);
}

Status EntityStore::validate(const EntityWrite& write) {
    const EntityDef* def = Schema::entity(write.entity);
    if (!def)
        return fail(u"unknown entity '%1'"_s.arg(write.entity));
    if (write.id.isEmpty())
        return fail(u"%1: missing id"_s.arg(write.entity));
    for (auto it = write.fields.cbegin(); it != write.fields.cend(); ++it) {
        const FieldDef* f = def->field(it.key());
        if (!f)
            return fail(u"%1 has no field '%2'"_s.arg(write.entity, it.key()));
        const QVariant& v = it.value();
        if (v.isNull() || !v.isValid())
            continue;
        // An integer is a number for either kind of field (its text always reads back as one): the check below
        // would only spend a string on it, for every numeric field of an import.
        if ((f->type == FieldType::Integer || f->type == FieldType::Real) &&
            (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int))
            continue;
        if (f->type == FieldType::Real && v.typeId() == QMetaType::Double &&
            (std::isnormal(v.toDouble()) || v.toDouble() == 0))
            continue; // the same for a (normal, finite) real in a real field

        bool ok = true;
        if (f->type == FieldType::Integer)
            v.toString().toLongLong(&ok);
        else if (f->type == FieldType::Real)
            v.toString().toDouble(&ok);
        if (!ok && v.typeId() != QMetaType::Bool)
            return fail(u"%1.%2 must be a number, not '%3'"_s.arg(write.entity, it.key(), v.toString()));
    }
    return {};
}

Result<QString> EntityStore::save(const QString& entity, const QString& id, const QVariantMap& fields) {
    EntityWrite w{entity, id.isEmpty() ? newId() : id, fields, false};
    if (Status s = apply({w}); !s)
        return fail(s.error());
    return w.id;
}

Status EntityStore::remove(const QString& entity, const QString& id) {
    return apply({{entity, id, {}, true}});
}

Status EntityStore::apply(const QList<EntityWrite>& writes) {
    return apply(writes, Progress());
}

Status EntityStore::apply(const QList<EntityWrite>& writes, const Progress& progress) {
    for (const EntityWrite& w : writes) {
        if (Status s = validate(w); !s)
            return s;
    }
    const qint64 now = m_clock.nowSecs();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    const qint64 total = writes.size();
    constexpr qint64 kReportEvery = 1000;
    Statements statements(m_db);
    if (total >= kBulkWrites) {
        if (Status s = beginBulk(statements); !s)
            return s;
    }
    for (qint64 i = 0; i < total; ++i) {
        const EntityWrite& w = writes.at(i);
        if (Status s = applyOne(w, *Schema::entity(w.entity), now, statements); !s)
            return s;
        if ((i + 1) % kReportEvery == 0 || i + 1 == total) {
            if (progress.isCancelled())
                return fail(ErrorCode::Cancelled, u"cancelled; nothing was written"_s);
            progress.report(i + 1, total);
        }
    }
    if (Status s = statements.flushAll(); !s)
        return s;
    if (Status s = endBulk(statements); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    QMap<QString, QStringList> touched;
    for (const EntityWrite& w : writes)
        touched[w.entity] << w.id;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        emit changed(it.key(), it.value());
    return {};
}

Status EntityStore::applyOne(const EntityWrite& w, const EntityDef& def, qint64 now, Statements& statements) {
    // Column names come from the schema registry, never from input; values are always bound.
    Result<std::optional<QVariantMap>> current = readCurrent(w, def, statements);
    if (!current)
        return fail(current.error());
    const bool exists = current->has_value();
    if (statements.bulk && isSearchSource(w.entity)) {
        static const QString kVerb = u"INSERT OR IGNORE INTO"_s;
        static const QString kTable = u"temp.entitystore_bulk"_s;
        static const QStringList kColumns{u"entity"_s, u"id"_s, u"existed"_s};
        if (Status s = statements.insertLater(kVerb, kTable, kColumns, {w.entity, w.id, exists ? 1 : 0}); !s)
            return s;
    }
    QVariantMap changedFields;
    QVariantMap base;
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it) {
        const FieldDef* field = def.field(it.key());
        const QVariant value = field->normalised(it.value());
        const QVariant old = exists ? field->normalised((*current)->value(it.key())) : QVariant();
        if (exists && old.isNull() == value.isNull() && (old.isNull() || old == value))
            continue;
        changedFields.insert(it.key(), value);
        if (exists) // a new row's base is null for every field: written from changedFields' keys below
            base.insert(it.key(), old);
    }
    if (exists && !w.remove && changedFields.isEmpty())
        return {};
    if (w.remove && !exists)
        return fail(u"%1 %2 does not exist"_s.arg(w.entity, w.id));
    if (Status s = writeRow(w, def, now, exists, changedFields, statements); !s)
        return s;
    const qint64 baseVersion = exists ? (*current)->value(u"version"_s).toLongLong() : 0;
    // UTF-8 bytes, bound as text as they are (see Statements::bind).
    const QByteArray fieldsJson = OutboxJson::compactUtf8(changedFields);
    const QByteArray baseJson = exists ? OutboxJson::compactUtf8(base) : OutboxJson::nullsUtf8(changedFields);
    QVariantList entry{w.entity, w.id, w.remove ? u"delete"_s : u"upsert"_s, fieldsJson, baseJson, baseVersion, now};
    if (statements.bulk) {
        static const QString kVerb = u"INSERT INTO"_s;
        static const QString kTable = u"outbox"_s;
        static const QStringList kOutboxColumns{u"entity"_s, u"row_id"_s,       u"op"_s,        u"fields"_s,
                                                u"base"_s,   u"base_version"_s, u"created_at"_s};
        return statements.insertLater(kVerb, kTable, kOutboxColumns, std::move(entry));
    }
    return statements.execute(u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              entry);
}

Result<std::optional<QVariantMap>> EntityStore::readCurrent(const EntityWrite& w, const EntityDef& def,
                                                            Statements& statements) {
    // A row this batch inserts later must be written before it is read.
    if (statements.bulk && statements.isPending(w.entity, w.id)) {
        if (Status s = statements.flushAll(); !s)
            return fail(s.error());
    }
    const QStringList& columns = statements.columns(def);
    QVariantList row;
    Result<bool> found = statements.select(def, w.id, &row);
    if (!found)
        return fail(found.error());
    std::optional<QVariantMap> current;
    if (*found) {
        current.emplace();
        for (int i = 0; i < columns.size(); ++i)
            current->insert(columns.at(i), row.value(i));
    }
    return current;
}

Status EntityStore::writeRow(const EntityWrite& w, const EntityDef& def, qint64 now, bool exists,
                             const QVariantMap& changedFields, Statements& statements) {
    if (w.remove)
        return statements.execute(u"UPDATE %1 SET deleted = 1, updated_at = ? WHERE id = ?"_s.arg(w.entity),
                                  {now, w.id});
    if (exists) {
        QStringList sets;
        QVariantList values;
        for (auto it = changedFields.cbegin(); it != changedFields.cend(); ++it) {
            sets << it.key() + u" = ?"_s;
            values << it.value();
        }
        values << now << w.id;
        return statements.execute(u"UPDATE %1 SET %2, updated_at = ? WHERE id = ?"_s.arg(w.entity, sets.join(u", "_s)),
                                  values);
    }
    if (statements.bulk) {
        const QStringList& columns = statements.columns(def);
        QVariantList values{w.id, 0, now, 0};
        for (qsizetype i = values.size(); i < columns.size(); ++i)
            values << changedFields.value(columns.at(i));
        static const QString kVerb = u"INSERT INTO"_s;
        return statements.insertLater(kVerb, w.entity, columns, std::move(values), w.id);
    }
    QStringList insertColumns{u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s};
    QVariantList values{w.id, 0, now, 0};
    for (auto it = changedFields.cbegin(); it != changedFields.cend(); ++it) {
        insertColumns << it.key();
        values << it.value();
    }
    const QString marks = QStringList(insertColumns.size(), u"?"_s).join(u", "_s);
    return statements.execute(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(w.entity, insertColumns.join(u", "_s), marks),
                              values);
}

Result<QVariantMap> EntityStore::load(const QString& entity, const QString& id) const {
    const EntityDef* def = Schema::entity(entity);
    if (!def)
        return fail(u"unknown entity '%1'"_s.arg(entity));
    QStringList columns = Schema::systemColumns() + def->fieldNames();
    Result<QSqlQuery> q = m_db.exec(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), entity), {id});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"%1 %2 does not exist"_s.arg(entity, id));
    QVariantMap row;
    const QSqlRecord rec = q->record();
    for (int i = 0; i < rec.count(); ++i)
        row.insert(rec.fieldName(i), q->value(i));
    return row;
}

} // namespace Stride
