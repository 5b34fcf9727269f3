#pragma once

#include "domain/searchhit.h"
#include "storage/repository.h"

namespace Stride {

// Full-text search over customers, contacts, visit notes and insights (the FTS5 table search_index,
// kept current by triggers, so a search sees every committed write).
class SearchRepository final : public Repository {
public:
    using Repository::Repository;

    // How many of the newest matches per kind and pass are ranked by name. Ranking every match would need the
    // whole doclist and a content read per hit (seconds for "有限公司" over 100k customers); a search box shows
    // a handful, and a user who sees too many narrows the text.
    static constexpr int kCandidates = 200;

    // Hits for what a user typed, best first (see SearchHit): customers, then contacts, then visit notes and
    // insights. Customers and contacts whose name matches come before those matching elsewhere, then by how
    // closely the name matches (equal, starts with, contains), shorter names first; notes newest first.
    // Chinese matches any run of characters inside a longer text; other words match as prefixes; all terms must
    // match. User text never becomes FTS syntax: quotes and operators are separators, and an empty or
    // punctuation-only text has no hits.
    Result<QList<SearchHit>> search(const QString& text, int limit = 50) const;

private:
    Result<QList<SearchHit>> named(int code, const QString& match, const QString& needle, int want) const;
    Result<QList<SearchHit>> notes(const QString& match, int want) const;
};

} // namespace Stride
