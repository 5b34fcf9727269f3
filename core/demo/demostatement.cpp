#include "demostatement.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride {

DemoStatement::~DemoStatement() {
    sqlite3_finalize(m_stmt);
}

Status DemoStatement::prepare(sqlite3* db, const char* table, const char* columns) {
    m_db = db;
    m_table = table;
    std::string sql = "INSERT INTO ";
    sql += table;
    sql += " (";
    sql += columns;
    sql += ") VALUES (?";
    for (const char* c = columns; *c; ++c) {
        if (*c == ',')
            sql += ",?";
    }
    sql += ')';
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    if (sqlite3_prepare_v3(db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        return fail(u"cannot prepare the demo insert into %1"_s.arg(error()));
    return {};
}

DemoStatement& DemoStatement::text(const char* utf8, int bytes) {
    sqlite3_bind_text(m_stmt, m_column++, utf8, bytes, SQLITE_STATIC);
    return *this;
}

DemoStatement& DemoStatement::text(const char* utf8) {
    if (!utf8)
        return null();
    return text(utf8, int(std::strlen(utf8)));
}

DemoStatement& DemoStatement::integer(qint64 value) {
    sqlite3_bind_int64(m_stmt, m_column++, value);
    return *this;
}

DemoStatement& DemoStatement::real(double value) {
    sqlite3_bind_double(m_stmt, m_column++, value);
    return *this;
}

DemoStatement& DemoStatement::null() {
    sqlite3_bind_null(m_stmt, m_column++);
    return *this;
}

bool DemoStatement::insert() {
    m_column = 1;
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return false;
    }
    sqlite3_reset(m_stmt);
    ++m_rows;
    return true;
}

QString DemoStatement::error() const {
    const QString message =
        m_error.isEmpty() ? QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database") : m_error;
    return u"%1: %2"_s.arg(QString::fromUtf8(m_table), message);
}

} // namespace Stride
