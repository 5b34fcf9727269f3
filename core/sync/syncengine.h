#pragma once

#include "protocol/protocol.h"
#include "pulljob.h"
#include "syncendpoint.h"
#include "syncjob.h"
#include "syncreplica.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Stride {

class EntityStore;

enum class SyncState { Idle, Syncing, Offline, NeedsAttention, SignedOut, Failed };

struct SyncReport {
    bool ok = true;
    SyncJob::Error errorKind = SyncJob::Error::None;
    QString error;
    int pushed = 0;    // outbox entries the server answered (applied, merged or conflict)
    int pulled = 0;    // rows received
    int removed = 0;   // rows that left the user's visibility
    int conflicts = 0; // field conflicts recorded (this push's, and notices of earlier ones that lost)
    int rejected = 0;  // entries the server refused: "needs attention"
    int skipped = 0;   // pulled rows the replica refused
    // What the user should be told about this sync beyond the counts (translated): the replica or the server was
    // found restored, and what was done about it.
    QStringList notices;
};

// The client side of sync: signs in, drains the outbox in bounded batches, pulls pages until the server has no
// more, and records conflicts and rejections. Starts after a local edit and when the network returns; after a
// failure it retries with exponential backoff and jitter (1 s → 60 s). Lives on the thread of its EntityStore's
// database. The refresh token is the caller's to keep (sessionChanged → TokenStore).
class SyncEngine final : public QObject {
    Q_OBJECT
public:
    SyncEngine(EntityStore& store, SyncEndpoint endpoint, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Rows per pulled page; an initial sync (the whole scope from 0) takes larger pages, each one transaction.
    static constexpr int kPullLimit = 1000;
    static constexpr int kInitialPullLimit = 5000;

    // `initialPullLimit`: rows per page while the whole scope is pulled from 0 (0: the same as `pullLimit`).
    void setLimits(int pushEntries, qint64 pushBytes, int pullLimit, int initialPullLimit = 0);
    // Sync by itself after local edits, when the network returns and after failures.
    void setAutomatic(bool on);

    void signIn(const QString& user, const QString& password);
    void setRefreshToken(const QString& token);
    void signOut();
    // Changes the signed-in user's own password on the server (the current one is checked there); the server
    // ends every session of the account and answers with a new one for this device (sessionChanged()).
    // passwordChangeFinished() tells how it went.
    void changePassword(const QString& oldPassword, const QString& newPassword);
    void syncNow();
    void cancel();

    SyncState state() const { return m_state; }
    const SyncReport& lastReport() const { return m_report; }
    const Protocol::SessionTokens& session() const { return m_session; }
    const SyncEndpoint& endpoint() const { return m_endpoint; }
    QNetworkAccessManager& network() { return m_nam; }
    int nextRetryMs() const { return m_retry.isActive() ? m_retry.remainingTime() : -1; }

    static QString stateName(SyncState s);

signals:
    void stateChanged(Stride::SyncState state);
    void progress(const QString& phase, qint64 done, qint64 total); // total -1: unknown
    void syncFinished(const Stride::SyncReport& report);
    void signedIn(const Stride::Status& result);
    void signedOut();
    void sessionChanged(const Stride::Protocol::SessionTokens& session);
    // `error` None when the password was changed; otherwise the server's error code (wrong_password,
    // weak_password, …; not_signed_in without a session) and its message.
    void passwordChangeFinished(Stride::SyncJob::Error error, const QString& code, const QString& message);

private:
    void setState(SyncState s);
    void ensureSession(const std::function<void()>& next);
    void pushNext();
    void pullNext();
    void pullFrom(qint64 cursor);
    // Applies the pages that have arrived, in the order they were asked for.
    void applyPulled();
    void dropPulls();
    void finish(SyncJob::Error kind, const QString& error);
    bool retryAfterRefresh(SyncJob& job, const std::function<void()>& again);
    // A restored replica (replica_restored) or server (server_restored): registers as a new device, queues what
    // the server lacks and starts the sync over with the push (once per sync). False for any other failure.
    bool recoverIdentity(const SyncJob& job);
    void armRetry();
    // `refreshed`: the access token was renewed for this change already (a second 401 is final).
    void changePasswordWith(const QString& oldPassword, const QString& newPassword, bool refreshed);
    // Records the server's instance id the first time an answer carries one.
    Status adoptServer(const SyncJob& job);
    void onLocalChange();
    template <typename Job> Job* track(Job* job);

    EntityStore& m_store;
    SyncReplica m_replica;
    SyncEndpoint m_endpoint;
    QNetworkAccessManager m_nam;
    Protocol::SessionTokens m_session;
    QString m_deviceId;
    QString m_serverInstance; // as stored in the replica; empty until a server told it
    QPointer<SyncJob> m_job;
    // Pages asked for and not applied yet, in cursor order: at most the one arriving and the next.
    QList<QPointer<PullJob>> m_pulls;
    QTimer m_retry;
    QTimer m_debounce;
    SyncState m_state = SyncState::Idle;
    SyncReport m_report;
    int m_pushEntries = 200;
    qint64 m_pushBytes = 2 * 1024 * 1024;
    int m_pullLimit = kPullLimit;
    int m_bulkLimit = kInitialPullLimit; // 0: m_pullLimit
    int m_failures = 0;
    int m_pushTotal = 0;
    int m_pushDone = 0;
    bool m_running = false;
    bool m_again = false;
    bool m_automatic = false;
    bool m_refreshed = false;
    bool m_recovered = false; // recoverIdentity() ran in this sync
    bool m_applying = false;
    bool m_bulk = false; // this pull is an initial sync (or resumes one)
};

} // namespace Stride

Q_DECLARE_METATYPE(Stride::SyncReport)
