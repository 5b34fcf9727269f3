#include "peoplechecks.h"

#include "serverdatabase.h"
#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

Status PeopleChecks::check(ServerDatabase& db, const EntityDef& def, const QString& id, const QVariantMap& row,
                           bool remove) {
    Q_UNUSED(db)
    Q_UNUSED(def)
    Q_UNUSED(id)
    Q_UNUSED(row)
    Q_UNUSED(remove)
    return {};
}

} // namespace Stride::Server
