// Generates the demo organisation, then inserts the very same rows with the raw sqlite3 C API in one
// transaction into a fresh replica with the same schema (tables, indexes, FTS triggers), and compares.
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

// One table's rows held in memory: every cell's type and value, text and blobs in one buffer.
struct Cell {
    int type;
    qint64 i;
    double r;
    size_t offset;
    int bytes;
};

struct TableRows {
    int columns = 0;
    std::vector<Cell> cells;
    std::string text;
};

std::vector<std::string> columnsOf(sqlite3* db, const std::string& table) {
    std::vector<std::string> out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, ("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid").c_str(), -1, &st,
                       nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        out.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

TableRows readTable(sqlite3* db, const std::string& table, int columns) {
    TableRows rows;
    rows.columns = columns;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, ("SELECT * FROM " + table + " ORDER BY rowid").c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            Cell cell{sqlite3_column_type(st, c), 0, 0, 0, 0};
            if (cell.type == SQLITE_INTEGER) {
                cell.i = sqlite3_column_int64(st, c);
            } else if (cell.type == SQLITE_FLOAT) {
                cell.r = sqlite3_column_double(st, c);
            } else if (cell.type == SQLITE_TEXT || cell.type == SQLITE_BLOB) {
                const void* p = cell.type == SQLITE_TEXT ? static_cast<const void*>(sqlite3_column_text(st, c))
                                                         : sqlite3_column_blob(st, c);
                cell.bytes = sqlite3_column_bytes(st, c);
                cell.offset = rows.text.size();
                rows.text.append(static_cast<const char*>(p), size_t(cell.bytes));
            }
            rows.cells.push_back(cell);
        }
    }
    sqlite3_finalize(st);
    return rows;
}

