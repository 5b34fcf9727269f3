#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

namespace Stride {

struct EntityDef;

// The sync protocol's wire types (docs/sync-protocol.md), shared by the client and stride-server.
// Every request and response carries the protocol version in the Stride-Protocol header and in its body.
namespace Protocol {

// 2: pulled pages as runs of row arrays (columns named once per run) and conflict notices for the losing device.
// 3: the organisation's policy (org_policy) and rules.name_zh. A server never sends a client an entity or field
//    newer than the client's protocol (EntityDef/FieldDef::sinceProtocol), so older clients keep working.
// 4: the organisation's aggregates (org_aggregates), written only by the server.
inline constexpr int kVersion = 4;
// The server accepts every client version from this one on: protocols 1 and 2 differ only in what a page leaves
// out, which the same writer does for each.
inline constexpr int kOldestSupported = 1;
inline constexpr char kHeader[] = "Stride-Protocol";
inline constexpr char kApiPrefix[] = "/api/v1";
// The store's instance id: on every answer of the server, and on a client's request once its replica knows it
// (the server refuses a request naming another instance with 409 kServerReplaced and writes nothing).
inline constexpr char kServerIdHeader[] = "Stride-Server-Id";
inline constexpr char kServerReplaced[] = "server_replaced";
// 409 to a push that names a mutation id at or below the device's last acknowledged one with other content (a
// replica restored from a copy, or copied to a second machine): nothing was applied; the client registers as a new
// device and pushes its outbox again.
inline constexpr char kReplicaRestored[] = "replica_restored";
// 409 to a request whose Stride-Server-Id names an instance this store was restored from (stride-server restore,
// or a backup file): the body's "instance_id" is the store's new identity and "restored_cursor" the last change
// number it still shares with that instance. The client registers as a new device, pushes again what it holds
// beyond that point and pulls its scope from 0 (docs/sync-protocol.md).
inline constexpr char kServerRestored[] = "server_restored";
inline constexpr int kMaxPushEntries = 500;
inline constexpr int kMaxPullLimit = 10000;

bool isSupported(int version);

struct UserProfile {
    QString name;
    QString role; // rep, supervisor, director, admin
    QString teamId;
    QString repId;
};

struct LoginRequest {
    QString user;
    QString password;
};

struct SessionTokens {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds the access token lives
    UserProfile user;
};

struct PushEntry {
    qint64 mutationId = 0;
    QString entity;
    QString id;
    bool remove = false;
    QVariantMap fields; // changed fields only
    QVariantMap base;   // their values before the local edit
    qint64 baseVersion = 0;
};

struct PushRequest {
    QString deviceId;
    QList<PushEntry> entries;
};

struct FieldConflict {
    QString field;
    QVariant lostValue; // the value that was overwritten (restorable)
    QVariant wonValue;  // the value the server keeps
};

enum class EntryStatus { Applied, Merged, Conflict, Rejected };

struct PushResult {
    qint64 mutationId = 0;
    EntryStatus status = EntryStatus::Applied;
    qint64 version = 0; // the row's server version after the entry
    QString reason;     // for Rejected and for a lost edit of a deleted row
    QList<FieldConflict> conflicts;
};

struct PushResponse {
    QList<PushResult> results;
};

// One value of a pulled row, as the decoder checked it against its column: an integral number in an integer
// column is an Integer, text is UTF-8 in its PullResponse (PullResponse::utf8).
struct PullValue {
    // Invalid: an array or object where a value belongs; the decoder refuses it, a decoded page holds none.
    enum class Type : quint8 { Null, Bool, Integer, Real, Text, Invalid };
    Type type = Type::Null;
    bool boolean = false;
    bool decoded = false; // Text: in PullResponse::decoded (it had escapes), else in PullResponse::body
    qint32 size = 0;      // Text: bytes
    union {               // 16 bytes a value: a page holds tens of thousands
        qint64 integer = 0;
        double real;
        qint64 offset; // Text: where its bytes start
    };
};

// Consecutive changes of one entity and kind, in the server's order. Upsert rows hold their values in `columns`
// order (id, version, updated_at, deleted, then fields); removal rows hold an id (column "id"): those rows left
// the user's visibility and are dropped from the replica. The decoder has checked every value against the
// registry.
struct PullRun {
    QString entity;
    bool removal = false;
    QStringList columns;
    std::vector<PullValue> values; // row after row, columns.size() values each

