#include "protocol.h"

#include "pullpagereader.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride::Protocol {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: larger integers do not survive JSON

Result<QString> stringMember(const QJsonObject& o, const QString& key, bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(u"missing '%1'"_s.arg(key));
        return QString();
    }
    if (!v.isString())
        return fail(u"'%1' must be a string"_s.arg(key));
    return v.toString();
}

Result<qint64> integerMember(const QJsonObject& o, const QString& key, bool required = true) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail(u"missing '%1'"_s.arg(key));
        return qint64(0);
    }
    if (!v.isDouble())
        return fail(u"'%1' must be a number"_s.arg(key));
    const double d = v.toDouble();
    if (std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
        return fail(u"'%1' must be an integer"_s.arg(key));
    return qint64(d);
}

Result<bool> boolMember(const QJsonObject& o, const QString& key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        return fail(u"'%1' must be true or false"_s.arg(key));
    return v.toBool();
}

Result<QVariantMap> fieldsFromJson(const EntityDef& def, const QJsonValue& v, const QString& what) {
    if (v.isUndefined() || v.isNull())
        return QVariantMap();
    if (!v.isObject())
        return fail(u"'%1' must be an object"_s.arg(what));
    QVariantMap out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        Result<QVariant> value = fieldFromJson(def, it.key(), it.value());
        if (!value)
            return fail(value.error());
        out.insert(it.key(), *value);
    }
    return out;
}

QVariant fromJsonLoose(const QJsonValue& v) {
    if (v.isNull() || v.isUndefined())
        return QVariant();
    return v.toVariant();
}

} // namespace

bool isSupported(int version) {
    return version >= kOldestSupported && version <= kVersion;
}

QString statusName(EntryStatus s) {
    switch (s) {
    case EntryStatus::Applied:
        return u"applied"_s;
    case EntryStatus::Merged:
        return u"merged"_s;
    case EntryStatus::Conflict:
        return u"conflict"_s;
    case EntryStatus::Rejected:
        return u"rejected"_s;
    }
    return u"rejected"_s;
}

Result<QVariant> fieldFromJson(const EntityDef& def, const QString& field, const QJsonValue& value) {
    const FieldDef* f = def.field(field);
    if (!f)
        return fail(u"%1 has no field '%2'"_s.arg(def.name, field));
    if (value.isNull())
        return QVariant();
    switch (f->type) {
    case FieldType::Text:
        if (!value.isString())
            return fail(u"%1.%2 must be a string"_s.arg(def.name, field));
        return QVariant(value.toString());
    case FieldType::Integer: {
        const double d = value.toDouble();
        if (!value.isDouble() || std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
            return fail(u"%1.%2 must be an integer"_s.arg(def.name, field));
        return QVariant(qint64(d));
    }
    case FieldType::Real:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(u"%1.%2 must be a number"_s.arg(def.name, field));
        return QVariant(value.toDouble());
    }
    return fail(u"%1.%2 has an unknown type"_s.arg(def.name, field));
}

QJsonValue fieldToJson(const QVariant& value) {
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return value.toString();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return QJsonValue::fromVariant(value);
    }
}

QJsonObject fieldsToJson(const QVariantMap& fields) {
    QJsonObject o;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), fieldToJson(it.value()));
    return o;
}

Result<int> versionOf(const QJsonObject& body) {
    Result<qint64> v = integerMember(body, u"protocol"_s);
    if (!v)
        return fail(v.error());
    return int(*v);
}

Result<LoginRequest> loginRequestFromJson(const QJsonObject& o) {
    Result<QString> user = stringMember(o, u"user"_s);
    if (!user)
        return fail(user.error());
    Result<QString> password = stringMember(o, u"password"_s);
    if (!password)
        return fail(password.error());
    return LoginRequest{*user, *password};
}

QJsonObject toJson(const LoginRequest& r) {
    return {{u"protocol"_s, kVersion}, {u"user"_s, r.user}, {u"password"_s, r.password}};
}

