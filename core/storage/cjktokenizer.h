#pragma once

#include "result.h"

struct sqlite3;

namespace Stride {

// The FTS5 tokenizer of search_index ("stride_cjk"): SQLite's unicode61 for everything, except that a run of CJK
// characters becomes overlapping two-character tokens (机械制造 → 机械 械制 制造) plus its last character alone.
// Indexing Chinese per character made every phrase query read the doclists of the commonest characters (有, 限,
// 公, 司 are in nearly every company name); two-character tokens are rare, so a query reads little. The text is
// stored as written: snippets and titles need no reverse transformation.
//
// Queries: a run of two or more characters becomes its two-character tokens as a phrase; a single character must
// be searched as a prefix ("张"*), which matches every token starting with it — the trailing single-character
// token makes that hold for a character at the end of a run too. TextSearch::matchExpression does both.
class CjkTokenizer final {
public:
    static constexpr const char* kName = "stride_cjk";
    // Direct: CJK runs between ASCII words and punctuation are split without unicode61 (the same tokens, faster).
    // ThroughUnicode61: all text goes through unicode61 first; the reference the tests compare Direct with.
    enum class Path { Direct, ThroughUnicode61 };
    // Registers the tokenizer on one connection; every connection that reads or writes search_index needs it.
    static Status registerOn(sqlite3* db, Path path = Path::Direct);
};

} // namespace Stride
