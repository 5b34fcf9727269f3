// Generates the demo organisation, then inserts the very same rows with the raw sqlite3 C API in one
// transaction into a fresh replica with the same schema (tables, indexes, FTS triggers), and compares.
// The baseline loads with a rollback journal, as the generator does, and a 256 MiB cache (the generator uses
// 64 MiB; the baseline keeps inserting into its secondary indexes in random order, which a big cache helps).
// It runs two ways:
//  - triggers: every table in the generator's table order, rows in rowid order, one prepared INSERT per
//    table reused for every row; the FTS5 triggers index each row as it is inserted (the schema as is);
//  - bulk: the same, but with every insert trigger (full-text and dashboard summaries) dropped inside the
//    transaction; the search_index entries and the analytics_* summary rows are inserted afterwards from the
//    generated file in rowid order and the triggers recreated — the work the generator does, without its logic.
// Neither drops the secondary indexes nor changes FTS5 options: that is the generator's own work.
#include "demo/demogenerator.h"
#include "storage/cjktokenizer.h"
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

std::string joined(const std::vector<std::string>& columns) {
    std::string out;
    for (size_t c = 0; c < columns.size(); ++c)
        out += (c ? "," : "") + columns[c];
    return out;
}

TableRows readTable(sqlite3* db, const std::string& table, const std::vector<std::string>& columnNames) {
    TableRows rows;
    const int columns = int(columnNames.size());
    rows.columns = columns;
    sqlite3_stmt* st = nullptr;
    // Storage order: rowid, or the primary key of a WITHOUT ROWID table (some summary tables).
    if (sqlite3_prepare_v2(db, ("SELECT " + joined(columnNames) + " FROM " + table + " ORDER BY rowid").c_str(), -1,
                           &st, nullptr) != SQLITE_OK)
        sqlite3_prepare_v2(db, ("SELECT " + joined(columnNames) + " FROM " + table).c_str(), -1, &st, nullptr);
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
    std::string sql = "INSERT INTO " + table + " (" + joined(columns) + ") VALUES (";
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

struct Baseline {
    bool ok = false;
    qint64 rows = 0;
    double seconds = 0;
    double cpu = 0;
};

// Times what runs between start() and stop(), wall and CPU.
struct Stopwatch {
    QElapsedTimer timer;
    double cpuStart = 0;
    void start() {
        timer.restart();
        cpuStart = cpuSeconds();
    }
    void stop(Baseline& b) {
        b.seconds += double(timer.nsecsElapsed()) / 1e9;
        b.cpu += cpuSeconds() - cpuStart;
    }
};

// The tables in the order the generator writes them (indexed sources first, as FTS5 wants rowids rising).
const std::vector<std::string>& baselineTables() {
    static const std::vector<std::string> tables{"behaviour_types",
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
    return tables;
}

std::vector<std::string> insertTriggers(sqlite3* db, bool dropThem) {
    std::vector<std::string> names, sql;
    sqlite3_stmt* st = nullptr;
    // The search and summary triggers are TEMP triggers of the connection (ReplicaTriggers).
    sqlite3_prepare_v2(db,
                       "SELECT name, sql FROM sqlite_temp_schema WHERE type = 'trigger' AND sql LIKE '%AFTER INSERT%'",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
        names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sql.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    }
    sqlite3_finalize(st);
    for (const std::string& name : names) {
        if (dropThem)
            exec(db, ("DROP TRIGGER temp." + name).c_str());
    }
    return sql;
}

// Reading each table from the generated file is not timed; inserting it is.
Baseline runBaseline(sqlite3* source, const QString& path, bool bulk) {
    Baseline b;
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return b;
    }
    sqlite3* target = (*db)->handle();
    Stopwatch watch;
    watch.start();
    if (!exec(target, "PRAGMA cache_size = -262144") || !exec(target, "PRAGMA journal_mode = DELETE") ||
        !exec(target, "BEGIN IMMEDIATE"))
        return b;
    const std::vector<std::string> triggers = insertTriggers(target, bulk);
    watch.stop(b);
    std::vector<std::string> tables = baselineTables();
    if (bulk) {
        tables.push_back("search_index");
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(source,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'analytics\\_%' ESCAPE "
                           "'\\' ORDER BY name",
                           -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    for (const std::string& table : tables) {
        std::vector<std::string> columns = columnsOf(source, table);
        if (table == "search_index")
            columns.insert(columns.begin(), "rowid");
        const TableRows rows = readTable(source, table, columns);
        Baseline t;
        watch.start();
        if (!insertTable(target, table, columns, rows)) {
            std::fprintf(stderr, "baseline insert into %s failed: %s\n", table.c_str(), sqlite3_errmsg(target));
            return b;
        }
        watch.stop(t);
        const qint64 n = qint64(rows.cells.size() / columns.size());
        if (table != "search_index" && table.rfind("analytics_", 0) != 0)
            b.rows += n;
        b.seconds += t.seconds;
        b.cpu += t.cpu;
        std::printf("  %-8s %-20s %10lld rows %7.2f s (CPU %.2f s)\n", bulk ? "bulk" : "triggers", table.c_str(),
                    static_cast<long long>(n), t.seconds, t.cpu);
    }
    watch.start();
    for (const std::string& sql : bulk ? triggers : std::vector<std::string>{}) {
        if (!exec(target, sql.c_str()))
            return b;
    }
    if (!exec(target, "COMMIT") || !exec(target, "PRAGMA journal_mode = WAL"))
        return b;
    watch.stop(b);
    b.ok = true;
    return b;
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
    parser.addOption({u"baseline"_s, u"Baselines to run: triggers, bulk or both (default)."_s, u"WHICH"_s, u"both"_s});
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

    sqlite3* source = nullptr;
    sqlite3_open_v2(QFile::encodeName(genPath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    // Reading search_index needs its tokenizer on this connection too.
    if (Status s = CjkTokenizer::registerOn(source); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 2;
    }
    const QString which = parser.value(u"baseline"_s);
    bool ok = true;
    for (const bool bulk : {false, true}) {
        if (which != u"both"_s && which != (bulk ? u"bulk"_s : u"triggers"_s))
            continue;
        const Baseline b = runBaseline(source, dir.filePath(bulk ? u"bulk.db"_s : u"triggers.db"_s), bulk);
        if (!b.ok)
            return 2;
        std::printf("baseline %s: %lld rows in %.2f s = %.0f rows/s (CPU %.2f s)\n", bulk ? "bulk" : "triggers",
                    static_cast<long long>(b.rows), b.seconds, double(b.rows) / b.seconds, b.cpu);
        std::printf("ratio generator/baseline %s: %.2f wall, %.2f CPU\n", bulk ? "bulk" : "triggers",
                    generatorSeconds / b.seconds, generatorCpu / b.cpu);
        ok = ok && b.rows == summary.totalRows;
    }
    sqlite3_close(source);
    std::printf("peak RSS: %.0f MiB\n", peakRssMiB());
    return ok ? 0 : 2;
}
