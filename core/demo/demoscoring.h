#pragma once

#include "result.h"

#include <QDateTime>

namespace Stride {

class Database;

// The last step of a demo organisation, once its rows are in (DemoGenerator::generate runs it): every customer's
// value score, on the demo's own clock, and the visit-due task of the customer's effective tier (docs/sales-method.md
// rule 2 and its visit cadence). The tasks come from the rule engine's own evaluation of the cadence rules at that
// clock, so the demo holds exactly the visit-due tasks the method routines would make there: running them on the
// fresh demo adds none, and no task names a tier the customer does not show.
class DemoScoring final {
public:
    // Scores at `now` and writes the visit-due tasks as seed data (no outbox entries), their ids continuing the
    // demo's ordered task ids, drawn from `seed`, in one transaction after the scores' own. Returns the number of
    // tasks written.
    static Result<qint64> apply(Database& db, const QDateTime& now, quint64 seed);
};

} // namespace Stride
