#pragma once

#include <string>

namespace Stride {

// The text that goes into one column of search_index: the non-NULL parts joined by single spaces, as written
// (the stride_cjk tokenizer does the rest). Works on UTF-8 directly because it runs once per indexed row: inside
// the stride_fts() SQL function of the triggers, and in bulk loads that index rows as they write them.
class IndexText final {
public:
    void clear();
    // One non-NULL argument.
    void add(const char* utf8, int bytes);
    void add(const std::string& utf8) { add(utf8.data(), int(utf8.size())); }
    void add(const char* utf8); // null pointer = SQL NULL, skipped like stride_fts does
    const std::string& text() const { return m_text; }

private:
    std::string m_text;
    bool m_any = false;
};

} // namespace Stride
