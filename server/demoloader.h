#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Stride::Server {

class ServerDatabase;

struct DemoAccount {
    QString name;
    QString role;
    QString password;
    QString repId;
    QString teamId;
};

// `stride-server demo`: generates the demo organisation (Stride::DemoGenerator) into a temporary replica,
// loads its rows into an empty server store with change numbers and visibility, and creates one account
// per role with a random password.
class DemoLoader final {
public:
    static Result<QList<DemoAccount>> load(ServerDatabase& db, int customers, quint64 seed);
    // The same from a demo replica made earlier (`stride-cli demo`), for benchmarks of large organisations.
    static Result<QList<DemoAccount>> loadReplica(ServerDatabase& db, const QString& replicaPath);
    // Copies every synced table of a replica into the server store (rows get fresh change numbers).
    static Result<qint64> copyReplica(ServerDatabase& db, const QString& replicaPath);
};

} // namespace Stride::Server
