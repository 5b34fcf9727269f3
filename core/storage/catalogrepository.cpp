#include "catalogrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

bool isJsonObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).isObject();
}

} // namespace

Result<QList<Rule>> CatalogRepository::rules(bool activeOnly) const {
    return selectList<Rule>(activeOnly ? u"WHERE active = 1 AND deleted = 0 ORDER BY name"_s
                                       : u"WHERE deleted = 0 ORDER BY name"_s);
}

Result<QString> CatalogRepository::saveRule(const Rule& rule) {
    if (rule.name.trimmed().isEmpty())
        return fail(u"a rule needs a name"_s);
    if (!isJsonObject(rule.conditionJson))
        return fail(u"rule '%1': its condition must be a JSON object"_s.arg(rule.name));
    if (!isJsonObject(rule.actionJson))
        return fail(u"rule '%1': its action must be a JSON object"_s.arg(rule.name));
    return applyReturningFirstId({writeFor(rule)});
}

Result<QList<BehaviourType>> CatalogRepository::behaviourTypes() const {
    return selectList<BehaviourType>(u"WHERE deleted = 0 ORDER BY category, points DESC, code"_s);
}

Result<std::optional<BehaviourType>> CatalogRepository::behaviourTypeByCode(const QString& code) const {
    return selectFirst<BehaviourType>(u"WHERE code = ? AND deleted = 0 LIMIT 1"_s, {code});
}

Result<QString> CatalogRepository::saveBehaviourType(const BehaviourType& type) {
    if (type.code.trimmed().isEmpty() || type.name.trimmed().isEmpty())
        return fail(u"a behaviour type needs a code and a name"_s);
    if (type.points < 0)
        return fail(u"behaviour type '%1': points cannot be negative"_s.arg(type.code));
    Result<std::optional<BehaviourType>> same = behaviourTypeByCode(type.code);
    if (!same)
        return fail(same.error());
    if (*same && (*same)->id != type.id)
        return fail(u"behaviour type code '%1' is already used"_s.arg(type.code));
    return applyReturningFirstId({writeFor(type)});
}

Result<QList<StandardAction>> CatalogRepository::standardActions(bool activeOnly) const {
    return selectList<StandardAction>(activeOnly ? u"WHERE active = 1 AND deleted = 0 ORDER BY name"_s
                                                 : u"WHERE deleted = 0 ORDER BY name"_s);
}

Result<QString> CatalogRepository::saveStandardAction(const StandardAction& action) {
    if (action.name.trimmed().isEmpty() || action.actionCode.trimmed().isEmpty())
        return fail(u"a standard action needs a name and an action code"_s);
    if (!action.triggerStage.isEmpty() && !stageFromCode(action.triggerStage))
        return fail(u"standard action '%1': unknown trigger stage '%2'"_s.arg(action.name, action.triggerStage));
    if (action.deadlineHours <= 0)
        return fail(u"standard action '%1': the deadline must be a positive number of hours"_s.arg(action.name));
    return applyReturningFirstId({writeFor(action)});
}

} // namespace Stride
