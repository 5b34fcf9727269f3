#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <QHash>

#include <map>
#include <memory>
#include <mutex>

struct sqlite3;

namespace Stride::Server {

// The server's store: an SQLite file (one office) or a PostgreSQL database (postgresql://user@host:port/db).
// Every thread that touches it gets its own connection, opened on first use.
class ServerDatabase final {
public:
    enum class Dialect { SQLite, PostgreSQL };

    // Opens the store named by `url`, creating an SQLite file when absent, and runs the forward-only migrations.
    static Result<std::unique_ptr<ServerDatabase>> open(const QString& url);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    Dialect dialect() const { return m_dialect; }
    const QString& url() const { return m_url; }
    // The url without a password, for logs.
    QString displayUrl() const;

    // This thread's connection.
    Result<QSqlDatabase> connection();
    // Closes this thread's connection (and its prepared statements); done by itself when a thread that opened one
    // ends.
    void closeThreadConnection();
    // This thread's raw SQLite connection for hot read paths (QtSql converts every value to UTF-16 and a
    // QVariant); null on PostgreSQL or when the connection cannot be opened.
    sqlite3* sqliteHandle();
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    Status execute(const QString& sql, const QVariantList& values = {});

    // Write transactions serialise on the change counter (see ChangeCounter); reads see one snapshot.
    Status beginWrite();
    Status beginRead();
    Status commit();
    void rollback();

    // The change counter row, locked until the transaction ends so that change numbers follow commit order.
    Result<qint64> lockCounter();
    Status storeCounter(qint64 value);

    // The random id this store was given when it was created (server migration 3).
    Result<QString> instanceId();

    // 'INTEGER PRIMARY KEY AUTOINCREMENT' / 'BIGSERIAL PRIMARY KEY' and friends.
    QString autoIncrementKey() const;
    QString realType() const;

private:
    ServerDatabase(QString url, Dialect dialect);
    QString threadConnectionName() const;
    Result<QSqlDatabase> openConnection(const QString& name);
    Status migrate();

    QString m_url;
    Dialect m_dialect;
    QString m_prefix; // connection names are m_prefix + thread id
    // Parsed PostgreSQL parameters, or the SQLite path in m_database.
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    // PostgreSQL: statements prepared once per connection (PREPARE costs a round trip each time).
    std::mutex m_cacheMutex;
    std::map<QString, QHash<QString, QSqlQuery>> m_statements;
};

} // namespace Stride::Server
