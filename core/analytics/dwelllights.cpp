#include "dwelllights.h"

#include "stats.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"
#include "storage/sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

QMap<QString, DwellThreshold> DwellLights::defaults() {
    return OrgPolicy::defaults().dwell;
}

// The organisation's policy (dwell.thresholds, synced); the replica-local setting that once held them is no longer
// read, so custom values an old replica kept there are ignored.
Result<QMap<QString, DwellThreshold>> DwellLights::thresholds(const Database& db) {
    Result<QMap<QString, QJsonValue>> stored = OrgPolicyRepository::storedValues(db);
    if (!stored)
        return fail(stored.error());
    OrgPolicy policy = OrgPolicy::defaults();
    if (const auto it = stored->constFind(OrgPolicy::kDwellThresholds); it != stored->cend()) {
        if (Status s = policy.set(it.key(), it.value()); !s)
            return fail(s.error());
    }
    return policy.dwell;
}

Result<DwellResult> DwellLights::compute(const Database& db, const AnalyticsFilter& filter, const Clock& clock) {
    auto limits = thresholds(db);
    if (!limits)
        return fail(limits.error());
    const qint64 now = clock.nowSecs();
    QVariantList binds;
    // The latest visit at or after the stage entry is the customer's latest visit when that is not earlier:
    // analytics_customer_visit holds it (AnalyticsRollups), one lookup per open deal.
    SqlStatement q(
        db,
        u"SELECT o.id, o.title, o.customer_id, o.owner_id, COALESCE(r.supervisor_id, t.supervisor_id), o.stage, "
        "COALESCE(o.stage_entered_at, o.created_at, 0), (SELECT y.last_at FROM analytics_customer_visit y WHERE "
        "y.customer_id = o.customer_id AND y.last_at >= COALESCE(o.stage_entered_at, o.created_at, 0)) FROM "
        "opportunities o LEFT JOIN reps r ON r.id = o.owner_id LEFT JOIN teams t ON t.id = "
        "r.team_id WHERE o.deleted = 0 AND o.stage NOT IN ('won', 'lost') AND "_s +
            filter.repCondition(u"o.owner_id"_s, binds),
        binds);
    DwellResult r;
    for (const QString& s : Stages::open())
        r.perStage[s] = {0, 0, 0};
    while (q.next()) {
        DwellItem it;
        it.opportunityId = q.text(0);
        it.title = q.text(1);
        it.customerId = q.text(2);
        it.ownerId = q.text(3);
        it.supervisorId = q.text(4);
        it.stage = q.text(5);
        it.stageEnteredAt = q.integer(6);
        it.lastActivityAt = q.isNull(7) ? it.stageEnteredAt : std::max(it.stageEnteredAt, q.integer(7));
        it.lastActivityIsVisit = !q.isNull(7) && q.integer(7) > it.stageEnteredAt;
        it.idleDays = double(now - it.lastActivityAt) / double(Stats::day);
        const DwellThreshold th = limits->value(it.stage, DwellThreshold{7, 14});
        it.threshold = th;
        it.light = it.idleDays > th.redDays ? Light::Red : it.idleDays > th.yellowDays ? Light::Yellow : Light::Green;
        QList<qint64>& counts = r.perStage[it.stage];
        if (counts.size() != 3)
            counts = {0, 0, 0};
        const int slot = it.light == Light::Red ? 2 : it.light == Light::Yellow ? 1 : 0;
        ++counts[slot];
        (slot == 2 ? r.red : slot == 1 ? r.yellow : r.green)++;
        r.items.append(it);
    }
    if (!q.status())
        return fail(q.status().error());
    std::sort(r.items.begin(), r.items.end(), [](const DwellItem& a, const DwellItem& b) {
        return a.idleDays != b.idleDays ? a.idleDays > b.idleDays : a.opportunityId < b.opportunityId;
    });
    return r;
}

QString DwellLights::sourceKey(const DwellItem& item) {
    return u"dwell:%1:%2:%3"_s.arg(item.opportunityId, item.stage).arg(item.stageEnteredAt);
}

Result<int> DwellLights::escalate(EntityStore& store, const DwellResult& result) {
    const qint64 now = store.clock().nowSecs();
    QList<EntityWrite> writes;
    for (const DwellItem& it : result.items) {
        if (it.light != Light::Red || it.supervisorId.isEmpty())
            continue;
        const QString key = sourceKey(it);
        SqlStatement q(store.database(), u"SELECT 1 FROM tasks WHERE source_key = ? LIMIT 1"_s, {key});
        if (q.next())
            continue;
        if (!q.status())
            return fail(q.status().error());
        writes.append({u"tasks"_s,
                       EntityStore::idFor(key),
                       {{u"owner_id"_s, it.supervisorId},
                        {u"customer_id"_s, it.customerId},
                        {u"opportunity_id"_s, it.opportunityId},
                        {u"title"_s,
                         u"Escalation: \"%1\" idle %2 days in %3"_s.arg(it.title).arg(int(it.idleDays)).arg(it.stage)},
                        {u"due_at"_s, now + Stats::day},
                        {u"source"_s, u"escalation"_s},
                        {u"source_key"_s, key}},
                       false});
    }
    if (writes.isEmpty())
        return 0;
    if (Status s = store.apply(writes); !s)
        return fail(s.error());
    return int(writes.size());
}

} // namespace Stride
