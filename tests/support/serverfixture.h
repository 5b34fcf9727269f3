#pragma once

#include "storage/database.h"
#include "storage/entitystore.h"
#include "sync/syncengine.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace Stride::Test {

// A real stride-server for a test: a throwaway certificate made with the openssl CLI, a fresh store (an SQLite
// file, or a new PostgreSQL database when STRIDE_TEST_BACKEND=postgres and STRIDE_TEST_POSTGRES name a cluster),
// the server started with QProcess on 127.0.0.1 and stopped (SIGTERM, then kill) at the end.
class ServerFixture final {
public:
    ServerFixture();
    ~ServerFixture();

    static bool wantsPostgres();
    // Empty when this run cannot start a server; otherwise why not.
    QString setUp(const QStringList& serveArgs = {});
    bool start(int port = 0);
    // SIGTERM, then kill after 10 s; the server's exit code (-1 when it had to be killed or was not running).
    int stop();
    void kill();

    // `stride-server user add`; a team that does not exist yet is made first (`team add` with that id and name).
    bool addUser(const QString& name, const QString& role, const QString& team, const QString& rep,
                 const QString& password = QStringLiteral("password1"));
    // `stride-server team add --id ID --name NAME`.
    bool addTeam(const QString& id, const QString& name);
    int runServerTool(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr);
    // The PBKDF2 iterations the server's commands and process give new password hashes: a low count by default,
    // because tests sign in many times on small machines; 0 for the server's own default.
    static constexpr int kTestPasswordIterations = 1000;
    void setPasswordIterations(int iterations) { m_passwordIterations = iterations; }

    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    int port() const { return m_port; }
    // The running server's process id (0 when none runs), e.g. to read its memory from /proc.
    qint64 pid() const { return m_server ? m_server->processId() : 0; }
    QString caFile() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other.pem")); }
    QString dbUrl() const { return m_dbUrl; }
    // Serve and check another store from the next start() on (a restored backup); the server must be stopped.
    void useStore(const QString& dbUrl);
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }
    // How a test's client reaches this server: its URL and CA, with a timeout that a loaded machine meets.
    SyncEndpoint endpoint(int timeoutMs = 20000) const;
    QString serverLog() const;

    // A connection to the server's store, for checking what was written.
    QSqlDatabase store();
    qint64 count(const QString& sql, const QVariantList& binds = {});
    // Per-table checksums of what the server holds (optionally only rows visible with vis_rep = rep).
    QMap<QString, QString> checksums(const QString& visRep = {});
    static QMap<QString, QString> replicaChecksums(Database& db);
    // Empty when the replica's full-text index holds exactly the entries of its rows (TextSearch::entriesSql)
    // and passes FTS5's integrity check; otherwise what is wrong.
    static QString searchIndexProblem(Database& db);

    static QString serverBinary();
    static QString cliBinary();

private:
    bool makeCertificate(const QString& name);
    QProcessEnvironment serverEnvironment() const;

    QTemporaryDir m_dir;
    QString m_dbUrl;
    QString m_pgDatabase;
    QString m_storeConnection;
    QStringList m_serveArgs;
    std::unique_ptr<QProcess> m_server;
    int m_port = 0;
    int m_logIndex = 0;
    int m_passwordIterations = kTestPasswordIterations;
};

// One client device: its own replica, EntityStore and SyncEngine, synchronously driven.
class ClientDevice final {
public:
    ClientDevice(const QString& path, const SyncEndpoint& endpoint);
    bool signIn(const QString& user, const QString& password = QStringLiteral("password1"));
    SyncReport sync(int timeoutMs = 30000);

    Database& db() { return *m_db; }
    EntityStore& store() { return *m_store; }
    SyncEngine& engine() { return *m_engine; }
    QVariant value(const QString& entity, const QString& id, const QString& field);
    bool has(const QString& entity, const QString& id);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace Stride::Test
