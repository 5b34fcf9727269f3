#pragma once

#include "replicaworker.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace Stride {

class ReplicaReader;
class Session;
struct SyncEndpoint;
class TokenStore;

// How the server answered a change of password: `error` None when it was changed; `available` false when this
// profile has no server to ask.
struct PasswordChangeReply {
    bool available = true;
    SyncJob::Error error = SyncJob::Error::None;
    QString code;    // the server's error code, e.g. wrong_password
    QString message; // untranslated detail
};

// Sync for the window: the SyncEngine runs on a ReplicaWorker with its own connection to the replica (pulled
// pages are written there, never on the GUI thread); its changes are re-announced on the session's store so
// that models refresh, and local edits made in the window start a sync. The refresh token is kept in the OS
// keychain (TokenStore). Profiles without a server (demo, a file) have no engine: available() is false.
class SyncController final : public QObject {
    Q_OBJECT
public:
    explicit SyncController(Session& session, QObject* parent = nullptr);
    ~SyncController() override;

    bool available() const { return m_worker != nullptr; }
    QString serverName() const;
    SyncState state() const { return m_state; }
    const SyncReport& lastReport() const { return m_report; }
    qint64 lastSyncAt() const { return m_lastSyncAt; }
    QString lastError() const { return m_lastError; }
    // The last counts read from the replica; read on a ReplicaReader (never on the GUI thread), again after every
    // local edit, state change and finished sync, and at most four times a second while a sync pulls pages.
    int pendingCount() const { return m_pending; }
    int attentionCount() const { return m_attention; }
    // Reads the counts again (after a conflict or rejection was dismissed); countsChanged() when they arrive.
    void refreshCounts();

    void signIn(const QString& user, const QString& password);
    void syncNow();
    // Stops the sync under way after the page being applied (pages already stored stay: the next sync
    // resumes from there); finished() reports it with lastError() "cancelled".
    void cancel();
    // Signs out on the server (when reachable) and removes the keychain entry.
    void signOut();
    // Changes the signed-in user's own password on the server (the old one is checked there); `done` is called
    // once on the GUI thread, not at all when the controller is destroyed first.
    void changePassword(const QString& oldPassword, const QString& newPassword,
                        std::function<void(const PasswordChangeReply& reply)> done);

signals:
    void stateChanged(Stride::SyncState state);
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const Stride::SyncReport& report);
    void countsChanged();              // the counts were read again
    void message(const QString& text); // a problem to show the user (untranslated detail)

private:
    void followLocalEdits();
    void startEngine(const SyncEndpoint& endpoint);
    static void forwardStoreChanges(ReplicaWorker::Context& c, const QPointer<SyncController>& self);
    static void forwardEngineSignals(SyncEngine& engine, QObject& context, const QPointer<SyncController>& self);
    void resumeSavedSession();
    void post(std::function<void(SyncEngine&)> call);
    void onState(SyncState state);
    void onProgress(const QString& phase, qint64 done, qint64 total);
    void saveToken(const QString& token);
    void onFinished(const SyncReport& report);
    void runRoutines();
    void onCancelled();
    QString tokenKey() const;

    Session& m_session;
    ReplicaWorker* m_worker = nullptr; // the sync thread; a child
    TokenStore* m_tokens = nullptr;
    SyncState m_state = SyncState::Idle;
    SyncReport m_report;
    qint64 m_lastSyncAt = 0;
    QString m_lastError;
    bool m_forwarding = false;
    // A password sign-in was asked for (scripts/run, the first-run dialog): an empty saved token read after it
    // means nothing was saved yet, not that the user is signed out; the engine's own state says which.
    bool m_signInRequested = false;
    // A first sync forwards a change per pulled page: the counts are read again at most every 250 ms meanwhile.
    QTimer* m_pulledCounts = nullptr;
    ReplicaReader* m_counts = nullptr;
    int m_pending = 0;
    int m_attention = 0;
};

} // namespace Stride
