#pragma once

#include "clock.h"
#include "progress.h"
#include "result.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Stride {

class Database;
struct EntityDef;

// One local write of a synced row: the fields to set (absent fields keep their value), or a tombstone.
struct EntityWrite {
    QString entity;
    QString id;
    QVariantMap fields;
    bool remove = false;
};

// The one path through which local edits of synced entities are written: each batch updates its rows and
// appends their outbox entries (changed fields with their base values and the row's base version) in one
// transaction, then announces what changed. Repositories and the sync engine build on it.
class EntityStore final : public QObject {
    Q_OBJECT
public:
    explicit EntityStore(Database& db, const Clock& clock = Clock::system(), QObject* parent = nullptr);

    static QString newId();
    // The same id for the same natural key on every laptop (a name-based UUID): a row that several replicas may
    // create on their own (a rule's task, an escalation) becomes one row on the server, not one per laptop.
    static QString idFor(const QString& naturalKey);

    // Creates (empty id → a new UUID) or updates one row; returns its id.
    Result<QString> save(const QString& entity, const QString& id, const QVariantMap& fields);
    Status remove(const QString& entity, const QString& id);
    // Several writes, all or nothing.
    Status apply(const QList<EntityWrite>& writes);
    // The same for many writes (an import): reports progress (writes done of all) as it goes, and stops with
    // ErrorCode::Cancelled, writing nothing, when the progress says so.
    Status apply(const QList<EntityWrite>& writes, const Progress& progress);

    // The row's fields plus id/version/updated_at/deleted, or an error when absent.
    Result<QVariantMap> load(const QString& entity, const QString& id) const;

    // Checks a write against the schema: known entity and fields, values of the right type.
    static Status validate(const EntityWrite& write);

    Database& database() const { return m_db; }
    const Clock& clock() const { return m_clock; }

    // Announce rows changed by someone else (the sync engine's pulls) to the same listeners.
    void notifyChanged(const QString& entity, const QStringList& ids) { emit changed(entity, ids); }

signals:
    void changed(const QString& entity, const QStringList& ids);

private:
    class Statements;
    Status applyOne(const EntityWrite& write, const EntityDef& def, qint64 now, Statements& statements);
    // The row as stored (all columns), or nullopt when there is none.
    static Result<std::optional<QVariantMap>> readCurrent(const EntityWrite& write, const EntityDef& def,
                                                          Statements& statements);
    static Status writeRow(const EntityWrite& write, const EntityDef& def, qint64 now, bool exists,
                           const QVariantMap& changedFields, Statements& statements);
    // Large batches index their rows for search once at the end instead of row by row (see apply()).
    Status beginBulk(Statements& statements);
    Status endBulk(Statements& statements);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace Stride
