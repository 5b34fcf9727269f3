#include "teamcommand.h"

#include "auditlog.h"
#include "commandline.h"
#include "peopleservice.h"
#include "serverdatabase.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Stride::Server {

int TeamCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(u"Manage teams: team add|rename|list|set-supervisor|delete. A team is named by its "
                                "id or by its name."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s, u"add, rename, list, set-supervisor or delete"_s);
    p.addOption({u"db"_s, u"SQLite file or postgresql:// URL"_s, u"URL"_s});
    p.addOption({u"name"_s, u"add: the new team's name; rename: its new name"_s, u"NAME"_s});
    p.addOption({u"region"_s, u"add: the team's region"_s, u"REGION"_s});
    p.addOption({u"id"_s, u"add: the new team's id (default: a new UUID)"_s, u"ID"_s});
    p.addOption({u"team"_s, u"the team (id or name)"_s, u"TEAM"_s});
    p.addOption({u"user"_s, u"set-supervisor: the supervisor's sign-in name"_s, u"USER"_s});
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !p.isSet(u"db"_s)) {
        err << "usage: stride-server team add|rename|list|set-supervisor|delete --db URL …\n";
        return 1;
    }
    const QString& action = pos.first();
    const QStringList actions{u"add"_s, u"rename"_s, u"list"_s, u"set-supervisor"_s, u"delete"_s};
    if (!actions.contains(action)) {
        err << "stride-server team: unknown action '" << action << "'\n";
        return 1;
    }
    auto require = [&](const QStringList& options) {
        for (const QString& o : options) {
            if (p.value(o).trimmed().isEmpty()) {
                err << "stride-server team " << action << ": --" << o << " is required\n";
                return false;
            }
        }
        return true;
    };
    if ((action == u"add"_s && !require({u"name"_s})) || (action == u"rename"_s && !require({u"team"_s, u"name"_s})) ||
        (action == u"set-supervisor"_s && !require({u"team"_s, u"user"_s})) ||
        (action == u"delete"_s && !require({u"team"_s})))
        return 1;
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    PeopleService people(**db);
    // Each change leaves an audit entry after it is written (a failure to write one is logged).
    auto audited = [&](const QString& event, const QString& subject, const QString& detail) {
        (void)AuditLog(**db).record({event, AuditLog::commandActor(), subject, {}, detail});
    };
    auto failed = [&](const QString& why) {
        err << "stride-server team " << action << ": " << why << '\n';
        return 2;
    };
    if (action == u"add"_s) {
        Result<PeopleService::Team> t = people.addTeam(p.value(u"name"_s), p.value(u"region"_s), p.value(u"id"_s));
        if (!t)
            return failed(t.error());
        audited(u"team_added"_s, t->id, u"named %1"_s.arg(p.value(u"name"_s).trimmed()));
        out << t->id << '\n';
        return 0;
    }
    if (action == u"list"_s) {
        Result<QList<PeopleService::Team>> all = people.teams();
        if (!all)
            return failed(all.error());
        out << "id\tname\tregion\tsupervisor\tpeople\n";
        for (const PeopleService::Team& t : std::as_const(*all))
            out << t.id << '\t' << t.name << '\t' << t.region << '\t' << t.supervisorName << '\t' << t.people << '\n';
        return 0;
    }
    if (action == u"rename"_s) {
        if (Status s = people.renameTeam(p.value(u"team"_s), p.value(u"name"_s)); !s)
            return failed(s.error());
        audited(u"team_renamed"_s, p.value(u"team"_s), u"renamed to %1"_s.arg(p.value(u"name"_s).trimmed()));
        out << "renamed " << p.value(u"team"_s) << " to " << p.value(u"name"_s).trimmed() << '\n';
        return 0;
    }
    if (action == u"set-supervisor"_s) {
        if (Status s = people.setTeamSupervisor(p.value(u"team"_s), p.value(u"user"_s)); !s)
            return failed(s.error());
        audited(u"team_supervisor_set"_s, p.value(u"team"_s), u"supervised by %1"_s.arg(p.value(u"user"_s)));
        out << p.value(u"user"_s) << " supervises " << p.value(u"team"_s) << '\n';
        return 0;
    }
    if (Status s = people.deleteTeam(p.value(u"team"_s)); !s)
        return failed(s.error());
    audited(u"team_deleted"_s, p.value(u"team"_s), {});
    out << "deleted " << p.value(u"team"_s) << '\n';
    return 0;
}

} // namespace Stride::Server
