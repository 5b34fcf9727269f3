#pragma once

#include "domain/orgpolicy.h"
#include "result.h"

#include <QJsonValue>
#include <QObject>

#include <memory>

namespace Stride {

class Database;
class EntityStore;

// The organisation's policy in this replica (rows of `org_policy`, pulled from the server like any reference
// data). Reads fall back to the product's defaults for keys the replica has no row for; set() validates a value
// and writes it through EntityStore, so that an admin's change is pushed at the next sync and reaches everyone.
//
// A replica with no org.timezone row counts days in UTC (as before the policy existed) rather than in the
// language's default zone: a replica that has not yet pulled its organisation's policy must not move the day
// boundaries of what it already shows.
class OrgPolicyRepository final : public QObject {
    Q_OBJECT
public:
    // Writes go through a store of its own on `db` (the system clock).
    explicit OrgPolicyRepository(Database& db, QObject* parent = nullptr);
    // Writes go through `store`, whose listeners then see the change like any other local edit.
    explicit OrgPolicyRepository(EntityStore& store, QObject* parent = nullptr);
    ~OrgPolicyRepository() override;

    Result<OrgPolicy> load() const;
    // The stored value of `key`, or its default; an error for an unknown key.
    Result<QJsonValue> value(const QString& key) const;
    // Validates, then writes the key's row (its id is the key) with `updatedBy` as its author. A key whose row was
    // deleted stays deleted (deletes win on the server too): its default applies.
    Status set(const QString& key, const QJsonValue& value, const QString& updatedBy);

    // The policy of the replica behind `db`, or the defaults (UTC days) when it cannot be read.
    static OrgPolicy loadOrDefaults(const Database& db);
    // The stored rows only: key → value; rows whose value is not valid JSON for their key are left out.
    static Result<QMap<QString, QJsonValue>> storedValues(const Database& db);

signals:
    void changed();

private:
    Database& m_db;
    std::unique_ptr<EntityStore> m_ownStore;
    EntityStore& m_store;
};

} // namespace Stride
