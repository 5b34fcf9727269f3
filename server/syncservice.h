#pragma once

#include "account.h"
#include "apierror.h"
#include "protocol/protocol.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Stride {
struct EntityDef;
}

namespace Stride::Server {

class ServerDatabase;
class Visibility;

// Push and pull (docs/sync-protocol.md): Replicache's per-device mutation ids with stored results,
// field-level merge against base values, deletes win, visits append-only, change numbers in commit order,
// pages bounded in rows and bytes, filtered by what the account may see.
class SyncService final {
public:
    explicit SyncService(ServerDatabase& db);

    // Stages whose entry posts a webhook event (docs/sales-method.md rule 18); empty: no webhook.
    void setWebhookStages(const QStringList& stages) { m_webhookStages = stages; }
    void setMaxPageBytes(qint64 bytes) { m_maxPageBytes = bytes; }
    // Called after a push that applied changes commits, with the entities it changed (OrgAggregateService
    // recomputes when its inputs changed). Called on the pushing request's thread.
    void setChangeListener(std::function<void(const QStringList& entities)> listener) {
        m_changeListener = std::move(listener);
    }

    Outcome<Protocol::PushResponse> push(const Account& account, const Protocol::PushRequest& request);
    // The server's own commands (init, team, user …) write synced rows through here, as `account` and outside any
    // device's queue, so that their rows get change numbers, validation, visibility moves and removals exactly as
    // a pushed edit would. All or nothing: the first rejected entry rolls every write back and its reason is the
    // error. An entry with baseVersion < 0 overwrites whatever is current without recording a conflict.
    Result<QList<Protocol::PushResult>> applyAsServer(const Account& account,
                                                      const QList<Protocol::PushEntry>& entries);
    // What a server command does around its entries, in the same transaction.
    struct ServerWrite {
        // First, with the counter locked: reads what the entries depend on and appends them (a rep's open book
        // when they leave), so that nothing written in between is missed.
        std::function<Status(QList<Protocol::PushEntry>&)> prepare;
        // After the entries, before the commit: the rows that are not synced (accounts, tokens).
        std::function<Status()> finish;
        // Check everything as a real write would, then roll it all back.
        bool dryRun = false;
    };
    Result<QList<Protocol::PushResult>> applyAsServer(const Account& account, QList<Protocol::PushEntry> entries,
                                                      const ServerWrite& with);
    struct PullPage {
        QByteArray json;
        qint64 next = 0;   // the cursor it ends at
        bool more = false; // has_more
    };
    // The page after `cursor` as JSON in the client's protocol `version`; with protocol 2 it also tells
    // `deviceId` about its values that lost a same-field conflict within the page's change numbers. Safe to call
    // from any thread (each has its own connection).
    Outcome<PullPage> pull(const Account& account, qint64 cursor, int limit, int version, const QString& deviceId);

private:
    struct Row {
        bool exists = false;
        bool deleted = false;
        qint64 version = 0;
        QString visRep;
        QString visTeam;
        QVariantMap fields;
    };

    // A failed Result is a transient (database) failure; a rejection is a PushResult with status Rejected.
    // `asServer`: the server's own write (applyAsServer), which alone may write server-computed entities.
    Result<Protocol::PushResult> applyEntry(const Account& account, const Protocol::PushEntry& entry,
                                            const QString& deviceId, qint64& counter, Visibility& visibility,
                                            bool asServer);
    // The pushing device: its last applied mutation id; registered (or its last_seen updated) unless it belongs to
    // another account.
    struct Device {
        qint64 lastMutationId = 0;
        bool otherAccount = false;
    };
    Result<Device> registerDevice(const Account& account, const QString& deviceId);
    // What was decided the first time for a retried entry; none when this device's mutation `mutationId` was
    // never stored or was stored with another digest (not the same mutation).
    Result<std::optional<Protocol::PushResult>> storedResult(const QString& deviceId, qint64 mutationId,
                                                             const QString& digest);
    // SHA-256 of the entry's canonical JSON, stored with its result to tell a retry from a replay.
    static QString mutationDigest(const Protocol::PushEntry& entry);
    // The counter stored when it moved, then the commit.
    Status commitWrite(qint64 counter, qint64 startCounter);
    // Tells the change listener which entities a committed write changed.
    void announceChanges(const QList<Protocol::PushEntry>& entries);
    // One entry being applied, and by whom.
    struct Change {
        const Account& account;
        const Protocol::PushEntry& entry;
        const EntityDef& def;
        const QString& deviceId;
    };
    // The steps of applyEntry: a row new to the server; an edit of a live row (field-level merge against the
    // entry's base values), then what it leaves behind (lost values, field writers, stage history, webhooks).
    Result<Protocol::PushResult> insertEntry(const Change& c, qint64& counter, Visibility& visibility);
    Result<Protocol::PushResult> updateEntry(const Change& c, const Row& current, qint64& counter,
                                             Visibility& visibility, Protocol::PushResult result);
    static void mergeFields(const Change& c, const Row& current, Protocol::PushResult& result, QVariantMap& changes,
                            QVariantMap& merged);
    Status recordConflicts(const Change& c, const QList<Protocol::FieldConflict>& conflicts, qint64 seq);
    Status afterUpdate(const Change& c, const Row& current, const QVariantMap& changes, const QVariantMap& merged,
                       qint64& counter);
    // Teams, people and the method's rows checked against the rest of the store (PeopleChecks, MethodChecks).
    Status checkOrgRow(const EntityDef& def, const QString& id, const QVariantMap& row, bool remove);
    Result<Row> loadRow(const EntityDef& def, const QString& id);
    Status writeRow(const EntityDef& def, const QString& id, bool insert, const QVariantMap& fields, bool deleted,
                    qint64 seq, const QString& visRep, const QString& visTeam);
    Status recordWriter(const EntityDef& def, const QString& id, const QString& field, const QString& deviceId);
    Result<QString> lastWriter(const EntityDef& def, const QString& id, const QString& field);
    Result<QList<Protocol::ConflictNotice>> lostConflicts(const Account& account, const QString& deviceId, qint64 after,
                                                          qint64 upTo);
    Status queueWebhook(const QString& opportunityId, const QVariantMap& row, const QString& fromStage,
                        const Account& account);

    ServerDatabase& m_db;
    QStringList m_webhookStages;
    qint64 m_maxPageBytes = qint64(8) * 1024 * 1024;
    std::function<void(const QStringList&)> m_changeListener;
};

} // namespace Stride::Server
