#include "usercommand.h"

#include "auditlog.h"
#include "authservice.h"
#include "commandline.h"
#include "io/csvreader.h"
#include "passwordhasher.h"
#include "peopleservice.h"
#include "serverdatabase.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

QString readPasswordLine() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

void addOptions(QCommandLineParser& p) {
    p.setApplicationDescription(
        u"Manage people and accounts: user add|import|list|move|leave|reset-password|disable|enable|unlock"_s);
    p.addHelpOption();
    p.addPositionalArgument(u"action"_s,
                            u"add, import, list, move, leave, reset-password, disable, enable or unlock"_s);
    p.addPositionalArgument(u"login"_s, u"unlock: the sign-in name (or --name)"_s, u"[LOGIN]"_s);
    p.addOption({u"db"_s, u"SQLite file or postgresql:// URL"_s, u"URL"_s});
    p.addOption({u"name"_s, u"account name (sign-in name)"_s, u"NAME"_s});
    p.addOption({u"role"_s, u"add: rep, supervisor, director or admin"_s, u"ROLE"_s});
    p.addOption({u"team"_s, u"add, move: the team, by id or name (reps and supervisors need one)"_s, u"TEAM"_s});
    p.addOption({u"display-name"_s, u"add: the name colleagues see (default: the sign-in name)"_s, u"NAME"_s});
    p.addOption({u"supervisor"_s, u"add: the sign-in name of a supervisor of the same team"_s, u"USER"_s});
    p.addOption({u"hire-date"_s, u"add: YYYY-MM-DD (default: today)"_s, u"DATE"_s});
    p.addOption({u"email"_s, u"add: e-mail address"_s, u"EMAIL"_s});
    p.addOption({u"rep"_s, u"add: link this existing person (reps row) instead of making a new one"_s, u"REP"_s});
    p.addOption({u"hand-over-to"_s, u"leave: who takes over the open customers, deals and tasks"_s, u"USER"_s});
    p.addOption({u"csv"_s, u"import: the CSV file of people"_s, u"FILE"_s});
    p.addOption({u"dry-run"_s, u"import: check every row and write nothing"_s});
    p.addOption(
        {u"password-stdin"_s, u"add, reset-password: read the password from the first line of standard input"_s});
}

// The options each action needs beyond --db; false (with the reason on `err`) when one is missing.
bool hasRequiredOptions(const QString& action, const QCommandLineParser& p, QTextStream& err) {
    if (action != u"list"_s && action != u"import"_s && !p.isSet(u"name"_s)) {
        err << "stride-server user " << action << ": --name is required\n";
        return false;
    }
    if (action == u"import"_s && !p.isSet(u"csv"_s)) {
        err << "stride-server user import: --csv is required\n";
        return false;
    }
    if (action == u"move"_s && !p.isSet(u"team"_s)) {
        err << "stride-server user move: --team is required\n";
        return false;
    }
    if (action == u"leave"_s && !p.isSet(u"hand-over-to"_s)) {
        err << "stride-server user leave: --hand-over-to is required (who takes over their customers)\n";
        return false;
    }
    if (action == u"add"_s && !p.isSet(u"password-stdin"_s)) {
        err << "stride-server user add: pass the password with --password-stdin (never on the command line)\n";
        return false;
    }
    return true;
}

// `user add`: one person with the password read from standard input.
Status addPerson(const QCommandLineParser& p, PeopleService& people, QTextStream& out) {
    PeopleService::Person person;
    person.name = p.value(u"name"_s);
    person.role = p.value(u"role"_s);
    person.team = p.value(u"team"_s);
    person.displayName = p.value(u"display-name"_s);
    person.supervisor = p.value(u"supervisor"_s);
    person.hireDate = p.value(u"hire-date"_s);
    person.email = p.value(u"email"_s);
    person.repId = p.value(u"rep"_s);
    person.password = readPasswordLine();
    if (Status s = AuthService::checkPassword(person.password); !s)
        return s;
    Result<QList<PeopleService::Added>> added = people.add({person});
    if (!added)
        return fail(added.error());
    const Account& a = added->first().account;
    out << "added " << a.name << " (" << a.role << ", team " << (a.teamId.isEmpty() ? u"-"_s : a.teamId) << ", rep "
        << a.repId << ")";
    if (added->first().onboardingTasks > 0)
        out << ", " << added->first().onboardingTasks << " first-month tasks";
    out << '\n';
    return {};
}