Result<SessionTokens> sessionFromJson(const QJsonObject& o) {
    SessionTokens s;
    Result<QString> access = stringMember(o, u"access_token"_s);
    Result<QString> refresh = stringMember(o, u"refresh_token"_s);
    Result<qint64> expires = integerMember(o, u"expires_in"_s);
    if (!access || !refresh || !expires)
        return fail(u"malformed session: "_s + (!access    ? access.error()
                                                : !refresh ? refresh.error()
                                                           : expires.error()));
    s.accessToken = *access;
    s.refreshToken = *refresh;
    s.expiresIn = *expires;
    const QJsonObject u = o.value(u"user"_s).toObject();
    s.user = {u.value(u"name"_s).toString(), u.value(u"role"_s).toString(), u.value(u"team_id"_s).toString(),
              u.value(u"rep_id"_s).toString()};
    if (s.user.name.isEmpty() || s.user.role.isEmpty())
        return fail(u"malformed session: missing user profile"_s);
    return s;
}

QJsonObject toJson(const SessionTokens& s) {
    return {{u"protocol"_s, kVersion},
            {u"access_token"_s, s.accessToken},
            {u"refresh_token"_s, s.refreshToken},
            {u"expires_in"_s, s.expiresIn},
            {u"user"_s, QJsonObject{{u"name"_s, s.user.name},
                                    {u"role"_s, s.user.role},
                                    {u"team_id"_s, s.user.teamId},
                                    {u"rep_id"_s, s.user.repId}}}};
}

Result<PushEntry> pushEntryFromJson(const QJsonValue& v) {
    if (!v.isObject())
        return fail(u"each entry must be an object"_s);
    const QJsonObject o = v.toObject();
    PushEntry e;
    Result<qint64> mid = integerMember(o, u"mutation_id"_s);
    if (!mid)
        return fail(mid.error());
    if (*mid <= 0)
        return fail(u"'mutation_id' must be positive"_s);
    e.mutationId = *mid;
    Result<QString> entity = stringMember(o, u"entity"_s);
    if (!entity)
        return fail(entity.error());
    const EntityDef* def = Schema::entity(*entity);
    if (!def)
        return fail(u"unknown entity '%1'"_s.arg(*entity));
    e.entity = *entity;
    Result<QString> id = stringMember(o, u"id"_s);
    if (!id)
        return fail(id.error());
    if (id->isEmpty() || id->size() > 64)
        return fail(u"'id' must be 1 to 64 characters"_s);
    e.id = *id;
    Result<QString> op = stringMember(o, u"op"_s);
    if (!op)
        return fail(op.error());
    if (*op != u"upsert"_s && *op != u"delete"_s)
        return fail(u"'op' must be upsert or delete, not '%1'"_s.arg(*op));
    e.remove = *op == u"delete"_s;
    Result<QVariantMap> fields = fieldsFromJson(*def, o.value(u"fields"_s), u"fields"_s);
    if (!fields)
        return fail(fields.error());
    e.fields = *fields;
    Result<QVariantMap> base = fieldsFromJson(*def, o.value(u"base"_s), u"base"_s);
    if (!base)
        return fail(base.error());
    e.base = *base;
    Result<qint64> bv = integerMember(o, u"base_version"_s, false);
    if (!bv)
        return fail(bv.error());
    e.baseVersion = *bv;
    return e;
}

Result<PushRequest> pushRequestFromJson(const QJsonObject& o) {
    PushRequest r;
    Result<QString> device = stringMember(o, u"device_id"_s);
    if (!device)
        return fail(device.error());
    if (device->isEmpty() || device->size() > 64)
        return fail(u"'device_id' must be 1 to 64 characters"_s);
    r.deviceId = *device;
    const QJsonValue entries = o.value(u"entries"_s);
    if (!entries.isArray())
        return fail(u"'entries' must be an array"_s);
    const QJsonArray a = entries.toArray();
    if (a.size() > kMaxPushEntries)
        return fail(u"at most %1 entries per push"_s.arg(kMaxPushEntries));
    qint64 last = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        Result<PushEntry> e = pushEntryFromJson(a.at(i));
        if (!e)
            return fail(u"entry %1: %2"_s.arg(i).arg(e.error()));
        if (e->mutationId <= last)
            return fail(u"entry %1: mutation ids must increase"_s.arg(i));
        last = e->mutationId;
        r.entries << *e;
    }
    return r;
}

