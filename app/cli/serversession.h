#pragma once

#include "clicommand.h"
#include "sync/syncendpoint.h"

#include <QCommandLineParser>

namespace Stride {
class SyncEngine;
}

namespace Stride::Cli {

// What `login` and `sync` share: the server options, signing in with a password from stdin or with the
// refresh token kept in the keychain, and keeping the rotated refresh token there.
class ServerSession final {
public:
    static void addOptions(QCommandLineParser& parser);
    // Parses the arguments (parseArguments) and reads the endpoint; false with *exitCode set when the command
    // should stop (help shown, or a usage error printed).
    static bool parse(QCommandLineParser& parser, const QStringList& args, Context& ctx, SyncEndpoint* out,
                      int* exitCode);
    // Reads --server/--ca/--pin; prints the problem and returns false on a bad value.
    static bool endpoint(const QCommandLineParser& parser, Context& ctx, SyncEndpoint* out);
    // Signs `engine` in: --password-stdin (then the refresh token is stored in the keychain unless
    // --no-keychain), or the refresh token from the keychain. Returns an ExitCode.
    static int signIn(const QCommandLineParser& parser, SyncEngine& engine, Context& ctx, bool* keychainUsable);
    // Keeps the newest refresh token in the keychain for the next run.
    static void keepToken(const QCommandLineParser& parser, SyncEngine& engine, Context& ctx);
};

} // namespace Stride::Cli
