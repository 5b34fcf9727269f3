#pragma once

#include "result.h"

#include <QString>
#include <QVariantList>

#include <string>

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
    // The same on a raw connection of its own (a scratch file that is no Database).
    SqlStatement(sqlite3* db, const QString& sql);
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

    // Writes prepared once and run for each row (the demo generator's millions of INSERTs): each bind…() sets the
    // next parameter, left to right from the first. Text is not copied, so it must stay alive until execute().
    SqlStatement& bindText(const char* utf8, int bytes);
    SqlStatement& bindText(const char* utf8); // a null pointer binds NULL
    SqlStatement& bindText(const std::string& utf8) { return bindText(utf8.data(), int(utf8.size())); }
    SqlStatement& bindInteger(qint64 value);
    SqlStatement& bindReal(double value);
    SqlStatement& bindNull();
    // Runs the statement to its end, then resets it for the next row's values (binding starts at the first
    // parameter again); false on failure (then status() fails).
    bool execute();

private:
    void setError(const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_sql;
    Status m_status;
    int m_nextParameter = 1; // of the bind…() calls
};

} // namespace Stride
