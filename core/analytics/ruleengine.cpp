#include "ruleengine.h"

#include "orgcalendar.h"

#include "sqlstatement.h"
#include "stats.h"
#include "storage/entitystore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const QStringList& customerFields() {
    static const QStringList f{u"name"_s,
                               u"industry"_s,
                               u"size_band"_s,
                               u"region"_s,
                               u"tier"_s,
                               u"budget_band"_s,
                               u"decision_chain"_s,
                               u"demand_stage"_s,
                               u"tags"_s,
                               u"satisfaction"_s,
                               u"trial_participation"_s,
                               u"owner_id"_s,
                               u"annual_purchases"_s,
                               u"orders_12m"_s};
    return f;
}

bool isNumber(const QVariant& v) {
    bool ok = false;
    v.toString().toDouble(&ok);
    return ok && !v.isNull();
}

Result<bool> test(const QJsonObject& cond, const QVariantMap& attrs) {
    const QString field = cond.value(u"field"_s).toString();
    const QString op = cond.value(u"op"_s).toString();
    if (!attrs.contains(field))
        return fail(u"unknown customer attribute '%1'"_s.arg(field));
    const QVariant a = attrs.value(field);
    const QJsonValue v = cond.value(u"value"_s);
    const QString as = a.toString();
    if (op == u"empty"_s)
        return as.trimmed().isEmpty();
    if (op == u"not_empty"_s)
        return !as.trimmed().isEmpty();
    if (op == u"eq"_s || op == u"ne"_s) {
        const bool eq = v.isDouble() ? isNumber(a) && a.toDouble() == v.toDouble()
                                     : as.compare(v.toVariant().toString(), Qt::CaseInsensitive) == 0;
        return op == u"eq"_s ? eq : !eq;
    }
    if (op == u"contains"_s)
        return as.contains(v.toString(), Qt::CaseInsensitive);
    if (op == u"in"_s) {
        if (!v.isArray())
            return fail(u"'in' needs an array value (field %1)"_s.arg(field));
        for (const QJsonValue& e : v.toArray())
            if (as.compare(e.toVariant().toString(), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    if (op == u"gt"_s || op == u"gte"_s || op == u"lt"_s || op == u"lte"_s) {
        if (!v.isDouble())
            return fail(u"'%1' needs a number value (field %2)"_s.arg(op, field));
        if (!isNumber(a))
            return false; // a missing number satisfies no comparison
        const double x = a.toDouble(), y = v.toDouble();
        return op == u"gt"_s ? x > y : op == u"gte"_s ? x >= y : op == u"lt"_s ? x < y : x <= y;
    }
    return fail(u"unknown operator '%1'"_s.arg(op));
}

// A monthly rule's period is the month in the organisation's calendar.
QString periodLabel(const QJsonObject& action, qint64 now, const OrgCalendar& calendar) {
    const int every = action.value(u"every_days"_s).toInt(0);
    if (every <= 0)
        return {};
    if (every == 30)
        return calendar.monthText(now);
    return u"p%1"_s.arg(now / (qint64(every) * Stats::day));
}

} // namespace

QStringList RuleEngine::knownFields() {
    return customerFields() + QStringList{u"stage"_s, u"days_in_stage"_s, u"competitor_notes"_s};
}

QStringList RuleEngine::knownOperators() {
    return {u"eq"_s, u"ne"_s, u"gt"_s, u"gte"_s, u"lt"_s, u"lte"_s, u"in"_s, u"contains"_s, u"empty"_s, u"not_empty"_s};
}

QStringList RuleEngine::actionTypes() {
    return {u"create_tasks"_s, u"visit_due"_s, u"escalate"_s};
}

namespace {

Status validateCondition(const QJsonObject& condition, int depth) {
    if (depth > 8)
        return fail(u"the condition is nested too deeply"_s);
    const bool all = condition.contains(u"all"_s);
    if (!all && !condition.contains(u"any"_s))
        return fail(u"a condition needs \"all\" or \"any\""_s);
    const QJsonValue listValue = condition.value(all ? u"all"_s : u"any"_s);
    if (!listValue.isArray() || listValue.toArray().isEmpty())
        return fail(u"a condition needs at least one test"_s);
    for (const QJsonValue& c : listValue.toArray()) {
        if (!c.isObject())
            return fail(u"every test of a condition must be an object"_s);
        const QJsonObject test = c.toObject();
        if (!test.contains(u"field"_s)) {
            if (Status s = validateCondition(test, depth + 1); !s)
                return s;
            continue;
        }
        const QString field = test.value(u"field"_s).toString();
        if (!RuleEngine::knownFields().contains(field))
            return fail(u"unknown field '%1' in the condition (known: %2)"_s.arg(
                field, RuleEngine::knownFields().join(u", "_s)));
        const QString op = test.value(u"op"_s).toString();
        if (!RuleEngine::knownOperators().contains(op))
            return fail(u"unknown operator '%1' for field %2"_s.arg(op, field));
        const QJsonValue v = test.value(u"value"_s);
        if (op == u"in"_s && !v.isArray())
            return fail(u"'in' needs an array value (field %1)"_s.arg(field));
        if ((op == u"gt"_s || op == u"gte"_s || op == u"lt"_s || op == u"lte"_s) && !v.isDouble())
            return fail(u"'%1' needs a number value (field %2)"_s.arg(op, field));
    }
    return {};
}

QJsonObject objectOf(const QString& json, const QString& what, QString& error) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (!doc.isObject())
        error = u"%1 is not a JSON object"_s.arg(what);
    return doc.object();
}

} // namespace

Status RuleEngine::validate(const QString& conditionJson, const QString& actionJson) {
    QString error;
    const QJsonObject condition = objectOf(conditionJson, u"condition_json"_s, error);
    const QJsonObject action = objectOf(actionJson, u"action_json"_s, error);
    if (!error.isEmpty())
        return fail(error);
    if (Status s = validateCondition(condition, 0); !s)
        return s;
    const QString type = action.value(u"type"_s).toString();
    if (!actionTypes().contains(type))
        return fail(u"unknown action type '%1' (known: %2)"_s.arg(type, actionTypes().join(u", "_s)));
    if (action.contains(u"every_days"_s) && action.value(u"every_days"_s).toInt(0) <= 0)
        return fail(u"every_days must be a positive number of days"_s);
    if (type == u"create_tasks"_s) {
        const QJsonArray tasks = action.value(u"tasks"_s).toArray();
        if (tasks.isEmpty())
            return fail(u"a create_tasks action needs at least one task"_s);
        for (const QJsonValue& t : tasks) {
            if (t.toObject().value(u"title"_s).toString().trimmed().isEmpty())
                return fail(u"every task of a create_tasks action needs a title"_s);
        }
    }
    if (type == u"visit_due"_s && action.value(u"every_days"_s).toInt(0) <= 0)
        return fail(u"a visit_due action needs every_days"_s);
    return {};
}

Result<bool> RuleEngine::matches(const QJsonObject& condition, const QVariantMap& attributes) {
    const bool all = condition.contains(u"all"_s);
    if (!all && !condition.contains(u"any"_s))
        return fail(u"a condition needs \"all\" or \"any\""_s);
    const QJsonArray list = condition.value(all ? u"all"_s : u"any"_s).toArray();
    if (list.isEmpty())
        return fail(u"a condition needs at least one test"_s);
    for (const QJsonValue& c : list) {
        Result<bool> t =
            c.toObject().contains(u"field"_s) ? test(c.toObject(), attributes) : matches(c.toObject(), attributes);
        if (!t)
            return t;
        if (all && !*t)
            return false;
        if (!all && *t)
            return true;
    }
    return all;
}

Result<RuleEvaluation> RuleEngine::evaluate(const Database& db, const AnalyticsFilter& filter, const Clock& clock) {
    const qint64 now = clock.nowSecs();
    RuleEvaluation ev;
    struct Rule {
        QString id, name;
        QJsonObject condition, action;
    };
    QList<Rule> rules;
    {
        SqlStatement q(db, u"SELECT id, name, condition_json, action_json FROM rules WHERE deleted = 0 AND active = 1 "
                           "ORDER BY name, id"_s);
        while (q.next()) {
            ++ev.rulesEvaluated;
            Rule r{q.text(0), q.text(1), QJsonDocument::fromJson(q.text(2).toUtf8()).object(),
                   QJsonDocument::fromJson(q.text(3).toUtf8()).object()};
            QString why;
            if (r.action.value(u"type"_s).toString() != u"create_tasks"_s)
                why = u"action type '%1' is not create_tasks"_s.arg(r.action.value(u"type"_s).toString());
            else if (r.action.value(u"tasks"_s).toArray().isEmpty())
                why = u"no tasks in action_json"_s;
            else if (Result<bool> t = matches(r.condition,
                                              [] {
                                                  QVariantMap probe;
                                                  for (const QString& f : customerFields())
                                                      probe.insert(f, QVariant());
                                                  return probe;
                                              }());
                     !t)
                why = t.error();
            if (why.isEmpty())
                rules.append(r);
            else
                ev.skipped.append({r.name, why});
        }
        if (!q.status())
            return fail(q.status().error());
    }
    if (rules.isEmpty())
        return ev;

    const OrgCalendar calendar = OrgCalendar::of(db, clock);
    QVariantList binds{now - 365 * Stats::day, now};
    const QString scope = filter.repCondition(u"c.owner_id"_s, binds);
    SqlStatement q(
        db,
        u"SELECT c.id, c.name, c.industry, c.size_band, c.region, c.tier, c.budget_band, c.decision_chain, "
        "c.demand_stage, c.tags, c.satisfaction, c.trial_participation, c.owner_id, COALESCE(s.amount, 0), "
        "COALESCE(s.n, 0) FROM customers c LEFT JOIN (SELECT customer_id, SUM(amount) AS amount, COUNT(*) "
        "AS n FROM orders WHERE deleted = 0 AND ordered_at > ?1 AND ordered_at <= ?2 GROUP BY customer_id) s "
        "ON s.customer_id = c.id WHERE c.deleted = 0 AND "_s +
            scope + u" ORDER BY c.id"_s,
        binds);
    const QStringList& fields = customerFields();
    while (q.next()) {
        QVariantMap attrs;
        for (int i = 0; i < 12; ++i)
            attrs.insert(fields.at(i), q.isNull(i + 1) ? QVariant() : QVariant(q.text(i + 1)));
        attrs.insert(u"annual_purchases"_s, q.real(13));
        attrs.insert(u"orders_12m"_s, q.integer(14));
        for (const Rule& r : rules) {
            Result<bool> t = matches(r.condition, attrs);
            if (!t || !*t)
                continue;
            RuleMatch m{r.id, r.name, q.text(0), q.text(1), q.text(12), {}};
            const QString period = periodLabel(r.action, now, calendar);
            const QJsonArray tasks = r.action.value(u"tasks"_s).toArray();
            for (int i = 0; i < tasks.size(); ++i) {
                const QJsonObject t0 = tasks.at(i).toObject();
                const QString track = t0.value(u"track"_s).toString();
                QString key = u"rule:%1:%2:%3"_s.arg(r.id, m.customerId, track.isEmpty() ? u"#%1"_s.arg(i) : track);
                if (!period.isEmpty())
                    key += u':' + period;
                m.tasks.append({t0.value(u"title"_s).toString(), key,
                                now + qint64(t0.value(u"due_days"_s).toInt(7)) * Stats::day});
            }
            ev.matches.append(m);
        }
    }
    if (!q.status())
        return fail(q.status().error());
    std::stable_sort(ev.matches.begin(), ev.matches.end(),
                     [](const RuleMatch& a, const RuleMatch& b) { return a.ruleName < b.ruleName; });
    return ev;
}

Result<int> RuleEngine::apply(EntityStore& store, const RuleEvaluation& evaluation) {
    QSet<QString> existing;
    {
        SqlStatement q(store.database(), u"SELECT source_key FROM tasks WHERE source_key LIKE 'rule:%'"_s);
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
                           EntityStore::newId(),
                           {{u"owner_id"_s, m.ownerId},
                            {u"customer_id"_s, m.customerId},
                            {u"title"_s, t.title},
                            {u"due_at"_s, t.dueAt},
                            {u"source"_s, u"rule"_s},
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

RuleEngine::Example RuleEngine::dualTrackExample() {
    return {
        u"Manufacturing customers above ¥500k annual purchases: dual-track follow-up"_s,
        uR"({"all":[{"field":"industry","op":"eq","value":"manufacturing"},{"field":"annual_purchases","op":"gt","value":500000}]})"_s,
        uR"({"type":"create_tasks","every_days":30,"tasks":[{"title":"技术对接人跟进","track":"technical"},{"title":"采购负责人跟进","track":"purchasing"}]})"_s};
}

} // namespace Stride
