#include "stagehistoryconvergence.h"

#include "serverdatabase.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride::Server {

Result<int> StageHistoryConvergence::afterWrite(ServerDatabase& db, const QString& id, const QVariantMap& row,
                                                qint64& counter) {
    if (!row.value(u"left_at"_s).isNull())
        return 0;
    const QString opportunity = row.value(u"opportunity_id"_s).toString();
    const qint64 entered = row.value(u"entered_at"_s).toLongLong();
    Result<QSqlQuery> q = db.exec(u"SELECT id, entered_at FROM stage_history WHERE opportunity_id = ? AND deleted = 0 "
                                  "AND left_at IS NULL AND id != ? ORDER BY id"_s,
                                  {opportunity, id});
    if (!q)
        return fail(q.error());
    QList<std::pair<QString, qint64>> others;
    while (q->next())
        others << std::pair{q->value(0).toString(), q->value(1).toLongLong()};
    q->finish();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto& [other, otherEntered] : std::as_const(others)) {
        const qint64 seq = ++counter;
        if (Status s = db.execute(u"UPDATE stage_history SET left_at = ?, version = ?, seq = ?, updated_at = ? WHERE "
                                  "id = ?"_s,
                                  {std::max(otherEntered, entered), seq, seq, now, other});
            !s)
            return fail(s.error());
        // The server wrote this value last: no device hears of a later conflict on it as its own loss.
        if (Status s = db.execute(u"INSERT INTO field_writers (entity, row_id, field, device_id) VALUES "
                                  "('stage_history', ?, 'left_at', 'server') ON CONFLICT (entity, row_id, field) DO "
                                  "UPDATE SET device_id = excluded.device_id"_s,
                                  {other});
            !s)
            return fail(s.error());
    }
    return int(others.size());
}

void StageHistoryConvergence::settleOpportunity(QVariantMap& merged, QVariantMap& changes) {
    if (!changes.contains(u"stage"_s))
        return;
    const QString stage = merged.value(u"stage"_s).toString();
    const auto clear = [&](const QString& field) {
        const QVariant v = merged.value(field);
        if (v.isNull() || v.toString().isEmpty())
            return;
        merged.insert(field, QVariant());
        changes.insert(field, QVariant());
    };
    if (stage != u"won"_s && stage != u"lost"_s)
        clear(u"closed_at"_s);
    if (stage != u"lost"_s)
        clear(u"lost_reason"_s);
}

} // namespace Stride::Server
