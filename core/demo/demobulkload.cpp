#include "demobulkload.h"

#include "storage/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stride {

DemoBulkLoad::DemoBulkLoad(Database& db)
    : m_db(db) {
    if (Result<QSqlQuery> q = db.exec(u"PRAGMA cache_size"_s); q && q->next())
        m_cacheSize = q->value(0).toLongLong();
    (void)db.execute(u"PRAGMA cache_size = -262144"_s); // KiB; pages are allocated only as they are used
    Result<QSqlQuery> mode = db.exec(u"PRAGMA journal_mode = DELETE"_s);
    m_leftWal = mode && mode->next() && mode->value(0).toString() == u"delete"_s;
}

DemoBulkLoad::~DemoBulkLoad() {
    if (m_leftWal)
        (void)m_db.execute(u"PRAGMA journal_mode = WAL"_s);
    (void)m_db.execute(u"PRAGMA cache_size = %1"_s.arg(m_cacheSize));
}

Status DemoBulkLoad::dropSearchTriggers() {
    Result<QSqlQuery> q = m_db.exec(u"SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE "
                                    "'%\\_search\\_ai' ESCAPE '\\' ORDER BY name"_s);
    if (!q)
        return fail(q.error());
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
        m_triggers << q->value(1).toString();
    }
    q->finish();
    for (const QString& name : std::as_const(names)) {
        if (Status s = m_db.execute(u"DROP TRIGGER \"%1\""_s.arg(name)); !s)
            return s;
    }
    return {};
}

Status DemoBulkLoad::restoreSearchTriggers() {
    for (const QString& sql : std::as_const(m_triggers)) {
        if (Status s = m_db.execute(sql); !s)
            return s;
    }
    m_triggers.clear();
    return {};
}

} // namespace Stride
