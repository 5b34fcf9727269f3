#pragma once

#include "clock.h"
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
struct SessionUser {
    QString id;
    QString name;
    QString role; // rep, supervisor, director, admin
    QString teamId;

    bool isManager() const { return role != QStringLiteral("rep"); }
};

// One open replica on the GUI thread: its connection, the write path, the derived scores and the acting
// user. Pages and dialogs reach core objects only through it. Heavy work opens its own connection on the
// same file (path()) in a worker thread.
class Session final : public QObject {
    Q_OBJECT
public:
    ~Session() override;

    // Opens an already migrated replica (ReplicaLoader did the slow part) and acts as the first active user
    // of `role` (falls back to anyone when the replica has no such role).
    static Result<std::unique_ptr<Session>> open(const Profile& profile, const QString& role,
                                                 const Clock& clock = Clock::system());

    Database& database() const { return *m_db; }
    EntityStore& store() const { return *m_store; }
    // Reads of the value scores on the GUI connection (one row at a time).
    ValueScoreService& scores() const { return *m_scores; }
    // Keeps the scores current on its own thread after edits and pulled rows.
    ScoreUpdater& scoreUpdater() const { return *m_scoreUpdater; }
    const Clock& clock() const { return m_clock; }
    const Profile& profile() const { return m_profile; }
    const SessionUser& user() const { return m_user; }
    QString path() const;

    // Act as another user of the replica (the demo's one-click role switch).
    Status switchRole(const QString& role);
    // Looks the user up again: a new server profile knows who it is only after its first sync.
    void refreshUser();

signals:
    void userChanged();

private:
    Session(const Profile& profile, const Clock& clock);
    Result<SessionUser> findUser(const QString& role) const;

    Profile m_profile;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<ValueScoreService> m_scores;
    std::unique_ptr<ScoreUpdater> m_scoreUpdater;
    SessionUser m_user;
};

} // namespace Stride
