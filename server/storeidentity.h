#pragma once

#include "result.h"

#include <QMap>
#include <QString>

namespace Stride::Server {

class ServerDatabase;

// Who a store is to its clients (docs/sync-protocol.md, "Restored servers"). server_meta holds the store's
// 'instance_id', sent on every answer, and, once it was restored from a backup, 'restored_from': the instance ids
// it descends from, each with the last change number it still shares with that instance. A client that synced
// with one of those is told so (409 server_restored) instead of being refused as if the store were another
// organisation's.
class StoreIdentity final {
public:
    // Instance id → the last change number shared with it (empty for a store never restored).
    static Result<QMap<QString, qint64>> restoredFrom(ServerDatabase& db);
    // Gives the store a new instance id and records the old one (and those it descends from) with the store's
    // current change number; signs every session out (tokens issued after the backup are unknown, and those
    // revoked after it would live again). One transaction. Returns the new instance id.
    static Result<QString> markRestored(ServerDatabase& db);
};

} // namespace Stride::Server
