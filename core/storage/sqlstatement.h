#pragma once

#include "result.h"

#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace Stride {

class Database;

// A read-only prepared statement on the raw sqlite3 handle of a Database: the analytics read tens of
// thousands of rows per figure, and QtSql's QVariant-per-value path costs about 2x (docs/development.md "Qt and SQLite
// pitfalls").
class SqlStatement final {
public:
    SqlStatement(const Database& db, const QString& sql, const QVariantList& binds = {});
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    // Failure of prepare, bind or the last step, naming the statement.
    const Status& status() const { return m_status; }
    // Steps to the next row; false at the end or on error (then status() fails).
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;

private:
    void setError(const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    Status m_status;
};

} // namespace Stride
