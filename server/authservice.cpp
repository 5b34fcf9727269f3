#include "authservice.h"

#include "auditlog.h"
#include "logging.h"
#include "passwordhasher.h"
#include "serverdatabase.h"
#include "signinthrottle.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// The team is the account's reps row's (the one source of truth, which an admin may change from any client);
// accounts.team_id only for an account with no reps row.
const QString kAccountColumns =
    u"a.id, a.name, a.role, CASE WHEN r.id IS NULL THEN a.team_id ELSE r.team_id END, a.rep_id, a.disabled, a.salt, "
    "a.password_hash, a.iterations"_s;
const QString kAccountsJoined = u"accounts a LEFT JOIN reps r ON r.id = a.rep_id AND r.deleted = 0"_s;

Account accountFrom(const QSqlQuery& q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() != 0};
}

} // namespace

AuthService::AuthService(ServerDatabase& db, qint64 accessTtlSecs, qint64 refreshTtlSecs)
    : m_db(db)
    , m_accessTtl(accessTtlSecs)
    , m_refreshTtl(refreshTtlSecs) {}

bool AuthService::isRole(const QString& role) {
    return roleFromString(role) != Role::Unknown;
}

Result<Account> AuthService::addUser(const QString& name, const QString& role, const QString& teamId,
                                     const QString& repId, const QString& password) {
    if (name.trimmed().isEmpty())
        return fail(u"a user needs a name"_s);
    if (!isRole(role))
        return fail(u"unknown role '%1' (rep, supervisor, director or admin)"_s.arg(role));
    if (belongsToATeam(roleFromString(role)) && teamId.isEmpty())
        return fail(u"a %1 needs --team"_s.arg(role));
    if (Status s = checkPassword(password); !s)
        return fail(s.error());
    Account a{
        QUuid::createUuid().toString(QUuid::WithoutBraces), name, role, teamId, repId.isEmpty() ? name : repId, false};
    if (Status s = insertAccount(a, password); !s)
        return fail(s.error());
    return a;
}

Status AuthService::checkPassword(const QString& password) {
    if (password.size() < kMinPasswordLength)
        return fail(u"the password must have at least %1 characters"_s.arg(kMinPasswordLength));
    return {};
}

Status AuthService::insertAccount(const Account& a, const QString& password) {
    if (accountBy(u"a.name"_s, a.name).ok())
        return fail(u"a user named '%1' already exists"_s.arg(a.name));
    const PasswordHasher::Hashed h = PasswordHasher::hash(password);
    QVariant team = a.teamId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.teamId);
    return m_db.execute(u"INSERT INTO accounts (id, name, role, team_id, rep_id, salt, password_hash, "
                        "iterations, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {a.id, a.name, a.role, team, a.repId, h.salt, h.hash, h.iterations, a.disabled ? 1 : 0, now()});
}

Result<Account> AuthService::account(const QString& name) {
    return accountBy(u"a.name"_s, name);
}

Status AuthService::setPassword(const QString& name, const QString& password) {
    if (Status s = checkPassword(password); !s)
        return s;
    Result<Account> a = accountBy(u"a.name"_s, name);
    if (!a)
        return fail(a.error());
    const PasswordHasher::Hashed h = PasswordHasher::hash(password);
    if (Status s = m_db.beginWrite(); !s)
        return s;
    Status s = m_db.execute(u"UPDATE accounts SET salt = ?, password_hash = ?, iterations = ? WHERE id = ?"_s,
                            {h.salt, h.hash, h.iterations, a->id});
    if (s)
        s = m_db.execute(u"DELETE FROM tokens WHERE account_id = ?"_s, {a->id});
    if (s)
        s = m_db.commit();
    if (!s)
        m_db.rollback();
    return s;
}