// The columns of an import file by name, or nullopt (with the reason on `err`) for an unknown, repeated or
// missing column.
std::optional<QHash<QString, int>> importColumns(const CsvReader::Record& header, QTextStream& err) {
    const QStringList known{u"name"_s,       u"display_name"_s, u"role"_s,      u"team"_s,
                            u"supervisor"_s, u"email"_s,        u"hire_date"_s, u"password"_s};
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name)) {
            err << "stride-server user import: unknown column '" << header.fields.at(i) << "' (the columns are "
                << known.join(u", "_s) << ")\n";
            return std::nullopt;
        }
        if (column.contains(name)) {
            err << "stride-server user import: the column '" << name << "' appears twice\n";
            return std::nullopt;
        }
        column.insert(name, i);
    }
    for (const QString& required : {u"name"_s, u"role"_s}) {
        if (!column.contains(required)) {
            err << "stride-server user import: the header has no '" << required << "' column\n";
            return std::nullopt;
        }
    }
    return column;
}

// The people of an import file's rows, each with its line; rows with the wrong number of fields are refused.
struct ImportRows {
    QList<PeopleService::Person> people;
    QList<int> lines;
    QStringList refused;
};

ImportRows importRows(const QList<CsvReader::Record>& records, const CsvReader::Record& header,
                      const QHash<QString, int>& column) {
    ImportRows rows;
    for (const CsvReader::Record& r : records) {
        if (r.fields.size() != header.fields.size()) {
            rows.refused << u"line %1: %2 fields, the header has %3"_s.arg(r.line)
                                .arg(r.fields.size())
                                .arg(header.fields.size());
            continue;
        }
        auto value = [&](const QString& name) {
            return column.contains(name) ? r.fields.at(column.value(name)) : QString();
        };
        PeopleService::Person person;
        person.name = value(u"name"_s);
        person.displayName = value(u"display_name"_s);
        person.role = value(u"role"_s).trimmed();
        person.team = value(u"team"_s);
        person.supervisor = value(u"supervisor"_s);
        person.email = value(u"email"_s);
        person.hireDate = value(u"hire_date"_s);
        person.password = value(u"password"_s);
        rows.people << person;
        rows.lines << r.line;
    }
    return rows;
}

// Every refused row in line order, then the count; nothing was imported.
void printRefused(QStringList refused, qsizetype rowCount, QTextStream& err) {
    std::sort(refused.begin(), refused.end(), [](const QString& a, const QString& b) {
        return a.section(u':', 0, 0).mid(5).toInt() < b.section(u':', 0, 0).mid(5).toInt();
    });
    for (const QString& line : std::as_const(refused))
        err << "stride-server user import: " << line << '\n';
    err << "stride-server user import: " << refused.size() << " of " << rowCount
        << " rows refused; nothing was imported\n";
}

// The summary, then the one-time passwords generated for people added without one.
void printAdded(const QList<PeopleService::Added>& added, bool dryRun) {
    QTextStream out(stdout);
    int tasks = 0;
    for (const PeopleService::Added& a : added)
        tasks += a.onboardingTasks;
    out << (dryRun ? "would add " : "added ") << added.size() << " people with " << tasks << " first-month tasks"
        << (dryRun ? " (dry run: nothing written)" : "") << '\n';
    bool header = false;
    for (const PeopleService::Added& a : added) {
        if (!a.generatedPassword || dryRun)
            continue;
        if (!header)
            out << "\nname\tone-time password\n";
        header = true;
        out << a.account.name << '\t' << a.password << '\n';
    }
}

// One action on an open store; its audit entry is written after the change (a failure to write one is logged).
int act(const QString& action, const QString& name, const QCommandLineParser& p, ServerDatabase& db, QTextStream& out,
        QTextStream& err) {
    AuthService auth(db);
    PeopleService people(db);
    auto failed = [&](const QString& why) {
        err << "stride-server user " << action << ": " << why << '\n';
        return 2;
    };
    auto audited = [&](const QString& event, const QString& detail) {
        (void)AuditLog(db).record({event, AuditLog::commandActor(), name, {}, detail});
    };
    if (action == u"add"_s) {
        if (Status s = addPerson(p, people, out); !s)
            return failed(s.error());
        audited(u"user_added"_s, u"role %1, team %2"_s.arg(p.value(u"role"_s), p.value(u"team"_s)));
        return 0;
    }
    if (action == u"list"_s) {
        Result<QList<Account>> all = auth.listUsers();
        if (!all)
            return failed(all.error());
        out << "name\trole\tteam\trep\tstatus\n";
        for (const Account& a : std::as_const(*all))
            out << a.name << '\t' << a.role << '\t' << a.teamId << '\t' << a.repId << '\t'
                << (a.disabled ? "disabled" : "active") << '\n';
        return 0;
    }
    if (action == u"move"_s) {
        if (Status s = people.move(p.value(u"name"_s), p.value(u"team"_s)); !s)
            return failed(s.error());
        audited(u"user_moved"_s, u"to team %1"_s.arg(p.value(u"team"_s)));
        out << "moved " << p.value(u"name"_s) << " to " << p.value(u"team"_s) << '\n';
        return 0;
    }
    if (action == u"leave"_s) {
        Result<PeopleService::HandOver> h = people.leave(p.value(u"name"_s), p.value(u"hand-over-to"_s));
        if (!h)
            return failed(h.error());
        audited(u"user_left"_s, u"handed over to %1"_s.arg(p.value(u"hand-over-to"_s)));
        out << p.value(u"name"_s) << " has left; " << h->customers << " customers, " << h->opportunities
            << " open deals and " << h->tasks << " open tasks handed over to " << p.value(u"hand-over-to"_s) << '\n';
        return 0;
    }
    if (action == u"reset-password"_s) {
        const bool generated = !p.isSet(u"password-stdin"_s);
        const QString password = generated ? PasswordHasher::randomToken().left(14) : readPasswordLine();
        if (Status s = auth.setPassword(p.value(u"name"_s), password); !s)
            return failed(s.error());
        audited(u"password_reset"_s,
                generated ? u"a one-time password; every session ended"_s : u"every session ended"_s);
        if (generated)
            out << "one-time password for " << p.value(u"name"_s) << ": " << password
                << "\n(give it to them in person; they change it with stride-cli password or in the app)\n";
        else
            out << "password of " << p.value(u"name"_s) << " reset\n";
        return 0;
    }
    if (action == u"unlock"_s) {
        Result<bool> cleared = auth.unlock(name);
        if (!cleared)
            return failed(cleared.error());
        audited(u"unlocked"_s, *cleared ? u"sign-in failures cleared"_s : u"was not locked"_s);
        out << (*cleared ? u"unlocked %1\n"_s : u"%1 was not locked\n"_s).arg(name);
        return 0;
    }
    if (Status s = auth.setDisabled(p.value(u"name"_s), action == u"disable"_s); !s)
        return failed(s.error());
    audited(action == u"disable"_s ? u"user_disabled"_s : u"user_enabled"_s, {});
    out << action << "d " << p.value(u"name"_s) << '\n';
    return 0;
}

} // namespace

int UserCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    addOptions(p);
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    const QStringList pos = p.positionalArguments();
    // `user unlock --db URL LOGIN` names the account after the action; every other action takes --name.
    const bool unlockByPosition = pos.size() == 2 && pos.first() == u"unlock"_s && !p.isSet(u"name"_s);
    if ((pos.size() != 1 && !unlockByPosition) || !p.isSet(u"db"_s)) {
        err << "usage: stride-server user add|import|list|move|leave|reset-password|disable|enable|unlock --db URL "
               "[--name N] …\n";
        return 1;
    }
    const QString& action = pos.first();
    const QStringList actions{u"add"_s,     u"import"_s, u"list"_s,  u"move"_s, u"leave"_s, u"reset-password"_s,
                              u"disable"_s, u"enable"_s, u"unlock"_s};
    if (!actions.contains(action)) {
        err << "stride-server user: unknown action '" << action << "'\n";
        return 1;
    }
    if (!unlockByPosition && !hasRequiredOptions(action, p, err))
        return 1;
    const QString name = unlockByPosition ? pos.at(1) : p.value(u"name"_s);
    if (action == u"import"_s)
        return import(p.value(u"db"_s), p.value(u"csv"_s), p.isSet(u"dry-run"_s));

    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    return act(action, name, p, **db, out, err);
}

int UserCommand::import(const QString& dbUrl, const QString& csvPath, bool dryRun) {
    QTextStream err(stderr);
    Result<QList<CsvReader::Record>> records = CsvReader::readFile(csvPath);
    if (!records) {
        err << "stride-server user import: " << records.error() << '\n';
        return 2;
    }
    if (records->isEmpty()) {
        err << "stride-server user import: " << csvPath << " is empty (it needs a header line)\n";
        return 2;
    }
    const CsvReader::Record header = records->takeFirst();
    const std::optional<QHash<QString, int>> column = importColumns(header, err);
    if (!column)
        return 2;
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(dbUrl);
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    ImportRows rows = importRows(*records, header, *column);
    PeopleService service(**db);
    const QList<Status> checks = service.check(rows.people);
    for (int i = 0; i < checks.size(); ++i) {
        if (!checks.at(i))
            rows.refused << u"line %1: %2"_s.arg(rows.lines.at(i)).arg(checks.at(i).error());
    }
    if (!rows.refused.isEmpty()) {
        printRefused(rows.refused, records->size(), err);
        return 2;
    }
    Result<QList<PeopleService::Added>> added = service.add(rows.people, dryRun);
    if (!added) {
        err << "stride-server user import: " << added.error() << "; nothing was imported\n";
        return 2;
    }
    if (!dryRun) {
        for (const PeopleService::Added& a : std::as_const(*added))
            (void)AuditLog(**db).record({u"user_added"_s,
                                         AuditLog::commandActor(),
                                         a.account.name,
                                         {},
                                         u"imported from %1: role %2, team %3"_s.arg(
                                             QFileInfo(csvPath).fileName(), a.account.role, a.account.teamId)});
    }
    printAdded(*added, dryRun);
    return 0;
}

} // namespace Stride::Server
