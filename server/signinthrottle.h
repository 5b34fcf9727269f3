#pragma once

#include "clock.h"
#include "result.h"

#include <QString>

namespace Stride::Server {

class ServerDatabase;

// Slows down password guessing, per sign-in name and per client address, in the store (tables signin_accounts,
// signin_addresses and signin_trusted, server migration 10) so that every server thread and a restart agree.
//
// The policy (docs/sync-protocol.md "Sign-in throttling"):
// - A name's failures from addresses it is not trusted at count up. After `accountFreeFailures` of them, each new
//   attempt waits `baseDelaySecs` · 2^(failures − free) after the last failure, capped at `accountCapSecs`; at
//   `lockAfter` the name is locked until an administrator unlocks it. A sign-in from an untrusted address that is
//   let through and succeeds clears the count.
// - An address the name signed in from successfully in the last `trustSecs`, and that has since failed on that
//   name fewer than `trustedFreeFailures` times, is trusted for that name: it passes the name's delay and lock and
//   the address's own delay, so that an attacker elsewhere cannot keep the user out of their account.
// - An address's failures on any name count up too (never its successes: an office behind one NAT address shares
//   it), generously: `addressFreeFailures` free within a quiet gap of `addressWindowSecs`, then the same doubling
//   delay capped at `addressCapSecs`, and no lock.
// While an attempt has to wait, the password is not checked at all.
class SignInThrottle final {
public:
    struct Policy {
        int accountFreeFailures = 5;
        int lockAfter = 20;
        qint64 baseDelaySecs = 1;
        qint64 accountCapSecs = qint64(15) * 60;
        int addressFreeFailures = 50;
        qint64 addressCapSecs = qint64(15) * 60;
        qint64 addressWindowSecs = qint64(60) * 60;
        qint64 trustSecs = qint64(30) * 86400;
        int trustedFreeFailures = 5;
    };

    // The wait after `failures` failures: none below `free`, then base · 2^(failures − free), at most `cap` (with
    // free 5 and base 1 s: 1 s after the fifth failure, 2 s after the sixth, … 15 min from the fifteenth).
    static qint64 delayAfter(int failures, int free, qint64 baseSecs, qint64 capSecs);
    // The key an address is counted under: an IPv4 address as it is (an IPv4-mapped IPv6 one as IPv4), an IPv6
    // address by its /64, the block one host or one home gets: a client must not escape the per-address count by
    // stepping through the addresses of its own block.
    static QString addressKey(const QString& address);

    enum class Verdict { Allowed, AccountDelayed, AddressDelayed, Locked };
    struct Decision {
        Verdict verdict = Verdict::Allowed;
        qint64 retryAfterSecs = 0; // for a delay
        bool trusted = false;      // the address is trusted for the name
        bool failing = false;      // the name has failures counted (not looked at for a trusted address)
    };

    SignInThrottle(ServerDatabase& db, const Clock& clock, Policy policy);
    SignInThrottle(ServerDatabase& db, const Clock& clock)
        : SignInThrottle(db, clock, Policy{}) {}

    // Whether an attempt to sign in as `login` from `address` may have its password checked now.
    Result<Decision> check(const QString& login, const QString& address);

    struct Failure {
        int accountFailures = 0; // the name's count after this one (unchanged for a trusted address)
        bool lockedNow = false;  // this failure locked the name
    };
    // A wrong password (or unknown name) after check() allowed the attempt.
    Result<Failure> failed(const QString& login, const QString& address, bool trusted);
    // A right password after check() allowed the attempt: the address becomes trusted for the name.
    Status succeeded(const QString& login, const QString& address, bool trusted);
    // An administrator's unlock: the name's lock and failures are cleared. False when it was neither locked nor
    // failing.
    Result<bool> unlock(const QString& login);

    const Policy& policy() const { return m_policy; }

private:
    ServerDatabase& m_db;
    const Clock& m_clock;
    Policy m_policy;
};

} // namespace Stride::Server
