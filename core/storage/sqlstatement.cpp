#include "sqlstatement.h"

#include "database.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride {

SqlStatement::SqlStatement(const Database& db, const QString& sql, const QVariantList& binds)
    : SqlStatement(db.handle(), sql, binds) {}

SqlStatement::SqlStatement(sqlite3* db, const QString& sql, const QVariantList& binds)
    : m_db(db)
    , m_sql(sql) {
    const QByteArray utf8 = sql.toUtf8();
    m_rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (m_rc != SQLITE_OK || !m_stmt) {
        setError("prepare");
        m_prepared = m_status;
        return;
    }
    bindAll(binds);
}

SqlStatement::~SqlStatement() {
    sqlite3_finalize(m_stmt);
}

void SqlStatement::bind(int parameter, const QVariant& v) {
    if (v.isNull() || !v.isValid()) {
        bindNull(parameter);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        bindInteger(parameter, v.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        bindReal(parameter, v.toDouble());
        return;
    default:
        bindText(parameter, v.toString());
    }
}

void SqlStatement::bindAll(const QVariantList& values) {
    for (int i = 0; i < values.size() && m_status; ++i)
        bind(i + 1, values.at(i));
}

void SqlStatement::bindNull(int parameter) {
    check(sqlite3_bind_null(m_stmt, parameter), "bind");
}

void SqlStatement::bindInteger(int parameter, qint64 value) {
    check(sqlite3_bind_int64(m_stmt, parameter, value), "bind");
}

void SqlStatement::bindReal(int parameter, double value) {
    check(sqlite3_bind_double(m_stmt, parameter, value), "bind");
}

void SqlStatement::bindText(int parameter, const QString& value) {
    const QByteArray t = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, parameter, t.constData(), int(t.size()), SQLITE_TRANSIENT), "bind");
}

void SqlStatement::bindStaticUtf8(int parameter, QByteArrayView utf8) {
    check(sqlite3_bind_text(m_stmt, parameter, utf8.data(), int(utf8.size()), SQLITE_STATIC), "bind");
}

void SqlStatement::bindPointer(int parameter, void* pointer, const char* type) {
    check(sqlite3_bind_pointer(m_stmt, parameter, pointer, type, nullptr), "bind");
}

void SqlStatement::clearBindings() {
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
}

SqlStatement& SqlStatement::bindText(const char* utf8, int bytes) {
    check(sqlite3_bind_text(m_stmt, m_nextParameter++, utf8, bytes, SQLITE_STATIC), "bind");
    return *this;
}

SqlStatement& SqlStatement::bindText(const char* utf8) {
    if (!utf8)
        return bindNull();
    return bindText(utf8, int(std::strlen(utf8)));
}

SqlStatement& SqlStatement::bindInteger(qint64 value) {
    check(sqlite3_bind_int64(m_stmt, m_nextParameter++, value), "bind");
    return *this;
}

SqlStatement& SqlStatement::bindReal(double value) {
    check(sqlite3_bind_double(m_stmt, m_nextParameter++, value), "bind");
    return *this;
}

SqlStatement& SqlStatement::bindNull() {
    check(sqlite3_bind_null(m_stmt, m_nextParameter++), "bind");
    return *this;
}

bool SqlStatement::next() {
    if (!m_status)
        return false;
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_ROW)
        return true;
    if (m_rc != SQLITE_DONE)
        setError("step");
    return false;
}

Status SqlStatement::exec() {
    m_changes = 0;
    m_nextParameter = 1;
    if (!m_status)
        return m_status;
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_DONE || m_rc == SQLITE_ROW)
        m_changes = sqlite3_changes(m_db);
    else
        setError("step");
    sqlite3_reset(m_stmt);
    return m_status;
}

void SqlStatement::reset() {
    m_nextParameter = 1;
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_status = m_prepared;
}

SqlStatement::Type SqlStatement::type(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
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

QByteArrayView SqlStatement::utf8(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView SqlStatement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

void SqlStatement::check(int rc, const char* what) {
    if (rc == SQLITE_OK || !m_status) // the first failure is the one to report
        return;
    m_rc = rc;
    setError(what);
}

void SqlStatement::setError(const char* what) {
    m_sqliteError = QString::fromUtf8(sqlite3_errmsg(m_db));
    m_status =
        fail(u"%1 failed: %2 (in: %3)"_s.arg(QString::fromLatin1(what), m_sqliteError, m_sql.simplified().left(160)));
}

} // namespace Stride
