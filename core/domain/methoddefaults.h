#pragma once

#include "domain/orgpolicy.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace Stride {

// The sales method a new organisation starts with: the standard actions with their deadlines, the behaviour-point
// catalogue, the default rules (tier visit cadence, dwell escalation, competitor follow-up, dual-track follow-up)
// and every key of the organisation's policy, named in English and Chinese. `stride-server init` writes them as
// synced rows and the demo generator loads the same ones.
//
// Every row has a FIXED id ("sa-…", "bt-…", "rule-…", the policy key), so seeding is idempotent: a row whose id
// exists (even one an admin deleted) is never written again.
class MethodDefaults final {
public:
    struct BehaviourType {
        const char* id;
        const char* code;
        const char* name;
        const char* nameZh;
        const char* category;
        int points;
    };
    struct StandardAction {
        const char* id;
        const char* name;
        const char* nameZh;
        const char* triggerStage;
        const char* actionCode;
        int deadlineHours;
    };
    struct Rule {
        const char* id;
        const char* name;
        const char* nameZh;
        const char* conditionJson;
        const char* actionJson;
    };
    // One row to seed: a synced entity, its fixed id and its fields.
    struct Row {
        QString entity;
        QString id;
        QVariantMap fields;
    };

    static const std::vector<BehaviourType>& behaviourTypes();
    static const std::vector<StandardAction>& standardActions();
    static const std::vector<Rule>& rules();
    static const char* dualTrackRuleId();

    // Every default row: standard actions, behaviour types, rules (all active), then the policy's keys as
    // `policy` holds them, written by `updatedBy`.
    static QList<Row> rows(const OrgPolicy& policy, const QString& updatedBy);
    // The org_policy rows alone.
    static QList<Row> policyRows(const OrgPolicy& policy, const QString& updatedBy);
    // A value as an org_policy row stores it (compact JSON text).
    static QString jsonText(const QJsonValue& value);
};

} // namespace Stride
