#include "syncservice.h"

#include "auditlog.h"
#include "changereader.h"
#include "methodchecks.h"
#include "ownershipchecks.h"
#include "peoplechecks.h"
#include "pullpagewriter.h"
#include "serverdatabase.h"
#include "serverlogging.h"
#include "stagehistoryconvergence.h"
#include "storage/schema.h"
#include "valuerules.h"
#include "visibility.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

using Protocol::EntryStatus;
using Protocol::PushResult;

bool sameValue(const QVariant& a, const QVariant& b, FieldType type) {
    const bool an = !a.isValid() || a.isNull();
    const bool bn = !b.isValid() || b.isNull();
    if (an || bn)
        return an == bn;
    switch (type) {
    case FieldType::Text:
        return a.toString() == b.toString();
    case FieldType::Integer:
        return a.toLongLong() == b.toLongLong();
    case FieldType::Real:
        return a.toDouble() == b.toDouble();
    }
    return a == b;
}

// Base values from older clients may carry "" for an empty text field (and for an empty number); a base is a
// witness of what the client saw, so empty and NULL count as the same there.
bool sameBase(const QVariant& now, const QVariant& base, FieldType type) {
    const bool baseEmpty =
        !base.isValid() || base.isNull() || (base.typeId() == QMetaType::QString && base.toString().isEmpty());
    const bool nowEmpty = !now.isValid() || now.isNull() || (type == FieldType::Text && now.toString().isEmpty());
    if (baseEmpty || nowEmpty)
        return baseEmpty == nowEmpty;
    return sameValue(now, base, type);
}

QVariant nullable(const QVariant& v, FieldType type) {
    if (v.isValid() && !v.isNull())
        return v;
    switch (type) {
    case FieldType::Text:
        return QVariant(QMetaType(QMetaType::QString));
    case FieldType::Integer:
        return QVariant(QMetaType(QMetaType::LongLong));
    case FieldType::Real:
        return QVariant(QMetaType(QMetaType::Double));
    }
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

PushResult rejected(qint64 mutationId, QString reason) {
    PushResult r;
    r.mutationId = mutationId;
    r.status = EntryStatus::Rejected;
    r.reason = std::move(reason);
    return r;
}

QString jsonText(const QJsonValue& v) {
    QJsonArray a{v};
    const QByteArray doc = QJsonDocument(a).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

} // namespace

Status SyncService::checkOrgRow(const EntityDef& def, const QString& id, const QVariantMap& row, bool remove) {
    if (def.scope != Scope::Org)
        return {};
    if (Status s = PeopleChecks::check(m_db, def, id, row, remove); !s)
        return s;
    return MethodChecks::check(m_db, def, id, row, remove);
}

SyncService::SyncService(ServerDatabase& db)
    : m_db(db) {}

Result<SyncService::Row> SyncService::loadRow(const EntityDef& def, const QString& id) {
    const QStringList columns = QStringList{u"deleted"_s, u"version"_s, u"vis_rep"_s, u"vis_team"_s} + def.fieldNames();
    Result<QSqlQuery> q = m_db.exec(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), def.name), {id});
    if (!q)
        return fail(q.error());
    Row row;
    if (!q->next())
        return row;
    row.exists = true;
    row.deleted = q->value(0).toInt() != 0;
    row.version = q->value(1).toLongLong();
    row.visRep = q->value(2).toString();
    row.visTeam = q->value(3).toString();
    for (int i = 0; i < def.fields.size(); ++i)
        row.fields.insert(def.fields.at(i).name, def.fields.at(i).normalised(q->value(4 + i)));
    return row;
}

