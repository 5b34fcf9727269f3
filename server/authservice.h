#pragma once

#include "account.h"
#include "apierror.h"
#include "clock.h"
#include "protocol/protocol.h"
#include "result.h"

#include <QList>
#include <QString>

#include <mutex>
#include <set>

namespace Stride::Server {

class AuditLog;

class ServerDatabase;

// Accounts, passwords and sessions: login issues a short-lived access token and a refresh token (both stored
// hashed), refresh rotates them, logout and disabling an account end every session at once. The tokens descended
// from one sign-in form a family: a refresh token used twice ends the whole family (reuse detection).
class AuthService final {
public:
    static constexpr int kMaxNameLength = 256;

    explicit AuthService(ServerDatabase& db, qint64 accessTtlSecs = 900, qint64 refreshTtlSecs = qint64(30) * 86400);

    // The clock of sign-in throttling, the audit trail and token lifetimes (the wall clock unless set).
    void setClock(const Clock& clock) { m_clock = &clock; }

    static bool isRole(const QString& role);

    Result<Account> addUser(const QString& name, const QString& role, const QString& teamId, const QString& repId,
                            const QString& password);
    static constexpr int kMinPasswordLength = 8;
    static Status checkPassword(const QString& password);
    // Inserts the account as given (no reps row is made here: PeopleService does that), inside the caller's
    // transaction when there is one.
    Status insertAccount(const Account& account, const QString& password);
    Result<Account> account(const QString& name);
    Result<QList<Account>> listUsers();
    // An admin's reset: the new password, and every session of the account ends.
    Status setPassword(const QString& name, const QString& password);
    // The signed-in user's change: 403 wrong_password, 400 weak_password; on success every session of the account
    // ends and the answer is a fresh one for the caller. Wrong current passwords are throttled like sign-ins (429,
    // 403 account_locked).
    Outcome<Protocol::SessionTokens> changePassword(const Account& account, const QString& oldPassword,
                                                    const QString& newPassword);
    Status setDisabled(const QString& name, bool disabled);

    // A sign-in from the client at `address`, throttled per name and per address (SignInThrottle): while an
    // attempt must wait, 429 too_many_attempts with its Retry-After, or 403 account_locked after too many
    // failures, without checking the password. A hash made with fewer iterations than new ones is re-made.
    // Every attempt leaves an audit entry.
    Outcome<Protocol::SessionTokens> login(const QString& name, const QString& password, const QString& address = {});
    // An administrator's unlock of a sign-in name locked by too many failures (its failures are forgotten too);
    // false when it was neither locked nor failing.
    Result<bool> unlock(const QString& name);
    Outcome<Protocol::SessionTokens> refresh(const QString& refreshToken);
    // Ends the sign-in of `accessToken` and of `refreshToken` (every access and refresh token of that family);
    // without a refresh token, every session of the account.
    Outcome<bool> logout(const Account& account, const QString& accessToken, const QString& refreshToken);
    // The account behind a bearer access token.
    Outcome<Account> authenticate(const QString& accessToken);

private:
    // A new access and refresh token in `family` (the sign-in they descend from; empty: a new sign-in).
    Outcome<Protocol::SessionTokens> issue(const Account& account, const QString& family = {});
    // The refresh itself, inside the caller's write transaction.
    Outcome<Protocol::SessionTokens> rotate(const QString& refreshTokenHash);
    Result<Account> accountBy(const QString& column, const QString& value);
    // The right password after the throttle allowed the attempt: the throttle is told, a weaker hash re-made.
    Outcome<Protocol::SessionTokens> signedIn(const Account& account, const QString& password, int iterations,
                                              const QString& address, bool trusted);
    qint64 now() const { return m_clock->nowSecs(); }
    // A refused attempt is recorded once a minute per name (or per address, when the address is what waits), so a
    // throttled client cannot fill the audit trail at the rate it sends requests.
    void recordRefusal(AuditLog& audit, const QString& name, const QString& address, bool byAddress,
                       const QString& detail);

    ServerDatabase& m_db;
    qint64 m_accessTtl;
    qint64 m_refreshTtl;
    const Clock* m_clock = &Clock::system();
    // Failing names whose password is being checked on some thread now: a second attempt for the same name waits
    // its turn (429, Retry-After 1), so that the threads cannot all guess at once while the throttle has not yet
    // counted the last failure (the check and the count are half a second of PBKDF2 apart).
    std::mutex m_verifyingLock;
    std::set<QString> m_verifying;
};

} // namespace Stride::Server
