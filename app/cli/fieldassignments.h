#pragma once

#include "result.h"

#include <QStringList>
#include <QVariantMap>

namespace Stride::Cli {

// FIELD=VALUE arguments of the offline-edit commands, checked against the entity registry: an unknown field
// or a non-number for a numeric field is an error; FIELD= sets NULL.
class FieldAssignments final {
public:
    static Result<QVariantMap> parse(const QString& entity, const QStringList& assignments);
};

} // namespace Stride::Cli
