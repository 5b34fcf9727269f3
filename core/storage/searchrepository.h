#pragma once

#include "domain/searchhit.h"
#include "storage/repository.h"

namespace Stride {

// Full-text search over customers, contacts, visit notes and insights (the FTS5 table search_index,
// kept current by triggers, so a search sees every committed write).
class SearchRepository final : public Repository {
public:
    using Repository::Repository;

    // bm25 weight of a match in the title column (names, visit summaries) against one in the body.
    static constexpr double kTitleWeight = 10.0;
    static constexpr double kBodyWeight = 1.0;

    // Ranked hits for what a user typed, best first (see SearchHit): customers, then contacts, then visit
    // notes and insights; within each, by bm25 with the title weighted kTitleWeight : kBodyWeight. Chinese matches any
    // run of characters inside a longer text; other words match as prefixes; all terms must match. User text never
    // becomes FTS syntax: quotes and operators are separators, and an empty or punctuation-only text has no hits.
    Result<QList<SearchHit>> search(const QString& text, int limit = 50) const;

    // The display form of indexed text: drops the spaces the index puts around CJK characters.
    static QString fromIndexedText(const QString& indexed);
};

} // namespace Stride
