#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariantList>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace Stride {

class Database;

// The one prepared statement on a raw sqlite3 handle, for the paths where QtSql's QVariant per value costs too
// much (the analytics read tens of thousands of rows per figure, the initial sync writes hundreds of thousands:
// docs/development.md "Qt and SQLite pitfalls"). Reads step with next() and read columns by index; writes bind,
// exec() and read changes(); a loop of writes binds again and calls exec() again (exec() resets the statement).
// Parameters are numbered from 1 as in SQL (?1), columns from 0.
class SqlStatement final {
public:
    SqlStatement(const Database& db, const QString& sql, const QVariantList& binds = {});
    // On a connection of its own (a scratch file, a connection being inspected, the server's SQLite store).
    SqlStatement(sqlite3* db, const QString& sql, const QVariantList& binds = {});
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    // Failure of prepare, bind or the last step, naming the statement.
    const Status& status() const { return m_status; }
    // SQLite's extended result code of the last prepare, bind or step (SQLITE_OK, SQLITE_ROW, SQLITE_DONE, …).
    int resultCode() const { return m_rc; }
    // SQLite's own words for the last failure, without the statement (status() names it too).
    const QString& sqliteError() const { return m_sqliteError; }

    // Binding: a value of the QVariant's type (null or invalid: NULL; integers and bool: integer; double: real;
    // anything else: its text). A failed bind fails status().
    void bind(int parameter, const QVariant& value);
    void bindAll(const QVariantList& values);
    void bindNull(int parameter);
    void bindInteger(int parameter, qint64 value);
    void bindReal(int parameter, double value);
    void bindText(int parameter, const QString& value);
    // UTF-8 that stays where it lies until the statement is reset and rebound or cleared (no copy).
    void bindStaticUtf8(int parameter, QByteArrayView utf8);
    // A pointer for an SQL function that takes one (SQLite's pointer-passing interface, e.g. fts5(?1)).
    void bindPointer(int parameter, void* pointer, const char* type);
    void clearBindings();
    // The same without a parameter number: the next one, from ?1 again after each exec() or reset(). The demo
    // generator chains them for its millions of INSERTs; text is not copied and must outlive the exec().
    SqlStatement& bindText(const char* utf8, int bytes);
    SqlStatement& bindText(const char* utf8); // a null pointer binds NULL
    SqlStatement& bindText(const std::string& utf8) { return bindText(utf8.data(), int(utf8.size())); }
    SqlStatement& bindInteger(qint64 value);
    SqlStatement& bindReal(double value);
    SqlStatement& bindNull();

    // Steps to the next row; false at the end or on error (then status() fails).
    bool next();
    // Runs a statement that returns no rows to its end and resets it for the next binds; the failure names the
    // statement. changes() then counts the rows it inserted, updated or deleted.
    Status exec();
    int changes() const { return m_changes; }
    // Back to before the first step, keeping the binds; clears the failure of a step.
    void reset();

    enum class Type { Integer, Real, Text, Blob, Null };
    Type type(int column) const;
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it, valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    QByteArrayView blob(int column) const;

private:
    void prepare(const QString& sql, const QVariantList& binds);
    void check(int rc, const char* what);
    void setError(const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    QString m_sqliteError;
    Status m_status;
    Status m_prepared;
    int m_rc = 0;
    int m_changes = 0;
    int m_nextParameter = 1; // of the bind…() calls without a parameter number
};

} // namespace Stride
