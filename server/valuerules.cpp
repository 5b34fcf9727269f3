#include "valuerules.h"

#include "domain/rep.h"
#include "domain/stage.h"
#include "domain/visit.h"
#include "storage/schema.h"

#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

struct Rules {
    QHash<QString, QStringList> allowed;  // "entity.field" → values (NULL is allowed unless required)
    QHash<QString, QStringList> required; // entity → fields that are NOT NULL in the local schema
};

QStringList stageCodes() {
    QStringList codes;
    for (Stage s : {Stage::Lead, Stage::Contact, Stage::Needs, Stage::Demo, Stage::Objection, Stage::Won, Stage::Lost})
        codes << stageCode(s);
    return codes;
}

const Rules& rules() {
    static const Rules r{
        {
            {u"reps.role"_s, Rep::roles()},
            {u"visits.channel"_s, Visit::channels()},
            {u"opportunities.stage"_s, stageCodes()},
            {u"stage_history.stage"_s, stageCodes()},
            {u"standard_actions.trigger_stage"_s, stageCodes()},
            {u"insights.status"_s, {u"pending"_s, u"approved"_s, u"rejected"_s}},
            {u"customers.tier"_s, {u"A"_s, u"B"_s, u"C"_s}},
        },
        {
            {u"teams"_s, {u"name"_s}},
            {u"reps"_s, {u"name"_s, u"role"_s}},
            {u"customers"_s, {u"name"_s}},
            {u"contacts"_s, {u"customer_id"_s, u"name"_s}},
            {u"visits"_s, {u"customer_id"_s, u"visited_at"_s, u"channel"_s}},
            {u"opportunities"_s, {u"customer_id"_s, u"title"_s, u"stage"_s}},
            {u"stage_history"_s, {u"opportunity_id"_s, u"stage"_s, u"entered_at"_s}},
            {u"orders"_s, {u"customer_id"_s, u"ordered_at"_s, u"amount"_s}},
            {u"service_tickets"_s, {u"customer_id"_s, u"opened_at"_s}},
            {u"tasks"_s, {u"owner_id"_s, u"title"_s, u"source"_s}},
            {u"checklists"_s, {u"rep_id"_s, u"day"_s}},
            {u"rules"_s, {u"name"_s, u"condition_json"_s, u"action_json"_s}},
            {u"behaviour_types"_s, {u"code"_s, u"name"_s}},
            {u"standard_actions"_s, {u"name"_s, u"action_code"_s, u"deadline_hours"_s}},
            {u"insights"_s, {u"text"_s}},
            {u"forecast_signals"_s, {u"opportunity_id"_s, u"kind"_s, u"noted_at"_s}},
            {u"payment_milestones"_s, {u"opportunity_id"_s, u"due_at"_s, u"amount"_s}},
            {u"org_policy"_s, {u"key"_s, u"value"_s}},
        },
    };
    return r;
}

bool isNull(const QVariant& v) {
    return !v.isValid() || v.isNull();
}

} // namespace

Status ValueRules::check(const EntityDef& def, const QVariantMap& fields, bool creating) {
    const Rules& r = rules();
    const QStringList required = r.required.value(def.name);
    for (const QString& field : required) {
        const auto it = fields.constFind(field);
        if (it == fields.cend() ? creating : isNull(*it))
            return fail(u"%1.%2 is required"_s.arg(def.name, field));
        if (def.field(field)->type == FieldType::Text && it != fields.cend() && it->toString().isEmpty())
            return fail(u"%1.%2 must not be empty"_s.arg(def.name, field));
    }
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (isNull(it.value()))
            continue;
        const auto allowed = r.allowed.constFind(def.name + u'.' + it.key());
        if (allowed != r.allowed.cend() && !allowed->contains(it.value().toString()))
            return fail(u"%1.%2 must be one of %3, not '%4'"_s.arg(def.name, it.key(), allowed->join(u", "_s),
                                                                   it.value().toString()));
    }
    if (def.name == u"checklists"_s && fields.contains(u"day"_s) &&
        (fields.value(u"day"_s).toString().size() != 10 ||
         !QDate::fromString(fields.value(u"day"_s).toString(), Qt::ISODate).isValid()))
        return fail(u"checklists.day must be a date YYYY-MM-DD, not '%1'"_s.arg(fields.value(u"day"_s).toString()));
    return {};
}

} // namespace Stride::Server