Outcome<Protocol::SessionTokens> AuthService::changePassword(const Account& account, const QString& oldPassword,
                                                             const QString& newPassword) {
    // The current password is guessed here too by whoever holds a stolen access token: its failures count
    // against the name like sign-in failures, from a place of the account's own that is never trusted (one
    // place shared by every account would let a few accounts' failures hold up everyone's password changes).
    const QString place = u"(password change of %1)"_s.arg(account.name);
    SignInThrottle throttle(m_db, *m_clock);
    Result<SignInThrottle::Decision> decision = throttle.check(account.name, place);
    if (!decision)
        return unavailable(decision.error());
    if (decision->verdict == SignInThrottle::Verdict::Locked)
        return ApiError{403, u"account_locked"_s,
                        u"this account is locked after too many failed sign-ins; an administrator can unlock it"_s};
    if (decision->verdict != SignInThrottle::Verdict::Allowed)
        return ApiError::retryLater(429, u"too_many_attempts"_s,
                                    u"too many wrong passwords; retry in %1 s"_s.arg(decision->retryAfterSecs),
                                    decision->retryAfterSecs);
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT salt, password_hash, iterations FROM accounts WHERE id = ?"_s, {account.id});
    if (!q)
        return unavailable(q.error());
    if (!q->next())
        return unauthorized(u"the account no longer exists"_s);
    const bool match =
        PasswordHasher::verify(oldPassword, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt());
    q->finish();
    if (!match) {
        Result<SignInThrottle::Failure> f = throttle.failed(account.name, place, false);
        if (!f)
            return unavailable(f.error());
        (void)AuditLog(m_db, *m_clock)
            .record({u"password_change_failed"_s,
                     account.name,
                     account.name,
                     {},
                     u"wrong current password; %1 failures in a row"_s.arg(f->accountFailures)});
        if (f->lockedNow)
            (void)AuditLog(m_db, *m_clock)
                .record({u"locked"_s, {}, account.name, {}, u"locked after %1 failures"_s.arg(f->accountFailures)});
        return ApiError{403, u"wrong_password"_s, u"the current password is not right"_s};
    }
    if (Status s = checkPassword(newPassword); !s)
        return ApiError{400, u"weak_password"_s, s.error()};
    const PasswordHasher::Hashed h = PasswordHasher::hash(newPassword);
    if (Status s = m_db.beginWrite(); !s)
        return unavailable(s.error());
    // Every session of the account ends, the caller's too: the answer is a fresh one for the caller.
    Status s = m_db.execute(u"UPDATE accounts SET salt = ?, password_hash = ?, iterations = ? WHERE id = ?"_s,
                            {h.salt, h.hash, h.iterations, account.id});
    if (s)
        s = m_db.execute(u"DELETE FROM tokens WHERE account_id = ?"_s, {account.id});
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return unavailable(s.error());
    }
    (void)AuditLog(m_db, *m_clock)
        .record({u"password_changed"_s, account.name, account.name, {}, u"every other session ended"_s});
    return issue(account);
}

Result<QList<Account>> AuthService::listUsers() {
    Result<QSqlQuery> q = m_db.exec(u"SELECT %1 FROM %2 ORDER BY a.name"_s.arg(kAccountColumns, kAccountsJoined));
    if (!q)
        return fail(q.error());
    QList<Account> out;
    while (q->next())
        out << accountFrom(*q);
    return out;
}

Status AuthService::setDisabled(const QString& name, bool disabled) {
    Result<Account> a = accountBy(u"a.name"_s, name);
    if (!a)
        return fail(a.error());
    if (Status s = m_db.execute(u"UPDATE accounts SET disabled = ? WHERE id = ?"_s, {disabled ? 1 : 0, a->id}); !s)
        return s;
    if (disabled)
        return m_db.execute(u"DELETE FROM tokens WHERE account_id = ?"_s, {a->id});
    return {};
}

Result<Account> AuthService::accountBy(const QString& column, const QString& value) {
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(kAccountColumns, kAccountsJoined, column), {value});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"no user '%1'"_s.arg(value));
    return accountFrom(*q);
}

