#pragma once

#include "protocol/protocol.h"
#include "result.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Stride {

class WalCheckpointer;

class Database;
struct EntityDef;

struct PushApplied {
    int applied = 0;
    int conflicts = 0; // field conflicts recorded
    int rejected = 0;
};

struct PullApplied {
    int upserts = 0;
    int removals = 0;
    int skipped = 0;                    // rows the replica's constraints refused (logged)
    int conflicts = 0;                  // this device's values that lost on the server (conflict notices)
    QMap<QString, QStringList> touched; // entity → ids, for change notifications
};

struct ConflictRecord {
    qint64 id = 0;
    QString entity;
    QString rowId;
    QString field;
    QVariant lostValue; // what restore writes back
    QVariant wonValue;
    qint64 createdAt = 0;
};

struct RejectedRecord {
    qint64 mutationId = 0;
    QString entity;
    QString rowId;
    QString fields;
    QString reason;
    qint64 createdAt = 0;
};

// The sync engine's view of the local replica: the outbox as push batches, push results (outbox entries
// removed, conflicts and rejections recorded) and pulled pages (rows, removals, pending local edits re-applied
// and the cursor stored) — each in ONE transaction, so a crash at any point loses nothing and repeats nothing.
class SyncReplica final {
public:
    explicit SyncReplica(Database& db);
    // Puts back TEMP triggers still held off by an initial sync that did not finish.
    ~SyncReplica();
    SyncReplica(const SyncReplica&) = delete;
    SyncReplica& operator=(const SyncReplica&) = delete;

    // This replica's device id (made once, kept in sync_state).
    Result<QString> deviceId();
    // A new device id, after the server refused a push as a replay of mutation ids it had acknowledged from
    // this replica's id with other content (the replica was restored from a copy, or copied to a second
    // machine): its outbox is pushed again as the new device's mutations.
    Result<QString> renewDeviceId();
    // The server this replica synced with was restored from a backup (409 server_restored): it is instance
    // `instanceId` now and shares the changes up to `sharedCursor` with what the replica holds. In one
    // transaction: a new device id, the new instance, the pull cursor back to 0, and every row the replica holds
    // from a later change (rows it may write: not the server's aggregates, reference data only for an admin) queued
    // in the outbox ahead of the edits still waiting, so that the server gets back what it lost. Returns how many
    // rows were queued.
    Result<int> adoptRestoredServer(const QString& instanceId, qint64 sharedCursor, qint64 now);
    // The pull cursor for `server`; a replica synced with another server starts again from 0.
    Result<qint64> cursor(const QString& server);
    Result<int> pendingCount();
    // The instance id of the server store this replica was synced with (empty until the first answer that
    // carries one); kept so that a replaced database behind the same address is noticed, not mixed in.
    Result<QString> serverInstance();
    Status setServerInstance(const QString& instanceId);
    // Records who the replica's user is (ReplicaUserStore), from the profile the server sent with the session.
    Status recordUser(const Protocol::UserProfile& user);
    // The oldest outbox entries, at most `maxEntries` and about `maxBytes` of JSON.
    Result<QList<Protocol::PushEntry>> pendingBatch(int maxEntries, qint64 maxBytes);

    Result<PushApplied> applyPushResults(const Protocol::PushRequest& sent, const Protocol::PushResponse& response,
                                         qint64 now);
    // `bulk`: the initial sync's path (search and summary triggers off, both rebuilt by finishSnapshot()).
    Result<PullApplied> applyPullPage(const QString& server, const Protocol::PullResponse& page, bool bulk, qint64 now);
    // True while an initial sync applied in bulk has not rebuilt the search index and the analytics summaries
    // yet (survives a crash).
    Result<bool> snapshotInProgress();
    Status finishSnapshot();
    // A sync has ended (SyncEngine::finish), well or not: finalizes the statements kept from page to page (the
    // destructor does too) and hands checkpoints back to the connection's commits.
    void endSync();

    Result<QList<ConflictRecord>> conflicts(bool includeResolved = false);
    Result<ConflictRecord> conflict(qint64 id);
    Status markResolved(qint64 conflictId, qint64 now);
    Result<QList<RejectedRecord>> rejected(bool includeDismissed = false);
    // Hides a rejected entry once the user has read the server's reason; fails when it is not open.
    Status dismissRejected(qint64 mutationId, qint64 now);
    Result<int> attentionCount(); // open conflicts + undismissed rejections

private:
    // Drops this connection's search and summary triggers (ReplicaTriggers) for the initial sync's bulk pages.
    Status dropDerivedTriggers();
    // From the first bulk page until endSync(): a smaller page cache, and this connection's WAL checkpoints on a
    // WalCheckpointer (not for an in-memory replica).
    void beginBulk();
    void endBulk();
    // The steps of applyPullPage, inside its transaction.
    Status beginBulkPage();
    Result<QSet<QString>> pendingRows();
    Status applyRuns(const Protocol::PullResponse& page, const QSet<QString>& pending, PullApplied& out,
                     QList<QPair<QString, QString>>& reapply);
    Status reapplyLocalEdits(const QList<QPair<QString, QString>>& reapply);
    Status recordConflictNotices(const QList<Protocol::ConflictNotice>& notices, qint64 now, PullApplied& out);
    Result<QVariantMap> rowValues(const EntityDef& def, const QString& id);
    Status setState(const QString& key, const QString& value);
    Result<QString> state(const QString& key);

    Database& m_db;
    // The statements that apply pulled rows, prepared once for all the pages of a sync.
    struct PageStatements;
    std::unique_ptr<PageStatements> m_statements;
    // True from a committed bulk page until finishSnapshot() has installed the triggers again; the destructor
    // installs them if a sync stopped in between (a crash loses nothing: they are not in the file).
    bool m_triggersOff = false;
    bool m_bulk = false;
    int m_cacheBefore = 0;
    // The initial sync's checkpoints, on a helper thread from its first bulk page on (see WalCheckpointer);
    // m_checkpointsOff while this connection's own are off.
    std::unique_ptr<WalCheckpointer> m_checkpoints;
    bool m_checkpointsOff = false;
};

} // namespace Stride