bool insertTable(sqlite3* db, const std::string& table, const std::vector<std::string>& columns,
                 const TableRows& rows) {
    std::string sql = "INSERT INTO " + table + " (";
    for (size_t c = 0; c < columns.size(); ++c)
        sql += (c ? "," : "") + columns[c];
    sql += ") VALUES (";
    for (size_t c = 0; c < columns.size(); ++c)
        sql += c ? ",?" : "?";
    sql += ")";
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
        return false;
    const size_t n = rows.cells.size() / size_t(rows.columns);
    bool ok = true;
    for (size_t r = 0; ok && r < n; ++r) {
        const Cell* row = &rows.cells[r * size_t(rows.columns)];
        for (int c = 0; c < rows.columns; ++c) {
            const Cell& cell = row[c];
            switch (cell.type) {
            case SQLITE_INTEGER:
                sqlite3_bind_int64(st, c + 1, cell.i);
                break;
            case SQLITE_FLOAT:
                sqlite3_bind_double(st, c + 1, cell.r);
                break;
            case SQLITE_TEXT:
                sqlite3_bind_text(st, c + 1, rows.text.data() + cell.offset, cell.bytes, SQLITE_STATIC);
                break;
            case SQLITE_BLOB:
                sqlite3_bind_blob(st, c + 1, rows.text.data() + cell.offset, cell.bytes, SQLITE_STATIC);
                break;
            default:
                sqlite3_bind_null(st, c + 1);
            }
        }
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return ok;
}

bool exec(sqlite3* db, const char* sql) {
    char* err = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK;
    if (!ok)
        std::fprintf(stderr, "%s: %s\n", sql, err);
    sqlite3_free(err);
    return ok;
}

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Demo generator benchmark against a raw-sqlite3 baseline"_s);
    parser.addHelpOption();
    parser.addOption({u"customers"_s, u"Customers to generate (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"seed"_s, u"Generator seed."_s, u"S"_s, u"20261122"_s});
    parser.addOption({u"no-baseline"_s, u"Only run the generator."_s});
    parser.addOption({u"keep"_s, u"Keep the generated database at PATH."_s, u"PATH"_s});
    parser.process(app);

    QTemporaryDir dir;
    const QString genPath = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : dir.filePath(u"generated.db"_s);
    QFile::remove(genPath);
    DemoOptions options;
    options.customers = parser.value(u"customers"_s).toInt();
    options.seed = parser.value(u"seed"_s).toULongLong();
    options.today = QDate(2026, 11, 20);

    DemoSummary summary;
    double generatorSeconds = 0;
    double generatorCpu = 0;
    {
        auto db = Database::open(genPath);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 2;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSeconds();
        Result<DemoSummary> r = DemoGenerator::generate(**db, options);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 2;
        }
        generatorSeconds = double(timer.nsecsElapsed()) / 1e9;
        generatorCpu = cpuSeconds() - cpuStart;
        summary = *r;
    }
    std::printf("generator: %d customers, %lld rows in %.2f s = %.0f rows/s (CPU %.2f s)\n", options.customers,
                static_cast<long long>(summary.totalRows), generatorSeconds,
                double(summary.totalRows) / generatorSeconds, generatorCpu);
    for (auto it = summary.rows.cbegin(); it != summary.rows.cend(); ++it)
        std::printf("  %-20s %10lld\n", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("peak RSS after generating: %.0f MiB\n", peakRssMiB());
    if (parser.isSet(u"no-baseline"_s))
        return 0;

    // Baseline: the same rows, table by table in the generator's order, one transaction, raw C API.
    const std::vector<std::string> tables{"behaviour_types",
                                          "standard_actions",
                                          "rules",
                                          "teams",
                                          "reps",
                                          "customers",
                                          "contacts",
                                          "orders",
                                          "visits",
                                          "service_tickets",
                                          "opportunities",
                                          "stage_history",
                                          "forecast_signals",
                                          "payment_milestones",
                                          "tasks",
                                          "insights",
                                          "checklists"};
    sqlite3* source = nullptr;
    sqlite3_open_v2(QFile::encodeName(genPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    const QString basePath = dir.filePath(u"baseline.db"_s);
    double baselineSeconds = 0;
    double baselineCpu = 0;
    qint64 baselineRows = 0;
    {
        auto db = Database::open(basePath);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 2;
        }
        sqlite3* target = (*db)->handle();
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds();
        if (!exec(target, "BEGIN IMMEDIATE"))
            return 2;
        baselineSeconds += double(timer.nsecsElapsed()) / 1e9;
        baselineCpu += cpuSeconds() - cpu;
        for (const std::string& table : tables) {
            const std::vector<std::string> columns = columnsOf(source, table);
            const TableRows rows = readTable(source, table, int(columns.size())); // not timed
            timer.restart();
            cpu = cpuSeconds();
            if (!insertTable(target, table, columns, rows)) {
                std::fprintf(stderr, "baseline insert into %s failed: %s\n", table.c_str(), sqlite3_errmsg(target));
                return 2;
            }
            const double tableSeconds = double(timer.nsecsElapsed()) / 1e9;
            baselineCpu += cpuSeconds() - cpu;
            baselineSeconds += tableSeconds;
            baselineRows += qint64(rows.cells.size() / columns.size());
            std::printf("  baseline %-20s %10zu rows %7.2f s\n", table.c_str(), rows.cells.size() / columns.size(),
                        tableSeconds);
        }
        timer.restart();
        cpu = cpuSeconds();
        if (!exec(target, "COMMIT"))
            return 2;
        baselineSeconds += double(timer.nsecsElapsed()) / 1e9;
        baselineCpu += cpuSeconds() - cpu;
    }
    sqlite3_close(source);
    std::printf("baseline:  %lld rows in %.2f s = %.0f rows/s (CPU %.2f s; raw sqlite3, one transaction, same "
                "schema with its FTS triggers)\n",
                static_cast<long long>(baselineRows), baselineSeconds, double(baselineRows) / baselineSeconds,
                baselineCpu);
    std::printf("ratio generator/baseline: %.2f wall, %.2f CPU\n", generatorSeconds / baselineSeconds,
                generatorCpu / baselineCpu);
    std::printf("peak RSS: %.0f MiB\n", peakRssMiB());
    return baselineRows == summary.totalRows ? 0 : 2;
}
