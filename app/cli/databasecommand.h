#pragma once

#include "clicommand.h"
#include "clock.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <memory>
#include <optional>

namespace Stride::Cli {

// A subcommand that works on the replica named by --db. run() does what every such command does the same way:
// it declares --db before the command's own options, parses the arguments (--help, unknown options), requires
// --db, lets the command check the arguments that need no replica, reads --now when the command takes it, opens
// the replica with the access the command asks for (a file that cannot be opened is one line on stderr and exit
// code 2), and hands it to runOn(). Arguments are checked before the replica is opened, so a usage error leaves the
// file untouched.
class DatabaseCommand : public Command {
public:
    int run(const QStringList& args, Context& ctx) final;

protected:
    // What runOn() is given besides the replica.
    struct Invocation {
        const QCommandLineParser& parser;
        QString path;                 // the file --db named
        std::optional<QDateTime> now; // --now, when the command takes it and it was given (UTC)

        // The clock figures are read by: --now when given, else the replica's own (ReplicaClock: a demo replica's
        // day, otherwise the wall clock).
        std::unique_ptr<Clock> readingClock(Database& db) const;
    };

    // The help text of --db.
    virtual QString databaseHelp() const;
    // Sets the description and declares the command's own options and arguments (--db comes first, declared by
    // run()); may call addNowOption().
    virtual void declare(QCommandLineParser& parser) = 0;
    // Checks (and keeps) the arguments that need no replica, once --db was found: prints the problem and returns
    // UsageError (or DataError) to stop, Ok to go on. By default there is nothing to check.
    virtual int prepare(const QCommandLineParser& parser, Context& ctx);
    // How the replica is opened.
    virtual Database::Access access(const QCommandLineParser& parser) const = 0;
    // The command's work on the open replica; returns an ExitCode.
    virtual int runOn(Database& db, const Invocation& call, Context& ctx) = 0;

    // Declares --now (the time figures are read as of) at this place among the options; run() then reads it after
    // prepare() and reports a value that is not a time as a usage error.
    void addNowOption(QCommandLineParser& parser);

private:
    bool m_takesNow = false;
};

} // namespace Stride::Cli