Status SyncService::writeRow(const EntityDef& def, const QString& id, bool insert, const QVariantMap& fields,
                             bool deleted, qint64 seq, const QString& visRep, const QString& visTeam) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (insert) {
        QStringList columns{u"id"_s,  u"version"_s, u"updated_at"_s, u"deleted"_s,
                            u"seq"_s, u"vis_rep"_s, u"vis_team"_s};
        QVariantList values{id, seq, now, deleted ? 1 : 0, seq, textOrNull(visRep), textOrNull(visTeam)};
        for (const FieldDef& f : def.fields) {
            columns << f.name;
            values << nullable(fields.value(f.name), f.type);
        }
        const QString marks = QStringList(columns.size(), u"?"_s).join(u", "_s);
        return m_db.execute(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(def.name, columns.join(u", "_s), marks), values);
    }
    QStringList sets{u"version = ?"_s, u"updated_at = ?"_s, u"deleted = ?"_s,
                     u"seq = ?"_s,     u"vis_rep = ?"_s,    u"vis_team = ?"_s};
    QVariantList values{seq, now, deleted ? 1 : 0, seq, textOrNull(visRep), textOrNull(visTeam)};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        sets << it.key() + u" = ?"_s;
        values << nullable(it.value(), def.field(it.key())->type);
    }
    values << id;
    return m_db.execute(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(def.name, sets.join(u", "_s)), values);
}

Result<PushResult> SyncService::applyEntry(const Account& account, const Protocol::PushEntry& e,
                                           const QString& deviceId, qint64& counter, Visibility& visibility,
                                           bool asServer) {
    const EntityDef& def = *Schema::entity(e.entity);
    if (def.scope == Scope::Aggregate && !asServer)
        return rejected(e.mutationId, u"%1 are computed by the server from the whole organisation; a client cannot "
                                      "write them"_s.arg(def.name));
    if (def.scope != Scope::Aggregate && !Visibility::canWrite(account, def))
        return rejected(e.mutationId, u"only an admin may change %1"_s.arg(def.name));
    Result<Row> current = loadRow(def, e.id);
    if (!current)
        return fail(current.error());
    if (!e.remove) {
        if (Status valid = ValueRules::check(def, e.fields, !current->exists); !valid)
            return rejected(e.mutationId, valid.error());
    }
    const Change change{account, e, def, deviceId};
    if (!current->exists)
        return insertEntry(change, counter, visibility);

    const VisKey oldKey{current->visRep, current->visTeam};
    if (!Visibility::canSee(account, def, oldKey))
        return rejected(e.mutationId, u"%1 %2 is outside what %3 may change"_s.arg(def.name, e.id, account.name));
    PushResult result;
    result.mutationId = e.mutationId;
    result.version = current->version;
    if (current->deleted) {
        // Deletes win: the edit is not applied; the client keeps its lost values in its conflict list.
        result.status = EntryStatus::Conflict;
        result.reason = u"%1 %2 was deleted on the server"_s.arg(def.name, e.id);
        for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it)
            result.conflicts << Protocol::FieldConflict{it.key(), it.value(), QVariant()};
        return result;
    }
    if (def.appendOnly) {
        if (e.remove)
            return rejected(e.mutationId, u"%1 are append-only: they cannot be deleted"_s.arg(def.name));
        for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it) {
            if (!sameValue(current->fields.value(it.key()), it.value(), def.field(it.key())->type))
                return rejected(e.mutationId, u"%1 are append-only: they cannot be edited"_s.arg(def.name));
        }
        return result;
    }
    if (e.remove) {
        if (Status c = checkOrgRow(def, e.id, current->fields, true); !c)
            return rejected(e.mutationId, c.error());
        const qint64 seq = ++counter;
        if (Status s = writeRow(def, e.id, false, {}, true, seq, current->visRep, current->visTeam); !s)
            return fail(s.error());
        result.version = seq;
        return result;
    }
    return updateEntry(change, *current, counter, visibility, result);
}

