#pragma once

#include "domain/behaviourtype.h"
#include "domain/rep.h"
#include "domain/rule.h"
#include "domain/standardaction.h"
#include "domain/team.h"
#include "storage/repository.h"

#include <QJsonValue>
#include <QMap>

namespace Stride {

// Who last changed one policy key, and when (epoch secs).
struct PolicyChange {
    QString updatedBy;
    qint64 updatedAt = 0;
};

// What the admin maintains for the whole organisation: teams and people, SOP rules, standard actions and the
// behaviour-points catalogue. Every save is checked first (the message names the problem and nothing is
// written), then goes through the EntityStore as one synced edit, so it reaches every replica at its next sync.
// Lists include inactive rows (an admin re-enables them); tombstoned rows are skipped.
class AdminRepository final : public Repository {
public:
    using Repository::Repository;

    Result<QList<Team>> teams() const;                     // by name
    Result<QList<Rep>> people() const;                     // by name
    Result<QList<Rule>> rules() const;                     // by name
    Result<QList<StandardAction>> standardActions() const; // by name
    Result<QList<BehaviourType>> behaviourTypes() const;   // by category, then points descending

    // The checks that need no database: a name, a known role, a rule whose condition and action the rule
    // engine accepts, a positive deadline, points not negative.
    static Status validateTeam(const Team& team);
    static Status validatePerson(const Rep& person);
    static Status validateRule(const Rule& rule);
    static Status validateStandardAction(const StandardAction& action);
    static Status validateBehaviourType(const BehaviourType& type);

    // The checks above plus the references: a team's supervisor and a person's team and supervisor exist,
    // nobody supervises themselves, a standard action names a behaviour type of the catalogue, a behaviour
    // code is unique. Returns the row's id.
    Result<QString> saveTeam(const Team& team);
    Result<QString> savePerson(const Rep& person);
    Result<QString> saveRule(const Rule& rule);
    Result<QString> saveStandardAction(const StandardAction& action);
    Result<QString> saveBehaviourType(const BehaviourType& type);
    // Enables or disables a rule (only its `active` field is written).
    Status setRuleActive(const QString& ruleId, bool active);

    // The organisation's policy values (org_policy rows through OrgPolicyRepository): every value is checked
    // first (OrgPolicy::validate names the key and the problem) and nothing is written unless all pass; then
    // each value that differs from the one in force is written with `updatedBy` as its author.
    Status savePolicy(const QMap<QString, QJsonValue>& values, const QString& updatedBy);
    // By key, the stored rows' author and time.
    Result<QMap<QString, PolicyChange>> policyChanges() const;

private:
    Status requirePerson(const QString& id, const QString& what) const;
};

} // namespace Stride
