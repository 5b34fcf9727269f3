#include "checklistrepository.h"

#include "orgcalendar.h"

#include <QDate>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stride {

Status ChecklistRepository::validateCustomers(const QStringList& ids) {
    if (ids.size() != 3)
        return fail(u"a morning checklist needs exactly three customers, not %1"_s.arg(ids.size()));
    for (const QString& id : ids) {
        if (id.isEmpty())
            return fail(u"a morning checklist cannot have an empty customer"_s);
    }
    if (QSet<QString>(ids.cbegin(), ids.cend()).size() != ids.size())
        return fail(u"a morning checklist needs three different customers; one is listed twice"_s);
    return {};
}

QString ChecklistRepository::today() const {
    return OrgCalendar::of(database(), store().clock()).dayText(now());
}

Result<QString> ChecklistRepository::save(const QString& repId, const QString& day, const QStringList& customerIds) {
    if (repId.isEmpty())
        return fail(u"a morning checklist needs a rep"_s);
    if (!QDate::fromString(day, u"yyyy-MM-dd"_s).isValid())
        return fail(u"a morning checklist's day must be YYYY-MM-DD, not '%1'"_s.arg(day));
    if (Status s = validateCustomers(customerIds); !s)
        return fail(s.error());
    Result<std::optional<Checklist>> existing = checklist(repId, day);
    if (!existing)
        return fail(existing.error());
    Checklist row = existing->value_or(Checklist{});
    row.repId = repId;
    row.day = day;
    row.customer1Id = customerIds[0];
    row.customer2Id = customerIds[1];
    row.customer3Id = customerIds[2];
    row.tickedAt = now();
    return applyReturningFirstId({writeFor(row)});
}

Result<std::optional<Checklist>> ChecklistRepository::checklist(const QString& repId, const QString& day) const {
    return selectFirst<Checklist>(u"WHERE rep_id = ? AND day = ? AND deleted = 0 LIMIT 1"_s, {repId, day});
}

Result<QList<Rep>> ChecklistRepository::missingForTeam(const QString& teamId, const QString& day) const {
    QStringList columns;
    for (const QString& c : Rep::columns())
        columns << u"r."_s + c;
    Result<QSqlQuery> q = database().exec(
        u"SELECT %1 FROM reps r WHERE r.team_id = ? AND r.role = 'rep' AND r.active = 1 AND r.deleted = 0 AND NOT "
        "EXISTS (SELECT 1 FROM checklists k WHERE k.rep_id = r.id AND k.day = ? AND k.ticked_at IS NOT NULL AND "
        "k.deleted = 0) ORDER BY r.name"_s.arg(columns.join(u", "_s)),
        {teamId, day});
    if (!q)
        return fail(q.error());
    QList<Rep> reps;
    while (q->next())
        reps << Rep::fromRecord(q->record());
    return reps;
}

} // namespace Stride
