#include "syncengine.h"

#include "changepasswordjob.h"
#include "logging.h"
#include "loginjob.h"
#include "logoutjob.h"
#include "pushjob.h"
#include "refreshjob.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "synclogging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkInformation>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
constexpr int kFirstRetryMs = 1000;
constexpr int kLastRetryMs = 60000;
} // namespace

SyncEngine::SyncEngine(EntityStore& store, SyncEndpoint endpoint, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_replica(store.database())
    , m_endpoint(std::move(endpoint)) {
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_nam.setAutoDeleteReplies(false);
}

SyncEngine::~SyncEngine() {
    cancel();
}

QString SyncEngine::stateName(SyncState s) {
    switch (s) {
    case SyncState::Idle:
        return u"idle"_s;
    case SyncState::Syncing:
        return u"syncing"_s;
    case SyncState::Offline:
        return u"offline"_s;
    case SyncState::NeedsAttention:
        return u"needs attention"_s;
    case SyncState::SignedOut:
        return u"signed out"_s;
    case SyncState::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

void SyncEngine::setLimits(int pushEntries, qint64 pushBytes, int pullLimit, int initialPullLimit) {
    m_pushEntries = qBound(1, pushEntries, Protocol::kMaxPushEntries);
    m_pushBytes = qMax<qint64>(1024, pushBytes);
    m_pullLimit = qBound(1, pullLimit, Protocol::kMaxPullLimit);
    m_bulkLimit = initialPullLimit > 0 ? qBound(1, initialPullLimit, Protocol::kMaxPullLimit) : 0;
}

void SyncEngine::setAutomatic(bool on) {
    if (on == m_automatic)
        return;
    m_automatic = on;
    if (on) {
        connect(&m_store, &EntityStore::changed, this, &SyncEngine::onLocalChange);
        if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) {
                        if (r == QNetworkInformation::Reachability::Online && m_state == SyncState::Offline) {
                            m_failures = 0;
                            syncNow();
                        }
                    });
        }
    } else {
        disconnect(&m_store, &EntityStore::changed, this, &SyncEngine::onLocalChange);
        m_retry.stop();
        m_debounce.stop();
    }
}

void SyncEngine::onLocalChange() {
    if (!m_applying)
        m_debounce.start();
}

void SyncEngine::setState(SyncState s) {
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

template <typename Job> Job* SyncEngine::track(Job* job) {
    m_job = job;
    job->setAccessToken(m_session.accessToken);
    job->setExpectedServer(m_serverInstance);
    return job;
}

void SyncEngine::signIn(const QString& user, const QString& password) {
    auto* job = new LoginJob(m_nam, m_endpoint, {user, password}, this);
    connect(job, &SyncJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != SyncJob::Error::None) {
            emit signedIn(fail(job->errorString()));
            return;
        }
        m_session = job->session();
        m_failures = 0;
        if (m_state == SyncState::SignedOut)
            setState(SyncState::Idle);
        emit sessionChanged(m_session);
        // The replica knows its user from now on, before its first sync: a new customer has an owner at once.
        if (Status s = m_replica.recordUser(m_session.user); !s) {
            emit signedIn(s);
            return;
        }
        emit signedIn(Status{});
    });
    job->start();
}

void SyncEngine::setRefreshToken(const QString& token) {
    m_session = {};
    m_session.refreshToken = token;
}

void SyncEngine::signOut() {
    cancel();
    if (!m_session.accessToken.isEmpty()) {
        auto* job = new LogoutJob(m_nam, m_endpoint, m_session.refreshToken, this);
        job->setAccessToken(m_session.accessToken);
        connect(job, &SyncJob::finished, job, &QObject::deleteLater);
        job->start();
    }
    m_session = {};
    setState(SyncState::SignedOut);
    emit signedOut();
}

void SyncEngine::changePassword(const QString& oldPassword, const QString& newPassword) {
    changePasswordWith(oldPassword, newPassword, false);
}

