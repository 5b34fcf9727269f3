#include "visitrows.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Stride {

QString VisitRows::sql(const AnalyticsFilter& filter, bool byType, QVariantList& binds) {
    const auto monthStart = [](qint64 secs) {
        const QDate d = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date();
        return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    };
    const auto nextMonth = [](qint64 start) {
        return QDateTime::fromSecsSinceEpoch(start, Qt::UTC).addMonths(1).toSecsSinceEpoch();
    };
    // Whole UTC months [firstFull, endFull) from the summaries (0 = open on that side), and raw edges added to or
    // taken away from them. A period in the organisation's calendar starts and ends a few hours off a UTC month
    // (Shanghai's months begin at 16:00 UTC): reading the month whole and taking those hours away reads a few
    // hours of visits instead of nearly a month of them.
    struct Edge {
        qint64 a, b;
        bool subtract;
    };
    qint64 firstFull = 0, endFull = 0;
    QList<Edge> edges;
    if (filter.from != 0) {
        const qint64 down = monthStart(filter.from);
        const qint64 up = down == filter.from ? down : nextMonth(down);
        if (down == filter.from) {
            firstFull = down;
        } else if (filter.from - down < up - filter.from) {
            firstFull = down;
            edges.append({down, filter.from, true});
        } else {
            firstFull = up;
            edges.append({filter.from, up, false});
        }
    }
    if (filter.to != 0) {
        const qint64 down = monthStart(filter.to);
        const qint64 up = down == filter.to ? down : nextMonth(down);
        if (down == filter.to) {
            endFull = down;
        } else if (up - filter.to < filter.to - down) {
            endFull = up;
            edges.append({filter.to, up, true});
        } else {
            endFull = down;
            edges.append({down, filter.to, false});
        }
    }
    const bool anyFull = firstFull == 0 || endFull == 0 || firstFull < endFull;
    if (!anyFull) {
        edges = {{filter.from, filter.to, false}};
    }

    QString sql = u"(SELECT "_s;
    if (anyFull) {
        // By type: the (rep_id, behaviour_type_id, month, visits) index, so grouping by rep and type needs no sort.
        const QString table = byType ? u"analytics_visit_type_month m INDEXED BY analytics_visit_type_month_rep"_s
                                     : u"analytics_visit_month m"_s;
        sql += byType ? u"m.rep_id AS rep, m.behaviour_type_id AS type, m.visits AS n, 0 AS m5, 0 AS os"_s
                      : u"m.rep_id AS rep, NULL AS type, m.visits AS n, m.minutes5 AS m5, m.onsite AS os"_s;
        sql += u" FROM "_s + table + u" WHERE "_s + filter.repCondition(u"m.rep_id"_s, binds);
        if (firstFull != 0) {
            sql += u" AND m.month >= ?"_s;
            binds << firstFull;
        }
        if (endFull != 0) {
            sql += u" AND m.month < ?"_s;
            binds << endFull;
        }
    } else {
        sql += u"'' AS rep, NULL AS type, 0 AS n, 0 AS m5, 0 AS os WHERE 0"_s;
    }
    for (const Edge& e : std::as_const(edges)) {
        // Every reader sums n, m5 and os per rep: rows taken away count negatively.
        const QString sign = e.subtract ? u"-"_s : QString();
        sql += u" UNION ALL SELECT COALESCE(v.rep_id, ''), "_s + (byType ? u"v.behaviour_type_id"_s : u"NULL"_s) +
               u", "_s + sign + u"1, "_s + sign +
               u"(CASE WHEN v.duration_min >= 5 THEN v.duration_min ELSE 0 END), "_s + sign +
               u"(v.channel = 'onsite') FROM visits v WHERE v.deleted = 0 AND "_s +
               filter.repCondition(u"v.rep_id"_s, binds);
        if (byType)
            sql += u" AND v.behaviour_type_id IS NOT NULL"_s;
        if (e.a != 0) {
            sql += u" AND v.visited_at >= ?"_s;
            binds << e.a;
        }
        if (e.b != 0) {
            sql += u" AND v.visited_at < ?"_s;
            binds << e.b;
        }
    }
    return sql + u")"_s;
}

} // namespace Stride
