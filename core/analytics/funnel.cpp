#include "funnel.h"

#include "sqlstatement.h"
#include "stages.h"
#include "stats.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

Result<FunnelResult> Funnel::compute(const Database& db, const AnalyticsFilter& filter) {
    QVariantList binds;
    const QString scope = u"SELECT id, stage, lost_reason FROM opportunities WHERE deleted = 0 AND "_s +
                          filter.repCondition(u"owner_id"_s, binds) + u" AND "_s +
                          filter.periodCondition(u"created_at"_s, binds);
    FunnelResult r;
    const QStringList& pipe = Stages::pipeline();
    for (const QString& s : pipe)
        r.stages.append(FunnelStage{s, 0, 0, std::nullopt, 0, std::nullopt, std::nullopt});

    // Current stage and lost reasons.
    {
        SqlStatement q(db,
                       u"WITH o AS ("_s + scope +
                           u") SELECT stage, COALESCE(NULLIF(TRIM(lost_reason), ''), 'unspecified'), COUNT(*) "
                           "FROM o GROUP BY 1, 2"_s,
                       binds);
        QHash<QString, qint64> reasons;
        while (q.next()) {
            const QString stage = q.text(0);
            const qint64 n = q.integer(2);
            r.total += n;
            if (stage == u"lost"_s) {
                r.lost += n;
                reasons[q.text(1)] += n;
            } else if (const int i = Stages::index(stage); i >= 0) {
                r.stages[i].current += n;
            }
        }
        if (!q.status())
            return fail(q.status().error());
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            r.lostReasons.append({it.key(), it.value()});
        std::sort(r.lostReasons.begin(), r.lostReasons.end(), [](const auto& a, const auto& b) {
            return a.count != b.count ? a.count > b.count : a.reason < b.reason;
        });
    }
    r.won = r.stages.last().current;
    r.winRate = Stats::ratio(double(r.won), double(r.won + r.lost));

    // Furthest stage reached per opportunity.
    {
        SqlStatement q(db,
                       u"WITH o AS ("_s + scope +
                           u"), x AS (SELECT h.opportunity_id AS oid, h.stage FROM "
                           "stage_history h JOIN o ON o.id = h.opportunity_id WHERE h.deleted = 0 UNION ALL "
                           "SELECT id, stage FROM o), t AS (SELECT MAX("_s +
                           Stages::indexSql(u"x.stage"_s) +
                           u") AS top FROM x GROUP BY oid) "
                           "SELECT top, COUNT(*) FROM t WHERE top IS NOT NULL "
                           "GROUP BY top"_s,
                       binds);
        QList<qint64> atTop(pipe.size(), 0);
        while (q.next())
            atTop[int(q.integer(0))] = q.integer(1);
        if (!q.status())
            return fail(q.status().error());
        qint64 cumulative = 0;
        for (qsizetype i = pipe.size() - 1; i >= 0; --i) {
            cumulative += atTop.at(i);
            r.stages[i].reached = cumulative;
        }
        for (qsizetype i = 0; i + 1 < pipe.size(); ++i)
            r.stages[i].conversionToNext =
                Stats::ratio(double(r.stages.at(i + 1).reached), double(r.stages.at(i).reached));
    }

    // Completed stays per stage.
    {
        SqlStatement q(db,
                       u"WITH o AS ("_s + scope +
                           u") SELECT h.stage, (h.left_at - h.entered_at) / 86400.0 FROM stage_history h JOIN o "
                           "ON o.id = h.opportunity_id WHERE h.deleted = 0 AND h.left_at IS NOT NULL"_s,
                       binds);
        QList<QList<double>> days(pipe.size());
        while (q.next()) {
            const int i = Stages::index(q.text(0));
            if (i >= 0 && i < Stages::open().size())
                days[i].append(q.real(1));
        }
        if (!q.status())
            return fail(q.status().error());
        for (qsizetype i = 0; i < pipe.size(); ++i) {
            r.stages[i].stays = days.at(i).size();
            r.stages[i].meanDays = Stats::mean(days.at(i));
            r.stages[i].medianDays = Stats::median(days.at(i));
        }
    }
    return r;
}

} // namespace Stride
