#include "signinthrottle.h"

#include "logging.h"
#include "serverdatabase.h"

#include <algorithm>
#include <iterator>

#include <arpa/inet.h>
#include <netinet/in.h>

using namespace Qt::StringLiterals;

namespace Stride::Server {

QString SignInThrottle::addressKey(const QString& address) {
    const QByteArray text = address.toLatin1();
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.constData(), &v6) != 1)
        return address; // IPv4, or whatever the HTTP layer gave: as it is
    if (IN6_IS_ADDR_V4MAPPED(&v6)) {
        char v4[INET_ADDRSTRLEN] = {};
        if (inet_ntop(AF_INET, &v6.s6_addr[12], v4, sizeof(v4)))
            return QString::fromLatin1(v4);
        return address;
    }
    std::fill(std::begin(v6.s6_addr) + 8, std::end(v6.s6_addr), 0);
    char prefix[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(AF_INET6, &v6, prefix, sizeof(prefix)))
        return address;
    return QString::fromLatin1(prefix) + u"/64"_s;
}

namespace {

// Rows of names that are no account, unlocked and quiet this long, are forgotten, so that a spray of made-up names
// does not fill the store; an account's row stays until a success or an unlock clears it. Long, because the
// difference shows: a name whose count survived the gap is an account.
constexpr qint64 kForgetUnknownSecs = qint64(30) * 86400;

} // namespace

SignInThrottle::SignInThrottle(ServerDatabase& db, const Clock& clock, Policy policy)
    : m_db(db)
    , m_clock(clock)
    , m_policy(policy) {}

qint64 SignInThrottle::delayAfter(int failures, int free, qint64 baseSecs, qint64 capSecs) {
    if (failures < free || free < 0)
        return 0;
    const int doublings = failures - free;
    // 2^40 s is past any cap: stop doubling before it overflows.
    if (doublings >= 40)
        return capSecs;
    return std::min(capSecs, baseSecs * (qint64(1) << doublings));
}

Result<SignInThrottle::Decision> SignInThrottle::check(const QString& login, const QString& clientAddress) {
    const QString address = addressKey(clientAddress);
    const qint64 now = m_clock.nowSecs();
    Decision d;
    Result<QSqlQuery> pair = m_db.exec(
        u"SELECT last_success_at, failures FROM signin_trusted WHERE login = ? AND address = ?"_s, {login, address});
    if (!pair)
        return fail(pair.error());
    if (pair->next()) {
        d.trusted = pair->value(0).toLongLong() >= now - m_policy.trustSecs &&
                    pair->value(1).toInt() < m_policy.trustedFreeFailures;
    }
    pair->finish();
    if (d.trusted)
        return d;

    Result<QSqlQuery> account =
        m_db.exec(u"SELECT failures, last_failure_at, locked_at FROM signin_accounts WHERE login = ?"_s, {login});
    if (!account)
        return fail(account.error());
    qint64 accountWait = 0;
    if (account->next()) {
        d.failing = account->value(0).toInt() > 0;
        if (!account->value(2).isNull()) {
            d.verdict = Verdict::Locked;
            return d;
        }
        const qint64 until =
            account->value(1).toLongLong() + delayAfter(account->value(0).toInt(), m_policy.accountFreeFailures,
                                                        m_policy.baseDelaySecs, m_policy.accountCapSecs);
        accountWait = std::max<qint64>(0, until - now);
    }
    account->finish();

    Result<QSqlQuery> from =
        m_db.exec(u"SELECT failures, last_failure_at FROM signin_addresses WHERE address = ?"_s, {address});
    if (!from)
        return fail(from.error());
    qint64 addressWait = 0;
    if (from->next()) {
        const qint64 last = from->value(1).toLongLong();
        const int failures = last < now - m_policy.addressWindowSecs ? 0 : from->value(0).toInt();
        const qint64 until =
            last + delayAfter(failures, m_policy.addressFreeFailures, m_policy.baseDelaySecs, m_policy.addressCapSecs);
        addressWait = std::max<qint64>(0, until - now);
    }
    from->finish();
    if (accountWait == 0 && addressWait == 0)
        return d;
    d.verdict = accountWait >= addressWait ? Verdict::AccountDelayed : Verdict::AddressDelayed;
    d.retryAfterSecs = std::max(accountWait, addressWait);
    return d;
}

