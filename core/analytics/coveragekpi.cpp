#include "coveragekpi.h"

#include "standardactionledger.h"
#include "stats.h"
#include "storage/orgcalendar.h"
#include "storage/sqlstatement.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

struct RepMonth {
    bool allDone = true;
    QString teamId;
};

// Due and covered reps per month of one series.
struct Tally {
    QList<qint64> due, covered;
    explicit Tally(qsizetype months = 0)
        : due(months, 0)
        , covered(months, 0) {}
};

void fill(CoverageSeries& s, const Tally& t, double target, const QList<qint64>& bounds, qint64 now) {
    for (qsizetype m = 0; m < s.months.size(); ++m) {
        CoverageMonth& cm = s.months[m];
        cm.dueReps = t.due.at(m);
        cm.coveredReps = t.covered.at(m);
        cm.coverage = Stats::ratio(100.0 * double(cm.coveredReps), double(cm.dueReps));
        cm.metTarget = cm.coverage && *cm.coverage >= target;
        cm.belowTarget = cm.coverage && *cm.coverage < target;
        cm.partial = bounds.at(m + 1) > now;
    }
    s.alert = CoverageKpi::declinedTwice(s.months);
}

} // namespace

bool CoverageKpi::declinedTwice(const QList<CoverageMonth>& months) {
    QList<std::optional<double>> complete;
    for (const CoverageMonth& m : months) {
        if (!m.partial)
            complete.append(m.coverage);
    }
    if (complete.size() < 3)
        return false;
    const auto& a = complete.at(complete.size() - 3);
    const auto& b = complete.at(complete.size() - 2);
    const auto& c = complete.at(complete.size() - 1);
    return a && b && c && *a > *b && *b > *c;
}

Result<CoverageResult> CoverageKpi::compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock,
                                            double target) {
    const qint64 now = clock.nowSecs();
    // Months as the organisation counts them (its time zone).
    const OrgCalendar calendar = OrgCalendar::of(db, clock);
    QDate first, last;
    if (filter.from != 0 || filter.to != 0) {
        first = calendar.dateOf(filter.from != 0 ? filter.from : now);
        last = calendar.dateOf(filter.to != 0 ? filter.to - 1 : now);
    } else {
        last = calendar.dateOf(now);
        first = last.addMonths(-5);
    }
    first = QDate(first.year(), first.month(), 1);
    QList<qint64> bounds; // month starts, plus the end of the last month
    QStringList names;
    for (QDate d = first; d <= last; d = d.addMonths(1)) {
        bounds << calendar.monthStart(d);
        names << d.toString(u"yyyy-MM"_s);
    }
    if (names.isEmpty())
        return fail(u"coverage: the period is empty"_s);
    bounds << calendar.nextMonthStart(last);

    AnalyticsFilter f = filter;
    f.from = bounds.first();
    f.to = bounds.last();
    auto counts = StandardActionLedger::monthly(db, f, now, bounds);
    if (!counts)
        return fail(counts.error());

    QList<QHash<QString, RepMonth>> perMonth(names.size());
    for (const ActionCount& c : *counts) {
        const auto m = std::upper_bound(bounds.cbegin(), bounds.cend(), c.monthStart) - bounds.cbegin() - 1;
        if (m < 0 || m >= names.size())
            continue;
        RepMonth& rm = perMonth[m][c.repId];
        rm.allDone = rm.allDone && c.done == c.due;
        rm.teamId = c.teamId;
    }
    // One pass over the (month, rep) cells for the org and every team at once.
    Tally org(names.size());
    QHash<QString, Tally> teams;
    for (qsizetype m = 0; m < perMonth.size(); ++m) {
        for (auto it = perMonth.at(m).cbegin(); it != perMonth.at(m).cend(); ++it) {
            ++org.due[m];
            org.covered[m] += it->allDone;
            if (it->teamId.isEmpty())
                continue;
            auto t = teams.find(it->teamId);
            if (t == teams.end())
                t = teams.insert(it->teamId, Tally(names.size()));
            ++t->due[m];
            t->covered[m] += it->allDone;
        }
    }

    CoverageResult r;
    r.target = target;
    QList<CoverageMonth> empty;
    for (const QString& n : names)
        empty.append(CoverageMonth{n, 0, 0, std::nullopt, false, false, false});
    r.org = CoverageSeries{u"org"_s, u"Organisation"_s, empty, false};
    fill(r.org, org, target, bounds, now);
    QHash<QString, QString> teamNames;
    {
        SqlStatement q(db, u"SELECT id, name FROM teams"_s);
        while (q.next())
            teamNames.insert(q.text(0), q.text(1));
        if (!q.status())
            return fail(q.status().error());
    }
    for (auto it = teams.cbegin(); it != teams.cend(); ++it) {
        CoverageSeries s{it.key(), teamNames.value(it.key(), it.key()), empty, false};
        fill(s, it.value(), target, bounds, now);
        r.teams.append(s);
    }
    std::sort(r.teams.begin(), r.teams.end(), [](const CoverageSeries& a, const CoverageSeries& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return r;
}

} // namespace Stride
