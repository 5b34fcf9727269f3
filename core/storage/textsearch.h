#pragma once

#include <QString>

#include <vector>

namespace Stride {

// What feeds the full-text index: one entry per source table, used by the triggers (migration 2)
// and by Database::rebuildSearchIndex().
struct SearchSource {
    const char* table;
    int code; // search_index.rowid = source rowid * 8 + code
    const char* kind;
    const char* watchedColumns;
    const char* customerColumn;
    const char* titleColumns;
    const char* bodyColumns;
};

class TextSearch final {
public:
    static const std::vector<SearchSource>& sources();

    // INSERT INTO search_index ... SELECT for one source: `prefix` is "new." inside a trigger (one row)
    // or empty for a bulk rebuild over the whole table.
    static QString insertSql(const SearchSource& source, bool trigger);

    // Spaces out CJK characters so the unicode61 tokenizer indexes Chinese per character.
    static QString prepareForIndex(const QString& text);

    // Turns what a user typed into an FTS5 MATCH expression: CJK runs become phrases ("华 东"),
    // other words prefix terms ("acme"*); every term must match. Empty when nothing is searchable.
    static QString matchExpression(const QString& userText);

    static bool isCjk(char32_t c);
};

} // namespace Stride
