#include "syncservice.h"

#include "logging.h"
#include "methodchecks.h"
#include "peoplechecks.h"
#include "serverdatabase.h"
#include "stagehistoryconvergence.h"
#include "storage/schema.h"
#include "sync/pullpagewriter.h"
#include "sync/valuerules.h"
#include "visibility.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

using Protocol::EntryStatus;
using Protocol::PushResult;

// A statement on the raw SQLite connection, finalized on destruction; rc() is SQLITE_OK once prepared and bound.
class RawQuery final {
public:
    RawQuery(sqlite3* db, const QString& sql, const QVariantList& binds) {
        const QByteArray utf8 = sql.toUtf8();
        m_rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
        for (int i = 0; m_rc == SQLITE_OK && i < binds.size(); ++i) {
            const QVariant& v = binds.at(i);
            if (v.isNull()) {
                m_rc = sqlite3_bind_null(m_stmt, i + 1); // as QtSql binds a null QString
            } else if (v.typeId() == QMetaType::QString) {
                const QByteArray text = v.toString().toUtf8();
                m_rc = sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            } else {
                m_rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            }
        }
    }
    ~RawQuery() { sqlite3_finalize(m_stmt); }
    RawQuery(const RawQuery&) = delete;
    RawQuery& operator=(const RawQuery&) = delete;
    int rc() const { return m_rc; }
    sqlite3_stmt* statement() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

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
    PushResult result;
    result.mutationId = e.mutationId;

    if (!current->exists) {
        if (e.remove)
            return rejected(e.mutationId, u"%1 %2 does not exist on the server"_s.arg(def.name, e.id));
        if (Status c = checkOrgRow(def, e.id, e.fields, false); !c)
            return rejected(e.mutationId, c.error());
        Result<VisKey> key = visibility.keyFor(def, e.id, e.fields);
        if (!key)
            return rejected(e.mutationId, key.error());
        if (!Visibility::canSee(account, def, *key))
            return rejected(e.mutationId, u"%1 %2 is outside what %3 may change"_s.arg(def.name, e.id, account.name));
        const qint64 seq = ++counter;
        if (Status s = writeRow(def, e.id, true, e.fields, false, seq, key->rep, key->team); !s)
            return fail(s.error());
        if (Status s = recordWriter(def, e.id, u"*"_s, deviceId); !s)
            return fail(s.error());
        if (def.name == u"stage_history"_s) {
            if (Result<int> closed = StageHistoryConvergence::afterWrite(m_db, e.id, e.fields, counter); !closed)
                return fail(closed.error());
        }
        if (def.name == u"opportunities"_s && m_webhookStages.contains(e.fields.value(u"stage"_s).toString())) {
            if (Status s = queueWebhook(e.id, e.fields, QString(), account); !s)
                return fail(s.error());
        }
        result.version = seq;
        return result;
    }

    const VisKey oldKey{current->visRep, current->visTeam};
    if (!Visibility::canSee(account, def, oldKey))
        return rejected(e.mutationId, u"%1 %2 is outside what %3 may change"_s.arg(def.name, e.id, account.name));
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

