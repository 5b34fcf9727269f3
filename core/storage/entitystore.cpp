#include "entitystore.h"

#include "database.h"
#include "logging.h"
#include "schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlRecord>
#include <QUuid>

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
    for (qint64 i = 0; i < total; ++i) {
        const EntityWrite& w = writes.at(i);
        if (Status s = applyOne(w, *Schema::entity(w.entity), now); !s)
            return s;
        if ((i + 1) % kReportEvery == 0 || i + 1 == total) {
            if (progress.isCancelled())
                return fail(ErrorCode::Cancelled, u"cancelled; nothing was written"_s);
            progress.report(i + 1, total);
        }
    }
    if (Status s = tx.commit(); !s)
        return s;
    QMap<QString, QStringList> touched;
    for (const EntityWrite& w : writes)
        touched[w.entity] << w.id;
    for (auto it = touched.cbegin(); it != touched.cend(); ++it)
        emit changed(it.key(), it.value());
    return {};
}

Status EntityStore::applyOne(const EntityWrite& w, const EntityDef& def, qint64 now) {
    // Column names come from the schema registry, never from input; values are always bound.
    Result<QVariantMap> current = load(w.entity, w.id);
    const bool exists = current.ok();
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
        if (Status s =
                m_db.execute(u"UPDATE %1 SET deleted = 1, updated_at = ? WHERE id = ?"_s.arg(w.entity), {now, w.id});
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
        if (Status s = m_db.execute(
                u"UPDATE %1 SET %2, updated_at = ? WHERE id = ?"_s.arg(w.entity, sets.join(u", "_s)), values);
            !s)
            return s;
    } else {
        QStringList columns{u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s};
        QVariantList values{w.id, 0, now, 0};
        for (auto it = changedFields.cbegin(); it != changedFields.cend(); ++it) {
            columns << it.key();
            values << it.value();
        }
        const QString marks = QStringList(columns.size(), u"?"_s).join(u", "_s);
        if (Status s =
                m_db.execute(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(w.entity, columns.join(u", "_s), marks), values);
            !s)
            return s;
    }
    const QString fieldsJson = QString::fromUtf8(QJsonDocument(toJson(changedFields)).toJson(QJsonDocument::Compact));
    const QString baseJson = QString::fromUtf8(QJsonDocument(toJson(base)).toJson(QJsonDocument::Compact));
    return m_db.execute(u"INSERT INTO outbox (entity, row_id, op, fields, base, base_version, created_at) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?)"_s,
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
