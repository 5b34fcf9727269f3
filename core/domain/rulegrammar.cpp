#include "rulegrammar.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

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

QJsonObject objectOf(const QString& json, const QString& what, QString& error) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (!doc.isObject())
        error = u"%1 is not a JSON object"_s.arg(what);
    return doc.object();
}

bool isPositiveWhole(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() >= 1 && v.toDouble() == std::floor(v.toDouble());
}

} // namespace

const QStringList& RuleGrammar::customerFields() {
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

Status RuleGrammar::validate(const QString& conditionJson, const QString& actionJson) {
    QString error;
    const QJsonObject condition = objectOf(conditionJson, u"condition_json"_s, error);
    const QJsonObject action = objectOf(actionJson, u"action_json"_s, error);
    if (!error.isEmpty())
        return fail(error);
    if (Status s = validateCondition(condition); !s)
        return s;
    return validateAction(action);
}

Result<bool> RuleGrammar::matches(const QJsonObject& condition, const QVariantMap& attributes) {
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

const QList<RuleField>& RuleGrammar::knownFields() {
    static const QList<RuleField> all = [] {
        QList<RuleField> out;
        static const QStringList numbers{u"satisfaction"_s, u"trial_participation"_s, u"annual_purchases"_s,
                                         u"orders_12m"_s};
        for (const QString& f : customerFields())
            out.append({f, RuleField::Subject::Customer,
                        numbers.contains(f) ? RuleField::Kind::Number : RuleField::Kind::Text});
        out.append({u"stage"_s, RuleField::Subject::Opportunity, RuleField::Kind::Text});
        out.append({u"days_in_stage"_s, RuleField::Subject::Opportunity, RuleField::Kind::Number});
        out.append({u"competitor_notes"_s, RuleField::Subject::Visit, RuleField::Kind::Text});
        return out;
    }();
    return all;
}

std::optional<RuleField> RuleGrammar::field(const QString& code) {
    for (const RuleField& f : knownFields())
        if (f.code == code)
            return f;
    return std::nullopt;
}

QStringList RuleGrammar::operators(const QString& code) {
    const std::optional<RuleField> f = field(code);
    if (!f)
        return {};
    if (f->kind == RuleField::Kind::Number)
        return {u"eq"_s, u"ne"_s, u"gt"_s, u"gte"_s, u"lt"_s, u"lte"_s, u"empty"_s, u"not_empty"_s};
    return {u"eq"_s, u"ne"_s, u"in"_s, u"contains"_s, u"empty"_s, u"not_empty"_s};
}

QStringList RuleGrammar::actionTypes() {
    return {u"create_tasks"_s, u"visit_due"_s, u"escalate"_s};
}

Status RuleGrammar::validateTest(const QJsonObject& cond) {
    const QString code = cond.value(u"field"_s).toString();
    const std::optional<RuleField> f = RuleGrammar::field(code);
    if (!f)
        return fail(u"unknown condition field '%1'"_s.arg(code));
    const QString op = cond.value(u"op"_s).toString();
    if (!RuleGrammar::operators(code).contains(op))
        return fail(u"operator '%1' does not apply to field '%2'"_s.arg(op, code));
    const QJsonValue v = cond.value(u"value"_s);
    if (op == u"empty"_s || op == u"not_empty"_s)
        return {};
    if (op == u"in"_s) {
        const QJsonArray list = v.toArray();
        if (!v.isArray() || list.isEmpty())
            return fail(u"field '%1': 'in' needs a list of at least one value"_s.arg(code));
        for (const QJsonValue& e : list)
            if ((!e.isString() || e.toString().trimmed().isEmpty()) && !e.isDouble())
                return fail(u"field '%1': every value of the 'in' list must be filled in"_s.arg(code));
        return {};
    }
    if (f->kind == RuleField::Kind::Number) {
        if (!v.isDouble())
            return fail(u"field '%1' needs a number value"_s.arg(code));
        return {};
    }
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(u"field '%1' needs a value"_s.arg(code));
    return {};
}

void RuleGrammar::namedFields(const QJsonObject& condition, QSet<QString>& out) {
    for (const QString& key : {u"all"_s, u"any"_s}) {
        for (const QJsonValue& c : condition.value(key).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.contains(u"field"_s))
                out.insert(o.value(u"field"_s).toString());
            else
                namedFields(o, out);
        }
    }
}

Status RuleGrammar::validateCondition(const QJsonObject& condition) {
    const bool all = condition.contains(u"all"_s), any = condition.contains(u"any"_s);
    if (all == any)
        return fail(u"a condition needs either \"all\" or \"any\""_s);
    const QJsonValue list = condition.value(all ? u"all"_s : u"any"_s);
    if (!list.isArray() || list.toArray().isEmpty())
        return fail(u"a rule needs at least one condition"_s);
    for (const QJsonValue& c : list.toArray()) {
        if (!c.isObject())
            return fail(u"a condition must be an object"_s);
        const QJsonObject o = c.toObject();
        if (Status s = o.contains(u"field"_s) ? validateTest(o) : validateCondition(o); !s)
            return s;
    }
    return {};
}

Status RuleGrammar::validateAction(const QJsonObject& action) {
    const QString type = action.value(u"type"_s).toString();
    if (type == u"create_tasks"_s) {
        if (action.contains(u"every_days"_s) && !isPositiveWhole(action.value(u"every_days"_s)))
            return fail(u"the repeat interval must be a whole number of days, at least 1"_s);
        const QJsonArray tasks = action.value(u"tasks"_s).toArray();
        if (tasks.isEmpty())
            return fail(u"a create-tasks action needs at least one task"_s);
        for (const QJsonValue& t : tasks) {
            const QJsonObject o = t.toObject();
            if (o.value(u"title"_s).toString().trimmed().isEmpty())
                return fail(u"every task needs a title"_s);
            if (o.contains(u"due_days"_s) && !isPositiveWhole(o.value(u"due_days"_s)))
                return fail(u"task '%1': the due days must be a whole number, at least 1"_s.arg(
                    o.value(u"title"_s).toString()));
            if (o.contains(u"track"_s) && !o.value(u"track"_s).isString())
                return fail(u"task '%1': the track must be text"_s.arg(o.value(u"title"_s).toString()));
        }
        return {};
    }
    if (type == u"visit_due"_s) {
        if (!isPositiveWhole(action.value(u"every_days"_s)))
            return fail(u"a visit cadence needs a whole number of days, at least 1"_s);
        return {};
    }
    if (type == u"escalate"_s) {
        if (action.value(u"to"_s).toString() != u"supervisor"_s)
            return fail(u"an escalation goes to \"supervisor\""_s);
        return {};
    }
    return fail(u"unknown action type '%1'"_s.arg(type));
}

} // namespace Stride
