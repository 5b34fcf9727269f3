#pragma once

#include "clock.h"
#include "domain/replicauser.h"
#include "profile.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Stride {

class Database;
class EntityStore;
class ScoreUpdater;
class ValueScoreService;

// Who is using the app in this window: a rep, supervisor or director of the organisation in the replica.
// What a page shows follows the role: ask isRep()/isSupervisor()/isManager(), never compare its name.
struct SessionUser {
    QString id; // the reps row the user acts as (owner of what they add); empty for an account without one
    QString name;
    QString role; // rep, supervisor, director, admin
    QString teamId;

    Role kind() const { return roleFromString(role); }
    bool isRep() const { return kind() == Role::Rep; }
    bool isSupervisor() const { return kind() == Role::Supervisor; }
    bool isAdmin() const { return kind() == Role::Admin; }
    // Anyone but a rep: approves insights, sees more than their own customers.
    bool isManager() const { return !isRep(); }

    bool operator==(const SessionUser& o) const {
        return id == o.id && name == o.name && role == o.role && teamId == o.teamId;
    }
    bool operator!=(const SessionUser& o) const { return !(*this == o); }
};

// One open replica on the GUI thread: its connection, the write path, the derived scores and the acting
// user. Pages and dialogs reach core objects only through it. Heavy work opens its own connection on the
// same file (path()) in a worker thread.
class Session final : public QObject {
    Q_OBJECT
public:
    ~Session() override;

    // Opens an already migrated replica (ReplicaLoader did the slow part) and acts as its signed-in user (as the
    // last sign-in or sync recorded it), or else as the first active user of `role` (falls back to anyone when
    // the replica has no such role).
    static Result<std::unique_ptr<Session>> open(const Profile& profile, const QString& role,
                                                 const Clock& clock = Clock::system());

    Database& database() const { return *m_db; }
    EntityStore& store() const { return *m_store; }
    // Reads of the value scores on the GUI connection (one row at a time).
    ValueScoreService& scores() const { return *m_scores; }
    // Keeps the scores current on its own thread after edits and pulled rows.
    ScoreUpdater& scoreUpdater() const { return *m_scoreUpdater; }
    // The wall clock given to open(), except on a demo replica, which runs on from the day it was made for.
    const Clock& clock() const { return *m_clock; }
    // On a demo replica read by the wall clock: the demo's own "now" its clock started from (UTC).
    std::optional<QDateTime> demoNow() const;
    const Profile& profile() const { return m_profile; }
    const SessionUser& user() const { return m_user; }
    QString path() const;

    // Act as another user of the replica (the demo's one-click role switch).
    Status switchRole(const QString& role);
    // Looks the user up again (after a sign-in or a sync, which record who signed in); userChanged() when
    // anything about them changed.
    void refreshUser();

signals:
    void userChanged();

private:
    Session(const Profile& profile, const Clock& clock);
    // `signedIn`: the replica's signed-in user comes first (not when the demo switches roles).
    Result<SessionUser> findUser(const QString& role, bool signedIn) const;

    Profile m_profile;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_demoClock; // declared after m_db: it reads the replica once, when opened
    const Clock* m_clock;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<ValueScoreService> m_scores;
    std::unique_ptr<ScoreUpdater> m_scoreUpdater;
    SessionUser m_user;
};

} // namespace Stride
