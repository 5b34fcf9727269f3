#pragma once

#include "result.h"

#include <QSqlQuery>
#include <QVariantList>

#include <memory>
#include <optional>

namespace Stride {
struct EntityDef;
class SqlStatement;
} // namespace Stride

namespace Stride::Server {

class PullPageWriter;
class ServerDatabase;

// One read of the server's store, row by row: through SQLite's C API (SqlStatement) when the store is SQLite, where
// pulled pages are the server's hot path, else through QtSql (PostgreSQL). The reads of a pull are written once,
// over this.
class ServerQuery final {
public:
    ServerQuery(ServerDatabase& db, const QString& sql, const QVariantList& binds);
    ~ServerQuery();
    ServerQuery(const ServerQuery&) = delete;
    ServerQuery& operator=(const ServerQuery&) = delete;

    // The next row; false at the end or on failure (then finish() says which).
    bool next();
    qint64 integer(int column) const;
    QString text(int column) const;
    // The row as a pulled upsert: columns `first` to `first + 3` are id, version, updated_at and deleted, the
    // registry fields of `def` follow.
    QByteArray upsert(const PullPageWriter& writer, const EntityDef& def, int first) const;
    // Ends the read; the failure of its preparation or of a step, naming the statement.
    Status finish();

private:
    QString m_sql;
    std::unique_ptr<SqlStatement> m_raw;
    std::optional<QSqlQuery> m_query;
    Status m_status;
};

} // namespace Stride::Server