    QVariantMap changes;
    QVariantMap merged = current->fields;
    for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it) {
        const FieldType type = def.field(it.key())->type;
        const QVariant now = current->fields.value(it.key());
        if (sameValue(now, it.value(), type))
            continue;
        const bool untouched =
            e.baseVersion < 0 || e.baseVersion == current->version || sameBase(now, e.base.value(it.key()), type);
        if (!untouched)
            result.conflicts << Protocol::FieldConflict{it.key(), now, it.value()}; // later arrival wins
        changes.insert(it.key(), it.value());
        merged.insert(it.key(), it.value());
    }
    if (!result.conflicts.isEmpty())
        result.status = EntryStatus::Conflict;
    else if (e.baseVersion != current->version)
        result.status = EntryStatus::Merged;
    if (changes.isEmpty())
        return result;
    if (def.name == u"opportunities"_s)
        StageHistoryConvergence::settleOpportunity(merged, changes);
    if (Status c = checkOrgRow(def, e.id, merged, false); !c)
        return rejected(e.mutationId, c.error());

    Result<VisKey> newKey = visibility.keyFor(def, e.id, merged);
    if (!newKey)
        return rejected(e.mutationId, newKey.error());
    if (!Visibility::canSee(account, def, *newKey))
        return rejected(e.mutationId,
                        u"the change would move %1 %2 outside what %3 may see"_s.arg(def.name, e.id, account.name));
    const qint64 seq = ++counter;
    if (Status s = writeRow(def, e.id, false, changes, false, seq, newKey->rep, newKey->team); !s)
        return fail(s.error());
    if (*newKey != oldKey) {
        if (Status s = visibility.moved(def, e.id, oldKey, *newKey, seq); !s)
            return fail(s.error());
    }
    if (def.name == u"reps"_s && changes.contains(u"team_id"_s)) {
        if (Status s = visibility.repChangedTeam(e.id, current->fields.value(u"team_id"_s).toString(),
                                                 merged.value(u"team_id"_s).toString(), seq);
            !s)
            return fail(s.error());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Protocol::FieldConflict& c : result.conflicts) {
        Result<QString> loser = lastWriter(def, e.id, c.field);
        if (!loser)
            return fail(loser.error());
        if (Status s =
                m_db.execute(u"INSERT INTO conflicts (entity, row_id, field, lost_value, won_value, device_id, "
                             "account_id, seq, created_at, loser_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {def.name, e.id, c.field, jsonText(Protocol::fieldToJson(c.lostValue)),
                              jsonText(Protocol::fieldToJson(c.wonValue)), deviceId, account.id, seq, now,
                              *loser == deviceId ? textOrNull(QString()) : textOrNull(*loser)});
            !s)
            return fail(s.error());
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (Status s = recordWriter(def, e.id, it.key(), deviceId); !s)
            return fail(s.error());
    }
    if (def.name == u"stage_history"_s && (changes.contains(u"left_at"_s) || changes.contains(u"opportunity_id"_s))) {
        if (Result<int> closed = StageHistoryConvergence::afterWrite(m_db, e.id, merged, counter); !closed)
            return fail(closed.error());
    }
    if (def.name == u"opportunities"_s && changes.contains(u"stage"_s) &&
        m_webhookStages.contains(merged.value(u"stage"_s).toString())) {
        if (Status s = queueWebhook(e.id, merged, current->fields.value(u"stage"_s).toString(), account); !s)
            return fail(s.error());
    }
    result.version = seq;
    return result;
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
        qCWarning(lcServer) << "push rolled back:" << why;
        return unavailable(u"the server could not store the push; nothing was applied, retry later"_s);
    };
    Result<QSqlQuery> dq =
        m_db.exec(u"SELECT account_id, last_mutation_id FROM devices WHERE device_id = ?"_s, {request.deviceId});
    if (!dq)
        return abort(dq.error());
    qint64 last = 0;
    const bool known = dq->next();
    if (known) {
        if (dq->value(0).toString() != account.id) {
            m_db.rollback();
            return forbidden(u"device %1 belongs to another account"_s.arg(request.deviceId));
        }
        last = dq->value(1).toLongLong();
    }
    dq->finish();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Status dev = known
                     ? m_db.execute(u"UPDATE devices SET last_seen = ? WHERE device_id = ?"_s, {now, request.deviceId})
                     : m_db.execute(u"INSERT INTO devices (device_id, account_id, last_mutation_id, last_seen) VALUES "
                                    "(?, ?, 0, ?)"_s,
                                    {request.deviceId, account.id, now});
    if (!dev)
        return abort(dev.error());
    Result<qint64> counter = m_db.lockCounter();
    if (!counter)
        return abort(counter.error());
    const qint64 startCounter = *counter;
    Visibility visibility(m_db);

    for (const Protocol::PushEntry& e : request.entries) {
        if (e.mutationId <= last) {
            // A retry: answer what was decided the first time, apply nothing.
            Result<QSqlQuery> stored =
                m_db.exec(u"SELECT result FROM mutation_results WHERE device_id = ? AND mutation_id = ?"_s,
                          {request.deviceId, e.mutationId});
            if (!stored)
                return abort(stored.error());
            if (stored->next()) {
                Result<QJsonObject> o = Protocol::parseObject(stored->value(0).toString().toUtf8());
                Result<PushResult> r = o ? Protocol::pushResultFromJson(*o) : Result<PushResult>(fail(o.error()));
                if (r) {
                    response.results << *r;
                    continue;
                }
            }
            PushResult r;
            r.mutationId = e.mutationId;
            response.results << r;
            continue;
        }
        // applyEntry decides every rejection before its first write, so a rejected entry has changed nothing
        // and needs no savepoint; a database error aborts the whole batch.
        Result<PushResult> r = applyEntry(account, e, request.deviceId, *counter, visibility, false);
        if (!r)
            return abort(r.error());
        const QString stored = QString::fromUtf8(QJsonDocument(Protocol::toJson(*r)).toJson(QJsonDocument::Compact));
        if (Status s = m_db.execute(u"INSERT INTO mutation_results (device_id, mutation_id, result) VALUES (?, ?, ?)"_s,
                                    {request.deviceId, e.mutationId, stored});
            !s)
            return abort(s.error());
        last = e.mutationId;
        response.results << *r;
    }
    if (Status s =
            m_db.execute(u"UPDATE devices SET last_mutation_id = ? WHERE device_id = ?"_s, {last, request.deviceId});
        !s)
        return abort(s.error());
    if (*counter != startCounter) {
        if (Status s = m_db.storeCounter(*counter); !s)
            return abort(s.error());
    }
    if (Status s = m_db.commit(); !s)
        return abort(s.error());
    if (m_changeListener && *counter != startCounter) {
        QStringList changed;
        for (const Protocol::PushEntry& e : request.entries) {
            if (!changed.contains(e.entity))
                changed << e.entity;
        }
        m_changeListener(changed);
    }
    return response;
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
    if (*counter != startCounter) {
        if (Status s = m_db.storeCounter(*counter); !s)
            return abort(s.error());
    }
    if (Status s = m_db.commit(); !s)
        return abort(s.error());
    if (m_changeListener && *counter != startCounter) {
        QStringList changed;
        for (const Protocol::PushEntry& e : std::as_const(entries)) {
            if (!changed.contains(e.entity))
                changed << e.entity;
        }
        m_changeListener(changed);
    }
    return results;
}

