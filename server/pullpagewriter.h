#pragma once

#include "protocol/protocol.h"

#include <QByteArray>
#include <QVariant>

#include <functional>
#include <vector>

namespace Stride {
struct EntityDef;
class SqlStatement;
} // namespace Stride

namespace Stride::Server {

// The server's side of a pulled page, written straight to UTF-8 in the protocol version the client speaks:
// pages are the server's hot path, and building JSON objects or maps per row costs more than reading the rows.
// Protocol 2 names the columns once per run of one entity and sends each row as an array; protocol 1 sends one
// object per row (pullResponseFromJson reads both). A field newer than the client's protocol
// (FieldDef::sinceProtocol) is never written; the caller leaves out entities newer than it.
class PullPageWriter final {
public:
    // One change, rendered by upsert() or removal(); `entity` indexes Schema::entities().
    struct Item {
        qint64 seq = 0;
        int entity = 0;
        bool removal = false;
        QByteArray text;
    };

    explicit PullPageWriter(int version);
    int version() const { return m_version; }

    // `field(i)` is the value of the entity's i-th registry field.
    QByteArray upsert(const EntityDef& def, const QString& id, qint64 version, qint64 updatedAt, bool deleted,
                      const std::function<QVariant(int)>& field) const;
    // The same from a row of an SQLite store read with SqlStatement (SQLite's C API): columns `first` to `first + 3`
    // are id, version, updated_at and deleted, the registry fields follow. Values go from SQLite's UTF-8 straight into
    // the page (QSqlQuery would convert each to UTF-16 and a QVariant, and appendValue back to UTF-8: most of a page's
    // cost).
    QByteArray upsert(const EntityDef& def, const SqlStatement& row, int first) const;
    QByteArray removal(const EntityDef& def, const QString& id) const;
    // The whole page; items in the order the client applies them. Protocol 1 leaves the notices out.
    QByteArray page(qint64 cursor, bool hasMore, bool reset, const std::vector<Item>& items,
                    const QList<Protocol::ConflictNotice>& conflicts) const;

    static void appendString(QByteArray& out, const QString& text);
    static void appendUtf8(QByteArray& out, const char* utf8, qsizetype size);
    static void appendValue(QByteArray& out, const QVariant& value);

private:
    int m_version;
};

} // namespace Stride::Server