Result<PushResult> SyncService::insertEntry(const Change& c, qint64& counter, Visibility& visibility) {
    const Protocol::PushEntry& e = c.entry;
    const EntityDef& def = c.def;
    if (e.remove)
        return rejected(e.mutationId, u"%1 %2 does not exist on the server"_s.arg(def.name, e.id));
    if (Status check = checkOrgRow(def, e.id, e.fields, false); !check)
        return rejected(e.mutationId, check.error());
    Result<VisKey> key = visibility.keyFor(def, e.id, e.fields);
    if (!key)
        return rejected(e.mutationId, key.error());
    if (!Visibility::canSee(c.account, def, *key))
        return rejected(e.mutationId, u"%1 %2 is outside what %3 may change"_s.arg(def.name, e.id, c.account.name));
    if (Status owned = OwnershipChecks::check(m_db, c.account, def, e.fields); !owned)
        return rejected(e.mutationId, owned.error());
    const qint64 seq = ++counter;
    if (Status s = writeRow(def, e.id, true, e.fields, false, seq, key->rep, key->team); !s)
        return fail(s.error());
    if (Status s = recordWriter(def, e.id, u"*"_s, c.deviceId); !s)
        return fail(s.error());
    if (def.name == u"stage_history"_s) {
        if (Result<int> closed = StageHistoryConvergence::afterWrite(m_db, e.id, e.fields, counter); !closed)
            return fail(closed.error());
    }
    if (def.name == u"opportunities"_s && m_webhookStages.contains(e.fields.value(u"stage"_s).toString())) {
        if (Status s = queueWebhook(e.id, e.fields, QString(), c.account); !s)
            return fail(s.error());
    }
    PushResult result;
    result.mutationId = e.mutationId;
    result.version = seq;
    return result;
}

Result<PushResult> SyncService::updateEntry(const Change& c, const Row& current, qint64& counter,
                                            Visibility& visibility, PushResult result) {
    const Protocol::PushEntry& e = c.entry;
    const EntityDef& def = c.def;
    QVariantMap changes;
    QVariantMap merged = current.fields;
    mergeFields(c, current, result, changes, merged);
    if (changes.isEmpty())
        return result;
    if (def.name == u"opportunities"_s)
        StageHistoryConvergence::settleOpportunity(merged, changes);
    if (Status check = checkOrgRow(def, e.id, merged, false); !check)
        return rejected(e.mutationId, check.error());

    Result<VisKey> newKey = visibility.keyFor(def, e.id, merged);
    if (!newKey)
        return rejected(e.mutationId, newKey.error());
    if (!Visibility::canSee(c.account, def, *newKey))
        return rejected(e.mutationId,
                        u"the change would move %1 %2 outside what %3 may see"_s.arg(def.name, e.id, c.account.name));
    if (Status owned = OwnershipChecks::check(m_db, c.account, def, changes); !owned)
        return rejected(e.mutationId, owned.error());
    const qint64 seq = ++counter;
    if (Status s = writeRow(def, e.id, false, changes, false, seq, newKey->rep, newKey->team); !s)
        return fail(s.error());
    const VisKey oldKey{current.visRep, current.visTeam};
    if (*newKey != oldKey) {
        if (Status s = visibility.moved(def, e.id, oldKey, *newKey, seq); !s)
            return fail(s.error());
    }
    if (def.name == u"reps"_s && changes.contains(u"team_id"_s)) {
        if (Status s = visibility.repChangedTeam(e.id, current.fields.value(u"team_id"_s).toString(),
                                                 merged.value(u"team_id"_s).toString(), seq);
            !s)
            return fail(s.error());
    }
    if (Status s = recordConflicts(c, result.conflicts, seq); !s)
        return fail(s.error());
    if (Status s = afterUpdate(c, current, changes, merged, counter); !s)
        return fail(s.error());
    result.version = seq;
    return result;
}

void SyncService::mergeFields(const Change& c, const Row& current, PushResult& result, QVariantMap& changes,
                              QVariantMap& merged) {
    const Protocol::PushEntry& e = c.entry;
    for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it) {
        const FieldType type = c.def.field(it.key())->type;
        const QVariant now = current.fields.value(it.key());
        if (sameValue(now, it.value(), type))
            continue;
        // A base version at or above the row's means the writer had seen the row as it is (only a client of a
        // restored store sends one above: docs/sync-protocol.md, "Restored servers").
        const bool untouched =
            e.baseVersion < 0 || e.baseVersion >= current.version || sameBase(now, e.base.value(it.key()), type);
        if (!untouched)
            result.conflicts << Protocol::FieldConflict{it.key(), now, it.value()}; // later arrival wins
        changes.insert(it.key(), it.value());
        merged.insert(it.key(), it.value());
    }
    if (!result.conflicts.isEmpty())
        result.status = EntryStatus::Conflict;
    else if (e.baseVersion != current.version)
        result.status = EntryStatus::Merged;
}

