#pragma once

#include "serverfixture.h"

#include <QMap>
#include <QString>

namespace Stride::Test {

// A small organisation on a real stride-server for the aggregate tests: the method's catalogue (`init`), team
// t-east (reps r-li and r-zhang, supervisor zhao) and t-west (rep r-chen), a director; twelve customers with
// orders in the last weeks, won deals of one similar kind across all three reps, one open forecast deal of r-li's
// of that kind, and visits with behaviour types this month.
class SampleOrganisation final {
public:
    static inline const QString kRep = QStringLiteral("li@acme.cn");
    static inline const QString kSupervisor = QStringLiteral("zhao@acme.cn");
    static inline const QString kDirector = QStringLiteral("wang@acme.cn");
    static inline const QString kOtherRep = QStringLiteral("chen@acme.cn");
    static inline const QString kForecastDeal = QStringLiteral("o-li-open");

    // Organisation, teams and accounts, before the server starts.
    static bool setUpPeople(ServerFixture& server);
    // The director writes customers, orders, deals and visits (the replica must have pulled the catalogue).
    static Status seed(EntityStore& director, qint64 now);
    // Each customer's purchases in the window, as the rows seed() writes them.
    static QMap<QString, double> purchaseTotals();
    // True once the server's aggregates were computed after every other change (the stamp is the newest row).
    static bool aggregatesCaughtUp(ServerFixture& server);
};

} // namespace Stride::Test
