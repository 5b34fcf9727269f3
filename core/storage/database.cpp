#include "database.h"

#include "storage/cjktokenizer.h"

#include "indextext.h"
#include "logging.h"
#include "migrations.h"
#include "replicatriggers.h"
#include "sqlstatement.h"
#include "textsearch.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QString sqlError(const QSqlQuery& q, const QString& path) {
    QString text = q.lastError().text();
    // SQLite finds damage only when it reads a damaged page; name it plainly whenever that happens.
    if (q.lastError().nativeErrorCode() == u"11"_s || text.contains(u"malformed"_s))
        return u"%1 is corrupt: %2"_s.arg(path, text);
    return text;
}

void ftsFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    IndexText text;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto* utf8 = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        text.add(utf8, sqlite3_value_bytes(argv[i]));
    }
    sqlite3_result_text(ctx, text.text().data(), int(text.text().size()), SQLITE_TRANSIENT);
}

// Reads without writing, on an open connection: the schema table and user_version.
Status inspectConnection(sqlite3* db, const QString& path) {
    int rc = SQLITE_OK;
    int version = 0;
    int tables = 0;
    auto readInt = [db](const QString& sql, int* out) -> int {
        SqlStatement st(db, sql);
        if (!st.next())
            return st.resultCode();
        *out = int(st.integer(0));
        return SQLITE_OK;
    };
    rc = readInt(u"PRAGMA user_version"_s, &version);
    if (rc == SQLITE_OK)
        rc = readInt(u"SELECT count(*) FROM sqlite_schema"_s, &tables);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return fail(u"%1 is locked by another program: %2"_s.arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    if (rc != SQLITE_OK)
        return fail(u"%1 is corrupt or unreadable: %2"_s.arg(path, QString::fromUtf8(sqlite3_errmsg(db))));
    if (version > latestSchemaVersion())
        return fail(u"%1 has schema version %2, newer than this program knows (%3); use a newer Stride"_s.arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (version == 0 && tables > 0)
        return fail(u"%1 is an SQLite database but not a Stride replica"_s.arg(path));
    return {};
}

// The same on a connection of its own, before the real one may write (WAL files, migrations) to a bad file.
Status inspectWithSqlite(const QString& path) {
    sqlite3* db = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    auto closeDb = qScopeGuard([&] { sqlite3_close_v2(db); });
    if (rc != SQLITE_OK)
        return fail(u"cannot open %1: %2"_s.arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
    // Another connection may be creating or migrating the file right now: wait as Database connections do.
    sqlite3_busy_timeout(db, 5000);
    return inspectConnection(db, path);
}

} // namespace

Status Database::inspect(const QString& path) {
    if (Status s = inspectHeader(path); !s)
        return s;
    return QFileInfo(path).size() > 0 ? inspectWithSqlite(path) : Status();
}

void Database::configureLibrary() {
    // SQLite counts every allocation and free under one process-wide mutex unless told not to. With two threads
    // writing (the demo load and its search-index helper, a worker beside the GUI) they queue on it: in the demo
    // load a tenth of the time went to that lock. Stride never reads those counters. The switch only works
    // before the library initialises, that is before this process's first connection.
    static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(rc)
}

Status Database::inspectHeader(const QString& path) {
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (info.isDir())
        return fail(u"%1 is a directory, not a database file"_s.arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return fail(u"%1 is not an SQLite database"_s.arg(path));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access, int targetVersion) {
    configureLibrary();
    // A read-only connection cannot harm a bad file, so it checks itself once open: parsing a large schema twice
    // was a third of `stride-cli search`.
    if (Status s = access == Access::ReadOnly ? inspectHeader(path) : inspect(path); !s)
        return fail(s.error());
    if (access == Access::ReadOnly && !QFileInfo::exists(path))
        return fail(u"%1 does not exist"_s.arg(path));
    const QString name = u"stride-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(path, name, access));
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    conn.setDatabaseName(path);
    conn.setConnectOptions(access == Access::ReadOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!conn.open())
        return fail(u"cannot open %1: %2"_s.arg(path, conn.lastError().text()));
    const QVariant h = conn.driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        db->m_handle = *static_cast<sqlite3* const*>(h.constData());
    if (!db->m_handle)
        return fail(u"the Qt SQLite driver did not expose its handle"_s);
    if (access == Access::ReadOnly) {
        if (Status s = inspectConnection(db->m_handle, path); !s)
            return fail(s.error());
    }
    if (Status s = db->configure(); !s)
        return fail(s.error());
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    if (access == Access::ReadWrite) {
        if (Status s = db->migrate(target); !s)
            return fail(s.error());
        if (target >= ReplicaTriggers::kFirstVersion) {
            if (Status s = ReplicaTriggers::install(*db); !s)
                return fail(s.error());
        }
    } else if (const int version = db->schemaVersion(); version < target) {
        // Queries are written for the latest schema: on an older one they would fail oddly or, worse, quietly
        // find nothing. Upgrading writes, which a read-only open promised not to do.
        return fail(u"%1 has schema version %2 and this program reads %3: open it once read-write (in the app, or "
                    "with a command that edits it) to upgrade it"_s.arg(path)
                        .arg(version)
                        .arg(target));
    }
    return db;
}

Database::Database(QString path, QString connectionName, Access access)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_access(access) {}

Database::~Database() {
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen() && m_access == Access::ReadWrite)
            QSqlQuery(u"PRAGMA optimize"_s, conn);
        conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::registerFunctions(sqlite3* handle) {
    const int rc = sqlite3_create_function_v2(handle, "stride_fts", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                              ftsFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(u"cannot register the search function: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return CjkTokenizer::registerOn(handle);
}

Status Database::configure() {
    if (Status s = registerFunctions(m_handle); !s)
        return s;
    QStringList pragmas{u"PRAGMA foreign_keys = ON"_s, u"PRAGMA temp_store = MEMORY"_s,
                        u"PRAGMA cache_size = -32000"_s};
    // SQLite's default 4 KiB pages. 16 KiB pages made an initial sync about a tenth faster and the demo load 48 s →
    // 34 s (half the WAL and checkpoint system calls), but a cold `stride-cli search` reads ~200 scattered rows of
    // the index's content: each read then brings in four times the bytes, 19 → 23 ms on this machine.
    if (m_access == Access::ReadWrite)
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = NORMAL"_s;
    for (const QString& p : pragmas) {
        if (Status s = execute(p); !s)
            return s;
    }
    return {};
}

int Database::schemaVersion() const {
    QSqlQuery q = prepare(u"PRAGMA user_version"_s);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

Status Database::migrate(int targetVersion) {
    const int current = schemaVersion();
    for (const Migration& m : migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        Transaction tx(*this);
        if (!tx.started())
            return tx.started();
        for (const QString& statement : m.statements()) {
            if (Status s = execute(statement); !s)
                return fail(u"migration to schema %1 failed: %2"_s.arg(m.version).arg(s.error()));
        }
        if (Status s = execute(u"PRAGMA user_version = %1"_s.arg(m.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCDebug(lcDb) << "migrated" << m_path << "to schema" << m.version << "-" << m.description;
    }
    return {};
}

QSqlQuery Database::prepare(const QString& sql) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcDb) << "prepare failed:" << sql << q.lastError().text();
    return q;
}

void Database::interrupt() const {
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const {
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(u"%1 (in: %2)"_s.arg(sqlError(q, m_path), sql.left(120)));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(u"%1 (in: %2)"_s.arg(sqlError(q, m_path), sql.left(120)));
    return q;
}

Status Database::execute(const QString& sql, const QVariantList& values) const {
    Result<QSqlQuery> r = exec(sql, values);
    if (!r)
        return fail(r.error());
    return {};
}

Status Database::verify() const {
    Result<QSqlQuery> q = exec(u"PRAGMA quick_check"_s);
    if (!q)
        return fail(q.error());
    QStringList problems;
    while (q->next())
        problems << q->value(0).toString();
    if (problems != QStringList{u"ok"_s})
        return fail(u"%1 is corrupt: %2"_s.arg(m_path, problems.mid(0, 3).join(u"; "_s).simplified()));
    return {};
}

Result<QString> Database::searchDeclaration() const {
    Result<QSqlQuery> q = exec(u"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'search_index'"_s);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"%1 has no search index"_s.arg(m_path));
    return q->value(0).toString();
}

Status Database::clearSearchIndex() {
    for (const QString& table : TextSearch::indexTables()) {
        if (Status s = execute(u"DELETE FROM main.%1"_s.arg(table)); !s)
            return s;
    }
    return {};
}

Status Database::copySearchIndex(const QString& schema) {
    // `schema` is the caller's own attachment name, never user input.
    for (const QString& table : TextSearch::indexTables()) {
        if (Status s = execute(u"INSERT INTO main.%1 SELECT * FROM %2.%1"_s.arg(table, schema)); !s)
            return s;
    }
    return {};
}

Status Database::rebuildSearchIndex() {
    // FTS5 writes its pending terms as a new level-0 segment whenever they pass 'hashsize' (1 MB by default) and
    // at each statement, and merges segments four at a time as they appear ('automerge'), rewriting each entry
    // once per level. The rebuild holds the terms in memory instead (up to 64 MB; the whole index of a
    // supervisor's scope in the 100k-customer organisation takes 2.4 MB) and inserts every source in one
    // statement in rowid order, so the index is written once, as one segment; 'optimize' merges the few that a
    // larger scope makes. The options are put back as they were afterwards.
    constexpr int kRebuildHashBytes = 64 * 1024 * 1024;
    struct Option {
        const char* name;
        int during;
        int fts5Default;
        QVariant before; // invalid: absent from search_index_config (the default applies)
    };
    Option options[] = {{"automerge", 0, 4, {}}, {"hashsize", kRebuildHashBytes, 1024 * 1024, {}}};
    for (Option& o : options) {
        Result<QSqlQuery> q = exec(u"SELECT v FROM search_index_config WHERE k = ?"_s, {QString::fromLatin1(o.name)});
        if (!q)
            return fail(q.error());
        if (q->next())
            o.before = q->value(0);
        q->finish();
    }
    auto set = [this](const char* name, const QVariant& value) {
        return execute(u"INSERT INTO search_index (search_index, rank) VALUES ('%1', ?)"_s.arg(QLatin1StringView(name)),
                       {value});
    };
    for (const Option& o : options) {
        if (Status st = set(o.name, QVariant(o.during)); !st)
            return st;
    }
    // 'optimize' has nothing to do when the rebuild wrote one segment.
    for (const QString& sql : {u"DELETE FROM search_index"_s, TextSearch::rebuildSql(),
                               u"INSERT INTO search_index (search_index) VALUES ('optimize')"_s}) {
        if (Status st = execute(sql); !st)
            return st;
    }
    // Setting an option through FTS5 bumps its config cookie, so every connection rereads it; an option absent
    // before is set to FTS5's default (which connections then hold) and deleted again.
    for (const Option& o : options) {
        if (Status st = set(o.name, o.before.isValid() ? o.before : QVariant(o.fts5Default)); !st)
            return st;
        if (!o.before.isValid()) {
            if (Status st = execute(u"DELETE FROM search_index_config WHERE k = ?"_s, {QString::fromLatin1(o.name)});
                !st)
                return st;
        }
    }
    return {};
}

Transaction::Transaction(const Database& db, Mode mode)
    : m_db(db) {
    m_started = m_db.execute(mode == Mode::Immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN DEFERRED"_s);
    m_open = m_started.ok();
}

Transaction::~Transaction() {
    if (m_open)
        (void)m_db.execute(u"ROLLBACK"_s);
}

Status Transaction::commit() {
    if (!m_open)
        return fail(u"no open transaction to commit"_s);
    m_open = false;
    Status s = m_db.execute(u"COMMIT"_s);
    if (!s)
        (void)m_db.execute(u"ROLLBACK"_s);
    return s;
}

} // namespace Stride
