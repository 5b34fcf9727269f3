#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Stride {

enum class FieldType { Text, Integer, Real };

struct FieldDef {
    QString name;
    FieldType type;
    // The sync protocol version that introduced the field: a server never sends it to an older client, and the
    // server's first schema leaves it to the migration that added it.
    int sinceProtocol = 1;

    // The value as this field stores and sends it: a QString, qint64 or double, or an invalid QVariant for
    // NULL (so that NULL compares equal to NULL whatever type the driver gave it).
    QVariant normalised(const QVariant& value) const;
};

// How the server decides who may see a row (docs/sync-protocol.md "Visibility").
enum class Scope {
    Org,         // reference data every signed-in user reads; only admins write
    Customer,    // follows customers.owner_id through the row's customer_id
    Opportunity, // follows the opportunity's customer through the row's opportunity_id
    Rep,         // follows the rep named in scopeField (own rows; the rep's team for supervisors)
    Aggregate,   // written only by the server; the team in scopeField sees it (its reps and supervisor), an
                 // empty team means everyone; directors and admins see all (docs/sync-protocol.md)
};

// One synced entity: a table in the local replica and on the server, and an entity name in the
// sync protocol. Every synced table also has the columns id, version, updated_at and deleted.
struct EntityDef {
    QString name;
    QList<FieldDef> fields;
    Scope scope = Scope::Org;
    QString scopeField; // customer_id / opportunity_id / the rep column, by scope
    bool appendOnly = false;
    int sinceProtocol = 1; // the sync protocol version that introduced the entity (see FieldDef::sinceProtocol)

    const FieldDef* field(const QString& fieldName) const;
    QStringList fieldNames() const;
    // The entity as a client speaking `protocol` knows it: only the fields it had then.
    EntityDef forProtocol(int protocol) const;
};

// The one definition of what is synced, shared by the client, the server and the protocol.
class Schema final {
public:
    static const QList<EntityDef>& entities();
    static const EntityDef* entity(const QString& name);
    static QStringList systemColumns(); // id, version, updated_at, deleted
};

} // namespace Stride