Status SyncService::recordConflicts(const Change& c, const QList<Protocol::FieldConflict>& conflicts, qint64 seq) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Protocol::FieldConflict& conflict : conflicts) {
        Result<QString> loser = lastWriter(c.def, c.entry.id, conflict.field);
        if (!loser)
            return fail(loser.error());
        if (Status s = m_db.execute(
                u"INSERT INTO conflicts (entity, row_id, field, lost_value, won_value, device_id, "
                "account_id, seq, created_at, loser_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {c.def.name, c.entry.id, conflict.field, jsonText(Protocol::fieldToJson(conflict.lostValue)),
                 jsonText(Protocol::fieldToJson(conflict.wonValue)), c.deviceId, c.account.id, seq, now,
                 *loser == c.deviceId ? textOrNull(QString()) : textOrNull(*loser)});
            !s)
            return s;
    }
    return {};
}

Status SyncService::afterUpdate(const Change& c, const Row& current, const QVariantMap& changes,
                                const QVariantMap& merged, qint64& counter) {
    const QString& id = c.entry.id;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (Status s = recordWriter(c.def, id, it.key(), c.deviceId); !s)
            return s;
    }
    if (c.def.name == u"stage_history"_s && (changes.contains(u"left_at"_s) || changes.contains(u"opportunity_id"_s))) {
        if (Result<int> closed = StageHistoryConvergence::afterWrite(m_db, id, merged, counter); !closed)
            return fail(closed.error());
    }
    if (c.def.name == u"opportunities"_s && changes.contains(u"stage"_s) &&
        m_webhookStages.contains(merged.value(u"stage"_s).toString()))
        return queueWebhook(id, merged, current.fields.value(u"stage"_s).toString(), c.account);
    return {};
}

Status SyncService::recordWriter(const EntityDef& def, const QString& id, const QString& field,
                                 const QString& deviceId) {
    return m_db.execute(u"INSERT INTO field_writers (entity, row_id, field, device_id) VALUES (?, ?, ?, ?) ON "
                        "CONFLICT (entity, row_id, field) DO UPDATE SET device_id = excluded.device_id"_s,
                        {def.name, id, field, deviceId});
}

Result<QString> SyncService::lastWriter(const EntityDef& def, const QString& id, const QString& field) {
    Result<QSqlQuery> q = m_db.exec(u"SELECT device_id FROM field_writers WHERE entity = ? AND row_id = ? AND field "
                                    "IN (?, '*') ORDER BY CASE WHEN field = '*' THEN 1 ELSE 0 END LIMIT 1"_s,
                                    {def.name, id, field});
    if (!q)
        return fail(q.error());
    const QString device = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return device;
}

Result<QList<Protocol::ConflictNotice>> SyncService::lostConflicts(const Account& account, const QString& deviceId,
                                                                   qint64 after, qint64 upTo) {
    // Only the account that owns the device hears about it: a device id is not a secret.
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT c.entity, c.row_id, c.field, c.lost_value, c.won_value FROM conflicts c JOIN devices d ON "
        "d.device_id = c.loser_device WHERE c.loser_device = ? AND d.account_id = ? AND c.seq > ? AND c.seq <= ? "
        "ORDER BY c.id"_s,
        {deviceId, account.id, after, upTo});
    if (!q)
        return fail(q.error());
    QList<Protocol::ConflictNotice> out;
    const auto value = [](const QString& json) {
        const QJsonValue v = QJsonDocument::fromJson(u"["_s.toUtf8() + json.toUtf8() + "]").array().at(0);
        return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
    };
    while (q->next()) {
        const EntityDef* def = Schema::entity(q->value(0).toString());
        const FieldDef* f = def ? def->field(q->value(2).toString()) : nullptr;
        if (!f)
            continue;
        out << Protocol::ConflictNotice{def->name, q->value(1).toString(), f->name,
                                        f->normalised(value(q->value(3).toString())),
                                        f->normalised(value(q->value(4).toString()))};
    }
    q->finish();
    return out;
}