QJsonObject toJson(const PushRequest& r) {
    QJsonArray entries;
    for (const PushEntry& e : r.entries) {
        entries.append(QJsonObject{{u"mutation_id"_s, e.mutationId},
                                   {u"entity"_s, e.entity},
                                   {u"id"_s, e.id},
                                   {u"op"_s, e.remove ? u"delete"_s : u"upsert"_s},
                                   {u"fields"_s, fieldsToJson(e.fields)},
                                   {u"base"_s, fieldsToJson(e.base)},
                                   {u"base_version"_s, e.baseVersion}});
    }
    return {{u"protocol"_s, kVersion}, {u"device_id"_s, r.deviceId}, {u"entries"_s, entries}};
}

QJsonObject toJson(const PushResult& r) {
    QJsonObject o{{u"mutation_id"_s, r.mutationId}, {u"status"_s, statusName(r.status)}, {u"version"_s, r.version}};
    if (!r.reason.isEmpty())
        o.insert(u"reason"_s, r.reason);
    if (!r.conflicts.isEmpty()) {
        QJsonArray c;
        for (const FieldConflict& f : r.conflicts)
            c.append(QJsonObject{{u"field"_s, f.field},
                                 {u"lost_value"_s, fieldToJson(f.lostValue)},
                                 {u"won_value"_s, fieldToJson(f.wonValue)}});
        o.insert(u"conflicts"_s, c);
    }
    return o;
}

Result<PushResult> pushResultFromJson(const QJsonValue& v) {
    if (!v.isObject())
        return fail(u"each result must be an object"_s);
    const QJsonObject o = v.toObject();
    PushResult r;
    Result<qint64> mid = integerMember(o, u"mutation_id"_s);
    Result<QString> status = stringMember(o, u"status"_s);
    Result<qint64> version = integerMember(o, u"version"_s, false);
    if (!mid || !status || !version)
        return fail(!mid ? mid.error() : !status ? status.error() : version.error());
    r.mutationId = *mid;
    r.version = *version;
    static const QList<EntryStatus> all{EntryStatus::Applied, EntryStatus::Merged, EntryStatus::Conflict,
                                        EntryStatus::Rejected};
    bool known = false;
    for (EntryStatus s : all) {
        if (statusName(s) == *status) {
            r.status = s;
            known = true;
        }
    }
    if (!known)
        return fail(u"unknown entry status '%1'"_s.arg(*status));
    r.reason = o.value(u"reason"_s).toString();
    const QJsonValue conflicts = o.value(u"conflicts"_s);
    if (!conflicts.isUndefined() && !conflicts.isArray())
        return fail(u"'conflicts' must be an array"_s);
    for (const QJsonValue& c : conflicts.toArray()) {
        const QJsonObject co = c.toObject();
        r.conflicts << FieldConflict{co.value(u"field"_s).toString(), fromJsonLoose(co.value(u"lost_value"_s)),
                                     fromJsonLoose(co.value(u"won_value"_s))};
    }
    return r;
}

Result<PushResponse> pushResponseFromJson(const QJsonObject& o) {
    const QJsonValue results = o.value(u"results"_s);
    if (!results.isArray())
        return fail(u"'results' must be an array"_s);
    PushResponse r;
    for (const QJsonValue& v : results.toArray()) {
        Result<PushResult> one = pushResultFromJson(v);
        if (!one)
            return fail(one.error());
        r.results << *one;
    }
    return r;
}

QJsonObject toJson(const PushResponse& r) {
    QJsonArray results;
    for (const PushResult& p : r.results)
        results.append(toJson(p));
    return {{u"protocol"_s, kVersion}, {u"results"_s, results}};
}

qsizetype PullResponse::changeCount() const {
    qsizetype n = 0;
    for (const PullRun& r : runs)
        n += r.rowCount();
    return n;
}

QVariant PullResponse::variant(const PullValue& v) const {
    switch (v.type) {
    case PullValue::Type::Bool:
        return v.boolean;
    case PullValue::Type::Integer:
        return v.integer;
    case PullValue::Type::Real:
        return v.real;
    case PullValue::Type::Text:
        return text(v);
    case PullValue::Type::Null:
    case PullValue::Type::Invalid:
        break;
    }
    return QVariant();
}

namespace {

const QStringList& systemColumns() {
    static const QStringList columns{u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s};
    return columns;
}

} // namespace

