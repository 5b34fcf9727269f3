#pragma once

#include "domain/role.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace Stride {

// What `stride` was asked to open, from its command line.
struct AppOptions {
    bool demo = false;                      // --demo: the local demo replica
    QString role = roleToString(Role::Rep); // --role: rep, supervisor or director of the demo organisation
    QString profile;                        // --profile NAME: a saved profile
    QString dbPath;                         // --db FILE: a replica file opened directly
    int demoCustomers = 3000;               // --demo-customers N
    QString language;                       // --lang zh_CN|en; empty: the saved choice, else the system locale
    bool dark = false;                      // --dark: the dark palette whatever the saved choice
    QString screenshotDir;                  // --screenshots DIR: save a PNG of every page, then quit
    QString serverUrl;                      // --server URL: sign in to a stride-server (a profile per server and user)
    QString caFile;                         // --ca FILE: a private CA that signed the server's certificate
    QString fingerprint;                    // --pin SHA256: the server certificate's pinned fingerprint
    QString user;                           // --user NAME
    bool passwordStdin = false;             // --password-stdin: read the password from the first line of stdin

    static Result<AppOptions> parse(const QStringList& arguments);
};

} // namespace Stride
