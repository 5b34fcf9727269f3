#include "peopleservice.h"

#include "authservice.h"
#include "passwordhasher.h"
#include "serverdatabase.h"
#include "syncservice.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

using Protocol::PushEntry;

QVariant nullText() {
    return QVariant(QMetaType(QMetaType::QString));
}

PushEntry insertEntry(const QString& entity, const QString& id, const QVariantMap& fields) {
    PushEntry e;
    e.entity = entity;
    e.id = id;
    e.fields = fields;
    return e;
}

// The server's own overwrite of a few fields, whatever their current values.
PushEntry setEntry(const QString& entity, const QString& id, const QVariantMap& fields) {
    PushEntry e = insertEntry(entity, id, fields);
    e.baseVersion = -1;
    return e;
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QStringList> ids(ServerDatabase& db, const QString& sql, const QVariantList& binds) {
    Result<QSqlQuery> q = db.exec(sql, binds);
    if (!q)
        return fail(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    q->finish();
    return out;
}

struct RepRow {
    bool found = false;
    bool deleted = false;
    QString name;
    QString role;
    QString teamId;
    QString supervisorId;
    bool active = true;
};

Result<RepRow> repRow(ServerDatabase& db, const QString& id) {
    Result<QSqlQuery> q = db.exec(
        u"SELECT deleted, name, role, team_id, supervisor_id, COALESCE(active, 1) FROM reps WHERE id = ?"_s, {id});
    if (!q)
        return fail(q.error());
    RepRow r;
    if (q->next())
        r = {true,
             q->value(0).toInt() != 0,
             q->value(1).toString(),
             q->value(2).toString(),
             q->value(3).toString(),
             q->value(4).toString(),
             q->value(5).toInt() != 0};
    q->finish();
    return r;
}

// A first month's five tasks: three pain-point interviews, then two solution drafts, spread over 30 days.
struct OnboardingStep {
    const char* code;
    int number;
    const char* en;
    const char* zh;
};
constexpr OnboardingStep kOnboarding[] = {
    {"pain_point_interview", 1, "First month: pain-point interview 1 of 3", "首月任务：完成第 1 次痛点访谈"},
    {"pain_point_interview", 2, "First month: pain-point interview 2 of 3", "首月任务：完成第 2 次痛点访谈"},
    {"pain_point_interview", 3, "First month: pain-point interview 3 of 3", "首月任务：完成第 3 次痛点访谈"},
    {"solution_draft", 1, "First month: solution draft 1 of 2", "首月任务：完成第 1 份方案草稿"},
    {"solution_draft", 2, "First month: solution draft 2 of 2", "首月任务：完成第 2 份方案草稿"},
};

// Task ids follow from their source key, so the same step of the same rep is always the same row.
const QUuid kOnboardingNamespace(u"6f1d2c1e-3b7a-4f4e-9a53-0c6a4c1f0b11"_s);

} // namespace

PeopleService::PeopleService(ServerDatabase& db)
    : m_db(db) {}

Account PeopleService::systemAccount() {
    return Account{u"stride-server"_s, u"stride-server"_s, u"admin"_s, QString(), QString(), false};
}

Result<QList<PeopleService::Team>> PeopleService::teams() {
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT t.id, t.name, t.region, t.supervisor_id, (SELECT r.name FROM reps r WHERE r.id = t.supervisor_id), "
        "(SELECT count(*) FROM reps r WHERE r.team_id = t.id AND r.deleted = 0 AND COALESCE(r.active, 1) <> 0) "
        "FROM teams t WHERE t.deleted = 0 ORDER BY t.name, t.id"_s);
    if (!q)
        return fail(q.error());
    QList<Team> out;
    while (q->next())
        out << Team{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString(), q->value(5).toLongLong()};
    q->finish();
    return out;
}

Result<PeopleService::Team> PeopleService::team(const QString& idOrName) {
    if (idOrName.trimmed().isEmpty())
        return fail(u"no team given"_s);
    Result<QList<Team>> all = teams();
    if (!all)
        return fail(all.error());
    for (const Team& t : std::as_const(*all)) {
        if (t.id == idOrName)
            return t;
    }
    QList<Team> named;
    for (const Team& t : std::as_const(*all)) {
        if (t.name.trimmed().compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            named << t;
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1)
        return fail(u"%1 teams are named '%2': name it by id"_s.arg(named.size()).arg(idOrName));
    return fail(u"no team '%1' (see stride-server team list)"_s.arg(idOrName));
}

Result<PeopleService::Team> PeopleService::addTeam(const QString& name, const QString& region, const QString& id) {
    if (name.trimmed().isEmpty())
        return fail(u"a team needs a name"_s);
    const QString teamId = id.isEmpty() ? newId() : id;
    Result<QStringList> existing = ids(m_db, u"SELECT id FROM teams WHERE id = ?"_s, {teamId});
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty())
        return fail(u"a team with id '%1' already exists"_s.arg(teamId));
    QVariantMap fields{{u"name"_s, name.trimmed()}};
    if (!region.isEmpty())
        fields.insert(u"region"_s, region);
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r =
        sync.applyAsServer(systemAccount(), {insertEntry(u"teams"_s, teamId, fields)});
    if (!r)
        return fail(r.error());
    return Team{teamId, name.trimmed(), region, QString(), QString(), 0};
}

