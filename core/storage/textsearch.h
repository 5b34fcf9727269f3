#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace Stride {

// What feeds the full-text index: one entry per source table, used by the triggers (ReplicaTriggers) and by
// Database::rebuildSearchIndex().
struct SearchSource {
    const char* table;
    int code; // search_index.rowid = TextSearch::indexRowid(code, source rowid)
    const char* kind;
    const char* watchedColumns;
    const char* customerColumn;
    const char* titleColumns;
    const char* bodyColumns;
};

class TextSearch final {
public:
    // Each kind owns one contiguous rowid range of search_index (code << kKindShift plus the source rowid), so a
    // search over one kind is an FTS rowid-range query that never reads another kind's entries.
    static constexpr int kKindShift = 40;
    static constexpr int kCustomer = 1;
    static constexpr int kContact = 2;
    static constexpr int kVisit = 3;
    static constexpr int kInsight = 4;
    static constexpr qint64 firstRowid(int code) { return qint64(code) << kKindShift; }
    static constexpr qint64 lastRowid(int code) { return firstRowid(code + 1) - 1; }
    static constexpr qint64 indexRowid(int code, qint64 sourceRowid) { return firstRowid(code) + sourceRowid; }

    static const std::vector<SearchSource>& sources();
    // The tables FTS5 keeps search_index in, but its config: an index built elsewhere is copied through them.
    static const QStringList& indexTables();

    // INSERT INTO search_index ... SELECT for one source: `prefix` is "new." inside a trigger (one row)
    // or empty for a bulk rebuild over the whole table.
    static QString insertSql(const SearchSource& src, bool trigger);
    // The bulk form for the live rows that also meet `condition` (SQL over the source table's columns).
    static QString insertSqlWhere(const SearchSource& src, const QString& condition);
    // One INSERT ... SELECT over every source, in ascending search_index rowid: FTS5 flushes its pending terms as
    // a new segment at each statement and whenever a rowid is not above the last one, so a rebuild in one
    // statement (with a large enough 'hashsize') writes the whole index as one segment.
    static QString rebuildSql();
    // The SELECT of rebuildSql(): every entry the index should hold, in rowid order (rowid, title, body, kind,
    // ref_id, customer_id), for checking an index against its sources.
    static QString entriesSql();
    // The insert/update/delete triggers of every source; `create` is the statement's opening words ("CREATE
    // TRIGGER" in the file for schemas before 7, "CREATE TEMP TRIGGER IF NOT EXISTS" since, see ReplicaTriggers).
    static QStringList triggers(const QString& create);

    // Turns what a user typed into an FTS5 MATCH expression for the stride_cjk tokenizer: a CJK run becomes a
    // phrase ("华东"), a single CJK character and other words prefix terms ("张"*, "acme"*); every term must
    // match. Empty when nothing is searchable.
    static QString matchExpression(const QString& userText);

    static bool isCjk(char32_t c);
};

} // namespace Stride
