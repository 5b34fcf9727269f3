#include "usercommand.h"

#include "authservice.h"
#include "serverdatabase.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Stride::Server {

int UserCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Manage accounts: user add|list|disable|enable"_s);
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s, u"add, list, disable or enable"_s);
    p.addOption({u"db"_s, u"SQLite file or postgresql:// URL"_s, u"URL"_s});
    p.addOption({u"name"_s, u"account name (sign-in name)"_s, u"NAME"_s});
    p.addOption({u"role"_s, u"rep, supervisor, director or admin"_s, u"ROLE"_s});
    p.addOption({u"team"_s, u"team id (reps and supervisors)"_s, u"TEAM"_s});
    p.addOption({u"rep"_s, u"the reps row this account acts as (default: the name)"_s, u"REP"_s});
    p.addOption({u"password-stdin"_s, u"read the password from the first line of standard input"_s});
    if (!p.parse(args)) {
        err << p.errorText() << '\n';
        return 1;
    }
    if (p.isSet(u"help"_s)) {
        out << p.helpText();
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !p.isSet(u"db"_s)) {
        err << "usage: stride-server user add|list|disable|enable --db URL [--name N] …\n";
        return 1;
    }
    const QString action = pos.first();
    if (action != u"list"_s && !p.isSet(u"name"_s)) {
        err << "stride-server user " << action << ": --name is required\n";
        return 1;
    }
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    AuthService auth(**db);
    if (action == u"add"_s) {
        if (!p.isSet(u"password-stdin"_s)) {
            err << "stride-server user add: pass the password with --password-stdin (never on the command line)\n";
            return 1;
        }
        QTextStream in(stdin);
        const QString password = in.readLine();
        Result<Account> a =
            auth.addUser(p.value(u"name"_s), p.value(u"role"_s), p.value(u"team"_s), p.value(u"rep"_s), password);
        if (!a) {
            err << "stride-server: " << a.error() << '\n';
            return 2;
        }
        out << "added " << a->name << " (" << a->role << ", team " << (a->teamId.isEmpty() ? u"-"_s : a->teamId)
            << ", rep " << a->repId << ")\n";
        return 0;
    }
    if (action == u"list"_s) {
        Result<QList<Account>> all = auth.listUsers();
        if (!all) {
            err << "stride-server: " << all.error() << '\n';
            return 2;
        }
        out << "name\trole\tteam\trep\tstatus\n";
        for (const Account& a : std::as_const(*all))
            out << a.name << '\t' << a.role << '\t' << a.teamId << '\t' << a.repId << '\t'
                << (a.disabled ? "disabled" : "active") << '\n';
        return 0;
    }
    if (action == u"disable"_s || action == u"enable"_s) {
        if (Status s = auth.setDisabled(p.value(u"name"_s), action == u"disable"_s); !s) {
            err << "stride-server: " << s.error() << '\n';
            return 2;
        }
        out << action << "d " << p.value(u"name"_s) << '\n';
        return 0;
    }
    err << "stride-server user: unknown action '" << action << "'\n";
    return 1;
}

} // namespace Stride::Server
