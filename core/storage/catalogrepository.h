#pragma once

#include "domain/behaviourtype.h"
#include "domain/rule.h"
#include "domain/standardaction.h"
#include "storage/repository.h"

namespace Stride {

// Organisation-wide reference data an admin maintains: SOP rules, the behaviour-points catalogue and the
// standard actions.
class CatalogRepository final : public Repository {
public:
    using Repository::Repository;

    Result<QList<Rule>> rules(bool activeOnly = true) const; // by name
    // Errors: empty name, condition or action that is not a JSON object.
    Result<QString> saveRule(const Rule& rule);

    Result<QList<BehaviourType>> behaviourTypes() const; // by category, then points descending
    Result<std::optional<BehaviourType>> behaviourTypeByCode(const QString& code) const;
    // Errors: empty code or name, negative points, a code another type already uses.
    Result<QString> saveBehaviourType(const BehaviourType& type);

    Result<QList<StandardAction>> standardActions(bool activeOnly = true) const; // by name
    // Errors: empty name or action code, unknown trigger stage, deadline not positive.
    Result<QString> saveStandardAction(const StandardAction& action);
};

} // namespace Stride
