#pragma once

#include "account.h"
#include "clock.h"
#include "protocol/protocol.h"
#include "result.h"

#include <QList>
#include <QString>

namespace Stride::Server {

class ServerDatabase;

// One line of the audit trail. Never a secret: no password, token or hash, in any field.
struct AuditEntry {
    QString event;   // signin, signin_failed, signin_refused, locked, unlocked, user_added, push_rejected, …
    QString actor;   // who did it: an account's name, or "command line (OS user)" for stride-server's commands
    QString subject; // whom or what it concerns: a sign-in name, a team, a device
    QString address; // the client's address, when it came over the network
    QString detail;  // the reason or what changed, in words
    qint64 at = 0;   // seconds since the epoch (UTC); set by record() when 0
};

// The server's append-only audit trail (table `audit`, server migration 10): sign-ins and their failures,
// lockouts, changes of people and teams, password changes, logouts, reused refresh tokens and rejected pushes.
// `stride-server audit` prints it (docs/operations.md).
class AuditLog final {
public:
    explicit AuditLog(ServerDatabase& db, const Clock& clock = Clock::system());

    // Appends one entry, inside the caller's transaction when there is one. A failure is logged and returned: the
    // caller decides whether its own work stands without it.
    Status record(AuditEntry entry);
    // What a push entry leaves in the trail: a rejection with its reason, and an applied change of people or teams
    // (the entity, row and fields changed, never their values). Nothing for other applied entries.
    void pushEntry(const Account& account, const QString& deviceId, const Protocol::PushEntry& entry,
                   const Protocol::PushResult& result);

    struct Filter {
        qint64 since = 0; // entries at or after (seconds since the epoch)
        QString user;     // entries whose actor or subject is this sign-in name
    };
    // Oldest first.
    Result<QList<AuditEntry>> read(const Filter& filter);

    // The actor of stride-server's own commands: "command line", with the operating-system user when known.
    static QString commandActor();

private:
    ServerDatabase& m_db;
    const Clock& m_clock;
};

} // namespace Stride::Server
