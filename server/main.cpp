#include "auditcommand.h"
#include "backupcommand.h"
#include "commandline.h"
#include "demoloader.h"
#include "initcommand.h"
#include "processmemory.h"
#include "servecommand.h"
#include "serverdatabase.h"
#include "teamcommand.h"
#include "usercommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using Stride::Result;

namespace {

int demo(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Load the demo organisation and print one account per role"_s);
    p.addHelpOption();
    p.addOption({u"db"_s, u"SQLite file or postgresql:// URL (empty store)"_s, u"URL"_s});
    p.addOption({u"customers"_s, u"customers in the demo organisation"_s, u"N"_s, u"3000"_s});
    p.addOption({u"seed"_s, u"random seed"_s, u"N"_s, u"20261122"_s});
    p.addOption(
        {u"replica"_s, u"load this demo replica (made by stride-cli demo) instead of generating one"_s, u"FILE"_s});
    if (const std::optional<int> stop = Stride::Server::parseOrAnswer(p, args))
        return *stop;
    if (!p.isSet(u"db"_s)) {
        err << "usage: stride-server demo --db URL [--customers N]\n";
        return 1;
    }
    Result<std::unique_ptr<Stride::Server::ServerDatabase>> db = Stride::Server::ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    auto accounts = p.isSet(u"replica"_s) ? Stride::Server::DemoLoader::loadReplica(**db, p.value(u"replica"_s))
                                          : Stride::Server::DemoLoader::load(**db, p.value(u"customers"_s).toInt(),
                                                                             p.value(u"seed"_s).toULongLong());
    if (!accounts) {
        err << "stride-server: " << accounts.error() << '\n';
        return 2;
    }
    out << "demo organisation loaded into " << (*db)->displayUrl() << "\n\nrole\tuser\tpassword\n";
    for (const auto& a : std::as_const(*accounts))
        out << a.role << '\t' << a.name << '\t' << a.password << '\n';
    return 0;
}

void usage(QTextStream& s) {
    s << "Usage: stride-server COMMAND [options]   (COMMAND --help for its options)\n\n"
         "Commands:\n"
         "  init    --db URL --name ORG [--lang zh_CN|en] [--timezone ZONE]\n"
         "  serve   --db URL --listen 127.0.0.1:8443 --cert FILE --key FILE\n"
         "  team    add|rename|list|set-supervisor|delete --db URL …\n"
         "  user    add|import|list|move|leave|reset-password|disable|enable|unlock --db URL …\n"
         "  audit   --db URL [--since DATETIME] [--user LOGIN] [--format text|json]\n"
         "  demo    --db URL [--customers N | --replica FILE]\n"
         "  migrate --db URL\n"
         "  backup  --db FILE --out FILE        (SQLite, while serving; PostgreSQL: pg_dump)\n"
         "  restore --db URL [--from FILE]      (a backup put back gets a new identity clients notice)\n\n"
         "Exit codes: 0 ok, 1 usage error, 2 data error.\n";
}

} // namespace

int main(int argc, char** argv) {
    // Pull pages are built in multi-megabyte buffers on worker threads; kept in the heap, the next page reuses
    // the memory instead of faulting it in again (about a third of a pull's CPU, measured).
    Stride::ProcessMemory::tune();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stride-server"_s);
    QCoreApplication::setOrganizationName(u"Stride"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == u"--help"_s || args.at(1) == u"help"_s) {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 1 : 0;
    }
    QStringList sub = args.mid(2);
    sub.prepend(u"stride-server "_s + args.at(1));
    const QString& command = args.at(1);
    if (command == u"init"_s)
        return Stride::Server::InitCommand::run(sub);
    if (command == u"serve"_s)
        return Stride::Server::ServeCommand::run(sub);
    if (command == u"user"_s)
        return Stride::Server::UserCommand::run(sub);
    if (command == u"team"_s)
        return Stride::Server::TeamCommand::run(sub);
    if (command == u"audit"_s)
        return Stride::Server::AuditCommand::run(sub);
    if (command == u"backup"_s)
        return Stride::Server::BackupCommand::backup(sub);
    if (command == u"restore"_s)
        return Stride::Server::BackupCommand::restore(sub);
    if (command == u"demo"_s)
        return demo(sub);
    if (command == u"migrate"_s) {
        QCommandLineParser p;
        p.addOption({u"db"_s, u"store"_s, u"URL"_s});
        if (!p.parse(sub) || !p.isSet(u"db"_s)) {
            err << "usage: stride-server migrate --db URL\n";
            return 1;
        }
        Result<std::unique_ptr<Stride::Server::ServerDatabase>> db =
            Stride::Server::ServerDatabase::open(p.value(u"db"_s));
        if (!db) {
            err << "stride-server: " << db.error() << '\n';
            return 2;
        }
        out << "server schema of " << (*db)->displayUrl() << " is current\n";
        return 0;
    }
    err << "stride-server: unknown command '" << command << "'\n";
    usage(err);
    return 1;
}