Status SyncService::queueWebhook(const QString& opportunityId, const QVariantMap& row, const QString& fromStage,
                                 const Account& account) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject event{{u"event"_s, u"opportunity.stage_changed"_s},
                            {u"opportunity_id"_s, opportunityId},
                            {u"customer_id"_s, row.value(u"customer_id"_s).toString()},
                            {u"title"_s, row.value(u"title"_s).toString()},
                            {u"amount"_s, row.value(u"amount"_s).toDouble()},
                            {u"from_stage"_s, fromStage},
                            {u"to_stage"_s, row.value(u"stage"_s).toString()},
                            {u"by"_s, account.name},
                            {u"at"_s, now}};
    return m_db.execute(
        u"INSERT INTO webhook_events (event, attempts, next_attempt_at, created_at) VALUES (?, 0, ?, ?)"_s,
        {QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)), now, now});
}

Outcome<Protocol::PushResponse> SyncService::push(const Account& account, const Protocol::PushRequest& request) {
    Protocol::PushResponse response;
    if (Status s = m_db.beginWrite(); !s)
        return unavailable(s.error());
    auto abort = [this](const QString& why) {
        m_db.rollback();
        qCWarning(lcServerPush) << "push rolled back:" << why;
        return unavailable(u"the server could not store the push; nothing was applied, retry later"_s);
    };
    Result<Device> device = registerDevice(account, request.deviceId);
    if (!device)
        return abort(device.error());
    if (device->otherAccount) {
        m_db.rollback();
        return forbidden(u"device %1 belongs to another account"_s.arg(request.deviceId));
    }
    qint64 last = device->lastMutationId;
    Result<qint64> counter = m_db.lockCounter();
    if (!counter)
        return abort(counter.error());
    const qint64 startCounter = *counter;
    Visibility visibility(m_db);

    for (const Protocol::PushEntry& e : request.entries) {
        const QString digest = mutationDigest(e);
        if (e.mutationId <= last) {
            // A retry answers what was decided the first time and applies nothing, but only when it is the same
            // mutation: another one under a number already used comes from a replica restored from a copy, or
            // copied to a second machine. It is never acknowledged; the device must register anew.
            Result<std::optional<PushResult>> stored = storedResult(request.deviceId, e.mutationId, digest);
            if (!stored)
                return abort(stored.error());
            if (!stored->has_value()) {
                m_db.rollback();
                qCWarning(lcServerPush) << "push refused: device" << request.deviceId << "sent another mutation"
                                        << e.mutationId << "at or below its last acknowledged" << last;
                return ApiError{
                    409, QString::fromLatin1(Protocol::kReplicaRestored),
                    u"device %1 already had mutation %2 acknowledged with other content (its last is "
                    "%3): the replica was restored from a copy or copied to another machine; nothing "
                    "of this push was applied, register as a new device and push again"_s.arg(request.deviceId)
                        .arg(e.mutationId)
                        .arg(last)};
            }
            response.results << **stored;
            continue;
        }
        // applyEntry decides every rejection before its first write, so a rejected entry has changed nothing
        // and needs no savepoint; a database error aborts the whole batch.
        Result<PushResult> r = applyEntry(account, e, request.deviceId, *counter, visibility, false);
        if (!r)
            return abort(r.error());
        const QString stored = QString::fromUtf8(QJsonDocument(Protocol::toJson(*r)).toJson(QJsonDocument::Compact));
        if (Status s = m_db.execute(
                u"INSERT INTO mutation_results (device_id, mutation_id, result, digest) VALUES (?, ?, ?, ?)"_s,
                {request.deviceId, e.mutationId, stored, digest});
            !s)
            return abort(s.error());
        last = e.mutationId;
        AuditLog(m_db).pushEntry(account, request.deviceId, e, *r);
        response.results << *r;
    }
    if (Status s =
            m_db.execute(u"UPDATE devices SET last_mutation_id = ? WHERE device_id = ?"_s, {last, request.deviceId});
        !s)
        return abort(s.error());
    if (Status s = commitWrite(*counter, startCounter); !s)
        return abort(s.error());
    if (*counter != startCounter)
        announceChanges(request.entries);
    return response;
}

