#include "searchrepository.h"

#include "storage/textsearch.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Lower case without white space: "Acme  Retail" and "acme retail" compare equal, as do 华东 and "华 东".
QString comparable(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c.toLower();
    }
    return out;
}

// Of names that match, one that equals what was typed ranks 0, one that starts with it 1, any other 2 (it
// contains the text, or every term of it apart).
int closeness(const QString& title, const QString& needle) {
    const QString t = comparable(title);
    if (t == needle)
        return 0;
    return t.startsWith(needle) ? 1 : 2;
}

// Short bodies (an address, a phone number) are shown whole; long ones from their start.
QString shortened(const QString& text) {
    constexpr qsizetype kMax = 80;
    return text.size() <= kMax ? text : text.left(kMax - 1).trimmed() + u'…';
}

} // namespace

Result<QList<SearchHit>> SearchRepository::search(const QString& text, int limit) const {
    const QString match = TextSearch::matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const QString needle = comparable(text);
    QList<SearchHit> hits;
    for (int code : {TextSearch::kCustomer, TextSearch::kContact}) {
        if (hits.size() >= limit)
            break;
        Result<QList<SearchHit>> some = named(code, match, needle, limit - int(hits.size()));
        if (!some)
            return fail(some.error());
        hits << *some;
    }
    if (hits.size() < limit) {
        Result<QList<SearchHit>> some = notes(match, limit - int(hits.size()));
        if (!some)
            return fail(some.error());
        hits << *some;
    }
    return hits;
}

Result<QList<SearchHit>> SearchRepository::named(int code, const QString& match, const QString& needle,
                                                 int want) const {
    const QString sql = u"SELECT rowid, kind, ref_id, customer_id, title, body FROM search_index "
                        "WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?"_s;
    struct Candidate {
        SearchHit hit;
        qint64 rowid = 0;
        bool inName = false;
        qsizetype nameLength = 0;
    };
    std::vector<Candidate> candidates;
    QSet<qint64> seen;
    // Two passes: matches in the name, then matches elsewhere (address, phone, e-mail), each newest first.
    const QString inNameExpression = u"{title} : (%1)"_s.arg(match);
    for (const QString& expression : {inNameExpression, match}) {
        const bool inName = expression == inNameExpression;
        Result<QSqlQuery> r =
            database().exec(sql, {expression, TextSearch::firstRowid(code), TextSearch::lastRowid(code), kCandidates});
        if (!r)
            return fail(r.error());
        QSqlQuery& q = *r;
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            if (seen.contains(rowid))
                continue;
            seen.insert(rowid);
            Candidate c;
            c.rowid = rowid;
            c.inName = inName;
            c.hit.kind = q.value(1).toString();
            c.hit.refId = q.value(2).toString();
            c.hit.customerId = q.value(3).toString();
            c.hit.title = q.value(4).toString().trimmed();
            c.hit.snippet = shortened(q.value(5).toString().trimmed());
            c.hit.rank = inName ? closeness(c.hit.title, needle) : 3;
            c.nameLength = c.hit.title.size();
            candidates.push_back(std::move(c));
        }
        q.finish();
        if (int(candidates.size()) >= want)
            break;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.hit.rank != b.hit.rank)
            return a.hit.rank < b.hit.rank;
        if (a.nameLength != b.nameLength)
            return a.nameLength < b.nameLength;
        return a.rowid > b.rowid;
    });
    QList<SearchHit> out;
    for (const Candidate& c : candidates) {
        if (out.size() >= want)
            break;
        out << c.hit;
    }
    return out;
}

Result<QList<SearchHit>> SearchRepository::notes(const QString& match, int want) const {
    // Visit notes and insights: newest first, which FTS5 yields in rowid order without ranking every match.
    // Insights sort above visits (their range is higher): an approved insight is what a rep wants to read first.
    Result<QSqlQuery> r = database().exec(
        u"SELECT kind, ref_id, customer_id, snippet(search_index, 0, '', '', '…', 32), "
        "snippet(search_index, 1, '', '', '…', 12) FROM search_index WHERE search_index MATCH ? "
        "AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?"_s,
        {match, TextSearch::firstRowid(TextSearch::kVisit), TextSearch::lastRowid(TextSearch::kInsight), want});
    if (!r)
        return fail(r.error());
    QSqlQuery& q = *r;
    QList<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = q.value(0).toString();
        hit.refId = q.value(1).toString();
        hit.customerId = q.value(2).toString();
        hit.title = q.value(3).toString().trimmed();
        hit.snippet = q.value(4).toString().trimmed();
        hit.rank = 4;
        hits << hit;
    }
    return hits;
}

} // namespace Stride
