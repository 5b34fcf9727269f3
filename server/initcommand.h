#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Stride::Server {

class ServerDatabase;

// `stride-server init`: gives a new organisation its sales method (MethodDefaults: standard actions, the
// behaviour-point catalogue, the default rules) and every key of its policy, written as ordinary synced rows by a
// system admin through SyncService::applyAsServer, so that every replica pulls them. Rows have fixed ids; a row
// whose id exists, even one an admin changed or deleted, is left alone, so running it again changes nothing.
class InitCommand final {
public:
    struct Options {
        QString name;
        QString language = QStringLiteral("zh_CN"); // zh_CN or en
        QString timeZone;                           // empty: the language's default
    };
    struct Report {
        int written = 0;
        int kept = 0; // rows that already existed
    };

    static int run(const QStringList& args);
    // All or nothing: the first refused row rolls every write back, and its reason is the error.
    static Result<Report> initialise(ServerDatabase& db, const Options& options);
    // The account the server's own writes are made as (an admin that is no one's sign-in).
    static QString systemAccountName();
};

} // namespace Stride::Server
