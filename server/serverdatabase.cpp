#include "serverdatabase.h"

#include "logging.h"
#include "serverschema.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <set>
#include <vector>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// The stores not destroyed yet, so that a thread ending after its store does not touch it.
std::mutex g_liveMutex;
std::set<ServerDatabase*>& liveStores() {
    static std::set<ServerDatabase*> stores;
    return stores;
}

// A QSqlDatabase belongs to the thread that opened it and must be closed there: this thread's connections are
// closed when the thread ends (a pool thread at shutdown), not later by whoever destroys the store.
struct ThreadConnections final {
    std::vector<ServerDatabase*> opened;
    ThreadConnections() = default;
    ThreadConnections(const ThreadConnections&) = delete;
    ThreadConnections& operator=(const ThreadConnections&) = delete;
    ~ThreadConnections() {
        std::lock_guard<std::mutex> lock(g_liveMutex);
        for (ServerDatabase* db : opened) {
            if (liveStores().count(db) != 0)
                db->closeThreadConnection();
        }
    }
};
thread_local ThreadConnections t_connections;

} // namespace

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString& url) {
    std::unique_ptr<ServerDatabase> db;
    if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s)) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty())
            return fail(u"cannot parse the PostgreSQL URL '%1'"_s.arg(url));
        db.reset(new ServerDatabase(url, Dialect::PostgreSQL));
        db->m_host = u.host();
        db->m_port = u.port(5432);
        db->m_user = u.userName();
        db->m_password = u.password();
        db->m_database = u.path().mid(1);
        if (db->m_database.isEmpty())
            db->m_database = u"postgres"_s;
    } else {
        QString path = url;
        if (path.startsWith(u"sqlite://"_s))
            path = path.mid(9);
        if (path.isEmpty())
            return fail(u"--db needs a file path or a postgresql:// URL"_s);
        if (QFileInfo(path).isDir())
            return fail(u"%1 is a directory, not a database file"_s.arg(path));
        db.reset(new ServerDatabase(url, Dialect::SQLite));
        db->m_database = path;
    }
    if (Result<QSqlDatabase> c = db->connection(); !c)
        return fail(c.error());
    if (Status s = db->migrate(); !s)
        return fail(s.error());
    return db;
}

ServerDatabase::ServerDatabase(QString url, Dialect dialect)
    : m_url(std::move(url))
    , m_dialect(dialect)
    , m_prefix(u"server-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'-') {
    std::lock_guard<std::mutex> lock(g_liveMutex);
    liveStores().insert(this);
}

ServerDatabase::~ServerDatabase() {
    std::lock_guard<std::mutex> lock(g_liveMutex);
    liveStores().erase(this);
    closeThreadConnection();
    // Threads still running (none once the server has stopped) leave their connections to be dropped unopened:
    // asking for another thread's connection is what a QSqlDatabase forbids.
    {
        std::lock_guard<std::mutex> cache(m_cacheMutex);
        m_statements.clear();
    }
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(m_prefix))
            QSqlDatabase::removeDatabase(name);
    }
}

QString ServerDatabase::threadConnectionName() const {
    return m_prefix + QString::number(quintptr(QThread::currentThreadId()));
}

void ServerDatabase::closeThreadConnection() {
    const QString name = threadConnectionName();
    {
        std::lock_guard<std::mutex> lock(m_cacheMutex);
        m_statements.erase(name);
    }
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString ServerDatabase::displayUrl() const {
    if (m_dialect == Dialect::SQLite)
        return m_database;
    QUrl u(m_url);
    u.setPassword(QString());
    return u.toString();
}

Result<QSqlDatabase> ServerDatabase::connection() {
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (db.open())
            return db;
        return fail(u"cannot reopen the database: %1"_s.arg(db.lastError().text()));
    }
    return openConnection(name);
}

sqlite3* ServerDatabase::sqliteHandle() {
    if (m_dialect != Dialect::SQLite)
        return nullptr;
    Result<QSqlDatabase> conn = connection();
    if (!conn)
        return nullptr;
    const QVariant h = conn->driver()->handle();
    return h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(h.constData())
                                                                 : nullptr;
}

Result<QSqlDatabase> ServerDatabase::openConnection(const QString& name) {
    t_connections.opened.push_back(this);
    if (m_dialect == Dialect::SQLite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_database);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
        if (!db.open())
            return fail(u"cannot open %1: %2"_s.arg(m_database, db.lastError().text()));
        // FULL: a push acknowledged to a device must survive a power loss.
        for (const QString& p : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                 u"PRAGMA foreign_keys = OFF"_s, u"PRAGMA cache_size = -32000"_s,
                                 // Pulls read pages straight from the mapping instead of copying each one.
                                 u"PRAGMA mmap_size = 1073741824"_s}) {
            QSqlQuery q(db);
            if (!q.exec(p))
                return fail(u"cannot configure %1: %2"_s.arg(m_database, q.lastError().text()));
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password);
    db.setDatabaseName(m_database);
    db.setConnectOptions(u"connect_timeout=10"_s);
    if (!db.open())
        return fail(u"cannot connect to %1: %2"_s.arg(displayUrl(), db.lastError().text()));
    return db;
}