Outcome<Protocol::SessionTokens> AuthService::login(const QString& name, const QString& password,
                                                    const QString& address) {
    // A name is at most a few dozen characters; a longer one is not a name, and would otherwise be stored in the
    // throttle's table and the audit trail at whatever size the body limit allows.
    if (name.size() > kMaxNameLength)
        return badRequest(u"the user name is longer than %1 characters"_s.arg(kMaxNameLength));
    SignInThrottle throttle(m_db, *m_clock);
    AuditLog audit(m_db, *m_clock);
    Result<SignInThrottle::Decision> decision = throttle.check(name, address);
    if (!decision)
        return unavailable(decision.error());
    // While an attempt must wait its password is not checked: guessing gains nothing by trying anyway.
    switch (decision->verdict) {
    case SignInThrottle::Verdict::Allowed:
        break;
    case SignInThrottle::Verdict::Locked:
        recordRefusal(audit, name, address, false, u"locked after too many failed sign-ins"_s);
        return ApiError{403, u"account_locked"_s,
                        u"this account is locked after too many failed sign-ins; an administrator can unlock it"_s};
    case SignInThrottle::Verdict::AccountDelayed:
    case SignInThrottle::Verdict::AddressDelayed: {
        const bool account = decision->verdict == SignInThrottle::Verdict::AccountDelayed;
        recordRefusal(audit, name, address, !account,
                      u"throttled (%1), retry in %2 s"_s.arg(account ? u"this name"_s : u"this address"_s)
                          .arg(decision->retryAfterSecs));
        return ApiError::retryLater(
            429, u"too_many_attempts"_s,
            u"too many failed sign-ins %1; retry in %2 s"_s.arg(account ? u"for this user"_s : u"from this address"_s)
                .arg(decision->retryAfterSecs),
            decision->retryAfterSecs);
    }
    }
    // A name that is failing has its attempts checked one at a time: otherwise, each time its delay runs out,
    // every server thread could check a guess before the first failure is counted.
    const bool gated = decision->failing;
    if (gated) {
        const std::lock_guard<std::mutex> lock(m_verifyingLock);
        if (!m_verifying.insert(name).second)
            return ApiError::retryLater(429, u"too_many_attempts"_s,
                                        u"another sign-in for this user is being checked; retry in 1 s"_s, 1);
    }
    const auto done = qScopeGuard([this, &name, gated] {
        if (!gated)
            return;
        const std::lock_guard<std::mutex> lock(m_verifyingLock);
        m_verifying.erase(name);
    });
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT %1 FROM %2 WHERE a.name = ?"_s.arg(kAccountColumns, kAccountsJoined), {name});
    if (!q)
        return unavailable(q.error());
    const bool found = q->next();
    // Same work for an unknown user, so that timing does not reveal which names exist.
    const QString salt = found ? q->value(6).toString() : u"AAAAAAAAAAAAAAAAAAAAAA=="_s;
    const QString hash = found ? q->value(7).toString() : QString();
    const int iterations = found ? q->value(8).toInt() : PasswordHasher::iterations();
    const bool match = PasswordHasher::verify(password, salt, hash, iterations);
    // A hash from before the iteration count was raised verifies faster than an unknown name's: the difference
    // is made up, so that timing does not single out the accounts nobody has signed in to since.
    if (iterations < PasswordHasher::iterations())
        (void)PasswordHasher::verify(password, salt, QString(), PasswordHasher::iterations() - iterations);
    const Account a = found ? accountFrom(*q) : Account{};
    q->finish();
    if (!found || !match) {
        Result<SignInThrottle::Failure> f = throttle.failed(name, address, decision->trusted);
        if (!f)
            return unavailable(f.error());
        const QString reason = found ? u"wrong password"_s : u"unknown user"_s;
        // The name and address quoted and escaped: a name may hold a line break that would forge a log line.
        qCWarning(lcServer) << "sign-in failed for" << name << "from" << address << "(" << qUtf8Printable(reason) << ","
                            << f->accountFailures << "failures in a row )";
        (void)audit.record(
            {u"signin_failed"_s,
             {},
             name,
             address,
             u"%1; %2 failures in a row%3"_s.arg(reason)
                 .arg(f->accountFailures)
                 .arg(decision->trusted ? u" (from a trusted address: not counted against the name)"_s : QString())});
        if (f->lockedNow) {
            qCWarning(lcServer) << "sign-in name" << name << "locked after" << f->accountFailures
                                << "failures; `stride-server user unlock` lifts it";
            (void)audit.record(
                {u"locked"_s, {}, name, address, u"locked after %1 failed sign-ins"_s.arg(f->accountFailures)});
        }
        return unauthorized(u"wrong user name or password"_s);
    }
    if (a.disabled) {
        (void)audit.record({u"signin_failed"_s, {}, name, address, u"the account is disabled"_s});
        return ApiError{403, u"account_disabled"_s, u"this account is disabled"_s};
    }
    return signedIn(a, password, iterations, address, decision->trusted);
}

