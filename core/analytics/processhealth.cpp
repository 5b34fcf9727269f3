#include "processhealth.h"

#include "standardactionledger.h"
#include "stats.h"
#include "storage/sqlstatement.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Missed instances per action code of one line (code → name, count).
using Missed = QHash<QString, MissingAction>;

void finish(HealthLine& line, const Missed& missed) {
    line.completion = Stats::ratio(double(line.done), double(line.due));
    line.light = ProcessHealth::lightFor(line.completion);
    if (line.light != Light::Red)
        return;
    QList<MissingAction> all;
    for (const MissingAction& m : missed) {
        if (m.missed > 0)
            all.append(m);
    }
    std::sort(all.begin(), all.end(), [](const MissingAction& a, const MissingAction& b) {
        if (a.missed != b.missed)
            return a.missed > b.missed;
        return a.actionName != b.actionName ? a.actionName < b.actionName : a.actionCode < b.actionCode;
    });
    line.topMissing = all.mid(0, 3);
}

} // namespace

Light ProcessHealth::lightFor(std::optional<double> completion) {
    if (!completion)
        return Light::NoData;
    if (*completion > 0.9)
        return Light::Green;
    return *completion >= 0.7 ? Light::Yellow : Light::Red;
}

Result<ProcessHealthResult> ProcessHealth::compute(const Database& db, const AnalyticsFilter& filter,
                                                   const Clock& clock) {
    auto counts = StandardActionLedger::counts(db, filter, clock.nowSecs());
    if (!counts)
        return fail(counts.error());

    ProcessHealthResult r;
    r.org.id = u"org"_s;
    r.org.name = u"Organisation"_s;
    QHash<QString, qsizetype> repIndex, teamIndex;
    {
        QVariantList binds;
        SqlStatement q(db,
                       u"SELECT r.id, r.name, COALESCE(r.team_id, ''), t.name FROM reps r LEFT JOIN teams t ON t.id = "
                       "r.team_id WHERE r.deleted = 0 AND r.active = 1 AND r.role = 'rep' AND "_s +
                           filter.repCondition(u"r.id"_s, binds) + u" ORDER BY r.name, r.id"_s,
                       binds);
        while (q.next()) {
            repIndex.insert(q.text(0), r.reps.size());
            r.reps.append(HealthLine{q.text(0), q.text(1), q.text(2), 0, 0, std::nullopt, Light::NoData, {}});
            if (!q.text(2).isEmpty() && !teamIndex.contains(q.text(2))) {
                teamIndex.insert(q.text(2), r.teams.size());
                r.teams.append(HealthLine{q.text(2), q.text(3), q.text(2), 0, 0, std::nullopt, Light::NoData, {}});
            }
        }
        if (!q.status())
            return fail(q.status().error());
    }
    // Instances of reps outside the line-up (inactive, other role) still count for their team and the org.
    QList<Missed> repMissed(r.reps.size()), teamMissed(r.teams.size());
    Missed orgMissed;
    for (const ActionCount& c : *counts) {
        auto bump = [&c](HealthLine& line, Missed& missed) {
            line.due += c.due;
            line.done += c.done;
            MissingAction& m = missed[c.actionCode];
            m.actionCode = c.actionCode;
            if (m.actionName.isEmpty() || c.actionName < m.actionName)
                m.actionName = c.actionName;
            m.missed += c.due - c.done;
        };
        bump(r.org, orgMissed);
        if (auto it = repIndex.constFind(c.repId); it != repIndex.cend())
            bump(r.reps[*it], repMissed[*it]);
        if (auto it = teamIndex.constFind(c.teamId); it != teamIndex.cend())
            bump(r.teams[*it], teamMissed[*it]);
    }
    for (qsizetype i = 0; i < r.reps.size(); ++i)
        finish(r.reps[i], repMissed.at(i));
    for (qsizetype i = 0; i < r.teams.size(); ++i)
        finish(r.teams[i], teamMissed.at(i));
    finish(r.org, orgMissed);
    std::sort(r.teams.begin(), r.teams.end(), [](const HealthLine& a, const HealthLine& b) {
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    return r;
}

} // namespace Stride
