#pragma once

#include "result.h"

#include <QtGlobal>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace Stride {

// One INSERT prepared once on the raw connection and reused for every row: the demo generator writes
// millions of rows, and QtSql's QVariant/UTF-16 round trip per value costs about twice the raw API
// (docs/development.md "Qt and SQLite pitfalls"). Values are bound left to right in column order; text is bound without
// copying, so it must stay alive until insert() returns.
class DemoStatement final {
public:
    DemoStatement() = default;
    ~DemoStatement();
    DemoStatement(const DemoStatement&) = delete;
    DemoStatement& operator=(const DemoStatement&) = delete;

    // INSERT INTO table (columns) VALUES (?, ?, ...) for the comma-separated column list.
    Status prepare(sqlite3* db, const char* table, const char* columns);

    DemoStatement& text(const char* utf8, int bytes);
    DemoStatement& text(const std::string& utf8) { return text(utf8.data(), int(utf8.size())); }
    DemoStatement& text(const char* utf8); // null pointer → NULL
    DemoStatement& integer(qint64 value);
    DemoStatement& real(double value);
    DemoStatement& null();

    // Steps, resets and starts binding at the first column again; false on failure (see error()).
    bool insert();
    qint64 rows() const { return m_rows; }
    const char* table() const { return m_table; }
    QString error() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    const char* m_table = "";
    int m_column = 1;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace Stride