Result<SignInThrottle::Failure> SignInThrottle::failed(const QString& login, const QString& clientAddress,
                                                       bool trusted) {
    const QString address = addressKey(clientAddress);
    const qint64 now = m_clock.nowSecs();
    if (Status s = m_db.beginWrite(); !s)
        return fail(s.error());
    auto abort = [this](const QString& why) {
        m_db.rollback();
        return fail(why);
    };
    Failure f;
    // An address's count starts again after a quiet window.
    Status s = m_db.execute(
        u"INSERT INTO signin_addresses (address, failures, last_failure_at) VALUES (?, 1, ?) ON CONFLICT (address) "
        "DO UPDATE SET failures = CASE WHEN signin_addresses.last_failure_at < ? THEN 1 ELSE "
        "signin_addresses.failures + 1 END, last_failure_at = excluded.last_failure_at"_s,
        {address, now, now - m_policy.addressWindowSecs});
    if (s)
        s = m_db.execute(u"UPDATE signin_trusted SET failures = failures + 1 WHERE login = ? AND address = ?"_s,
                         {login, address});
    if (s && !trusted) {
        s = m_db.execute(u"INSERT INTO signin_accounts (login, failures, last_failure_at) VALUES (?, 1, ?) ON "
                         "CONFLICT (login) DO UPDATE SET failures = signin_accounts.failures + 1, last_failure_at = "
                         "excluded.last_failure_at"_s,
                         {login, now});
    }
    if (!s)
        return abort(s.error());
    if (!trusted) {
        Result<QSqlQuery> q = m_db.exec(u"SELECT failures, locked_at FROM signin_accounts WHERE login = ?"_s, {login});
        if (!q)
            return abort(q.error());
        if (!q->next())
            return abort(u"the sign-in failures of '%1' were not stored"_s.arg(login));
        f.accountFailures = q->value(0).toInt();
        const bool wasLocked = !q->value(1).isNull();
        q->finish();
        if (!wasLocked && f.accountFailures >= m_policy.lockAfter) {
            if (Status l = m_db.execute(u"UPDATE signin_accounts SET locked_at = ? WHERE login = ?"_s, {now, login});
                !l)
                return abort(l.error());
            f.lockedNow = true;
        }
    }
    if (Status c = m_db.commit(); !c)
        return abort(c.error());
    // Forgetting old counts runs after the commit, each statement on its own: inside the transaction above, with
    // this failure's rows locked, two failures at once could take their locks in opposite orders (a deadlock on
    // PostgreSQL). It is housekeeping: a failure here only leaves old rows for the next time.
    if (Status p = m_db.execute(u"DELETE FROM signin_accounts WHERE locked_at IS NULL AND last_failure_at < ? AND "
                                "login NOT IN (SELECT name FROM accounts)"_s,
                                {now - kForgetUnknownSecs});
        !p)
        qCWarning(lcServer) << "forgetting old sign-in failures:" << p.error();
    if (Status p = m_db.execute(u"DELETE FROM signin_addresses WHERE last_failure_at < ?"_s,
                                {now - m_policy.addressWindowSecs});
        !p)
        qCWarning(lcServer) << "forgetting old sign-in failures:" << p.error();
    return f;
}

Status SignInThrottle::succeeded(const QString& login, const QString& clientAddress, bool trusted) {
    const QString address = addressKey(clientAddress);
    const qint64 now = m_clock.nowSecs();
    if (Status s = m_db.beginWrite(); !s)
        return s;
    Status s = m_db.execute(u"INSERT INTO signin_trusted (login, address, last_success_at, failures) VALUES (?, ?, "
                            "?, 0) ON CONFLICT (login, address) DO UPDATE SET last_success_at = "
                            "excluded.last_success_at, failures = 0"_s,
                            {login, address, now});
    // A success at a trusted address says nothing about the attempts from elsewhere: their count stays.
    if (s && !trusted)
        s = m_db.execute(u"DELETE FROM signin_accounts WHERE login = ? AND locked_at IS NULL"_s, {login});
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return s;
    }
    // Housekeeping after the commit, as in failed().
    if (Status p = m_db.execute(u"DELETE FROM signin_trusted WHERE last_success_at < ?"_s, {now - m_policy.trustSecs});
        !p)
        qCWarning(lcServer) << "forgetting old trusted addresses:" << p.error();
    return {};
}

Result<bool> SignInThrottle::unlock(const QString& login) {
    if (Status s = m_db.beginWrite(); !s)
        return fail(s.error());
    Result<QSqlQuery> q = m_db.exec(u"DELETE FROM signin_accounts WHERE login = ?"_s, {login});
    if (!q) {
        m_db.rollback();
        return fail(q.error());
    }
    const bool cleared = q->numRowsAffected() > 0;
    Status s = m_db.execute(u"UPDATE signin_trusted SET failures = 0 WHERE login = ?"_s, {login});
    if (s)
        s = m_db.commit();
    if (!s) {
        m_db.rollback();
        return fail(s.error());
    }
    return cleared;
}

} // namespace Stride::Server
