#include "methodchecks.h"

#include "domain/orgpolicy.h"
#include "domain/rulegrammar.h"
#include "domain/stage.h"
#include "serverdatabase.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

Status refuse(const EntityDef& def, const QString& id, const QString& problem) {
    return fail(u"%1 %2: %3"_s.arg(def.name, id, problem));
}

// An org_policy row: one row per key (the id is the key), its value valid JSON for that key.
Status checkPolicy(const EntityDef& def, const QString& id, const QVariantMap& row) {
    const QString key = row.value(u"key"_s).toString();
    if (key != id)
        return refuse(def, id, u"the key '%1' must be the row's id"_s.arg(key));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson("[" + row.value(u"value"_s).toString().toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return refuse(def, id, u"the value is not JSON"_s);
    return OrgPolicy::validate(key, doc.array().at(0));
}

} // namespace

Status MethodChecks::check(ServerDatabase& db, const EntityDef& def, const QString& id, const QVariantMap& row,
                           bool remove) {
    Q_UNUSED(db)
    if (remove)
        return {}; // a removed policy key falls back to its default; removed rules and catalogue rows stop applying
    if (def.name == u"org_policy"_s)
        return checkPolicy(def, id, row);
    if (def.name == u"rules"_s) {
        if (Status s = RuleGrammar::validate(row.value(u"condition_json"_s).toString(),
                                             row.value(u"action_json"_s).toString());
            !s)
            return refuse(def, id, s.error());
        return {};
    }
    if (def.name == u"standard_actions"_s) {
        if (row.value(u"deadline_hours"_s).toLongLong() <= 0)
            return refuse(def, id,
                          u"the deadline must be a positive number of hours, not %1"_s.arg(
                              row.value(u"deadline_hours"_s).toString()));
        const QString stage = row.value(u"trigger_stage"_s).toString();
        if (!stage.isEmpty() && !stageFromCode(stage))
            return refuse(def, id, u"unknown trigger stage '%1'"_s.arg(stage));
        return {};
    }
    if (def.name == u"behaviour_types"_s) {
        if (row.value(u"points"_s).toLongLong() < 0)
            return refuse(def, id, u"points must not be negative, not %1"_s.arg(row.value(u"points"_s).toString()));
        return {};
    }
    return {};
}

} // namespace Stride::Server
