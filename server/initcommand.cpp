#include "initcommand.h"

#include "account.h"
#include "commandline.h"
#include "domain/methoddefaults.h"
#include "serverdatabase.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Stride::Server {

QString InitCommand::systemAccountName() {
    return u"system"_s;
}

Result<InitCommand::Report> InitCommand::initialise(ServerDatabase& db, const Options& options) {
    OrgPolicy policy = OrgPolicy::defaults(options.language);
    policy.name = options.name.trimmed();
    if (!options.timeZone.isEmpty())
        policy.timeZone = options.timeZone;
    for (const QString& key : OrgPolicy::keys()) {
        if (Status s = OrgPolicy::validate(key, policy.value(key)); !s)
            return fail(s.error());
    }

    Report report;
    QList<Protocol::PushEntry> entries;
    for (const MethodDefaults::Row& row : MethodDefaults::rows(policy, systemAccountName())) {
        // Table names come from the registry (the rows are ours), the id is bound.
        Result<QSqlQuery> q = db.exec(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(row.entity), {row.id});
        if (!q)
            return fail(q.error());
        const bool exists = q->next();
        q->finish();
        if (exists) {
            ++report.kept;
            continue;
        }
        Protocol::PushEntry e;
        e.mutationId = entries.size() + 1;
        e.entity = row.entity;
        e.id = row.id;
        e.fields = row.fields;
        entries << e;
    }
    if (entries.isEmpty())
        return report;
    const Account system{u"system"_s, systemAccountName(), u"admin"_s, {}, {}, false};
    SyncService sync(db);
    Result<QList<Protocol::PushResult>> applied = sync.applyAsServer(system, entries);
    if (!applied)
        return fail(applied.error());
    report.written = int(entries.size());
    return report;
}

int InitCommand::run(const QStringList& args) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Give a new organisation its sales method (standard actions, behaviour points, rules) and its policy"_s);
    p.addHelpOption();
    p.addOption({u"db"_s, u"SQLite file or postgresql:// URL"_s, u"URL"_s});
    p.addOption({u"name"_s, u"the organisation's name"_s, u"ORG"_s});
    p.addOption({u"lang"_s, u"zh_CN or en: the organisation's language"_s, u"LANG"_s, u"zh_CN"_s});
    p.addOption({u"timezone"_s,
                 u"IANA time zone of its days and months (default Asia/Shanghai for zh_CN, UTC for en)"_s, u"ZONE"_s});
    if (const std::optional<int> stop = parseOrAnswer(p, args))
        return *stop;
    if (!p.isSet(u"db"_s) || p.value(u"name"_s).trimmed().isEmpty()) {
        err << "usage: stride-server init --db URL --name ORG [--lang zh_CN|en] [--timezone ZONE]\n";
        return 1;
    }
    Options options;
    options.name = p.value(u"name"_s);
    options.language = p.value(u"lang"_s);
    options.timeZone = p.value(u"timezone"_s);
    if (Status s = OrgPolicy::validate(OrgPolicy::kLanguage, options.language); !s) {
        err << "stride-server: --lang must be zh_CN or en, not '" << options.language << "'\n";
        return 1;
    }
    if (!options.timeZone.isEmpty()) {
        if (Status s = OrgPolicy::validate(OrgPolicy::kTimeZone, options.timeZone); !s) {
            err << "stride-server: --timezone '" << options.timeZone
                << "' is not a known time zone (an IANA id such as Asia/Shanghai)\n";
            return 1;
        }
    }
    if (Status s = OrgPolicy::validate(OrgPolicy::kName, options.name.trimmed()); !s) {
        err << "stride-server: --name: " << s.error() << '\n';
        return 1;
    }
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(p.value(u"db"_s));
    if (!db) {
        err << "stride-server: " << db.error() << '\n';
        return 2;
    }
    Result<Report> report = initialise(**db, options);
    if (!report) {
        err << "stride-server: init of " << (*db)->displayUrl() << " failed, nothing was written: " << report.error()
            << '\n';
        return 2;
    }
    if (report->written == 0)
        out << "the sales method and policy of " << (*db)->displayUrl() << " are already in place (" << report->kept
            << " rows kept as they are)\n";
    else
        out << "initialised " << (*db)->displayUrl() << ": " << report->written << " rows written, " << report->kept
            << " existing rows kept as they are\n";
    return 0;
}

} // namespace Stride::Server
