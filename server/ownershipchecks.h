#pragma once

#include "account.h"
#include "result.h"

#include <QVariantMap>

namespace Stride {
struct EntityDef;
}

namespace Stride::Server {

class ServerDatabase;

// The fields of a pushed row that name a person or another row, checked against who writes it: what a row's
// visibility alone does not cover. A rep's visit, deal, customer, task or checklist names that rep and no other; a
// supervisor's names a rep of their team; a task's or checklist's customer (and a task's deal) must be one the
// writer may see. Directors and admins (and the server's own writes) may name anyone.
class OwnershipChecks final {
public:
    // `fields`: the values the write sets (a new row's fields, or only those an edit changes). An error names the
    // field, the value and why it is refused; nothing has been written yet.
    static Status check(ServerDatabase& db, const Account& account, const EntityDef& def, const QVariantMap& fields);
};

} // namespace Stride::Server