Status PeopleService::renameTeam(const QString& teamName, const QString& name) {
    if (name.trimmed().isEmpty())
        return fail(u"a team needs a name"_s);
    Result<Team> t = team(teamName);
    if (!t)
        return fail(t.error());
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r =
        sync.applyAsServer(systemAccount(), {setEntry(u"teams"_s, t->id, {{u"name"_s, name.trimmed()}})});
    return r ? Status() : fail(r.error());
}

Status PeopleService::setTeamSupervisor(const QString& teamName, const QString& user) {
    Result<Team> t = team(teamName);
    if (!t)
        return fail(t.error());
    AuthService auth(m_db);
    Result<Account> a = auth.account(user);
    if (!a)
        return fail(a.error());
    if (!a->isSupervisor())
        return fail(u"%1 is a %2, not a supervisor"_s.arg(a->name, a->role));
    if (a->teamId != t->id)
        return fail(u"%1 is not in team %2: move them there first (stride-server user move)"_s.arg(a->name, t->name));
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r =
        sync.applyAsServer(systemAccount(), {setEntry(u"teams"_s, t->id, {{u"supervisor_id"_s, a->repId}})});
    return r ? Status() : fail(r.error());
}

Status PeopleService::deleteTeam(const QString& teamName) {
    Result<Team> t = team(teamName);
    if (!t)
        return fail(t.error());
    PushEntry e = setEntry(u"teams"_s, t->id, {});
    e.remove = true;
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r = sync.applyAsServer(systemAccount(), {e});
    return r ? Status() : fail(r.error());
}

QString PeopleService::orgLanguage() {
    // The organisation's language (org.language), when the store has it; Simplified Chinese otherwise.
    const QString exists = m_db.dialect() == ServerDatabase::Dialect::SQLite
                               ? u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'org_policy'"_s
                               : u"SELECT 1 FROM information_schema.tables WHERE table_name = 'org_policy'"_s;
    Result<QStringList> table = ids(m_db, exists, {});
    if (!table || table->isEmpty())
        return u"zh_CN"_s;
    Result<QStringList> value =
        ids(m_db, u"SELECT value FROM org_policy WHERE id = 'org.language' AND deleted = 0"_s, {});
    if (!value || value->isEmpty())
        return u"zh_CN"_s;
    const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.toUtf8() + value->first().toUtf8() + "]");
    const QString language = doc.array().at(0).toString();
    return language.isEmpty() ? u"zh_CN"_s : language;
}

Result<QList<PushEntry>> PeopleService::onboardingTasks(const QString& repId, qint64 hiredAt, const QString& language) {
    QList<PushEntry> out;
    for (const OnboardingStep& step : kOnboarding) {
        const QString key = u"onboarding:%1:%2:%3"_s.arg(repId, QLatin1StringView(step.code)).arg(step.number);
        Result<QStringList> existing = ids(m_db, u"SELECT id FROM tasks WHERE source_key = ?"_s, {key});
        if (!existing)
            return fail(existing.error());
        if (!existing->isEmpty())
            continue; // made before (even if since deleted): never again
        const qint64 day = 86400;
        const int index = int(&step - kOnboarding);
        const qint64 due = hiredAt + qint64(6 + index * 5) * day + qint64(10) * 3600;
        const QString title = language.startsWith(u"en"_s) ? QString::fromUtf8(step.en) : QString::fromUtf8(step.zh);
        out << insertEntry(u"tasks"_s, QUuid::createUuidV5(kOnboardingNamespace, key).toString(QUuid::WithoutBraces),
                           {{u"owner_id"_s, repId},
                            {u"title"_s, title},
                            {u"due_at"_s, due},
                            {u"source"_s, u"onboarding"_s},
                            {u"source_key"_s, key}});
    }
    return out;
}

