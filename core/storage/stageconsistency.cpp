#include "stageconsistency.h"

#include "domain/opportunity.h"
#include "domain/stagehistoryentry.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

bool earlier(const StageHistoryEntry& a, const StageHistoryEntry& b) {
    return a.enteredAt != b.enteredAt ? a.enteredAt < b.enteredAt : a.id < b.id;
}

} // namespace

QString StageConsistency::kindCode(Kind kind) {
    switch (kind) {
    case Kind::ManyOpenStays:
        return u"many_open_stays"_s;
    case Kind::OpenStayInOtherStage:
        return u"open_stay_other_stage"_s;
    case Kind::NoOpenStay:
        return u"no_open_stay"_s;
    case Kind::ClosedWithoutClosedAt:
        return u"closed_without_closed_at"_s;
    case Kind::OpenWithClosedAt:
        return u"open_with_closed_at"_s;
    case Kind::LostReasonNotLost:
        return u"lost_reason_not_lost"_s;
    }
    return {};
}

Result<QList<StageConsistency::Problem>> StageConsistency::find() const {
    // One statement over every live deal: its open stays (count, and how many are in its own stage) beside its own
    // fields. Index-backed per deal (stage_history_opportunity).
    Result<QSqlQuery> q = database().exec(
        u"SELECT o.id, o.stage, o.closed_at IS NOT NULL, COALESCE(o.lost_reason, '') != '', "
        "(SELECT count(*) FROM stage_history h WHERE h.opportunity_id = o.id AND h.deleted = 0 AND h.left_at IS NULL), "
        "(SELECT count(*) FROM stage_history h WHERE h.opportunity_id = o.id AND h.deleted = 0 AND h.left_at IS NULL "
        "AND h.stage = o.stage), "
        "(SELECT group_concat(stage, ', ') FROM (SELECT h.stage FROM stage_history h WHERE h.opportunity_id = o.id AND "
        "h.deleted = 0 AND h.left_at IS NULL ORDER BY h.entered_at, h.id)) "
        "FROM opportunities o WHERE o.deleted = 0 ORDER BY o.id"_s);
    if (!q)
        return fail(q.error());
    QList<Problem> out;
    while (q->next()) {
        const QString id = q->value(0).toString();
        const QString stage = q->value(1).toString();
        const bool hasClosedAt = q->value(2).toBool();
        const bool hasLostReason = q->value(3).toBool();
        const int open = q->value(4).toInt();
        const int openHere = q->value(5).toInt();
        const QString openStages = q->value(6).toString();
        const std::optional<Stage> s = stageFromCode(stage);
        const bool closed = s && isClosedStage(*s);
        if (open > 1)
            out << Problem{id, Kind::ManyOpenStays, u"%1 open stays (%2)"_s.arg(open).arg(openStages)};
        if (open == 0)
            out << Problem{id, Kind::NoOpenStay, u"no open stay, deal in %1"_s.arg(stage)};
        else if (openHere == 0)
            out << Problem{id, Kind::OpenStayInOtherStage, u"open stay in %1, deal in %2"_s.arg(openStages, stage)};
        if (closed && !hasClosedAt)
            out << Problem{id, Kind::ClosedWithoutClosedAt, u"%1 without closed_at"_s.arg(stage)};
        if (!closed && hasClosedAt)
            out << Problem{id, Kind::OpenWithClosedAt, u"%1 with closed_at"_s.arg(stage)};
        if (s != Stage::Lost && hasLostReason)
            out << Problem{id, Kind::LostReasonNotLost, u"%1 with a lost reason"_s.arg(stage)};
    }
    return out;
}

Result<int> StageConsistency::repair() {
    Result<QList<Problem>> problems = find();
    if (!problems)
        return fail(problems.error());
    QStringList ids;
    for (const Problem& p : *problems) {
        if (!ids.contains(p.opportunityId))
            ids << p.opportunityId;
    }
    QList<EntityWrite> writes;
    for (const QString& id : std::as_const(ids)) {
        Result<Opportunity> deal = byId<Opportunity>(id);
        if (!deal)
            return fail(deal.error());
        Opportunity o = *deal;
        const qint64 entered = o.stageEnteredAt.value_or(o.createdAt.value_or(0));
        const bool closed = isClosedStage(o.stage);
        if (closed && !o.closedAt)
            o.closedAt = entered;
        if (!closed)
            o.closedAt.reset();
        if (o.stage != Stage::Lost)
            o.lostReason.clear();
        EntityWrite dealWrite = writeFor(o);
        if (!dealWrite.fields.isEmpty())
            writes << dealWrite;

        Result<QList<StageHistoryEntry>> history =
            selectList<StageHistoryEntry>(u"WHERE opportunity_id = ? AND deleted = 0"_s, {id});
        if (!history)
            return fail(history.error());
        std::sort(history->begin(), history->end(), earlier);
        const StageHistoryEntry* keep = nullptr;
        for (const StageHistoryEntry& h : *history) {
            if (!h.leftAt && h.stage == o.stage)
                keep = &h; // the newest open stay in the deal's stage
        }
        StageHistoryEntry opened;
        if (!keep) {
            opened.id = EntityStore::idFor(u"stage-repair:%1:%2:%3"_s.arg(id, stageCode(o.stage)).arg(entered));
            opened.opportunityId = id;
            opened.stage = o.stage;
            opened.enteredAt = entered;
            opened.byRepId = o.ownerId;
        }
        for (qsizetype i = 0; i < history->size(); ++i) {
            StageHistoryEntry h = history->at(i);
            if (h.leftAt || &history->at(i) == keep)
                continue;
            qint64 left = std::max(h.enteredAt, entered);
            if (i + 1 < history->size())
                left = std::max(h.enteredAt, history->at(i + 1).enteredAt);
            h.leftAt = left;
            writes << writeFor(h);
        }
        if (!keep) {
            // writeOf() of a new row: every non-null field.
            EntityWrite w = writeOf(StageHistoryEntry::entity(), QString(), opened.toFields());
            w.id = opened.id;
            if (!store().load(StageHistoryEntry::entity(), opened.id))
                writes << w;
            else
                writes << writeOf(StageHistoryEntry::entity(), opened.id, QVariantMap{{u"left_at"_s, QVariant()}});
        }
    }
    if (writes.isEmpty())
        return 0;
    if (Status s = store().apply(writes); !s)
        return fail(s.error());
    return int(ids.size());
}

} // namespace Stride