    qsizetype rowCount() const { return columns.isEmpty() ? 0 : qsizetype(values.size()) / columns.size(); }
    const PullValue& value(qsizetype row, qsizetype column) const {
        return values[size_t(row * columns.size() + column)];
    }
};

// A field of this device's that lost a same-field conflict on the server: told at the device's next pull so
// that its conflict list shows it and the value can be restored.
struct ConflictNotice {
    QString entity;
    QString id;
    QString field;
    QVariant lostValue;
    QVariant wonValue;
};

struct PullResponse {
    qint64 cursor = 0;
    bool hasMore = false;
    bool reset = false; // the cursor was unknown to the server: the client restarts its scope from 0
    QList<PullRun> runs;
    QList<ConflictNotice> conflicts;
    // Where Text values live: the page as received (shared, not copied) and the text that had to be unescaped.
    QByteArray body;
    QByteArray decoded;

    qsizetype changeCount() const;
    QByteArrayView utf8(const PullValue& v) const {
        return QByteArrayView((v.decoded ? decoded : body).constData() + v.offset, v.size);
    }
    QString text(const PullValue& v) const { return QString::fromUtf8(utf8(v)); }
    // The value as QVariant (Text → QString, Integer → qint64, Real → double, Bool → bool; Null → invalid).
    QVariant variant(const PullValue& v) const;
};

QString statusName(EntryStatus s);

// Converts a JSON field value to the registry type; an error names the entity, field and problem.
Result<QVariant> fieldFromJson(const EntityDef& def, const QString& field, const QJsonValue& value);
QJsonValue fieldToJson(const QVariant& value);
QJsonObject fieldsToJson(const QVariantMap& fields);

// Strict decoders: wrong types, unknown entities or fields and missing members are errors.
Result<int> versionOf(const QJsonObject& body);
Result<LoginRequest> loginRequestFromJson(const QJsonObject& o);
QJsonObject toJson(const LoginRequest& r);
Result<SessionTokens> sessionFromJson(const QJsonObject& o);
QJsonObject toJson(const SessionTokens& s);
Result<PushEntry> pushEntryFromJson(const QJsonValue& v);
Result<PushRequest> pushRequestFromJson(const QJsonObject& o);
QJsonObject toJson(const PushRequest& r);
Result<PushResponse> pushResponseFromJson(const QJsonObject& o);
QJsonObject toJson(const PushResponse& r);
// Reads protocol 2 pages ("runs") and protocol 1 pages ("changes", one object per row); PullPageReader reads the
// bytes of a page without this object.
Result<PullResponse> pullResponseFromJson(const QJsonObject& o);
// Parts of a pulled page that PullPageReader decodes through QJsonDocument: protocol 1's "changes" (appended to
// the response's runs) and the conflict notices (appended to its conflicts).
Status changesFromJson(const QJsonValue& v, PullResponse& r);
Status conflictNoticesFromJson(const QJsonValue& v, PullResponse& r);
QJsonObject toJson(const PushResult& r);
Result<PushResult> pushResultFromJson(const QJsonValue& v);

// {"protocol":N,"error":code,"message":text}
QJsonObject errorBody(const QString& code, const QString& message);

// Parses a JSON object body; the error says what is wrong with it.
Result<QJsonObject> parseObject(const QByteArray& body);

} // namespace Protocol
} // namespace Stride