Result<PeopleService::Plan> PeopleService::plan(const Person& p, const QList<Plan>& earlier, const QString& language) {
    Plan plan;
    if (Status s = planAccount(p, earlier, plan); !s)
        return fail(s.error());
    Account& a = plan.added.account;
    QDate hired = QDate::currentDate();
    if (!p.hireDate.trimmed().isEmpty()) {
        hired = QDate::fromString(p.hireDate.trimmed(), Qt::ISODate);
        if (!hired.isValid() || p.hireDate.trimmed().size() != 10)
            return fail(u"the hire date must be YYYY-MM-DD, not '%1'"_s.arg(p.hireDate));
    }
    const qint64 hiredAt = QDateTime(hired, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const QString email = p.email.trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' ')))
        return fail(u"'%1' is not an e-mail address"_s.arg(email));
    if (Status s = planRepLink(p, earlier, plan); !s)
        return fail(s.error());
    if (belongsToATeam(a.kind()) && a.teamId.isEmpty())
        return fail(u"a %1 needs a team"_s.arg(a.role));
    Result<QString> supervisor = supervisorRep(p, earlier, a);
    if (!supervisor)
        return fail(supervisor.error());
    planRepRow(p, hiredAt, *supervisor, plan);
    if (a.kind() == Role::Rep) {
        Result<QList<PushEntry>> tasks = onboardingTasks(a.repId, hiredAt, language);
        if (!tasks)
            return fail(tasks.error());
        plan.added.onboardingTasks = int(tasks->size());
        plan.entries += *tasks;
    }
    a.id = newId();
    return plan;
}

// Name, role, password and team of the new account.
Status PeopleService::planAccount(const Person& p, const QList<Plan>& earlier, Plan& plan) {
    Account& a = plan.added.account;
    a.name = p.name.trimmed();
    a.role = p.role.trimmed();
    if (a.name.isEmpty())
        return fail(u"a user needs a name"_s);
    if (!AuthService::isRole(a.role))
        return fail(u"unknown role '%1' (rep, supervisor, director or admin)"_s.arg(a.role));
    if (AuthService(m_db).account(a.name).ok())
        return fail(u"a user named '%1' already exists"_s.arg(a.name));
    for (const Plan& e : earlier) {
        if (e.added.account.name == a.name)
            return fail(u"'%1' is listed twice"_s.arg(a.name));
    }
    plan.added.password = p.password;
    if (p.password.isEmpty()) {
        plan.added.password = PasswordHasher::randomToken().left(14);
        plan.added.generatedPassword = true;
    } else if (Status s = AuthService::checkPassword(p.password); !s) {
        return s;
    }
    if (!p.team.trimmed().isEmpty()) {
        Result<Team> t = team(p.team.trimmed());
        if (!t)
            return fail(t.error());
        a.teamId = t->id;
    }
    return {};
}

// The reps row: linked when it exists (then the person keeps its team), made otherwise.
Status PeopleService::planRepLink(const Person& p, const QList<Plan>& earlier, Plan& plan) {
    Account& a = plan.added.account;
    a.repId = p.repId.trimmed();
    if (a.repId.isEmpty()) {
        a.repId = newId();
        return {};
    }
    Result<RepRow> existing = repRow(m_db, a.repId);
    if (!existing)
        return fail(existing.error());
    if (existing->found) {
        if (existing->deleted)
            return fail(u"the person '%1' was deleted"_s.arg(a.repId));
        Result<QStringList> owner = ids(m_db, u"SELECT name FROM accounts WHERE rep_id = ?"_s, {a.repId});
        if (!owner)
            return fail(owner.error());
        if (!owner->isEmpty())
            return fail(u"the person '%1' already signs in as %2"_s.arg(a.repId, owner->first()));
        if (!a.teamId.isEmpty() && existing->teamId != a.teamId)
            return fail(u"the person '%1' is in team '%2', not '%3'"_s.arg(a.repId, existing->teamId, p.team));
        a.teamId = existing->teamId;
        plan.added.linkedRep = true;
    }
    for (const Plan& e : earlier) {
        if (e.added.account.repId == a.repId)
            return fail(u"the person '%1' is listed twice"_s.arg(a.repId));
    }
    return {};
}

