#pragma once

#include "domain/replicauser.h"
#include "result.h"

namespace Stride {

class Database;

// Keeps the replica's signed-in user in its local sync_state table (keys user.name, user.role, user.rep_id,
// user.team_id): never synced, written by the sync engine at sign-in and after each successful sync, read by the
// command line and the app to know who acts (the owner of a new customer, what a page shows).
class ReplicaUserStore final {
public:
    // An empty ReplicaUser (signedIn() false) when the replica was never signed in.
    static Result<ReplicaUser> load(const Database& db);
    // All four keys in one statement; a user without a team or rep stores them empty.
    static Status save(const Database& db, const ReplicaUser& user);
};

} // namespace Stride
