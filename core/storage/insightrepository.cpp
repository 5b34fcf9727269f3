#include "insightrepository.h"

#include "storage/textsearch.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QString prefixed(const QString& alias, const QStringList& columns) {
    QStringList out;
    for (const QString& c : columns)
        out << alias + u'.' + c;
    return out.join(u", "_s);
}

} // namespace

Result<Insight> InsightRepository::insight(const QString& id) const {
    return byId<Insight>(id);
}

Result<QString> InsightRepository::save(const Insight& insight) {
    if (insight.repId.isEmpty())
        return fail(u"an insight needs the rep who wrote it"_s);
    if (insight.text.trimmed().isEmpty())
        return fail(u"an insight needs its text"_s);
    if (!QStringList{u"pending"_s, u"approved"_s, u"rejected"_s}.contains(insight.status))
        return fail(u"insight status must be pending, approved or rejected, not '%1'"_s.arg(insight.status));
    Insight row = insight;
    if (row.id.isEmpty() && !row.createdAt)
        row.createdAt = now();
    return applyReturningFirstId({writeFor(row)});
}

Result<QList<Insight>> InsightRepository::pendingForTeam(const QString& teamId) const {
    Result<QSqlQuery> q = database().exec(
        u"SELECT %1 FROM insights i JOIN reps r ON r.id = i.rep_id WHERE r.team_id = ? AND i.status = 'pending' "
        "AND i.deleted = 0 ORDER BY i.created_at, i.rowid"_s.arg(prefixed(u"i"_s, Insight::columns())),
        {teamId});
    if (!q)
        return fail(q.error());
    QList<Insight> out;
    while (q->next())
        out << Insight::fromRecord(q->record());
    return out;
}

Status InsightRepository::approve(const QString& id, const QString& reviewerId) {
    return review(id, reviewerId, u"approved"_s);
}

Status InsightRepository::reject(const QString& id, const QString& reviewerId) {
    return review(id, reviewerId, u"rejected"_s);
}

Status InsightRepository::review(const QString& id, const QString& reviewerId, const QString& status) {
    if (reviewerId.isEmpty())
        return fail(u"reviewing an insight needs the reviewer"_s);
    Result<Insight> i = insight(id);
    if (!i)
        return fail(i.error());
    if (i->status != u"pending"_s)
        return fail(u"insight %1 is already %2"_s.arg(id, i->status));
    i->status = status;
    i->approvedBy = reviewerId;
    i->approvedAt = now();
    return store().apply({writeFor(*i)});
}

Result<QList<Insight>> InsightRepository::searchApproved(const QString& text, const QString& industry,
                                                         const QString& objectionType, int limit) const {
    QString sql = u"SELECT %1 FROM insights i"_s.arg(prefixed(u"i"_s, Insight::columns()));
    QVariantList values;
    QString order = u"i.created_at DESC"_s;
    if (!text.trimmed().isEmpty()) {
        const QString match = TextSearch::matchExpression(text);
        if (match.isEmpty())
            return QList<Insight>();
        // Insights own one rowid range of search_index (TextSearch::indexRowid): the match drives over that range
        // only, and each hit finds its insight by rowid.
        sql += u" JOIN search_index ON search_index MATCH ? AND search_index.rowid BETWEEN ? AND ? AND i.rowid = "
               "search_index.rowid - ?"_s;
        values << match << TextSearch::firstRowid(TextSearch::kInsight) << TextSearch::lastRowid(TextSearch::kInsight)
               << TextSearch::firstRowid(TextSearch::kInsight);
        order = u"bm25(search_index, 10.0, 1.0)"_s;
    }
    sql += u" WHERE i.status = 'approved' AND i.deleted = 0"_s;
    if (!industry.isEmpty()) {
        sql += u" AND i.industry = ?"_s;
        values << industry;
    }
    if (!objectionType.isEmpty()) {
        sql += u" AND i.objection_type = ?"_s;
        values << objectionType;
    }
    sql += u" ORDER BY "_s + order + u" LIMIT ?"_s;
    values << limit;
    Result<QSqlQuery> q = database().exec(sql, values);
    if (!q)
        return fail(q.error());
    QList<Insight> out;
    while (q->next())
        out << Insight::fromRecord(q->record());
    return out;
}

} // namespace Stride
