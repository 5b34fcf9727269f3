#include "adminrepository.h"

#include "domain/rulegrammar.h"
#include "domain/stage.h"
#include "storage/catalogrepository.h"
#include "storage/orgpolicyrepository.h"
#include "storage/orgrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

Result<QJsonObject> jsonObject(const QString& text, const QString& what) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return fail(u"its %1 is not a JSON object"_s.arg(what));
    return doc.object();
}

} // namespace

Result<QList<Team>> AdminRepository::teams() const {
    return OrgRepository(store()).teams();
}

Result<QList<Rep>> AdminRepository::people() const {
    return OrgRepository(store()).reps();
}

Result<QList<Rule>> AdminRepository::rules() const {
    return CatalogRepository(store()).rules(false);
}

Result<QList<StandardAction>> AdminRepository::standardActions() const {
    return CatalogRepository(store()).standardActions(false);
}

Result<QList<BehaviourType>> AdminRepository::behaviourTypes() const {
    return CatalogRepository(store()).behaviourTypes();
}

Status AdminRepository::validateTeam(const Team& team) {
    if (team.name.trimmed().isEmpty())
        return fail(u"a team needs a name"_s);
    return {};
}

Status AdminRepository::validatePerson(const Rep& person) {
    if (person.name.trimmed().isEmpty())
        return fail(u"a person needs a name"_s);
    if (!Rep::roles().contains(person.role))
        return fail(u"role must be one of %1, not '%2'"_s.arg(Rep::roles().join(u", "_s), person.role));
    const QString email = person.email.trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@')))
        return fail(u"'%1' is not an e-mail address"_s.arg(email));
    if (!person.id.isEmpty() && person.supervisorId == person.id)
        return fail(u"%1 cannot be their own supervisor"_s.arg(person.name));
    return {};
}

Status AdminRepository::validateRule(const Rule& rule) {
    if (rule.name.trimmed().isEmpty())
        return fail(u"a rule needs a name"_s);
    const Result<QJsonObject> condition = jsonObject(rule.conditionJson, u"condition"_s);
    if (!condition)
        return fail(u"rule '%1': %2"_s.arg(rule.name, condition.error()));
    if (Status s = RuleGrammar::validateCondition(*condition); !s)
        return fail(u"rule '%1': %2"_s.arg(rule.name, s.error()));
    const Result<QJsonObject> action = jsonObject(rule.actionJson, u"action"_s);
    if (!action)
        return fail(u"rule '%1': %2"_s.arg(rule.name, action.error()));
    if (Status s = RuleGrammar::validateAction(*action); !s)
        return fail(u"rule '%1': %2"_s.arg(rule.name, s.error()));
    return {};
}

Status AdminRepository::validateStandardAction(const StandardAction& action) {
    if (action.name.trimmed().isEmpty())
        return fail(u"a standard action needs a name"_s);
    if (action.actionCode.trimmed().isEmpty())
        return fail(u"standard action '%1' needs the behaviour type that fulfils it"_s.arg(action.name));
    if (!action.triggerStage.isEmpty() && !stageFromCode(action.triggerStage))
        return fail(u"standard action '%1': unknown trigger stage '%2'"_s.arg(action.name, action.triggerStage));
    if (action.deadlineHours <= 0)
        return fail(u"standard action '%1': the deadline must be at least one hour"_s.arg(action.name));
    return {};
}

Status AdminRepository::validateBehaviourType(const BehaviourType& type) {
    if (type.name.trimmed().isEmpty())
        return fail(u"a behaviour type needs a name"_s);
    if (type.code.trimmed().isEmpty())
        return fail(u"behaviour type '%1' needs a code"_s.arg(type.name));
    for (const QChar c : type.code)
        if (!(c.isLower() && c.unicode() < 128) && !c.isDigit() && c != u'_')
            return fail(u"behaviour code '%1' may hold only a-z, 0-9 and _"_s.arg(type.code));
    if (type.category.trimmed().isEmpty())
        return fail(u"behaviour type '%1' needs a category"_s.arg(type.name));
    if (type.points < 0)
        return fail(u"behaviour type '%1': points cannot be negative"_s.arg(type.name));
    return {};
}

Status AdminRepository::requirePerson(const QString& id, const QString& what) const {
    if (id.isEmpty())
        return {};
    const Result<Rep> r = OrgRepository(store()).rep(id);
    if (!r)
        return fail(u"the %1 chosen does not exist"_s.arg(what));
    return {};
}

Result<QString> AdminRepository::saveTeam(const Team& team) {
    if (Status s = validateTeam(team); !s)
        return fail(s.error());
    if (Status s = requirePerson(team.supervisorId, u"supervisor"_s); !s)
        return fail(u"team '%1': %2"_s.arg(team.name, s.error()));
    return applyReturningFirstId({writeFor(team)});
}

Result<QString> AdminRepository::savePerson(const Rep& person) {
    if (Status s = validatePerson(person); !s)
        return fail(s.error());
    if (!person.teamId.isEmpty() && !OrgRepository(store()).team(person.teamId))
        return fail(u"%1: the team chosen does not exist"_s.arg(person.name));
    if (Status s = requirePerson(person.supervisorId, u"supervisor"_s); !s)
        return fail(u"%1: %2"_s.arg(person.name, s.error()));
    return applyReturningFirstId({writeFor(person)});
}

Result<QString> AdminRepository::saveRule(const Rule& rule) {
    if (Status s = validateRule(rule); !s)
        return fail(s.error());
    return applyReturningFirstId({writeFor(rule)});
}

Result<QString> AdminRepository::saveStandardAction(const StandardAction& action) {
    if (Status s = validateStandardAction(action); !s)
        return fail(s.error());
    const Result<std::optional<BehaviourType>> type = CatalogRepository(store()).behaviourTypeByCode(action.actionCode);
    if (!type)
        return fail(type.error());
    if (!*type)
        return fail(u"standard action '%1': no behaviour type has the code '%2'"_s.arg(action.name, action.actionCode));
    return applyReturningFirstId({writeFor(action)});
}

Result<QString> AdminRepository::saveBehaviourType(const BehaviourType& type) {
    if (Status s = validateBehaviourType(type); !s)
        return fail(s.error());
    return CatalogRepository(store()).saveBehaviourType(type); // also refuses a code already in use
}

Status AdminRepository::setRuleActive(const QString& ruleId, bool active) {
    Result<Rule> rule = byId<Rule>(ruleId);
    if (!rule)
        return fail(rule.error());
    rule->active = active;
    if (Result<QString> id = applyReturningFirstId({writeFor(*rule)}); !id)
        return fail(id.error());
    return {};
}

Status AdminRepository::savePolicy(const QMap<QString, QJsonValue>& values, const QString& updatedBy) {
    if (updatedBy.trimmed().isEmpty())
        return fail(u"a policy change needs the name of who makes it"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (Status s = OrgPolicy::validate(it.key(), it.value()); !s)
            return s;
    OrgPolicyRepository policy(store());
    const Result<OrgPolicy> current = policy.load();
    if (!current)
        return fail(current.error());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (current->value(it.key()) == it.value())
            continue;
        if (Status s = policy.set(it.key(), it.value(), updatedBy.trimmed()); !s)
            return s;
    }
    return {};
}

Result<QMap<QString, PolicyChange>> AdminRepository::policyChanges() const {
    Result<QSqlQuery> q = database().exec(u"SELECT id, updated_by, updated_at FROM org_policy WHERE deleted = 0"_s);
    if (!q)
        return fail(q.error());
    QMap<QString, PolicyChange> out;
    while (q->next())
        out.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

} // namespace Stride
