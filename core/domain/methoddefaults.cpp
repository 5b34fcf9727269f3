#include "methoddefaults.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Stride {

const std::vector<MethodDefaults::BehaviourType>& MethodDefaults::behaviourTypes() {
    static const std::vector<BehaviourType> all{
        {"bt-pain-point-interview", "pain_point_interview", "Pain-point interview", "痛点访谈", "discovery", 5},
        {"bt-needs-confirmation", "needs_confirmation", "Needs confirmation", "需求确认", "discovery", 4},
        {"bt-product-match-report", "product_match_report", "Personalised product-match report", "个性化产品匹配报告",
         "solution", 6},
        {"bt-customised-solution", "customised_solution", "Customised solution", "定制方案", "solution", 12},
        {"bt-solution-demo", "solution_demo", "Solution demo", "方案演示", "solution", 8},
        {"bt-poc-support", "poc_support", "POC support", "POC 支持", "solution", 10},
        {"bt-case-study", "case_study", "Third-party case study", "第三方案例分享", "solution", 6},
        {"bt-cross-department-meeting", "cross_department_meeting", "Cross-department consensus meeting",
         "跨部门共识会", "relationship", 18},
        {"bt-executive-visit", "executive_visit", "Executive visit", "高层拜访", "relationship", 15},
        {"bt-customised-quote", "customised_quote", "Customised quote", "定制报价", "commercial", 8},
        {"bt-contract-negotiation", "contract_negotiation", "Contract negotiation", "合同谈判", "commercial", 10},
        {"bt-payment-follow-up", "payment_follow_up", "Payment follow-up", "回款跟进", "commercial", 3},
        {"bt-service-recovery", "service_recovery", "Service recovery", "服务补救", "service", 4},
        {"bt-routine-follow-up", "routine_follow_up", "Routine follow-up", "例行回访", "service", 1},
    };
    return all;
}

const std::vector<MethodDefaults::StandardAction>& MethodDefaults::standardActions() {
    static const std::vector<StandardAction> all{
        {"sa-product-match-report", "Personalised product-match report within 24 h of first contact",
         "首次触达后 24 小时内发送个性化产品匹配报告", "contact", "product_match_report", 24},
        {"sa-needs-confirmation", "Needs confirmation memo within 48 h of the needs meeting",
         "需求确认会后 48 小时内发送需求确认纪要", "needs", "needs_confirmation", 48},
        {"sa-customised-quote", "Customised quote within 72 h of a solution demo", "方案演示后 72 小时内提供定制报价",
         "demo", "customised_quote", 72},
        {"sa-case-study", "Third-party case study within 48 h of objection handling",
         "异议处理后 48 小时内提供第三方案例", "objection", "case_study", 48},
        {"sa-payment-follow-up", "Payment follow-up 15 days before each milestone", "每个回款节点前 15 天跟进回款",
         "won", "payment_follow_up", 360},
    };
    return all;
}

const char* MethodDefaults::dualTrackRuleId() {
    return "rule-dual-track";
}

const std::vector<MethodDefaults::Rule>& MethodDefaults::rules() {
    static const std::vector<Rule> all{
        {"rule-dual-track", "Manufacturing customers above ¥500k annual purchases: dual-track follow-up",
         "年采购额超 50 万元的制造业客户：双线跟进",
         R"({"all":[{"field":"industry","op":"eq","value":"manufacturing"},{"field":"annual_purchases","op":"gt","value":500000}]})",
         R"({"type":"create_tasks","every_days":30,"tasks":[{"title":"技术对接人跟进","track":"technical"},{"title":"采购负责人跟进","track":"purchasing"}]})"},
        {"rule-tier-a-visit", "Tier A: weekly visit", "A 类客户：每周拜访",
         R"({"all":[{"field":"tier","op":"eq","value":"A"}]})", R"({"type":"visit_due","every_days":7})"},
        {"rule-tier-b-visit", "Tier B: fortnightly visit", "B 类客户：每两周拜访",
         R"({"all":[{"field":"tier","op":"eq","value":"B"}]})", R"({"type":"visit_due","every_days":14})"},
        {"rule-tier-c-visit", "Tier C: monthly visit", "C 类客户：每月拜访",
         R"({"all":[{"field":"tier","op":"eq","value":"C"}]})", R"({"type":"visit_due","every_days":30})"},
        {"rule-dwell-escalation", "Solution demo without update for 7 days: escalate to the supervisor",
         "方案演示 7 天无更新：升级至主管",
         R"({"all":[{"field":"stage","op":"eq","value":"demo"},{"field":"days_in_stage","op":"gt","value":7}]})",
         R"({"type":"escalate","to":"supervisor"})"},
        {"rule-competitor-follow-up", "Competitor mentioned in a visit: follow-up task within 3 days",
         "拜访中提及竞品：3 天内跟进", R"({"all":[{"field":"competitor_notes","op":"not_empty"}]})",
         R"({"type":"create_tasks","tasks":[{"title":"竞品应对跟进","due_days":3}]})"},
    };
    return all;
}

QString MethodDefaults::jsonText(const QJsonValue& value) {
    // QJsonDocument holds only arrays and objects: a bare string or number is written inside one, then unwrapped.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QList<MethodDefaults::Row> MethodDefaults::policyRows(const OrgPolicy& policy, const QString& updatedBy) {
    QList<Row> out;
    for (const QString& key : OrgPolicy::keys()) {
        out << Row{u"org_policy"_s,
                   key,
                   {{u"key"_s, key}, {u"value"_s, jsonText(policy.value(key))}, {u"updated_by"_s, updatedBy}}};
    }
    return out;
}

QList<MethodDefaults::Row> MethodDefaults::rows(const OrgPolicy& policy, const QString& updatedBy) {
    QList<Row> out;
    for (const StandardAction& a : standardActions()) {
        out << Row{u"standard_actions"_s,
                   QString::fromUtf8(a.id),
                   {{u"name"_s, QString::fromUtf8(a.name)},
                    {u"name_zh"_s, QString::fromUtf8(a.nameZh)},
                    {u"trigger_stage"_s, QString::fromUtf8(a.triggerStage)},
                    {u"action_code"_s, QString::fromUtf8(a.actionCode)},
                    {u"deadline_hours"_s, qint64(a.deadlineHours)},
                    {u"active"_s, qint64(1)}}};
    }
    for (const BehaviourType& t : behaviourTypes()) {
        out << Row{u"behaviour_types"_s,
                   QString::fromUtf8(t.id),
                   {{u"code"_s, QString::fromUtf8(t.code)},
                    {u"name"_s, QString::fromUtf8(t.name)},
                    {u"name_zh"_s, QString::fromUtf8(t.nameZh)},
                    {u"category"_s, QString::fromUtf8(t.category)},
                    {u"points"_s, qint64(t.points)}}};
    }
    for (const Rule& r : rules()) {
        out << Row{u"rules"_s,
                   QString::fromUtf8(r.id),
                   {{u"name"_s, QString::fromUtf8(r.name)},
                    {u"name_zh"_s, QString::fromUtf8(r.nameZh)},
                    {u"condition_json"_s, QString::fromUtf8(r.conditionJson)},
                    {u"action_json"_s, QString::fromUtf8(r.actionJson)},
                    {u"active"_s, qint64(1)}}};
    }
    out << policyRows(policy, updatedBy);
    return out;
}

} // namespace Stride
