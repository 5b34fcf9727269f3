#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace Stride {

class Database;

// The one tier of a customer that every screen, report and rule uses (docs/sales-method.md rule 2):
// an admin's or supervisor's pin (the synced field customers.tier) when there is one, else the tier of the
// customer's value score (the local, derived table customer_scores). The effective tier is derived on each
// replica and never written back through the outbox: a replica rewriting a synced field from its own scores
// would only make conflicts.
struct CustomerTier {
    QString tier;                // "A", "B", "C", or empty: not pinned and not scored yet
    bool pinned = false;         // tier is the pin, not the score's
    QString scoreTier;           // the value score's own tier (empty before the first scoring)
    std::optional<double> score; // the value score

    // The SQL expression of the effective tier over a customers row aliased `customer` and its LEFT JOINed
    // customer_scores row aliased `scores`. Every query that shows, filters, sorts or evaluates a tier uses it.
    static QString sql(const QString& customer = QStringLiteral("c"), const QString& scores = QStringLiteral("s"));
    // 1 when the customer's tier is pinned, else 0.
    static QString pinnedSql(const QString& customer = QStringLiteral("c"));
    // The tier of one customer. Errors: no such customer.
    static Result<CustomerTier> of(const Database& db, const QString& customerId);
    // Pins are A, B or C; empty means "not pinned" (follow the score).
    static bool isValidPin(const QString& tier);
};

} // namespace Stride
