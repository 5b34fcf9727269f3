#include "ruleengine.h"

#include "storage/orgcalendar.h"

#include "stats.h"
#include "storage/customertier.h"
#include "storage/entitystore.h"
#include "storage/sqlstatement.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// A monthly rule's period is the month in the organisation's calendar.
QString periodLabel(const QJsonObject& action, qint64 now, const OrgCalendar& calendar) {
    const int every = action.value(u"every_days"_s).toInt(0);
    if (every <= 0)
        return {};
    if (every == 30)
        return calendar.monthText(now);
    return u"p%1"_s.arg(now / (qint64(every) * Stats::day));
}

// The visit a customer's cadence asks for next: due `everyDays` after `since`, made as a task three days before it
// falls due (soon enough to plan, late enough that a weekly cadence does not leave a task open all week); keyed by the
// customer and the due day, so one visit-due task per cycle whatever laptop makes it.
std::optional<RuleTask> visitDueTask(const QString& customerId, qint64 since, int everyDays, const QString& title,
                                     qint64 now, const OrgCalendar& calendar) {
    const qint64 due = since + qint64(everyDays) * Stats::day;
    if (due > now + 3 * Stats::day)
        return std::nullopt;
    return RuleTask{title, u"tier:%1:%2"_s.arg(customerId, calendar.dayText(due)), due, u"tier"_s};
}

// Task titles follow the organisation's language (its policy), not the laptop's.
bool organisationSpeaksChinese(const Database& db) {
    SqlStatement q(db, u"SELECT value FROM org_policy WHERE id = 'org.language' AND deleted = 0"_s);
    if (!q.next())
        return true;
    return QJsonDocument::fromJson("[" + q.text(0).toUtf8() + "]").array().at(0).toString() != u"en"_s;
}

} // namespace

namespace {

struct ActiveRule {
    QString id, name;
    QJsonObject condition, action;
    QString nameZh;
};

// What a rule's customer-specific steps need to know of the evaluation.
struct RuleContext {
    qint64 now = 0;
    OrgCalendar calendar;
    bool chinese = true; // task titles in the organisation's language
};

// Empty when the rule can run; else why it is skipped.
QString whyRuleIsSkipped(const ActiveRule& r) {
    const QString type = r.action.value(u"type"_s).toString();
    if (type == u"visit_due"_s)
        return r.action.value(u"every_days"_s).toInt(0) <= 0 ? u"a visit cadence needs every_days"_s : QString();
    if (type != u"create_tasks"_s)
        return u"action type '%1' is not create_tasks"_s.arg(r.action.value(u"type"_s).toString());
    if (r.action.value(u"tasks"_s).toArray().isEmpty())
        return u"no tasks in action_json"_s;
    QVariantMap probe;
    for (const QString& f : RuleGrammar::customerFields())
        probe.insert(f, QVariant());
    if (Result<bool> t = RuleGrammar::matches(r.condition, probe); !t)
        return t.error();
    return {};
}

// The active rules in name order; those that cannot run go to `ev.skipped` with the reason.
Status loadRules(const Database& db, RuleEvaluation& ev, QList<ActiveRule>& rules) {
    SqlStatement q(db, u"SELECT id, name, condition_json, action_json, name_zh FROM rules WHERE deleted = 0 AND "
                       "active = 1 "
                       "ORDER BY name, id"_s);
    while (q.next()) {
        ++ev.rulesEvaluated;
        ActiveRule r{q.text(0), q.text(1), QJsonDocument::fromJson(q.text(2).toUtf8()).object(),
                     QJsonDocument::fromJson(q.text(3).toUtf8()).object(), q.text(4)};
        if (const QString why = whyRuleIsSkipped(r); why.isEmpty())
            rules.append(r);
        else
            ev.skipped.append({r.name, why});
    }
    return q.status();
}

// The tier a rule sees is the customer's effective one: an admin's pin (customers.tier) or else its value score's
// tier; the cadence counts from the latest visit (or, never visited, from the customer's creation). Columns 1-12
// are RuleGrammar::customerFields(), then purchases and orders over the last year, the owner, the last visit and
// creation.
QString customersSql(const QString& scope) {
    return u"SELECT c.id, c.name, c.industry, c.size_band, c.region, %1, "
           "c.budget_band, c.decision_chain, c.demand_stage, c.tags, c.satisfaction, c.trial_participation, "
           "c.owner_id, COALESCE(s.amount, 0), COALESCE(s.n, 0), (SELECT MAX(v.visited_at) FROM visits v WHERE "
           "v.customer_id = c.id AND v.deleted = 0), c.created_at FROM customers c LEFT JOIN (SELECT customer_id, "
           "SUM(amount) AS amount, COUNT(*) AS n FROM orders WHERE deleted = 0 AND ordered_at > ?1 AND ordered_at <= "
           "?2 GROUP BY customer_id) s ON s.customer_id = c.id LEFT JOIN customer_scores cs ON cs.customer_id = c.id "
           "WHERE c.deleted = 0 AND "_s.arg(CustomerTier::sql(u"c"_s, u"cs"_s)) +
           scope + u" ORDER BY c.id"_s;
}

QVariantMap customerAttributes(const SqlStatement& q) {
    QVariantMap attrs;
    const QStringList& fields = RuleGrammar::customerFields();
    for (int i = 0; i < 12; ++i)
        attrs.insert(fields.at(i), q.isNull(i + 1) ? QVariant() : QVariant(q.text(i + 1)));
    attrs.insert(u"annual_purchases"_s, q.real(13));
    attrs.insert(u"orders_12m"_s, q.integer(14));
    return attrs;
}

// create_tasks: one task per entry of the action, keyed by rule, customer, track and period so that a rerun finds
// the tasks it made.
void addCreatedTasks(const ActiveRule& r, const RuleContext& ctx, RuleMatch& m) {
    const QString period = periodLabel(r.action, ctx.now, ctx.calendar);
    const QJsonArray tasks = r.action.value(u"tasks"_s).toArray();
    for (int i = 0; i < tasks.size(); ++i) {
        const QJsonObject t0 = tasks.at(i).toObject();
        const QString track = t0.value(u"track"_s).toString();
        QString key = u"rule:%1:%2:%3"_s.arg(r.id, m.customerId, track.isEmpty() ? u"#%1"_s.arg(i) : track);
        if (!period.isEmpty())
            key += u':' + period;
        m.tasks.append(
            {t0.value(u"title"_s).toString(), key, ctx.now + qint64(t0.value(u"due_days"_s).toInt(7)) * Stats::day});
    }
}

// The rules' matches of the customer at `q`'s row, appended to `ev`.
void matchCustomer(const QList<ActiveRule>& rules, const SqlStatement& q, const RuleContext& ctx, RuleEvaluation& ev) {
    const QVariantMap attrs = customerAttributes(q);
    for (const ActiveRule& r : rules) {
        Result<bool> t = RuleGrammar::matches(r.condition, attrs);
        if (!t || !*t)
            continue;
        RuleMatch m{r.id, r.name, q.text(0), q.text(1), q.text(12), {}};
        if (r.action.value(u"type"_s).toString() != u"visit_due"_s) {
            addCreatedTasks(r, ctx, m);
            ev.matches.append(m);
            continue;
        }
        const qint64 since = !q.isNull(15) ? q.integer(15) : !q.isNull(16) ? q.integer(16) : ctx.now;
        const std::optional<RuleTask> task =
            visitDueTask(m.customerId, since, r.action.value(u"every_days"_s).toInt(),
                         ctx.chinese && !r.nameZh.isEmpty() ? r.nameZh : r.name, ctx.now, ctx.calendar);
        if (task) {
            m.tasks.append(*task);
            ev.matches.append(m);
        }
    }
}

} // namespace