Result<QString> PeopleService::supervisorRep(const Person& p, const QList<Plan>& earlier, const Account& a) {
    const QString supervisor = p.supervisor.trimmed();
    if (supervisor.isEmpty())
        return QString();
    Account s;
    bool found = false;
    for (const Plan& e : earlier) {
        if (e.added.account.name == supervisor) {
            s = e.added.account;
            found = true;
        }
    }
    if (!found) {
        Result<Account> stored = AuthService(m_db).account(supervisor);
        if (!stored)
            return fail(
                u"no supervisor '%1' (one added in the same file must come before their people)"_s.arg(supervisor));
        s = *stored;
    }
    // A rep's supervisor leads their team; a supervisor may also answer to a director.
    const bool aboveTeams = a.kind() != Role::Rep && s.seesAll();
    if (!s.isSupervisor() && !aboveTeams)
        return fail(u"%1 is a %2, not a supervisor"_s.arg(s.name, s.role));
    if (!aboveTeams && s.teamId != a.teamId)
        return fail(u"%1 supervises another team"_s.arg(s.name));
    return s.repId;
}

// The person's reps row: a new one, or the changes to the linked one.
void PeopleService::planRepRow(const Person& p, qint64 hiredAt, const QString& supervisorRep, Plan& plan) {
    const Account& a = plan.added.account;
    const QString email = p.email.trimmed();
    const QString displayName = p.displayName.trimmed();
    if (!plan.added.linkedRep) {
        QVariantMap rep{{u"name"_s, displayName.isEmpty() ? a.name : displayName},
                        {u"role"_s, a.role},
                        {u"hire_date"_s, hiredAt},
                        {u"active"_s, 1}};
        if (!a.teamId.isEmpty())
            rep.insert(u"team_id"_s, a.teamId);
        if (!supervisorRep.isEmpty())
            rep.insert(u"supervisor_id"_s, supervisorRep);
        if (!email.isEmpty())
            rep.insert(u"email"_s, email);
        plan.entries << insertEntry(u"reps"_s, a.repId, rep);
    } else if (!supervisorRep.isEmpty() || !email.isEmpty() || !displayName.isEmpty()) {
        QVariantMap changes;
        if (!supervisorRep.isEmpty())
            changes.insert(u"supervisor_id"_s, supervisorRep);
        if (!email.isEmpty())
            changes.insert(u"email"_s, email);
        if (!displayName.isEmpty())
            changes.insert(u"name"_s, displayName);
        plan.entries << setEntry(u"reps"_s, a.repId, changes);
    }
}

QList<Status> PeopleService::check(const QList<Person>& people) {
    const QString language = orgLanguage();
    QList<Plan> plans;
    QList<Status> out;
    for (const Person& p : people) {
        Result<Plan> one = plan(p, plans, language);
        if (one) {
            plans << *one;
            out << Status();
        } else {
            out << fail(one.error());
        }
    }
    return out;
}

Result<QList<PeopleService::Added>> PeopleService::add(const QList<Person>& people, bool dryRun) {
    const QString language = orgLanguage();
    QList<Plan> plans;
    for (const Person& p : people) {
        Result<Plan> one = plan(p, plans, language);
        if (!one)
            return fail(people.size() == 1 ? one.error() : p.name.trimmed() + u": "_s + one.error());
        plans << *one;
    }
    QList<PushEntry> entries;
    for (const Plan& p : std::as_const(plans))
        entries += p.entries;
    AuthService auth(m_db);
    SyncService::ServerWrite with;
    with.dryRun = dryRun;
    with.finish = [&]() -> Status {
        for (const Plan& p : std::as_const(plans)) {
            if (Status s = auth.insertAccount(p.added.account, p.added.password); !s)
                return s;
        }
        return {};
    };
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r = sync.applyAsServer(systemAccount(), entries, with);
    if (!r)
        return fail(r.error());
    QList<Added> out;
    for (const Plan& p : std::as_const(plans))
        out << p.added;
    return out;
}

Result<Account> PeopleService::activeAccount(const QString& name) {
    AuthService auth(m_db);
    Result<Account> a = auth.account(name);
    if (!a)
        return fail(a.error());
    if (a->disabled)
        return fail(u"%1's account is disabled"_s.arg(a->name));
    Result<RepRow> rep = repRow(m_db, a->repId);
    if (!rep)
        return fail(rep.error());
    if (!rep->found || rep->deleted)
        return fail(u"%1 has no person row (rep '%2')"_s.arg(a->name, a->repId));
    if (!rep->active)
        return fail(u"%1 has left"_s.arg(a->name));
    return a;
}