Outcome<Protocol::SessionTokens> AuthService::signedIn(const Account& a, const QString& password, int iterations,
                                                       const QString& address, bool trusted) {
    if (Status s = SignInThrottle(m_db, *m_clock).succeeded(a.name, address, trusted); !s)
        return unavailable(s.error());
    QString detail;
    if (PasswordHasher::needsRehash(iterations)) {
        // The password is at hand only now: a hash made with fewer iterations than new ones is re-made.
        const PasswordHasher::Hashed h = PasswordHasher::hash(password);
        if (Status s = m_db.execute(u"UPDATE accounts SET salt = ?, password_hash = ?, iterations = ? WHERE id = ? "
                                    "AND iterations = ?"_s,
                                    {h.salt, h.hash, h.iterations, a.id, iterations});
            !s)
            return unavailable(s.error());
        detail = u"password hash re-made with %1 iterations (was %2)"_s.arg(h.iterations).arg(iterations);
    }
    (void)AuditLog(m_db, *m_clock).record({u"signin"_s, a.name, a.name, address, detail});
    return issue(a);
}

Result<bool> AuthService::unlock(const QString& name) {
    Result<bool> cleared = SignInThrottle(m_db, *m_clock).unlock(name);
    if (!cleared)
        return cleared;
    if (!*cleared && !accountBy(u"a.name"_s, name).ok())
        return fail(u"no user '%1'"_s.arg(name));
    return cleared;
}

Outcome<Protocol::SessionTokens> AuthService::issue(const Account& a, const QString& family) {
    const QString access = PasswordHasher::randomToken();
    const QString refreshToken = PasswordHasher::randomToken();
    const QString familyId = family.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : family;
    const qint64 t = now();
    if (Status s = m_db.execute(u"DELETE FROM tokens WHERE account_id = ? AND expires_at < ?"_s, {a.id, t}); !s)
        return unavailable(s.error());
    if (Status s = m_db.execute(u"INSERT INTO tokens (token_hash, account_id, kind, expires_at, created_at, family_id) "
                                "VALUES (?, ?, 'access', ?, ?, ?), (?, ?, 'refresh', ?, ?, ?)"_s,
                                {PasswordHasher::tokenHash(access), a.id, t + m_accessTtl, t, familyId,
                                 PasswordHasher::tokenHash(refreshToken), a.id, t + m_refreshTtl, t, familyId});
        !s)
        return unavailable(s.error());
    return Protocol::SessionTokens{access, refreshToken, m_accessTtl, {a.name, a.role, a.teamId, a.repId}};
}

Outcome<Protocol::SessionTokens> AuthService::refresh(const QString& refreshToken) {
    if (Status s = m_db.beginWrite(); !s)
        return unavailable(s.error());
    Outcome<Protocol::SessionTokens> out = rotate(PasswordHasher::tokenHash(refreshToken));
    // A database failure changes nothing; a refusal may have (a used token's family revoked), and that is kept.
    if (!out && out.error().status >= 500) {
        m_db.rollback();
        return out;
    }
    if (Status s = m_db.commit(); !s) {
        m_db.rollback();
        return unavailable(s.error());
    }
    return out;
}

