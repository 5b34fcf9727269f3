#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Stride {

// A field a rule condition may test: a customer attribute (derived ones included), a field of one of the
// customer's open opportunities, or of the customer's latest visit.
struct RuleField {
    enum class Subject { Customer, Opportunity, Visit };
    enum class Kind { Text, Number };
    QString code;
    Subject subject = Subject::Customer;
    Kind kind = Kind::Text;
};

// The language of the organisation's rules (docs/sales-method.md, "Rules"): which fields a condition may name,
// the operators of each, the action types, the validation of a stored rule and the matching of a condition against
// a customer's attributes. Pure JSON logic with no SQL, so storage (AdminRepository), the server (method checks) and
// the rule editor check rules the same way RuleEngine evaluates them.
class RuleGrammar final {
public:
    // The customer attributes a condition may name, in the order RuleEngine reads them.
    static const QStringList& customerFields();
    // True when the attributes satisfy the condition; an error names a malformed condition.
    static Result<bool> matches(const QJsonObject& condition, const QVariantMap& attributes);

    // Every field a condition may name, customer attributes first, and the operators valid for a field (empty
    // for an unknown one). Text: eq, ne, in, contains, empty, not_empty; number: eq, ne, gt, gte, lt, lte, empty,
    // not_empty.
    static const QList<RuleField>& knownFields();
    static std::optional<RuleField> field(const QString& code);
    static QStringList operators(const QString& code);
    // The action types: "create_tasks", "visit_due" (every_days), "escalate" (to the supervisor).
    static QStringList actionTypes();
    // The full check of a rule's two halves, naming the first problem: "all"/"any" with at least one test,
    // known fields, an operator valid for the field, a value of the right type (a number for a number field, a
    // non-empty array for "in", none for empty/not_empty); a known action type, positive day counts, tasks
    // with titles, escalation to "supervisor".
    static Status validateCondition(const QJsonObject& condition);
    static Status validateAction(const QJsonObject& action);
    // Both halves of a rule as stored (condition_json, action_json): what the server checks when an admin writes
    // a rule; the error names the first problem.
    static Status validate(const QString& conditionJson, const QString& actionJson);

    // Every field a condition names, at any depth.
    static void namedFields(const QJsonObject& condition, QSet<QString>& out);

private:
    static Status validateTest(const QJsonObject& cond);
};

} // namespace Stride