Result<SyncService::Device> SyncService::registerDevice(const Account& account, const QString& deviceId) {
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT account_id, last_mutation_id FROM devices WHERE device_id = ?"_s, {deviceId});
    if (!q)
        return fail(q.error());
    Device device;
    const bool known = q->next();
    if (known) {
        if (q->value(0).toString() != account.id) {
            device.otherAccount = true;
            return device;
        }
        device.lastMutationId = q->value(1).toLongLong();
    }
    q->finish();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Status dev = known ? m_db.execute(u"UPDATE devices SET last_seen = ? WHERE device_id = ?"_s, {now, deviceId})
                       : m_db.execute(u"INSERT INTO devices (device_id, account_id, last_mutation_id, last_seen) "
                                      "VALUES (?, ?, 0, ?)"_s,
                                      {deviceId, account.id, now});
    if (!dev)
        return fail(dev.error());
    return device;
}

Result<std::optional<PushResult>> SyncService::storedResult(const QString& deviceId, qint64 mutationId,
                                                            const QString& digest) {
    Result<QSqlQuery> stored =
        m_db.exec(u"SELECT result, digest FROM mutation_results WHERE device_id = ? AND mutation_id = ?"_s,
                  {deviceId, mutationId});
    if (!stored)
        return fail(stored.error());
    if (!stored->next())
        return std::optional<PushResult>(); // never stored: not a retry of anything this device sent
    const QString result = stored->value(0).toString();
    // Results stored before digests were kept (server migration 9) cannot be compared: taken as the same.
    const bool same = stored->value(1).isNull() || stored->value(1).toString() == digest;
    stored->finish();
    if (!same)
        return std::optional<PushResult>();
    Result<QJsonObject> o = Protocol::parseObject(result.toUtf8());
    Result<PushResult> r = o ? Protocol::pushResultFromJson(*o) : Result<PushResult>(fail(o.error()));
    if (r)
        return std::optional<PushResult>(*r);
    // No readable stored result: answer with a plain result for the id.
    PushResult plain;
    plain.mutationId = mutationId;
    return std::optional<PushResult>(plain);
}

QString SyncService::mutationDigest(const Protocol::PushEntry& entry) {
    // The entry as the protocol writes it (object keys sorted), without the device: its number and content.
    const QJsonObject o =
        Protocol::toJson(Protocol::PushRequest{QString(), {entry}}).value(u"entries"_s).toArray().at(0).toObject();
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

Status SyncService::commitWrite(qint64 counter, qint64 startCounter) {
    if (counter != startCounter) {
        if (Status s = m_db.storeCounter(counter); !s)
            return s;
    }
    return m_db.commit();
}

void SyncService::announceChanges(const QList<Protocol::PushEntry>& entries) {
    if (!m_changeListener)
        return;
    QStringList changed;
    for (const Protocol::PushEntry& e : entries) {
        if (!changed.contains(e.entity))
            changed << e.entity;
    }
    m_changeListener(changed);
}

Result<QList<PushResult>> SyncService::applyAsServer(const Account& account,
                                                     const QList<Protocol::PushEntry>& entries) {
    return applyAsServer(account, entries, ServerWrite{});
}

Result<QList<PushResult>> SyncService::applyAsServer(const Account& account, QList<Protocol::PushEntry> entries,
                                                     const ServerWrite& with) {
    if (Status s = m_db.beginWrite(); !s)
        return fail(s.error());
    auto abort = [this](const QString& why) {
        m_db.rollback();
        return fail(why);
    };
    Result<qint64> counter = m_db.lockCounter();
    if (!counter)
        return abort(counter.error());
    const qint64 startCounter = *counter;
    if (with.prepare) {
        if (Status s = with.prepare(entries); !s)
            return abort(s.error());
    }
    Visibility visibility(m_db);
    QList<PushResult> results;
    for (const Protocol::PushEntry& e : std::as_const(entries)) {
        if (!Schema::entity(e.entity))
            return abort(u"unknown entity '%1'"_s.arg(e.entity));
        Result<PushResult> r = applyEntry(account, e, u"server"_s, *counter, visibility, true);
        if (!r)
            return abort(r.error());
        if (r->status == EntryStatus::Rejected)
            return abort(r->reason);
        results << *r;
    }
    if (with.finish) {
        if (Status s = with.finish(); !s)
            return abort(s.error());
    }
    if (with.dryRun) {
        m_db.rollback();
        return results;
    }
    if (Status s = commitWrite(*counter, startCounter); !s)
        return abort(s.error());
    if (*counter != startCounter)
        announceChanges(entries);
    return results;
}

namespace {

using Item = PullPageWriter::Item;

// Where a page of `limit` changes ends, from the probed change numbers. Rows written by one change share its number;
// a page never splits a number, so the cursor is exact. Every table is complete below the limit-th number (a table
// that was cut holds at least `limit` numbers). Sets `more` when changes are left after it.
qint64 pageUpper(std::vector<qint64>& seqs, qint64 cursor, int limit, bool& more) {
    std::sort(seqs.begin(), seqs.end());
    more = more || qsizetype(seqs.size()) > limit;
    if (!more)
        return seqs.empty() ? cursor : seqs.back();
    const qint64 cut = seqs.at(std::min(seqs.size(), size_t(limit)) - 1);
    auto firstAtCut = std::lower_bound(seqs.begin(), seqs.end(), cut);
    return firstAtCut != seqs.begin() ? *(firstAtCut - 1) : cut; // one change larger than a page: all of it
}

// Puts the items in the order the client applies them and bounds the page in bytes too, again at a change-number
// boundary. Sets `more` when it cut.
void orderAndBound(std::vector<Item>& items, qint64 maxBytes, bool& more) {
    // Removals first within one change number: a row that moves and comes back ends visible.
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        return x.seq != y.seq ? x.seq < y.seq : (x.removal && !y.removal);
    });
    qint64 bytes = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        bytes += items[i].text.size() + 1;
        if (bytes > maxBytes && i > 0 && items[i].seq != items[i - 1].seq) {
            items.resize(i);
            more = true;
            return;
        }
    }
}

} // namespace