// Protocol 1: one object per change, decoded into one-row runs (merged while entity and columns repeat).
Status changesFromJson(const QJsonValue& v, PullResponse& r) {
    if (!v.isArray())
        return fail(u"'changes' must be an array"_s);
    for (const QJsonValue& one : v.toArray()) {
        if (!one.isObject())
            return fail(u"each change must be an object"_s);
        const QJsonObject c = one.toObject();
        Result<QString> entity = stringMember(c, u"entity"_s);
        Result<QString> id = stringMember(c, u"id"_s);
        if (!entity || !id)
            return fail(!entity ? entity.error() : id.error());
        const EntityDef* def = Schema::entity(*entity);
        if (!def)
            return fail(u"unknown entity '%1' in a change"_s.arg(*entity));
        PullRun run;
        run.entity = *entity;
        run.removal = c.value(u"op"_s).toString() == u"remove"_s;
        QJsonArray row;
        if (run.removal) {
            run.columns = QStringList{u"id"_s};
            row.append(*id);
        } else {
            if (c.value(u"op"_s).toString() != u"upsert"_s)
                return fail(u"unknown change op '%1'"_s.arg(c.value(u"op"_s).toString()));
            Result<qint64> version = integerMember(c, u"version"_s);
            Result<qint64> updated = integerMember(c, u"updated_at"_s, false);
            Result<bool> deleted = boolMember(c, u"deleted"_s);
            if (!version || !updated || !deleted)
                return fail(!version ? version.error() : !updated ? updated.error() : deleted.error());
            const QJsonValue fields = c.value(u"fields"_s);
            if (!fields.isUndefined() && !fields.isNull() && !fields.isObject())
                return fail(u"'fields' must be an object"_s);
            run.columns = systemColumns();
            row = QJsonArray{*id, *version, *updated, *deleted};
            const QJsonObject f = fields.toObject();
            for (auto it = f.begin(); it != f.end(); ++it) {
                run.columns << it.key();
                row.append(it.value());
            }
        }
        for (qsizetype i = 0; i < row.size(); ++i) {
            run.values.push_back(PullPageReader::fromJson(row.at(i), r.decoded));
            if (run.removal)
                continue;
            if (const QString e = PullPageReader::check(*def, run.columns.at(i), run.values.back()); !e.isEmpty())
                return fail(e);
        }
        if (!r.runs.isEmpty() && r.runs.last().entity == run.entity && r.runs.last().removal == run.removal &&
            r.runs.last().columns == run.columns) {
            r.runs.last().values.insert(r.runs.last().values.end(), run.values.begin(), run.values.end());
            continue;
        }
        r.runs << run;
    }
    return {};
}

Status conflictNoticesFromJson(const QJsonValue& v, PullResponse& r) {
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return fail(u"'conflicts' must be an array"_s);
    for (const QJsonValue& one : v.toArray()) {
        const QJsonObject o = one.toObject();
        Result<QString> entity = stringMember(o, u"entity"_s);
        Result<QString> id = stringMember(o, u"id"_s);
        Result<QString> field = stringMember(o, u"field"_s);
        if (!entity || !id || !field)
            return fail(u"a conflict notice needs entity, id and field"_s);
        const EntityDef* def = Schema::entity(*entity);
        if (!def)
            return fail(u"unknown entity '%1' in a conflict notice"_s.arg(*entity));
        Result<QVariant> lost = fieldFromJson(*def, *field, o.value(u"lost_value"_s));
        Result<QVariant> won = fieldFromJson(*def, *field, o.value(u"won_value"_s));
        if (!lost || !won)
            return fail(!lost ? lost.error() : won.error());
        r.conflicts << ConflictNotice{*entity, *id, *field, *lost, *won};
    }
    return {};
}

Result<PullResponse> pullResponseFromJson(const QJsonObject& o) {
    return PullPageReader::read(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject errorBody(const QString& code, const QString& message) {
    return {{u"protocol"_s, kVersion}, {u"error"_s, code}, {u"message"_s, message}};
}

Result<QJsonObject> parseObject(const QByteArray& body) {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(u"malformed JSON at offset %1: %2"_s.arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return fail(u"the body must be a JSON object"_s);
    return doc.object();
}

} // namespace Stride::Protocol