Result<RuleEvaluation> RuleEngine::evaluate(const Database& db, const AnalyticsFilter& filter, const Clock& clock) {
    const qint64 now = clock.nowSecs();
    RuleEvaluation ev;
    QList<ActiveRule> rules;
    if (Status s = loadRules(db, ev, rules); !s)
        return fail(s.error());
    if (rules.isEmpty())
        return ev;

    const RuleContext ctx{now, OrgCalendar::of(db, clock), organisationSpeaksChinese(db)};
    QVariantList binds{now - 365 * Stats::day, now};
    const QString scope = filter.repCondition(u"c.owner_id"_s, binds);
    SqlStatement q(db, customersSql(scope), binds);
    while (q.next())
        matchCustomer(rules, q, ctx, ev);
    if (!q.status())
        return fail(q.status().error());
    std::stable_sort(ev.matches.begin(), ev.matches.end(),
                     [](const RuleMatch& a, const RuleMatch& b) { return a.ruleName < b.ruleName; });
    return ev;
}

Result<int> RuleEngine::apply(EntityStore& store, const RuleEvaluation& evaluation) {
    QSet<QString> existing;
    {
        SqlStatement q(store.database(),
                       u"SELECT source_key FROM tasks WHERE source_key LIKE 'rule:%' OR source_key LIKE 'tier:%'"_s);
        while (q.next())
            existing.insert(q.text(0));
        if (!q.status())
            return fail(q.status().error());
    }
    QList<EntityWrite> writes;
    for (const RuleMatch& m : evaluation.matches) {
        for (const RuleTask& t : m.tasks) {
            if (existing.contains(t.sourceKey) || m.ownerId.isEmpty())
                continue;
            existing.insert(t.sourceKey);
            writes.append({u"tasks"_s,
                           EntityStore::idFor(t.sourceKey),
                           {{u"owner_id"_s, m.ownerId},
                            {u"customer_id"_s, m.customerId},
                            {u"title"_s, t.title},
                            {u"due_at"_s, t.dueAt},
                            {u"source"_s, t.source},
                            {u"source_key"_s, t.sourceKey}},
                           false});
        }
    }
    if (writes.isEmpty())
        return 0;
    if (Status s = store.apply(writes); !s)
        return fail(s.error());
    return int(writes.size());
}