Outcome<SyncService::PullPage> SyncService::pull(const Account& account, qint64 cursor, int limit, int version,
                                                 const QString& deviceId) {
    limit = std::clamp(limit, 1, Protocol::kMaxPullLimit);
    const PullPageWriter writer(version);
    if (Status s = m_db.beginRead(); !s)
        return unavailable(s.error());
    auto abort = [this](const QString& why) {
        m_db.rollback();
        qCWarning(lcServerPull) << "pull failed:" << why;
        return unavailable(u"the server could not read changes; retry later"_s);
    };
    Result<QSqlQuery> top = m_db.exec(u"SELECT value FROM sync_counter WHERE id = 1"_s);
    if (!top)
        return abort(top.error());
    const qint64 maxSeq = top->next() ? top->value(0).toLongLong() : 0;
    top->finish();
    if (cursor < 0 || cursor > maxSeq) {
        // A cursor from another server or a restored database: start this scope again from 0.
        m_db.rollback();
        return PullPage{writer.page(0, true, true, {}, {}), 0, true};
    }

    // Probe change numbers only (an index scan) to find where this page ends, then read full rows up to there:
    // reading `limit` full rows from every table would throw most of them away.
    ChangeReader reader(m_db, account, cursor, version);
    std::vector<qint64> seqs;
    bool more = false;
    if (Status s = reader.probe(limit, seqs, more); !s)
        return abort(s.error());
    const qint64 upper = pageUpper(seqs, cursor, limit, more);
    std::vector<Item> items;
    if (!seqs.empty()) {
        items.reserve(std::min(seqs.size(), size_t(limit) + 1));
        if (Status s = reader.read(upper, writer, items); !s)
            return abort(s.error());
    }
    orderAndBound(items, m_maxPageBytes, more);
    qint64 next = items.empty() ? (more ? cursor : maxSeq) : items.back().seq;
    if (!more && !items.empty())
        next = std::max(next, maxSeq);

    QList<Protocol::ConflictNotice> notices;
    if (version >= 2 && !deviceId.isEmpty() && next > cursor) {
        Result<QList<Protocol::ConflictNotice>> lost = lostConflicts(account, deviceId, cursor, next);
        if (!lost)
            return abort(lost.error());
        notices = *lost;
    }
    m_db.rollback();
    return PullPage{writer.page(next, more, false, items, notices), next, more};
}

} // namespace Stride::Server