void SyncEngine::changePasswordWith(const QString& oldPassword, const QString& newPassword, bool refreshed) {
    if (m_session.accessToken.isEmpty()) {
        if (m_session.refreshToken.isEmpty() || refreshed) {
            emit passwordChangeFinished(SyncJob::Error::Auth, u"not_signed_in"_s,
                                        u"not signed in to %1"_s.arg(m_endpoint.keyPrefix()));
            return;
        }
        auto* job = new RefreshJob(m_nam, m_endpoint, m_session.refreshToken, this);
        connect(job, &SyncJob::finished, this, [this, job, oldPassword, newPassword] {
            job->deleteLater();
            if (job->error() != SyncJob::Error::None) {
                emit passwordChangeFinished(job->error(), job->errorCode(), job->errorString());
                return;
            }
            m_session = job->session();
            emit sessionChanged(m_session);
            changePasswordWith(oldPassword, newPassword, true);
        });
        job->start();
        return;
    }
    auto* job = new ChangePasswordJob(m_nam, m_endpoint, m_session.accessToken, oldPassword, newPassword, this);
    job->setExpectedServer(m_serverInstance);
    connect(job, &SyncJob::finished, this, [this, job, oldPassword, newPassword, refreshed] {
        job->deleteLater();
        if (job->error() == SyncJob::Error::Auth && !refreshed && !m_session.refreshToken.isEmpty()) {
            // The access token expired: renew it once and ask again.
            m_session.accessToken.clear();
            changePasswordWith(oldPassword, newPassword, true);
            return;
        }
        if (job->error() != SyncJob::Error::None) {
            emit passwordChangeFinished(job->error(), job->errorCode(), job->errorString());
            return;
        }
        // Every older session of the account has ended: this device goes on with the new one.
        m_session = job->session();
        emit sessionChanged(m_session);
        if (Status s = m_replica.recordUser(m_session.user); !s)
            qCWarning(lcSyncAuth) << "the signed-in user was not recorded:" << s.error();
        emit passwordChangeFinished(SyncJob::Error::None, QString(), QString());
    });
    job->start();
}

void SyncEngine::cancel() {
    m_retry.stop();
    m_debounce.stop();
    dropPulls();
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
        m_job->deleteLater();
    }
    m_running = false;
}

void SyncEngine::syncNow() {
    if (m_running) {
        m_again = true;
        return;
    }
    m_retry.stop();
    m_running = true;
    m_again = false;
    m_refreshed = false;
    m_recovered = false;
    m_report = {};
    setState(SyncState::Syncing);
    if (m_deviceId.isEmpty()) {
        Result<QString> id = m_replica.deviceId();
        if (!id)
            return finish(SyncJob::Error::Client, id.error());
        m_deviceId = *id;
    }
    Result<QString> instance = m_replica.serverInstance();
    if (!instance)
        return finish(SyncJob::Error::Client, instance.error());
    m_serverInstance = *instance;
    Result<int> pending = m_replica.pendingCount();
    if (!pending)
        return finish(SyncJob::Error::Client, pending.error());
    m_pushTotal = *pending;
    m_pushDone = 0;
    ensureSession([this] { pushNext(); });
}

void SyncEngine::ensureSession(const std::function<void()>& next) {
    if (!m_session.accessToken.isEmpty())
        return next();
    if (m_session.refreshToken.isEmpty())
        return finish(SyncJob::Error::Auth, u"not signed in to %1"_s.arg(m_endpoint.keyPrefix()));
    auto* job = new RefreshJob(m_nam, m_endpoint, m_session.refreshToken, this);
    m_job = job;
    connect(job, &SyncJob::finished, this, [this, job, next] {
        job->deleteLater();
        if (job->error() != SyncJob::Error::None)
            return finish(job->error(), job->errorString());
        m_session = job->session();
        emit sessionChanged(m_session);
        next();
    });
    job->start();
}

bool SyncEngine::retryAfterRefresh(SyncJob& job, const std::function<void()>& again) {
    if (job.error() != SyncJob::Error::Auth || m_refreshed || m_session.refreshToken.isEmpty())
        return false;
    m_refreshed = true;
    m_session.accessToken.clear();
    ensureSession(again);
    return true;
}

void SyncEngine::pushNext() {
    Result<QList<Protocol::PushEntry>> batch = m_replica.pendingBatch(m_pushEntries, m_pushBytes);
    if (!batch)
        return finish(SyncJob::Error::Client, batch.error());
    if (batch->isEmpty())
        return pullNext();
    auto* job = track(new PushJob(m_nam, m_endpoint, {m_deviceId, *batch}, this));
    connect(job, &SyncJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != SyncJob::Error::None) {
            if (retryAfterRefresh(*job, [this] { pushNext(); }) || recoverIdentity(*job))
                return;
            return finish(job->error(), job->errorString());
        }
        m_refreshed = false; // a later expiry may refresh again
        if (Status s = adoptServer(*job); !s)
            return finish(SyncJob::Error::Client, s.error());
        Result<PushApplied> applied =
            m_replica.applyPushResults(job->request(), job->response(), m_store.clock().nowSecs());
        if (!applied)
            return finish(SyncJob::Error::Client, applied.error());
        m_report.pushed += applied->applied;
        m_report.conflicts += applied->conflicts;
        m_report.rejected += applied->rejected;
        qCDebug(lcSyncPush) << "pushed" << job->request().entries.size() << "entries:" << applied->applied << "applied,"
                            << applied->rejected << "rejected," << applied->conflicts << "conflicts";
        m_pushDone += int(job->request().entries.size());
        emit progress(u"push"_s, m_pushDone, qMax(m_pushTotal, m_pushDone));
        pushNext();
    });
    job->start();
}