Result<RulePreview> RuleEngine::preview(const Database& db, const QJsonObject& condition, const Clock& clock,
                                        int limit) {
    if (Status s = RuleGrammar::validateCondition(condition); !s)
        return fail(s.error());
    const qint64 now = clock.nowSecs();
    QSet<QString> named;
    RuleGrammar::namedFields(condition, named);
    const bool needOpportunity = named.contains(u"stage"_s) || named.contains(u"days_in_stage"_s);
    const bool needVisit = named.contains(u"competitor_notes"_s);
    QHash<QString, QList<QPair<QString, qint64>>> open; // customer → (stage, entered at)
    if (needOpportunity) {
        SqlStatement q(db, u"SELECT customer_id, stage, COALESCE(stage_entered_at, created_at, 0) FROM opportunities "
                           "WHERE deleted = 0 AND stage NOT IN ('won', 'lost')"_s);
        while (q.next())
            open[q.text(0)].append({q.text(1), q.integer(2)});
        if (!q.status())
            return fail(q.status().error());
    }
    const QString visitColumn = needVisit ? u"(SELECT v.competitor_notes FROM visits v WHERE v.customer_id = c.id AND "
                                            "v.deleted = 0 ORDER BY v.visited_at DESC LIMIT 1)"_s
                                          : u"NULL"_s;
    SqlStatement q(
        db,
        u"SELECT c.id, c.name, c.industry, c.size_band, c.region, %1, c.budget_band, c.decision_chain, "
        "c.demand_stage, c.tags, c.satisfaction, c.trial_participation, c.owner_id, COALESCE(s.amount, 0), "
        "COALESCE(s.n, 0), "_s.arg(CustomerTier::sql(u"c"_s, u"cs"_s)) +
            visitColumn +
            u" FROM customers c LEFT JOIN (SELECT customer_id, SUM(amount) AS amount, COUNT(*) AS n FROM orders "
            "WHERE deleted = 0 AND ordered_at > ?1 AND ordered_at <= ?2 GROUP BY customer_id) s ON s.customer_id = "
            "c.id LEFT JOIN customer_scores cs ON cs.customer_id = c.id WHERE c.deleted = 0 ORDER BY c.name, c.id"_s,
        {now - 365 * Stats::day, now});
    const QStringList& fields = RuleGrammar::customerFields();
    RulePreview out;
    while (q.next()) {
        QVariantMap attrs;
        for (int i = 0; i < 12; ++i)
            attrs.insert(fields.at(i), q.isNull(i + 1) ? QVariant() : QVariant(q.text(i + 1)));
        attrs.insert(u"annual_purchases"_s, q.real(13));
        attrs.insert(u"orders_12m"_s, q.integer(14));
        attrs.insert(u"competitor_notes"_s, q.isNull(15) ? QVariant() : QVariant(q.text(15)));
        attrs.insert(u"stage"_s, QVariant());
        attrs.insert(u"days_in_stage"_s, QVariant());
        bool hit = false;
        const QList<QPair<QString, qint64>> deals = open.value(q.text(0));
        if (deals.isEmpty()) {
            const Result<bool> t = RuleGrammar::matches(condition, attrs);
            hit = t && *t;
        }
        for (const auto& [stage, enteredAt] : deals) {
            attrs.insert(u"stage"_s, stage);
            attrs.insert(u"days_in_stage"_s, double(now - enteredAt) / double(Stats::day));
            const Result<bool> t = RuleGrammar::matches(condition, attrs);
            if (t && *t) {
                hit = true;
                break;
            }
        }
        if (!hit)
            continue;
        ++out.customers;
        if (out.first.size() < limit)
            out.first.append({{}, {}, q.text(0), q.text(1), q.text(12), {}});
    }
    if (!q.status())
        return fail(q.status().error());
    return out;
}

RuleEngine::Example RuleEngine::dualTrackExample() {
    return {
        u"Manufacturing customers above ¥500k annual purchases: dual-track follow-up"_s,
        uR"({"all":[{"field":"industry","op":"eq","value":"manufacturing"},{"field":"annual_purchases","op":"gt","value":500000}]})"_s,
        uR"({"type":"create_tasks","every_days":30,"tasks":[{"title":"技术对接人跟进","track":"technical"},{"title":"采购负责人跟进","track":"purchasing"}]})"_s};
}

} // namespace Stride
