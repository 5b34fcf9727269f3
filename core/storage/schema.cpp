#include "schema.h"

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

FieldDef text(const char16_t* name) {
    return {QString::fromUtf16(name), FieldType::Text};
}
FieldDef integer(const char16_t* name) {
    return {QString::fromUtf16(name), FieldType::Integer};
}
FieldDef real(const char16_t* name) {
    return {QString::fromUtf16(name), FieldType::Real};
}
FieldDef since(int protocol, FieldDef f) {
    f.sinceProtocol = protocol;
    return f;
}

// The registry in two tables, in the order the entities are synced and created: the organisation and its sales
// records, then the daily routine and the method's own rows.
QList<EntityDef> recordEntities() {
    using S = Scope;
    return {
        {u"teams"_s, {text(u"name"), text(u"region"), text(u"supervisor_id")}, S::Org, {}, false},
        {u"reps"_s,
         {text(u"name"), text(u"name_en"), text(u"role"), text(u"team_id"), text(u"supervisor_id"),
          integer(u"hire_date"), text(u"email"), integer(u"active")},
         S::Org,
         {},
         false},
        {u"customers"_s,
         {text(u"name"), text(u"name_en"), text(u"industry"), text(u"size_band"), text(u"region"), text(u"address"),
          text(u"owner_id"), text(u"tier"), text(u"budget_band"), text(u"decision_chain"), text(u"demand_stage"),
          text(u"tags"), real(u"satisfaction"), real(u"trial_participation"), integer(u"created_at")},
         S::Customer,
         u"id"_s,
         false},
        {u"contacts"_s,
         {text(u"customer_id"), text(u"name"), text(u"title"), text(u"phone"), text(u"email"), text(u"chain_role")},
         S::Customer,
         u"customer_id"_s,
         false},
        {u"visits"_s,
         {text(u"customer_id"), text(u"rep_id"), text(u"contact_id"), integer(u"visited_at"), text(u"channel"),
          integer(u"duration_min"), text(u"address"), text(u"summary"), text(u"outcome"), text(u"competitor_notes"),
          text(u"next_action"), integer(u"next_action_due"), text(u"no_action_reason"), text(u"behaviour_type_id"),
          text(u"insight")},
         S::Customer,
         u"customer_id"_s,
         true},
        {u"opportunities"_s,
         {text(u"customer_id"), text(u"owner_id"), text(u"title"), real(u"amount"), text(u"stage"),
          integer(u"stage_entered_at"), integer(u"expected_close"), integer(u"forecast"), text(u"lost_reason"),
          text(u"industry"), text(u"budget_band"), text(u"decision_chain"), text(u"demand_stage"), text(u"auto_tag"),
          integer(u"created_at"), integer(u"closed_at")},
         S::Customer,
         u"customer_id"_s,
         false},
        {u"stage_history"_s,
         {text(u"opportunity_id"), text(u"stage"), integer(u"entered_at"), integer(u"left_at"), text(u"by_rep_id")},
         S::Opportunity,
         u"opportunity_id"_s,
         false}, // left_at is set when the next stage begins
        {u"orders"_s,
         {text(u"customer_id"), integer(u"ordered_at"), real(u"amount")},
         S::Customer,
         u"customer_id"_s,
         false},
        {u"service_tickets"_s,
         {text(u"customer_id"), text(u"subject"), integer(u"opened_at"), integer(u"first_response_at"),
          integer(u"closed_at"), real(u"satisfaction")},
         S::Customer,
         u"customer_id"_s,
         false},
    };
}

QList<EntityDef> routineAndMethodEntities() {
    using S = Scope;
    return {
        {u"tasks"_s,
         {text(u"owner_id"), text(u"customer_id"), text(u"opportunity_id"), text(u"title"), integer(u"due_at"),
          text(u"source"), text(u"source_key"), integer(u"done_at")},
         S::Rep,
         u"owner_id"_s,
         false},
        {u"checklists"_s,
         {text(u"rep_id"), text(u"day"), text(u"customer1_id"), text(u"customer2_id"), text(u"customer3_id"),
          integer(u"ticked_at")},
         S::Rep,
         u"rep_id"_s,
         false},
        {u"rules"_s,
         {text(u"name"), text(u"condition_json"), text(u"action_json"), integer(u"active"), since(3, text(u"name_zh"))},
         S::Org,
         {},
         false},
        {u"behaviour_types"_s,
         {text(u"code"), text(u"name"), text(u"name_zh"), text(u"category"), integer(u"points")},
         S::Org,
         {},
         false},
        {u"standard_actions"_s,
         {text(u"name"), text(u"name_zh"), text(u"trigger_stage"), text(u"action_code"), integer(u"deadline_hours"),
          integer(u"active")},
         S::Org,
         {},
         false},
        {u"insights"_s,
         {text(u"visit_id"), text(u"rep_id"), text(u"customer_id"), text(u"text"), text(u"industry"),
          text(u"objection_type"), text(u"status"), text(u"approved_by"), integer(u"approved_at"),
          integer(u"created_at")},
         S::Rep,
         u"rep_id"_s,
         false},
        {u"forecast_signals"_s,
         {text(u"opportunity_id"), text(u"kind"), integer(u"noted_at"), text(u"note")},
         S::Opportunity,
         u"opportunity_id"_s,
         false},
        {u"payment_milestones"_s,
         {text(u"opportunity_id"), integer(u"due_at"), real(u"amount"), integer(u"paid_at")},
         S::Opportunity,
         u"opportunity_id"_s,
         false},
        // The organisation's policy (OrgPolicy): one row per key, the key also its id; value is JSON text;
        // updated_by names the admin who wrote it.
        {u"org_policy"_s, {text(u"key"), text(u"value"), text(u"updated_by")}, S::Org, {}, false, 3},
        // Figures defined over the whole organisation, computed by the server (OrgAggregateService) and read by
        // every replica (OrgAggregates): kind, the team it is about (empty: the organisation), value JSON, and when
        // the server computed it. No client writes them.
        {u"org_aggregates"_s,
         {text(u"kind"), text(u"team_id"), text(u"key"), text(u"value_json"), integer(u"computed_at")},
         S::Aggregate,
         u"team_id"_s,
         false,
         4},
    };
}

QList<EntityDef> buildEntities() {
    return recordEntities() + routineAndMethodEntities();
}

} // namespace

QVariant FieldDef::normalised(const QVariant& value) const {
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (type) {
    case FieldType::Text:
        return value.toString();
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    }
    return value;
}

const FieldDef* EntityDef::field(const QString& fieldName) const {
    for (const FieldDef& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

QStringList EntityDef::fieldNames() const {
    QStringList names;
    names.reserve(fields.size());
    for (const FieldDef& f : fields)
        names << f.name;
    return names;
}

EntityDef EntityDef::forProtocol(int protocol) const {
    EntityDef out = *this;
    out.fields.removeIf([protocol](const FieldDef& f) { return f.sinceProtocol > protocol; });
    return out;
}

const QList<EntityDef>& Schema::entities() {
    static const QList<EntityDef> all = buildEntities();
    return all;
}

const EntityDef* Schema::entity(const QString& name) {
    for (const EntityDef& e : entities()) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QStringList Schema::systemColumns() {
    return {u"id"_s, u"version"_s, u"updated_at"_s, u"deleted"_s};
}

} // namespace Stride
