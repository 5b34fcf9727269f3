#include "serverquery.h"

#include "pullpagewriter.h"
#include "serverdatabase.h"
#include "storage/schema.h"
#include "storage/sqlstatement.h"

using namespace Qt::StringLiterals;

namespace Stride::Server {

ServerQuery::ServerQuery(ServerDatabase& db, const QString& sql, const QVariantList& binds)
    : m_sql(sql) {
    if (sqlite3* handle = db.sqliteHandle()) {
        m_raw = std::make_unique<SqlStatement>(handle, sql, binds);
        return;
    }
    Result<QSqlQuery> q = db.exec(sql, binds);
    if (!q) {
        m_status = fail(q.error());
        return;
    }
    m_query = std::move(*q);
}

ServerQuery::~ServerQuery() = default;

bool ServerQuery::next() {
    if (m_raw)
        return m_raw->next();
    return m_query && m_query->next();
}

qint64 ServerQuery::integer(int column) const {
    return m_raw ? m_raw->integer(column) : m_query->value(column).toLongLong();
}

QString ServerQuery::text(int column) const {
    return m_raw ? m_raw->text(column) : m_query->value(column).toString();
}

QByteArray ServerQuery::upsert(const PullPageWriter& writer, const EntityDef& def, int first) const {
    if (m_raw)
        return writer.upsert(def, *m_raw, first);
    const QSqlQuery& row = *m_query;
    const auto field = [&row, first](int i) { return row.value(first + 4 + i); };
    return writer.upsert(def, row.value(first).toString(), row.value(first + 1).toLongLong(),
                         row.value(first + 2).toLongLong(), row.value(first + 3).toInt() != 0, field);
}

Status ServerQuery::finish() {
    if (m_raw) {
        if (!m_raw->status())
            m_status = fail(u"%1 (in: %2)"_s.arg(m_raw->sqliteError(), m_sql.left(160)));
        m_raw.reset();
    } else if (m_query) {
        m_query->finish();
    }
    return m_status;
}

} // namespace Stride::Server