Outcome<SyncService::PullPage> SyncService::pull(const Account& account, qint64 cursor, int limit, int version,
                                                 const QString& deviceId) {
    limit = std::clamp(limit, 1, Protocol::kMaxPullLimit);
    const Protocol::PullPageWriter writer(version);
    if (Status s = m_db.beginRead(); !s)
        return unavailable(s.error());
    auto abort = [this](const QString& why) {
        m_db.rollback();
        qCWarning(lcServer) << "pull failed:" << why;
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

    using Item = Protocol::PullPageWriter::Item;
    std::vector<Item> items;
    bool truncated = false;
    const QList<EntityDef>& entities = Schema::entities();
    // What the client's protocol knows: a newer entity is never sent (its fields are left out by the writer).
    const auto known = [version](const EntityDef& def) { return def.sinceProtocol <= version; };
    auto readTable = [&](int entity, qint64 upper) -> Status {
        const EntityDef& def = entities.at(entity);
        QVariantList binds{cursor, upper};
        const QString vis = Visibility::filter(account, def, binds);
        const QStringList columns =
            QStringList{u"seq"_s, u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s} + def.fieldNames();
        const QString sql =
            u"SELECT %1 FROM %2 WHERE seq > ? AND seq <= ?%3 ORDER BY seq"_s.arg(columns.join(u", "_s), def.name, vis);
        if (sqlite3* handle = m_db.sqliteHandle()) {
            RawQuery raw(handle, sql, binds);
            int rc = raw.rc();
            if (rc == SQLITE_OK) {
                while ((rc = sqlite3_step(raw.statement())) == SQLITE_ROW)
                    items.push_back({sqlite3_column_int64(raw.statement(), 0), entity, false,
                                     writer.upsert(def, raw.statement(), 1)});
            }
            if (rc != SQLITE_DONE)
                return fail(u"%1 (in: %2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle)), sql.left(160)));
            return {};
        }
        Result<QSqlQuery> q = m_db.exec(sql, binds);
        if (!q)
            return fail(q.error());
        QSqlQuery& row = *q;
        const auto field = [&row](int i) { return row.value(5 + i); };
        while (row.next()) {
            items.push_back({row.value(0).toLongLong(), entity, false,
                             writer.upsert(def, row.value(1).toString(), row.value(2).toLongLong(),
                                           row.value(3).toLongLong(), row.value(4).toInt() != 0, field)});
        }
        row.finish();
        return {};
    };
    auto readRemovals = [&](qint64 upper) -> Status {
        if (account.seesAll())
            return {};
        Result<QSqlQuery> q = m_db.exec(
            u"SELECT seq, entity, row_id FROM removals WHERE seq > ? AND seq <= ? AND %1 = ? ORDER BY seq"_s.arg(
                account.isSupervisor() ? u"team_id"_s : u"rep_id"_s),
            {cursor, upper, account.isSupervisor() ? account.teamId : account.repId});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            const QString entity = q->value(1).toString();
            const auto def = std::find_if(entities.cbegin(), entities.cend(),
                                          [&entity](const EntityDef& e) { return e.name == entity; });
            if (def == entities.cend() || !known(*def))
                continue;
            items.push_back({q->value(0).toLongLong(), int(def - entities.cbegin()), true,
                             writer.removal(*def, q->value(2).toString())});
        }
        q->finish();
        return {};
    };

    // Probe change numbers only (an index scan) to find where this page ends, then read full rows up to there:
    // reading `limit` full rows from every table would throw most of them away.
    std::vector<qint64> seqs;
    auto probe = [&](const QString& query, const QVariantList& binds) -> Status {
        const QString sql = query + u" LIMIT %1"_s.arg(limit + 1);
        if (sqlite3* handle = m_db.sqliteHandle()) {
            RawQuery raw(handle, sql, binds);
            int rc = raw.rc();
            int n = 0;
            if (rc == SQLITE_OK) {
                while ((rc = sqlite3_step(raw.statement())) == SQLITE_ROW) {
                    if (++n > limit) {
                        truncated = true;
                        rc = SQLITE_DONE;
                        break;
                    }
                    seqs.push_back(sqlite3_column_int64(raw.statement(), 0));
                }
            }
            if (rc != SQLITE_DONE)
                return fail(u"%1 (in: %2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle)), sql.left(160)));
            return {};
        }
        Result<QSqlQuery> q = m_db.exec(sql, binds);
        if (!q)
            return fail(q.error());
        int n = 0;
        while (q->next()) {
            if (++n > limit) {
                truncated = true;
                break;
            }
            seqs.push_back(q->value(0).toLongLong());
        }
        q->finish();
        return {};
    };
    for (const EntityDef& def : entities) {
        if (!known(def))
            continue;
        QVariantList binds{cursor};
        const QString vis = Visibility::filter(account, def, binds);
        if (Status s = probe(u"SELECT seq FROM %1 WHERE seq > ?%2 ORDER BY seq"_s.arg(def.name, vis), binds); !s)
            return abort(s.error());
    }
    if (!account.seesAll()) {
        const QString column = account.isSupervisor() ? u"team_id"_s : u"rep_id"_s;
        if (Status s = probe(u"SELECT seq FROM removals WHERE seq > ? AND %1 = ? ORDER BY seq"_s.arg(column),
                             {cursor, account.isSupervisor() ? account.teamId : account.repId});
            !s)
            return abort(s.error());
    }
    std::sort(seqs.begin(), seqs.end());

    // Rows written by one change share its number; a page never splits a number, so the cursor is exact. Every
    // table is complete below the limit-th number (a table that was cut holds at least `limit` numbers).
    bool more = truncated || qsizetype(seqs.size()) > limit;
    qint64 upper = seqs.empty() ? cursor : seqs.back();
    if (more) {
        const qint64 cut = seqs.at(std::min(seqs.size(), size_t(limit)) - 1);
        auto firstAtCut = std::lower_bound(seqs.begin(), seqs.end(), cut);
        upper = firstAtCut != seqs.begin() ? *(firstAtCut - 1) : cut; // one change larger than a page: all of it
    }
    if (!seqs.empty()) {
        items.reserve(std::min(seqs.size(), size_t(limit) + 1));
        for (int e = 0; e < entities.size(); ++e) {
            if (!known(entities.at(e)))
                continue;
            if (Status s = readTable(e, upper); !s)
                return abort(s.error());
        }
        if (Status s = readRemovals(upper); !s)
            return abort(s.error());
    }
    // Removals first within one change number: a row that moves and comes back ends visible.
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        return x.seq != y.seq ? x.seq < y.seq : (x.removal && !y.removal);
    });

    // Bound the page in bytes too, again at a change-number boundary.
    qint64 bytes = 0;
    size_t keep = items.size();
    for (size_t i = 0; i < items.size(); ++i) {
        bytes += items[i].text.size() + 1;
        if (bytes > m_maxPageBytes && i > 0 && items[i].seq != items[i - 1].seq) {
            keep = i;
            more = true;
            break;
        }
    }
    items.resize(keep);
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
