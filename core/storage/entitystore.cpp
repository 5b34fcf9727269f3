#include "entitystore.h"

#include "database.h"
#include "logging.h"
#include "replicatriggers.h"
#include "schema.h"
#include "textsearch.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// NULL must stay null in the outbox: fromVariantMap() would turn a typed null into "" and the server's merge
// would then see a change that nobody made.
QJsonObject toJson(const QVariantMap& map) {
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return o;
}

} // namespace

// The prepared statements of one apply(), by their text: a batch of many rows (an import) prepares each shape of
// statement once instead of once a row, which was most of the time a row took.
class EntityStore::Statements final {
public:
    explicit Statements(const Database& db)
        : m_db(db) {}

    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values) {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            QSqlQuery q = m_db.prepare(sql);
            if (q.lastError().isValid())
                return fail(u"%1 (in: %2)"_s.arg(q.lastError().text(), sql.left(120)));
            it = m_queries.insert(sql, q);
        }
        QSqlQuery& q = *it;
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return fail(u"%1: %2 (in: %3)"_s.arg(m_db.path(), q.lastError().text(), sql.left(120)));
        return &q;
    }
    Status execute(const QString& sql, const QVariantList& values) {
        Result<QSqlQuery*> q = run(sql, values);
        if (!q)
            return fail(q.error());
        (*q)->finish();
        return {};
    }

    // In a bulk apply: the rows written, for indexing them at the end (EntityStore::endBulk).
    bool bulk = false;

private:
    const Database& m_db;
    QHash<QString, QSqlQuery> m_queries;
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
    const QStringList columns = Schema::systemColumns() + def.fieldNames();
    Result<QSqlQuery*> found =
        statements.run(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), w.entity), {w.id});
    if (!found)
        return fail(found.error());
    std::optional<QVariantMap> current;
    if ((*found)->next()) {
        current.emplace();
        for (int i = 0; i < columns.size(); ++i)
            current->insert(columns.at(i), (*found)->value(i));
    }
    (*found)->finish();
    const bool exists = current.has_value();
    if (statements.bulk && isSearchSource(w.entity)) {
        if (Status s = statements.execute(u"INSERT OR IGNORE INTO temp.entitystore_bulk VALUES (?, ?, ?)"_s,
                                          {w.entity, w.id, exists ? 1 : 0});
            !s)
            return s;
    }
    QVariantMap changedFields;
    QVariantMap base;
    for (auto it = w.fields.cbegin(); it != w.fields.cend(); ++it) {
        const FieldDef* field = def.field(it.key());
        const QVariant value = field->normalised(it.value());
        const QVariant old = exists ? field->normalised(current->value(it.key())) : QVariant();
        if (exists && old.isNull() == value.isNull() && (old.isNull() || old == value))
            continue;
        changedFields.insert(it.key(), value);
        base.insert(it.key(), old);
    }
    if (exists && !w.remove && changedFields.isEmpty())
        return {};
    if (w.remove && !exists)
        return fail(u"%1 %2 does not exist"_s.arg(w.entity, w.id));
    const qint64 baseVersion = exists ? current->value(u"version"_s).toLongLong() : 0;

    if (w.remove) {
        if (Status s = statements.execute(u"UPDATE %1 SET deleted = 1, updated_at = ? WHERE id = ?"_s.arg(w.entity),
                                          {now, w.id});
            !s)
            return s;
    } else if (exists) {
        QStringList sets;
        QVariantList values;
        for (auto it = changedFields.cbegin(); it != changedFields.cend(); ++it) {
            sets << it.key() + u" = ?"_s;
            values << it.value();
        }
        values << now << w.id;
        if (Status s = statements.execute(
                u"UPDATE %1 SET %2, updated_at = ? WHERE id = ?"_s.arg(w.entity, sets.join(u", "_s)), values);
            !s)
            return s;
    } else {
        QStringList insertColumns{u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s};
        QVariantList values{w.id, 0, now, 0};
        for (auto it = changedFields.cbegin(); it != changedFields.cend(); ++it) {
            insertColumns << it.key();
            values << it.value();
        }
        const QString marks = QStringList(insertColumns.size(), u"?"_s).join(u", "_s);
        if (Status s = statements.execute(
                u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(w.entity, insertColumns.join(u", "_s), marks), values);
            !s)
            return s;
    }
    const QString fieldsJson = QString::fromUtf8(QJsonDocument(toJson(changedFields)).toJson(QJsonDocument::Compact));
    const QString baseJson = QString::fromUtf8(QJsonDocument(toJson(base)).toJson(QJsonDocument::Compact));
    return statements.execute(
        u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {w.entity, w.id, w.remove ? u"delete"_s : u"upsert"_s, fieldsJson, baseJson, baseVersion, now});
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
