#include "textsearch.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Stride {

const std::vector<SearchSource>& TextSearch::sources() {
    static const std::vector<SearchSource> all{
        {"customers", kCustomer, "customer", "name, name_en, address, industry, tags, deleted", "id", "name, name_en",
         "address, industry, tags"},
        {"contacts", kContact, "contact", "name, title, phone, email, deleted", "customer_id", "name",
         "title, phone, email"},
        {"visits", kVisit, "visit", "summary, outcome, competitor_notes, next_action, insight, deleted", "customer_id",
         "summary", "outcome, competitor_notes, next_action, insight"},
        {"insights", kInsight, "insight", "text, industry, objection_type, deleted", "customer_id", "text",
         "industry, objection_type"},
    };
    return all;
}

const QStringList& TextSearch::indexTables() {
    static const QStringList tables{u"search_index_data"_s, u"search_index_idx"_s, u"search_index_content"_s,
                                    u"search_index_docsize"_s};
    return tables;
}

namespace {

const QString kInsert = u"INSERT INTO search_index (rowid, title, body, kind, ref_id, customer_id) "_s;

// `trigger`: one row, "new." in a trigger; otherwise every live row of the table (that meets `condition`).
QString selectSql(const SearchSource& src, bool trigger, const QString& condition = {}) {
    const QString prefix = trigger ? u"new."_s : QString();
    auto columns = [&](const char* list) {
        QStringList out;
        for (const QString& c : QString::fromLatin1(list).split(u", "_s))
            out << prefix + c;
        return out.join(u", "_s);
    };
    QString sql = u"SELECT %1rowid + %2, stride_fts(%3), stride_fts(%4), '%5', %1id, %6"_s.arg(prefix)
                      .arg(TextSearch::firstRowid(src.code))
                      .arg(columns(src.titleColumns), columns(src.bodyColumns), QString::fromLatin1(src.kind),
                           prefix + QString::fromLatin1(src.customerColumn));
    // In rowid order: FTS5 starts a new segment whenever a rowid is not above the last one, and the planner may
    // otherwise scan a partial index on deleted (visits_live_time: one segment per visit).
    const QString where = condition.isEmpty() ? QString() : u" AND (%1)"_s.arg(condition);
    sql += trigger ? u" WHERE new.deleted = 0"_s
                   : u" FROM %1 WHERE deleted = 0%2 ORDER BY rowid"_s.arg(QString::fromLatin1(src.table), where);
    return sql;
}

} // namespace

QString TextSearch::insertSql(const SearchSource& src, bool trigger) {
    return kInsert + selectSql(src, trigger);
}

QString TextSearch::insertSqlWhere(const SearchSource& src, const QString& condition) {
    return kInsert + selectSql(src, false, condition);
}

QString TextSearch::rebuildSql() {
    return kInsert + entriesSql();
}

QString TextSearch::entriesSql() {
    // Each arm is a subquery so that its ORDER BY applies to it alone; the arms are in ascending kind code.
    QStringList arms;
    for (const SearchSource& src : sources())
        arms << u"SELECT * FROM (%1)"_s.arg(selectSql(src, false));
    return arms.join(u" UNION ALL "_s);
}

QStringList TextSearch::triggers(const QString& create) {
    QStringList s;
    for (const SearchSource& src : sources()) {
        const QString t = QString::fromLatin1(src.table);
        const QString insert = insertSql(src, true) + u';';
        const QString remove = u"DELETE FROM search_index WHERE rowid = old.rowid + %1;"_s.arg(firstRowid(src.code));
        s << u"%1 %2_search_ai AFTER INSERT ON %2 BEGIN %3 END"_s.arg(create, t, insert);
        s << u"%1 %2_search_au AFTER UPDATE OF %3 ON %2 BEGIN %4 %5 END"_s.arg(
            create, t, QString::fromLatin1(src.watchedColumns), remove, insert);
        s << u"%1 %2_search_ad AFTER DELETE ON %2 BEGIN %3 END"_s.arg(create, t, remove);
    }
    return s;
}

bool TextSearch::isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

QString TextSearch::matchExpression(const QString& userText) {
    QStringList terms;
    QString word;
    QString cjkRun;
    auto flushWord = [&] {
        if (!word.isEmpty())
            terms << u"\""_s + word + u"\"*"_s;
        word.clear();
    };
    auto flushCjk = [&] {
        // One character only matches as a prefix of the two-character tokens (CjkTokenizer).
        if (!cjkRun.isEmpty())
            terms << u"\""_s + cjkRun + (cjkRun.toUcs4().size() == 1 ? u"\"*"_s : u"\""_s);
        cjkRun.clear();
    };
    for (char32_t c : userText.toUcs4()) {
        const QString ch = QString::fromUcs4(&c, 1);
        if (isCjk(c)) {
            flushWord();
            cjkRun += ch;
        } else if (QChar::isLetterOrNumber(c)) {
            flushCjk();
            word += ch;
        } else {
            // Quotes, operators and punctuation only separate terms: user text never becomes FTS syntax.
            flushWord();
            flushCjk();
        }
    }
    flushWord();
    flushCjk();
    return terms.join(u' ');
}

} // namespace Stride