Status PeopleService::move(const QString& user, const QString& teamName) {
    Result<Account> a = activeAccount(user);
    if (!a)
        return fail(a.error());
    Result<Team> t = team(teamName);
    if (!t)
        return fail(t.error());
    if (a->teamId == t->id)
        return fail(u"%1 is already in team %2"_s.arg(a->name, t->name));
    const QString repId = a->repId;
    const QString teamId = t->id;
    SyncService::ServerWrite with;
    with.prepare = [this, repId, teamId](QList<PushEntry>& entries) -> Status {
        // Whom they supervised stays behind: those links end with the move.
        entries << setEntry(u"reps"_s, repId, {{u"team_id"_s, teamId}, {u"supervisor_id"_s, nullText()}});
        Result<QStringList> teams =
            ids(m_db, u"SELECT id FROM teams WHERE supervisor_id = ? AND deleted = 0"_s, {repId});
        if (!teams)
            return fail(teams.error());
        for (const QString& id : std::as_const(*teams))
            entries << setEntry(u"teams"_s, id, {{u"supervisor_id"_s, nullText()}});
        Result<QStringList> reps =
            ids(m_db, u"SELECT id FROM reps WHERE supervisor_id = ? AND deleted = 0 AND id <> ?"_s, {repId, repId});
        if (!reps)
            return fail(reps.error());
        for (const QString& id : std::as_const(*reps))
            entries << setEntry(u"reps"_s, id, {{u"supervisor_id"_s, nullText()}});
        return {};
    };
    with.finish = [this, repId, teamId]() -> Status {
        return m_db.execute(u"UPDATE accounts SET team_id = ? WHERE rep_id = ?"_s, {teamId, repId});
    };
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r = sync.applyAsServer(systemAccount(), {}, with);
    return r ? Status() : fail(r.error());
}

Result<PeopleService::HandOver> PeopleService::leave(const QString& user, const QString& handOverTo) {
    Result<Account> a = activeAccount(user);
    if (!a)
        return fail(a.error());
    Result<Account> to = activeAccount(handOverTo);
    if (!to)
        return fail(to.error());
    if (to->id == a->id)
        return fail(u"%1 cannot hand their work over to themselves"_s.arg(a->name));
    const QString from = a->repId;
    const QString heir = to->repId;
    const QString accountId = a->id;
    HandOver counts;
    SyncService::ServerWrite with;
    with.prepare = [&](QList<PushEntry>& entries) -> Status {
        struct Book {
            const char* entity;
            QString sql;
            qint64* count;
        };
        const Book books[] = {
            {"customers", u"SELECT id FROM customers WHERE owner_id = ? AND deleted = 0 ORDER BY id"_s,
             &counts.customers},
            {"opportunities",
             u"SELECT id FROM opportunities WHERE owner_id = ? AND deleted = 0 AND (stage IS NULL OR stage NOT IN "
             "('won', 'lost')) ORDER BY id"_s,
             &counts.opportunities},
            {"tasks", u"SELECT id FROM tasks WHERE owner_id = ? AND deleted = 0 AND done_at IS NULL ORDER BY id"_s,
             &counts.tasks},
        };
        for (const Book& b : books) {
            Result<QStringList> rows = ids(m_db, b.sql, {from});
            if (!rows)
                return fail(rows.error());
            for (const QString& id : std::as_const(*rows))
                entries << setEntry(QString::fromLatin1(b.entity), id, {{u"owner_id"_s, heir}});
            *b.count = rows->size();
        }
        Result<QStringList> teams =
            ids(m_db, u"SELECT id FROM teams WHERE supervisor_id = ? AND deleted = 0"_s, {from});
        if (!teams)
            return fail(teams.error());
        for (const QString& id : std::as_const(*teams))
            entries << setEntry(u"teams"_s, id, {{u"supervisor_id"_s, nullText()}});
        Result<QStringList> reps =
            ids(m_db, u"SELECT id FROM reps WHERE supervisor_id = ? AND deleted = 0 AND id <> ?"_s, {from, from});
        if (!reps)
            return fail(reps.error());
        for (const QString& id : std::as_const(*reps))
            entries << setEntry(u"reps"_s, id, {{u"supervisor_id"_s, nullText()}});
        entries << setEntry(u"reps"_s, from, {{u"active"_s, 0}});
        return {};
    };
    with.finish = [this, accountId]() -> Status {
        if (Status s = m_db.execute(u"UPDATE accounts SET disabled = 1 WHERE id = ?"_s, {accountId}); !s)
            return s;
        return m_db.execute(u"DELETE FROM tokens WHERE account_id = ?"_s, {accountId});
    };
    SyncService sync(m_db);
    Result<QList<Protocol::PushResult>> r = sync.applyAsServer(systemAccount(), {}, with);
    if (!r)
        return fail(r.error());
    return counts;
}

} // namespace Stride::Server
