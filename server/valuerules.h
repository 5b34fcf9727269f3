#pragma once

#include "result.h"

#include <QVariantMap>

namespace Stride {
struct EntityDef;
}

namespace Stride::Server {

// What a synced value may be beyond its registry type (which the protocol decoder checks): the enumerations and
// required columns of the local schema (core/storage/migrations.cpp) and the conventions of the domain types.
// The server applies them to every pushed entry, so a bad value is refused with a reason and written nowhere
// instead of reaching other replicas, whose own constraints would refuse it.
class ValueRules final {
public:
    // `fields` of an entry for `def`; `creating`: the entry makes the row, so every required field must be set.
    static Status check(const EntityDef& def, const QVariantMap& fields, bool creating);
};

} // namespace Stride::Server
