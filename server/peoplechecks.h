#pragma once

#include "result.h"

#include <QString>
#include <QVariantMap>

namespace Stride {
struct EntityDef;
}

namespace Stride::Server {

class ServerDatabase;

// What keeps the organisation's people consistent when an admin writes teams and reps rows (from the app, a
// push, or the server's own commands): beyond the per-field value rules, checks that need the rest of the store.
class PeopleChecks final {
public:
    // `row`: the row's fields as they would be after the write; `remove`: the write deletes the row. An error
    // names why the write is refused; nothing has been written yet.
    static Status check(ServerDatabase& db, const EntityDef& def, const QString& id, const QVariantMap& row,
                        bool remove);
};

} // namespace Stride::Server