void SyncEngine::pullNext() {
    Result<qint64> cursor = m_replica.cursor(m_endpoint.keyPrefix());
    if (!cursor)
        return finish(SyncJob::Error::Client, cursor.error());
    // From 0 the whole scope arrives: the bulk path, which a crash does not end (the replica remembers it).
    Result<bool> snapshot = m_replica.snapshotInProgress();
    if (!snapshot)
        return finish(SyncJob::Error::Client, snapshot.error());
    m_bulk = *cursor == 0 || *snapshot;
    pullFrom(*cursor);
}

void SyncEngine::pullFrom(qint64 cursor) {
    auto* job = track(new PullJob(m_nam, m_endpoint, cursor, m_bulkLimit > 0 && m_bulk ? m_bulkLimit : m_pullLimit,
                                  m_deviceId, this));
    m_pulls << job;
    // The next page is asked for as soon as this one's first bytes name where it ends: the server builds it while
    // this one downloads, is decoded and applied (all of it on the client's one thread). Pages are still applied
    // one after the other, each after the one before has stored its cursor, so the order on disk stays the
    // server's.
    connect(job, &PullJob::cursorAnnounced, this, [this, job](qint64 next, bool hasMore) {
        if (hasMore && !m_pulls.isEmpty() && m_pulls.last() == job)
            pullFrom(next);
    });
    connect(job, &SyncJob::finished, this, &SyncEngine::applyPulled);
    job->start();
}

void SyncEngine::dropPulls() {
    for (const QPointer<PullJob>& job : std::as_const(m_pulls)) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    m_pulls.clear();
}

void SyncEngine::applyPulled() {
    // A page that finishes before the one asked for before it waits for it.
    while (!m_pulls.isEmpty() && (!m_pulls.first() || m_pulls.first()->isFinished())) {
        const QPointer<PullJob> job = m_pulls.takeFirst();
        if (!job)
            continue;
        job->deleteLater();
        if (job->error() != SyncJob::Error::None) {
            dropPulls();
            if (retryAfterRefresh(*job, [this] { pullNext(); }) || recoverIdentity(*job))
                return;
            return finish(job->error(), job->errorString());
        }
        m_refreshed = false;
        if (Status s = adoptServer(*job); !s)
            return finish(SyncJob::Error::Client, s.error());
        const Protocol::PullResponse& page = job->response();
        // The page asked for on the word of this one's first bytes must start where the whole page says it ends;
        // if it does not (or none was asked for), the right one is asked for now.
        const bool more = page.hasMore && !page.reset;
        if (!more || m_pulls.isEmpty() || !m_pulls.first() || m_pulls.first()->cursor() != page.cursor) {
            dropPulls();
            if (more)
                pullFrom(page.cursor);
        }
        QElapsedTimer timer;
        timer.start();
        Result<PullApplied> applied =
            m_replica.applyPullPage(m_endpoint.keyPrefix(), page, m_bulk, m_store.clock().nowSecs());
        qCDebug(lcSyncPull) << "applied a page of" << page.changeCount() << "changes in" << timer.elapsed() << "ms"
                            << (m_bulk ? "(initial sync)" : "");
        if (!applied)
            return finish(SyncJob::Error::Client, applied.error());
        m_report.pulled += applied->upserts;
        m_report.removed += applied->removals;
        m_report.skipped += applied->skipped;
        m_report.conflicts += applied->conflicts;
        m_applying = true;
        for (auto it = applied->touched.cbegin(); it != applied->touched.cend(); ++it)
            m_store.notifyChanged(it.key(), it.value());
        m_applying = false;
        emit progress(u"pull"_s, m_report.pulled + m_report.removed, -1);
        if (page.reset)
            return pullNext();
        if (!page.hasMore) {
            timer.restart();
            if (Status s = m_replica.finishSnapshot(); !s)
                return finish(SyncJob::Error::Client, s.error());
            if (m_bulk)
                qCDebug(lcSyncPull) << "snapshot finished in" << timer.elapsed() << "ms";
            return finish(SyncJob::Error::None, QString());
        }
    }
}

