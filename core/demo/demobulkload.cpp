#include "demobulkload.h"

#include "logging.h"
#include "storage/analyticsrollups.h"
#include "storage/database.h"
#include "storage/replicatriggers.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride {

DemoBulkLoad::DemoBulkLoad(Database& db)
    : m_db(db) {
    if (Result<QSqlQuery> q = db.exec(u"PRAGMA cache_size"_s); q && q->next())
        m_cacheSize = q->value(0).toLongLong();
    (void)db.execute(u"PRAGMA cache_size = -65536"_s); // KiB; pages are allocated only as they are used
    // Index builds and the summaries' GROUP BY sort on a helper thread as well (the load has the machine).
    (void)db.execute(u"PRAGMA threads = 2"_s);
    Result<QSqlQuery> mode = db.exec(u"PRAGMA journal_mode = DELETE"_s);
    m_leftWal = mode && mode->next() && mode->value(0).toString() == u"delete"_s;
}

DemoBulkLoad::~DemoBulkLoad() {
    if (m_leftWal)
        (void)m_db.execute(u"PRAGMA journal_mode = WAL"_s);
    (void)m_db.execute(u"PRAGMA cache_size = %1"_s.arg(m_cacheSize));
    (void)m_db.execute(u"PRAGMA threads = 0"_s);
}

Status DemoBulkLoad::dropSchemaObjects(const char* type, const QString& where, QStringList& sql) {
    Result<QSqlQuery> q = m_db.exec(
        u"SELECT name, sql FROM sqlite_schema WHERE type = ? AND sql IS NOT NULL AND %1 ORDER BY rowid"_s.arg(where),
        {QString::fromLatin1(type)});
    if (!q)
        return fail(q.error());
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
        sql << q->value(1).toString();
    }
    q->finish();
    for (const QString& name : std::as_const(names)) {
        if (Status s = m_db.execute(u"DROP %1 \"%2\""_s.arg(QString::fromLatin1(type).toUpper(), name)); !s)
            return s;
    }
    return {};
}

Status DemoBulkLoad::runAll(QStringList& sql) {
    for (const QString& statement : std::as_const(sql)) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = m_db.execute(statement); !s)
            return s;
        qCDebug(lcDemo) << "bulk load step" << timer.elapsed() << "ms:" << statement.left(90);
    }
    sql.clear();
    return {};
}

Status DemoBulkLoad::dropSearchTriggers() {
    return ReplicaTriggers::drop(m_db, ReplicaTriggers::Group::Search);
}

Status DemoBulkLoad::dropSummaryTriggers() {
    return ReplicaTriggers::drop(m_db, ReplicaTriggers::Group::Summaries);
}

Status DemoBulkLoad::rebuildSummaries() {
    // Like the loaded tables' indexes, the summaries' secondary indexes are built once, by sorting, after their
    // rows are in (the rows arrive in source order, not index order).
    Result<QSqlQuery> q =
        m_db.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'analytics\\_%' ESCAPE '\\'"_s);
    if (!q)
        return fail(q.error());
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    q->finish();
    if (Status s = dropIndexes(tables); !s)
        return s;
    if (Status s = AnalyticsRollups::rebuild(m_db); !s)
        return s;
    return runAll(m_indexes);
}

Status DemoBulkLoad::restoreTriggers() {
    return ReplicaTriggers::install(m_db);
}

Status DemoBulkLoad::dropIndexes(const QStringList& tables) {
    // Table names come from the generator's own list, never from user input.
    QStringList quoted;
    for (const QString& t : tables)
        quoted << u"'%1'"_s.arg(t);
    return dropSchemaObjects("index", u"tbl_name IN (%1)"_s.arg(quoted.join(u',')), m_indexes);
}

Status DemoBulkLoad::restoreIndexes() {
    if (Status s = runAll(m_indexes); !s)
        return s;
    // The summary rebuild that follows is correlated subqueries over the fresh indexes: without statistics the
    // planner guessed badly (at 100k customers analytics_opportunity took 14.9 s, against 1.3 s on the same
    // data once analysed). A sampled ANALYZE is cheap and also leaves the replica with statistics.
    QStringList analyse{u"PRAGMA analysis_limit = 1000"_s, u"ANALYZE main"_s, u"PRAGMA analysis_limit = 0"_s};
    return runAll(analyse);
}

} // namespace Stride