Result<QSqlQuery> ServerDatabase::exec(const QString& sql, const QVariantList& values) {
    Result<QSqlDatabase> conn = connection();
    if (!conn)
        return fail(conn.error());
    QSqlQuery q(*conn);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // PostgreSQL cannot PREPARE DDL or transaction control: statements without values run directly.
        if (!q.exec(sql))
            return fail(u"%1 (in: %2)"_s.arg(q.lastError().text(), sql.left(160)));
        return q;
    }
    if (m_dialect == Dialect::PostgreSQL) {
        // QPSQL fetches whole results, so a cached statement holds no cursor between uses.
        // Sharing one prepared statement between uses is what the (deprecated) copy does; a move cannot.
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        std::lock_guard<std::mutex> lock(m_cacheMutex);
        QHash<QString, QSqlQuery>& mine = m_statements[conn->connectionName()];
        auto it = mine.find(sql);
        if (it == mine.end()) {
            if (!q.prepare(sql))
                return fail(u"%1 (in: %2)"_s.arg(q.lastError().text(), sql.left(160)));
            it = mine.insert(sql, q);
        }
        q = *it;
        QT_WARNING_POP
    } else if (!q.prepare(sql)) {
        return fail(u"%1 (in: %2)"_s.arg(q.lastError().text(), sql.left(160)));
    }
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(u"%1 (in: %2)"_s.arg(q.lastError().text(), sql.left(160)));
    return q;
}

Status ServerDatabase::execute(const QString& sql, const QVariantList& values) {
    Result<QSqlQuery> q = exec(sql, values);
    if (!q)
        return fail(q.error());
    return {};
}

Status ServerDatabase::beginWrite() {
    return execute(m_dialect == Dialect::SQLite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
}

Status ServerDatabase::beginRead() {
    // One snapshot for the whole page: separate statements must not see different commits.
    return execute(m_dialect == Dialect::SQLite ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
}

Status ServerDatabase::commit() {
    return execute(u"COMMIT"_s);
}

void ServerDatabase::rollback() {
    (void)execute(u"ROLLBACK"_s);
}

Result<qint64> ServerDatabase::lockCounter() {
    const QString sql = m_dialect == Dialect::SQLite ? u"SELECT value FROM sync_counter WHERE id = 1"_s
                                                     : u"SELECT value FROM sync_counter WHERE id = 1 FOR UPDATE"_s;
    Result<QSqlQuery> q = exec(sql);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"the change counter row is missing"_s);
    return q->value(0).toLongLong();
}

Status ServerDatabase::storeCounter(qint64 value) {
    return execute(u"UPDATE sync_counter SET value = ? WHERE id = 1"_s, {value});
}

Result<QString> ServerDatabase::instanceId() {
    Result<QSqlQuery> q = exec(u"SELECT value FROM server_meta WHERE key = 'instance_id'"_s);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"the store %1 has no instance id"_s.arg(displayUrl()));
    const QString id = q->value(0).toString();
    q->finish();
    return id;
}

QString ServerDatabase::autoIncrementKey() const {
    return m_dialect == Dialect::SQLite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s;
}

QString ServerDatabase::realType() const {
    return m_dialect == Dialect::SQLite ? u"REAL"_s : u"DOUBLE PRECISION"_s;
}

Status ServerDatabase::migrate() {
    if (Status s = execute(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "description TEXT, applied_at BIGINT NOT NULL)"_s);
        !s)
        return s;
    for (const ServerMigration& m : ServerSchema::migrations(*this)) {
        if (Status s = beginWrite(); !s)
            return s;
        Result<QSqlQuery> done = exec(u"SELECT 1 FROM schema_migrations WHERE version = ?"_s, {m.version});
        if (!done) {
            rollback();
            return fail(done.error());
        }
        if (done->next()) {
            rollback();
            continue;
        }
        for (const QString& statement : m.statements) {
            if (Status s = execute(statement); !s) {
                rollback();
                return fail(u"server migration %1 failed: %2"_s.arg(m.version).arg(s.error()));
            }
        }
        if (Status s = execute(u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"_s,
                               {m.version, QString::fromLatin1(m.description), QDateTime::currentSecsSinceEpoch()});
            !s) {
            rollback();
            return s;
        }
        if (Status s = commit(); !s)
            return s;
        qCInfo(lcServer) << "migrated" << displayUrl() << "to server schema" << m.version;
    }
    return {};
}

} // namespace Stride::Server
