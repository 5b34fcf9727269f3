#pragma once

#include "account.h"
#include "protocol/protocol.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Stride::Server {

class ServerDatabase;

// The organisation's teams and people as the server's own commands change them (`team …`, `user add|move|leave|
// import`): every teams, reps and tasks row goes through SyncService::applyAsServer, so the checks of a push
// apply and every replica receives the change at its next sync; the account rows are written in the same
// transaction.
class PeopleService final {
public:
    struct Team {
        QString id;
        QString name;
        QString region;
        QString supervisorId;
        QString supervisorName;
        qint64 people = 0; // active people in it
    };
    // One person to add: `user add` or a row of `user import`.
    struct Person {
        QString name;        // sign-in name
        QString displayName; // the reps row's name; default the sign-in name
        QString role;
        QString team;       // name or id
        QString supervisor; // the supervisor's sign-in name
        QString hireDate;   // YYYY-MM-DD; default today
        QString email;
        QString repId;    // link this reps row (or make it with this id); default a new id
        QString password; // empty: a generated one
    };
    struct Added {
        Account account;
        QString password;
        bool generatedPassword = false;
        bool linkedRep = false; // an existing reps row
        int onboardingTasks = 0;
    };
    struct HandOver {
        qint64 customers = 0;
        qint64 opportunities = 0;
        qint64 tasks = 0;
    };

    explicit PeopleService(ServerDatabase& db);

    // Who the server's own writes are made as.
    static Account systemAccount();

    Result<QList<Team>> teams();
    // A live team by id, or by its (unique) name.
    Result<Team> team(const QString& idOrName);
    Result<Team> addTeam(const QString& name, const QString& region, const QString& id = {});
    Status renameTeam(const QString& team, const QString& name);
    Status setTeamSupervisor(const QString& team, const QString& user);
    Status deleteTeam(const QString& team);

    // Each person checked against the store and the people before it in the list: one Status per person.
    QList<Status> check(const QList<Person>& people);
    // All of them or none: their reps rows (new or linked), a new rep's first-month tasks and their accounts.
    Result<QList<Added>> add(const QList<Person>& people, bool dryRun = false);
    // The person's reps row moves to `team`; their customers, deals and tasks follow it.
    Status move(const QString& user, const QString& team);
    // A person who leaves: their open book goes to `handOverTo`, their reps row becomes inactive and their
    // account disabled; what they did (visits, stage changes) keeps their name.
    Result<HandOver> leave(const QString& user, const QString& handOverTo);

private:
    struct Plan {
        Added added;
        QList<Protocol::PushEntry> entries;
    };
    Result<Plan> plan(const Person& person, const QList<Plan>& earlier, const QString& language);
    // The steps of plan(), each naming the first problem it finds.
    Status planAccount(const Person& person, const QList<Plan>& earlier, Plan& plan);
    Status planRepLink(const Person& person, const QList<Plan>& earlier, Plan& plan);
    // The supervisor's rep id ('' for none) after checking that they may lead this person.
    Result<QString> supervisorRep(const Person& person, const QList<Plan>& earlier, const Account& account);
    static void planRepRow(const Person& person, qint64 hiredAt, const QString& supervisorRep, Plan& plan);
    Result<QList<Protocol::PushEntry>> onboardingTasks(const QString& repId, qint64 hiredAt, const QString& language);
    QString orgLanguage();
    Result<Account> activeAccount(const QString& name);

    ServerDatabase& m_db;
};

} // namespace Stride::Server