bool SyncEngine::recoverIdentity(const SyncJob& job) {
    const SyncJob::Error kind = job.error();
    if ((kind != SyncJob::Error::ReplicaRestored && kind != SyncJob::Error::ServerRestored) || m_recovered)
        return false;
    m_recovered = true;
    const QString oldDevice = m_deviceId;
    if (kind == SyncJob::Error::ReplicaRestored) {
        // Nothing of the push was applied: the whole outbox goes again as a new device's mutations, and the
        // server's field merge and conflict log judge it against what the other copy sent.
        Result<QString> device = m_replica.renewDeviceId();
        if (!device) {
            finish(SyncJob::Error::Client, device.error());
            return true;
        }
        m_deviceId = *device;
        qCWarning(lcSync) << "the server refused a replay from device" << oldDevice << "(" << job.errorString()
                          << "): this replica was restored from a copy or copied; registered as device" << m_deviceId
                          << "and pushing its outbox again";
        m_report.notices << QCoreApplication::translate(
            "SyncEngine", "This replica was restored from a copy or copied to another computer: it registered as a "
                          "new device and sent its unsynced changes again.");
    } else {
        Result<int> queued =
            m_replica.adoptRestoredServer(job.restoredInstance(), job.restoredCursor(), m_store.clock().nowSecs());
        if (!queued) {
            finish(SyncJob::Error::Client, queued.error());
            return true;
        }
        Result<QString> device = m_replica.deviceId();
        if (!device) {
            finish(SyncJob::Error::Client, device.error());
            return true;
        }
        m_deviceId = *device;
        m_serverInstance = job.restoredInstance();
        qCWarning(lcSync) << job.errorString() << "; registered as device" << m_deviceId << ", queued" << *queued
                          << "rows beyond change" << job.restoredCursor() << "to push again, pulling from 0";
        m_report.notices << QCoreApplication::translate("SyncEngine",
                                                        "The server was restored from a backup: this replica sent "
                                                        "again %1 changes it lacked and downloads everything again.")
                                .arg(*queued);
    }
    Result<int> pending = m_replica.pendingCount();
    m_pushTotal = pending ? *pending : 0;
    m_pushDone = 0;
    pushNext();
    return true;
}

Status SyncEngine::adoptServer(const SyncJob& job) {
    if (!m_serverInstance.isEmpty() || job.serverId().isEmpty())
        return {};
    if (Status s = m_replica.setServerInstance(job.serverId()); !s)
        return s;
    m_serverInstance = job.serverId();
    return {};
}

void SyncEngine::finish(SyncJob::Error kind, const QString& error) {
    m_running = false;
    dropPulls();
    m_replica.endSync();
    m_job = nullptr;
    m_report.ok = kind == SyncJob::Error::None;
    m_report.errorKind = kind;
    m_report.error = error;
    // A role, team or rep changed on the server reaches the replica with the next sync's session.
    if (m_report.ok && !m_session.user.name.isEmpty()) {
        if (Status s = m_replica.recordUser(m_session.user); !s) {
            kind = SyncJob::Error::Client;
            m_report.ok = false;
            m_report.errorKind = kind;
            m_report.error = s.error();
        }
    }
    if (m_report.ok) {
        m_failures = 0;
        Result<int> attention = m_replica.attentionCount();
        setState(attention.ok() && *attention > 0 ? SyncState::NeedsAttention : SyncState::Idle);
    } else if (kind == SyncJob::Error::ServerReplaced) {
        // Retrying cannot help: the user has to decide (a new profile for the new organisation).
        setState(SyncState::NeedsAttention);
    } else if (kind == SyncJob::Error::Auth) {
        m_session.accessToken.clear();
        setState(SyncState::SignedOut);
    } else {
        ++m_failures;
        setState(kind == SyncJob::Error::Network || kind == SyncJob::Error::Timeout ? SyncState::Offline
                                                                                    : SyncState::Failed);
        armRetry();
    }
    if (!m_report.ok)
        qCInfo(lcSync) << "sync failed:" << m_report.error;
    emit syncFinished(m_report);
    if (m_again && m_state != SyncState::SignedOut)
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
}

void SyncEngine::armRetry() {
    if (!m_automatic)
        return;
    const int exponent = qMin(m_failures - 1, 6);
    const int ceiling = qMin(kLastRetryMs, kFirstRetryMs << exponent);
    // Full jitter on the upper half: many clients that failed together do not come back together.
    const int delay = ceiling / 2 + int(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    m_retry.start(delay);
}

} // namespace Stride

#include "moc_syncengine.cpp" // why here: core/sync/CMakeLists.txt
