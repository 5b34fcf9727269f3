#include "searchrepository.h"

#include "storage/textsearch.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString SearchRepository::fromIndexedText(const QString& indexed) {
    // TextSearch::prepareForIndex puts one space before every CJK character and one after a CJK run;
    // undo exactly those, so original spaces survive.
    const QList<uint> chars = indexed.toUcs4();
    QString out;
    out.reserve(indexed.size());
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (chars[i] == uint(u' ')) {
            const bool beforeCjk = i + 1 < chars.size() && TextSearch::isCjk(chars[i + 1]);
            const bool afterCjk = i > 0 && TextSearch::isCjk(chars[i - 1]);
            if (beforeCjk || afterCjk)
                continue;
        }
        out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&chars[i]), 1);
    }
    return out;
}

Result<QList<SearchHit>> SearchRepository::search(const QString& text, int limit) const {
    const QString match = TextSearch::matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    // Columns: title, body, then three unindexed ones whose weights do not matter. Customers come first,
    // then contacts, then notes (visits, insights): bm25's length normalisation would otherwise rank a
    // one-word visit summary above the customer of that name, and a search box is asked for "who" first.
    Result<QSqlQuery> q =
        database().exec(u"SELECT kind, ref_id, customer_id, snippet(search_index, 0, '', '', '…', 32), "
                        "snippet(search_index, 1, '', '', '…', 12), bm25(search_index, ?, ?) AS score "
                        "FROM search_index WHERE search_index MATCH ? "
                        "ORDER BY CASE kind WHEN 'customer' THEN 0 WHEN 'contact' THEN 1 ELSE 2 END, score LIMIT ?"_s,
                        {kTitleWeight, kBodyWeight, match, limit});
    if (!q)
        return fail(q.error());
    QList<SearchHit> hits;
    while (q->next()) {
        SearchHit hit;
        hit.kind = q->value(0).toString();
        hit.refId = q->value(1).toString();
        hit.customerId = q->value(2).toString();
        hit.title = fromIndexedText(q->value(3).toString()).trimmed();
        hit.snippet = fromIndexedText(q->value(4).toString()).trimmed();
        hit.rank = q->value(5).toDouble();
        hits << hit;
    }
    return hits;
}

} // namespace Stride
