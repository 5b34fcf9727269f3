#include "searchindexbuilder.h"

#include "database.h"
#include "logging.h"
#include "sqlstatement.h"
#include "textsearch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QString sqliteError(sqlite3* db) {
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

SearchIndexBuilder::~SearchIndexBuilder() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close_v2(m_db);
}

Status SearchIndexBuilder::createScratch(QTemporaryFile& file, const QString& replicaPath) {
    const QFileInfo replica(replicaPath);
    const bool onDisk = !replicaPath.isEmpty() && replicaPath != u":memory:"_s;
    const QString folder = onDisk ? replica.absolutePath() : QDir::tempPath();
    file.setFileTemplate(QDir(folder).filePath(u".%1.search-XXXXXX"_s.arg(onDisk ? replica.fileName() : u"memory"_s)));
    if (!file.open())
        return fail(u"cannot create a scratch file for the search index in %1: %2"_s.arg(folder, file.errorString()));
    // Asking for the name links the file into the folder now: Qt may create it unnamed (O_TMPFILE) until then,
    // and closing an unnamed file would lose it.
    if (file.fileName().isEmpty() || !QFile::exists(file.fileName()))
        return fail(u"cannot create a scratch file for the search index in %1"_s.arg(folder));
    file.close(); // SQLite opens it by name; QTemporaryFile still removes it
    return {};
}

Status SearchIndexBuilder::start(const Database& db) {
    if (db.path().isEmpty() || db.path() == u":memory:"_s)
        return fail(u"an in-memory replica cannot be read by a helper thread"_s);
    Result<QString> declaration = db.searchDeclaration();
    if (!declaration)
        return fail(declaration.error());
    m_declaration = *declaration;
    m_replicaPath = db.path();
    if (Status s = createScratch(m_file, m_replicaPath); !s)
        return s;
    m_thread = std::thread([this] {
        QElapsedTimer timer;
        timer.start();
        m_result = build();
        m_built = true;
        qCDebug(lcDb) << "search index built on a helper thread in" << timer.elapsed() << "ms"
                      << (m_result ? QString() : m_result.error());
    });
    return {};
}

Status SearchIndexBuilder::copyInto() {
    if (!m_thread.joinable())
        return fail(u"the search index build was not started"_s);
    m_thread.join();
    if (!m_result)
        return m_result;
    return copy();
}

Status SearchIndexBuilder::openScratch(const QString& path, sqlite3** db, std::atomic<bool>* stop) {
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return fail(u"cannot open the search index scratch file %1: %2"_s.arg(path, sqliteError(*db)));
    if (Status s = Database::registerFunctions(*db); !s)
        return s;
    sqlite3_progress_handler(
        *db, 100000, [](void* flag) { return static_cast<std::atomic<bool>*>(flag)->load() ? 1 : 0; }, stop);
    return {};
}

Status SearchIndexBuilder::build() {
    if (Status s = openScratch(m_file.fileName(), &m_db, &m_stop); !s)
        return s;
    // Another writer of the replica (a local edit on another connection) may hold it when the copy begins. The
    // copy's commit leaves the WAL to the replica's checkpoints (its own connection's, or a WalCheckpointer's).
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_wal_autocheckpoint(m_db, 0);
    // The replica is attached by a bound name (any path); its tables are the only ones of those names here, so
    // the rebuild's unqualified sources read it while search_index is the scratch file's own.
    if (!SqlStatement(m_db, u"ATTACH DATABASE ? AS replica"_s, {m_replicaPath}).exec())
        return fail(u"cannot read %1 for its search index: %2"_s.arg(m_replicaPath, sqliteError(m_db)));
    // A scratch file: nothing to recover after a crash, so no journal and no syncs; large pages, because it is
    // written once and read once, and a small cache for the same reason (a page of cache filled is memory touched
    // for the first time). The terms stay in memory until the one statement ends (see
    // Database::rebuildSearchIndex), so the index is written once, as one segment.
    const QByteArray setup = "PRAGMA main.page_size = 65536; PRAGMA main.journal_mode = OFF; "
                             "PRAGMA main.synchronous = OFF; PRAGMA main.cache_size = -8000; " +
                             m_declaration.toUtf8() +
                             "; INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0); "
                             "INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 67108864); BEGIN";
    // The rows are read, and the last local edit noted, in one read transaction of the replica.
    const QByteArray build =
        TextSearch::rebuildSql().toUtf8() + "; INSERT INTO search_index (search_index) VALUES ('optimize'); COMMIT";
    if (sqlite3_exec(m_db, setup.constData(), nullptr, nullptr, nullptr) != SQLITE_OK || !lastLocalEdit(&m_lastEdit) ||
        sqlite3_exec(m_db, build.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(u"cannot build the search index in %1: %2"_s.arg(m_file.fileName(), sqliteError(m_db)));
    return {};
}

bool SearchIndexBuilder::lastLocalEdit(qint64* id) {
    SqlStatement st(m_db, u"SELECT coalesce(max(mutation_id), 0) FROM replica.outbox"_s);
    if (!st.next())
        return false;
    *id = st.integer(0);
    return true;
}

Status SearchIndexBuilder::copy() {
    // Every local edit commits with an outbox entry (EntityStore), and the outbox only grows outside a push: an
    // entry newer than the build's means a row may have changed behind it, and its index entry would be lost.
    if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(u"cannot copy the search index into %1: %2"_s.arg(m_replicaPath, sqliteError(m_db)));
    qint64 lastEdit = 0;
    if (!lastLocalEdit(&lastEdit) || lastEdit != m_lastEdit) {
        const QString error =
            lastEdit != m_lastEdit ? u"a local edit was saved while it was built"_s : sqliteError(m_db);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return fail(u"the search index built beside %1 is out of date: %2"_s.arg(m_replicaPath, error));
    }
    // The replica's config table stays its own: the options set for the build are not copied.
    QByteArray sql;
    for (const QString& table : TextSearch::indexTables()) {
        const QByteArray t = table.toLatin1();
        sql += "DELETE FROM replica." + t + "; INSERT INTO replica." + t + " SELECT * FROM main." + t + "; ";
    }
    sql += "COMMIT";
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = sqliteError(m_db);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return fail(u"cannot copy the search index into %1: %2"_s.arg(m_replicaPath, error));
    }
    return {};
}

} // namespace Stride
