#include "sqlstatement.h"

#include "storage/database.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride {

SqlStatement::SqlStatement(const Database& db, const QString& sql, const QVariantList& binds)
    : m_db(db.handle())
    , m_sql(sql) {
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        setError("prepare");
        return;
    }
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        int rc = SQLITE_OK;
        if (v.isNull() || !v.isValid()) {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                break;
            default: {
                const QByteArray t = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, i + 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK) {
            setError("bind");
            return;
        }
    }
}

SqlStatement::SqlStatement(sqlite3* db, const QString& sql)
    : m_db(db)
    , m_sql(sql) {
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        setError("prepare");
}

SqlStatement::~SqlStatement() {
    sqlite3_finalize(m_stmt);
}

bool SqlStatement::next() {
    if (!m_status || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        setError("step");
    return false;
}

bool SqlStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 SqlStatement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}
double SqlStatement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

SqlStatement& SqlStatement::bindText(const char* utf8, int bytes) {
    sqlite3_bind_text(m_stmt, m_nextParameter++, utf8, bytes, SQLITE_STATIC);
    return *this;
}

SqlStatement& SqlStatement::bindText(const char* utf8) {
    if (!utf8)
        return bindNull();
    return bindText(utf8, int(std::strlen(utf8)));
}

SqlStatement& SqlStatement::bindInteger(qint64 value) {
    sqlite3_bind_int64(m_stmt, m_nextParameter++, value);
    return *this;
}

SqlStatement& SqlStatement::bindReal(double value) {
    sqlite3_bind_double(m_stmt, m_nextParameter++, value);
    return *this;
}

SqlStatement& SqlStatement::bindNull() {
    sqlite3_bind_null(m_stmt, m_nextParameter++);
    return *this;
}

bool SqlStatement::execute() {
    m_nextParameter = 1;
    if (!m_status || !m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        setError("step");
    sqlite3_reset(m_stmt);
    return m_status.ok();
}

void SqlStatement::setError(const char* what) {
    m_status = fail(u"%1 failed: %2 (in: %3)"_s.arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(m_db)),
                                                    m_sql.simplified().left(160)));
}

} // namespace Stride