Outcome<Protocol::SessionTokens> AuthService::rotate(const QString& hash) {
    // PostgreSQL: the token's row is locked first, so that requests presenting it at once take turns instead of
    // deadlocking on the family's rows as each loser revokes it. (SQLite's write transactions take turns already.)
    const QString lock = m_db.dialect() == ServerDatabase::Dialect::PostgreSQL ? u" FOR UPDATE OF t"_s : QString();
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT t.account_id, t.expires_at, t.family_id, t.rotated, a.name FROM tokens t LEFT JOIN accounts a ON "
        "a.id = t.account_id WHERE t.token_hash = ? AND t.kind = 'refresh'"_s +
            lock,
        {hash});
    if (!q)
        return unavailable(q.error());
    if (!q->next())
        return unauthorized(u"unknown or revoked refresh token; sign in again"_s);
    const QString accountId = q->value(0).toString();
    const qint64 expires = q->value(1).toLongLong();
    const QString family = q->value(2).toString();
    const bool rotated = q->value(3).toInt() != 0;
    const QString name = q->value(4).toString();
    q->finish();
    // Rotation: a refresh token works once. The conditional update decides the one winner when several requests
    // present the same token at once (PostgreSQL re-checks the condition after the winner commits; SQLite runs
    // write transactions one at a time, so a later one sees the token rotated already).
    qint64 won = 0;
    if (!rotated) {
        Result<QSqlQuery> u =
            m_db.exec(u"UPDATE tokens SET rotated = 1 WHERE token_hash = ? AND rotated = 0"_s, {hash});
        if (!u)
            return unavailable(u.error());
        won = u->numRowsAffected();
    }
    if (won != 1) {
        // A used refresh token presented again: it was copied, or raced. Every session of that sign-in ends, the
        // winner's too, so that whoever holds a copy is signed out with the rightful device.
        if (Status s = m_db.execute(u"DELETE FROM tokens WHERE family_id = ?"_s, {family}); !s)
            return unavailable(s.error());
        qCWarning(lcServer).noquote() << "refresh token reused for account" << name
                                      << "- every session of that sign-in has been revoked";
        (void)AuditLog(m_db, *m_clock)
            .record({u"refresh_reuse"_s,
                     {},
                     name,
                     {},
                     u"a used refresh token was presented again; every session of its sign-in was revoked"_s});
        return unauthorized(u"this refresh token was already used; every session of its sign-in has ended, sign in "
                            "again"_s);
    }
    if (expires < now())
        return unauthorized(u"the refresh token has expired; sign in again"_s);
    Result<Account> a = accountBy(u"a.id"_s, accountId);
    if (!a)
        return unauthorized(u"the account no longer exists"_s);
    if (a->disabled)
        return ApiError{403, u"account_disabled"_s, u"this account is disabled"_s};
    return issue(*a, family);
}

Outcome<bool> AuthService::logout(const Account& account, const QString& accessToken, const QString& refreshToken) {
    // The sign-in's every token ends at once, its access tokens too: the one this call came with, and those of the
    // family of the refresh token it names (the same one for a well-behaved client).
    Status s = refreshToken.isEmpty()
                   ? m_db.execute(u"DELETE FROM tokens WHERE account_id = ?"_s, {account.id})
                   : m_db.execute(u"DELETE FROM tokens WHERE account_id = ? AND family_id IN (SELECT family_id FROM "
                                  "tokens WHERE account_id = ? AND token_hash IN (?, ?))"_s,
                                  {account.id, account.id, PasswordHasher::tokenHash(accessToken),
                                   PasswordHasher::tokenHash(refreshToken)});
    if (!s)
        return unavailable(s.error());
    (void)AuditLog(m_db, *m_clock)
        .record({u"logout"_s,
                 account.name,
                 account.name,
                 {},
                 refreshToken.isEmpty() ? u"every session of the account"_s : u"this sign-in's sessions"_s});
    return true;
}

void AuthService::recordRefusal(AuditLog& audit, const QString& name, const QString& address, bool byAddress,
                                const QString& detail) {
    Result<QSqlQuery> q = m_db.exec(
        byAddress ? u"SELECT 1 FROM audit WHERE at > ? AND event = 'signin_refused' AND address = ? LIMIT 1"_s
                  : u"SELECT 1 FROM audit WHERE at > ? AND event = 'signin_refused' AND subject = ? LIMIT 1"_s,
        {now() - 60, byAddress ? address : name});
    if (q && q->next())
        return;
    (void)audit.record({u"signin_refused"_s, {}, name, address, detail});
}

Outcome<Account> AuthService::authenticate(const QString& accessToken) {
    if (accessToken.isEmpty())
        return unauthorized(u"missing bearer token"_s);
    Result<QSqlQuery> q = m_db.exec(u"SELECT a.id, a.name, a.role, CASE WHEN r.id IS NULL THEN a.team_id ELSE "
                                    "r.team_id END, a.rep_id, a.disabled, t.expires_at FROM tokens t JOIN accounts a "
                                    "ON a.id = t.account_id LEFT JOIN reps r ON r.id = a.rep_id AND r.deleted = 0 "
                                    "WHERE t.token_hash = ? AND t.kind = 'access'"_s,
                                    {PasswordHasher::tokenHash(accessToken)});
    if (!q)
        return unavailable(q.error());
    if (!q->next())
        return unauthorized(u"invalid access token"_s);
    const Account a = accountFrom(*q);
    if (q->value(6).toLongLong() < now())
        return ApiError{401, u"token_expired"_s, u"the access token has expired; refresh it"_s};
    if (a.disabled)
        return ApiError{403, u"account_disabled"_s, u"this account is disabled"_s};
    return a;
}

} // namespace Stride::Server
