#pragma once

#include "result.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

namespace Stride {

// What every repository shares: reads go through prepared statements on the store's connection; writes go
// only through the EntityStore, so every local write records its outbox entry in the same transaction.
//
// Repositories are not QObjects and emit nothing: to follow changes, listen to EntityStore::changed(entity,
// ids), which fires after every committed local write and for rows pulled by the sync engine. Models
// connect to it and refetch the affected rows.
//
// Reads skip tombstoned rows (deleted = 1). One repository per thread, like its Database.
class Repository {
public:
    explicit Repository(EntityStore& store)
        : m_store(store) {}

    EntityStore& store() const { return m_store; }
    Database& database() const { return m_store.database(); }

protected:
    // SELECT of T's columns from T's table, followed by `clause` ("WHERE … ORDER BY …") with `values` bound.
    template <typename T> Result<QList<T>> selectList(const QString& clause, const QVariantList& values = {}) const {
        Result<QSqlQuery> q = database().exec(selectSql<T>(clause), values);
        if (!q)
            return fail(q.error());
        QList<T> out;
        while (q->next())
            out << T::fromRecord(q->record());
        return out;
    }

    // The first row of selectList(), or nothing.
    template <typename T>
    Result<std::optional<T>> selectFirst(const QString& clause, const QVariantList& values = {}) const {
        Result<QSqlQuery> q = database().exec(selectSql<T>(clause), values);
        if (!q)
            return fail(q.error());
        if (!q->next())
            return std::optional<T>();
        T row = T::fromRecord(q->record());
        q->finish();
        return std::optional<T>(std::move(row));
    }

    // The live row with this id, or an error naming the entity and id.
    template <typename T> Result<T> byId(const QString& id) const {
        Result<std::optional<T>> row = selectFirst<T>(QStringLiteral("WHERE id = ? AND deleted = 0"), {id});
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(QStringLiteral("%1 %2 does not exist").arg(T::entity(), id));
        return std::move(**row);
    }

    // The write that stores `row`: a new id when it has none; for an existing row only the fields that
    // differ from the stored values, so the outbox never claims an unchanged field (which would overwrite
    // someone else's edit of it on the server).
    template <typename T> EntityWrite writeFor(const T& row) const {
        return writeOf(T::entity(), row.id, row.toFields());
    }
    EntityWrite writeOf(const QString& entity, const QString& id, const QVariantMap& fields) const;

    // Applies the writes as one transaction; the first write's id is returned (the saved row of save()s).
    Result<QString> applyReturningFirstId(const QList<EntityWrite>& writes);

    qint64 now() const { return m_store.clock().nowSecs(); }

private:
    template <typename T> static QString selectSql(const QString& clause) {
        return QStringLiteral("SELECT %1 FROM %2 %3").arg(T::columns().join(QStringLiteral(", ")), T::entity(), clause);
    }

    EntityStore& m_store;
};

} // namespace Stride
