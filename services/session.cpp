#include "session.h"

#include "analytics/valuescoreservice.h"
#include "scoreupdater.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgrepository.h"
#include "storage/replicaclock.h"
#include "storage/replicauserstore.h"

using namespace Qt::StringLiterals;

namespace Stride {

Session::Session(const Profile& profile, const Clock& clock)
    : m_profile(profile)
    , m_clock(&clock) {}

Session::~Session() {
    // The service and store hold references to the connection: release them first.
    m_scoreUpdater.reset();
    m_scores.reset();
    m_store.reset();
    m_db.reset();
}

QString Session::path() const {
    return m_db ? m_db->path() : m_profile.replicaPath;
}

Result<std::unique_ptr<Session>> Session::open(const Profile& profile, const QString& role, const Clock& clock) {
    std::unique_ptr<Session> s(new Session(profile, clock));
    Result<std::unique_ptr<Database>> db = Database::open(profile.replicaPath);
    if (!db)
        return fail(db.error());
    s->m_db = std::move(db.value());
    // The wall clock gives way to a demo replica's own day; a clock injected by a test is used as given.
    auto demo = std::make_unique<ReplicaClock>(*s->m_db, ReplicaClock::Mode::Running, clock);
    if (&clock == &Clock::system() && demo->isDemo()) {
        s->m_demoClock = std::move(demo);
        s->m_clock = s->m_demoClock.get();
    }
    s->m_store = std::make_unique<EntityStore>(*s->m_db, *s->m_clock);
    s->m_scores = std::make_unique<ValueScoreService>(*s->m_db, *s->m_clock);
    // Not m_scores->watch(): a full recompute over tens of thousands of customers must not run on the GUI thread.
    s->m_scoreUpdater = std::make_unique<ScoreUpdater>(s->m_db->path(), *s->m_clock, *s->m_store);
    Result<SessionUser> user = s->findUser(role, true);
    if (!user)
        return fail(user.error());
    s->m_user = user.value();
    return s;
}

std::optional<QDateTime> Session::demoNow() const {
    if (!m_demoClock)
        return std::nullopt;
    return static_cast<const ReplicaClock&>(*m_demoClock).demoNow();
}

Result<SessionUser> Session::findUser(const QString& role, bool signedIn) const {
    OrgRepository org(*m_store);
    if (signedIn) {
        // Who signed in, as the server said: the rep, team and role hold even before the reps row arrives.
        Result<ReplicaUser> who = ReplicaUserStore::load(*m_db);
        if (!who)
            return fail(who.error());
        if (who->signedIn()) {
            SessionUser u{who->repId, who->name, who->role, who->teamId};
            if (!u.id.isEmpty()) {
                Result<Rep> rep = org.rep(u.id);
                if (rep && !rep->name.isEmpty())
                    u.name = rep->name;
            }
            return u;
        }
    }
    if (m_profile.kind == Profile::Kind::Server && !m_profile.user.isEmpty()) {
        // A signed-in user acts as themselves: their account name is their rep's e-mail.
        Result<QList<Rep>> all = org.reps();
        if (!all)
            return fail(all.error());
        for (const Rep& r : *all) {
            if (r.active && r.email.compare(m_profile.user, Qt::CaseInsensitive) == 0)
                return SessionUser{r.id, r.name, r.role, r.teamId};
        }
    }
    Result<QList<Rep>> reps = org.repsWithRole(role);
    if (!reps)
        return fail(reps.error());
    if (reps->isEmpty()) {
        reps = org.reps(); // a replica without that role: act as anyone rather than no one
        if (!reps)
            return fail(reps.error());
    }
    for (const Rep& r : *reps) {
        if (r.active)
            return SessionUser{r.id, r.name, r.role, r.teamId};
    }
    return SessionUser{}; // an empty replica (a new server profile before its first sync)
}

void Session::refreshUser() {
    Result<SessionUser> user = findUser(m_user.role.isEmpty() ? m_profile.role : m_user.role, true);
    if (!user || *user == m_user)
        return;
    m_user = user.value();
    emit userChanged();
}

Status Session::switchRole(const QString& role) {
    Result<SessionUser> user = findUser(role, false);
    if (!user)
        return fail(user.error());
    m_user = user.value();
    emit userChanged();
    return {};
}

} // namespace Stride
