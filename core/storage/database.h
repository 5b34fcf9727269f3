#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace Stride {

// Owns one SQLite connection of the local replica: its pragmas, the FTS helper function and the
// forward-only migrations. One Database per thread; workers open their own.
class Database final {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating if absent) and migrates to `targetVersion` (tests pin older versions).
    // A file that is not SQLite, is corrupt, or has a newer schema is refused before anything is written.
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite,
                                                  int targetVersion = -1);
    // Process-wide SQLite settings; open() applies them before the first connection (later calls do nothing).
    static void configureLibrary();
    // The SQL functions and the tokenizer the schema uses (stride_fts, stride_cjk), on any connection that reads
    // or writes the search index, such as a helper thread's own.
    static Status registerFunctions(sqlite3* handle);
    // The read-only pre-check used by open(): the SQLite header, the schema table and the schema version.
    // Cheap at any size; never writes to the file.
    static Status inspect(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& connectionName() const { return m_connectionName; }
    sqlite3* handle() const { return m_handle; }
    const QString& path() const { return m_path; }
    bool readOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    // Stops the statements running on this connection now: each fails as interrupted, and the flag clears once
    // none is running. Callable from any thread while the connection is open. The caller must know which work it
    // stops: ReplicaWorker (services/) sends it only while the job it means runs.
    void interrupt() const;

    // A prepared, forward-only query (docs/development.md "Qt and SQLite pitfalls": scrollable queries cache every
    // row).
    QSqlQuery prepare(const QString& sql) const;
    // Prepares, binds positionally and executes; the error names the statement's failure.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    Status execute(const QString& sql, const QVariantList& values = {}) const;

    // The full consistency check (PRAGMA quick_check): O(size of the file), so it is not part of open() —
    // the app runs it on a worker after opening, `stride-cli check` on demand. Damage met by any other query
    // is reported by that query as "FILE is corrupt: …".
    Status verify() const;

    // Rebuilds the full-text index from the source tables (after a bulk load), inside the caller's transaction.
    Status rebuildSearchIndex();
    // The CREATE VIRTUAL TABLE statement of search_index, for declaring an index built elsewhere alike.
    Result<QString> searchDeclaration() const;
    // Empties the search index's tables; with copySearchIndex(), in the caller's transaction.
    Status clearSearchIndex();
    // Fills the (empty) search index with one built in the attached database `schema` and declared the same way:
    // FTS5 keeps an index in ordinary tables (data, idx, content, docsize), copied row for row. The config table
    // stays the replica's own, so options set for the build are not copied. Only for a connection that has not
    // read the index yet (the demo load's new replica): FTS5 caches an index's structure and notices writes by
    // other connections only. SearchIndexBuilder copies through a connection of its own.
    Status copySearchIndex(const QString& schema);

private:
    Database(QString path, QString connectionName, Access access);
    // inspect() without opening SQLite: exists, not a directory, the SQLite magic.
    static Status inspectHeader(const QString& path);
    Status configure();
    Status migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    Access m_access;
    sqlite3* m_handle = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted. Write transactions take the
// lock up front so a read never has to upgrade (docs/development.md "Qt and SQLite pitfalls": deferred BEGIN fails with
// SQLITE_BUSY in WAL).
class Transaction final {
public:
    // Immediate takes the write lock of every attached database at once. Deferred takes each one's when the
    // transaction first writes it: the demo load attaches a scratch file that another thread writes meanwhile.
    enum class Mode { Immediate, Deferred };
    explicit Transaction(const Database& db, Mode mode = Mode::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    const Database& m_db;
    Status m_started;
    bool m_open = false;
};

} // namespace Stride
