#pragma once

#include "analyticsfilter.h"
#include "clock.h"
#include "domain/rulegrammar.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Stride {

class Database;
class EntityStore;

struct RuleTask {
    QString title;
    QString sourceKey; // "rule:<rule>:<customer>:<track or #index>[:<period>]", or "tier:<customer>:<due day>"
    qint64 dueAt = 0;
    QString source = QStringLiteral("rule"); // "tier" for a visit cadence's visit-due task
};

struct RuleMatch {
    QString ruleId, ruleName, customerId, customerName, ownerId;
    QList<RuleTask> tasks;
};

// Which customers a condition hits at the clock's now.
struct RulePreview {
    int customers = 0;      // every customer hit
    QList<RuleMatch> first; // the first of them by customer name (no tasks filled in)
};

struct RuleEvaluation {
    qint64 rulesEvaluated = 0;
    QList<QPair<QString, QString>> skipped; // rule name, why it is not a customer-attribute task rule
    QList<RuleMatch> matches;               // by rule name, then customer id
};

// Rule engine (docs/sales-method.md rule 12): rules are rows of `rules` (active, not deleted) holding JSON.
//   condition_json: {"all": [cond…]} or {"any": [cond…]}, cond = {"field": F, "op": OP, "value": V}
//     OP: eq, ne (strings compare case-insensitively, numbers numerically), gt, gte, lt, lte, in (V an array),
//         contains (substring, case-insensitive), empty, not_empty.
//     F: a customer column (name, industry, size_band, region, tier, budget_band, decision_chain, demand_stage,
//        tags, satisfaction, trial_participation, owner_id) or a derived attribute: annual_purchases (sum of the
//        customer's orders in (now − 365 d, now]) and orders_12m (their count).
//   action_json: {"type": "create_tasks", "every_days": N (optional), "tasks": [{"title": T, "track": K
//     (optional), "due_days": D (optional, default 7)}]}: one task per entry for the customer's owner.
//   Rules on other fields (opportunity stage, visit notes) or with other action types are reported as skipped:
//   they belong to other engines (dwell escalation, visit follow-up).
// Once per trigger: a task's source_key names the rule, customer, track (or "#index") and, with every_days, the
// period ("YYYY-MM" for 30 days, else "p<n>" with n = floor(now / every_days)); apply() never creates a key that
// already exists in tasks (done or deleted ones included).
class RuleEngine final {
public:
    static Result<RuleEvaluation> evaluate(const Database& db, const AnalyticsFilter& filter, const Clock& clock);
    static Result<int> apply(EntityStore& store, const RuleEvaluation& evaluation);
    // The customers the condition hits now: customer attributes, plus any one of their open opportunities
    // (stage, days_in_stage = whole days since it entered its stage) and their latest visit (competitor_notes)
    // when the condition names those. `limit` rows in `first`, by customer name.
    static Result<RulePreview> preview(const Database& db, const QJsonObject& condition, const Clock& clock,
                                       int limit = 20);
    struct Example {
        QString name, conditionJson, actionJson;
    };
    // The shipped example: manufacturing customers with annual purchases > ¥500k get a monthly dual-track
    // follow-up (technical contact + purchasing lead).
    static Example dualTrackExample();
};

} // namespace Stride
