#pragma once

#include "analyticsfilter.h"

#include <QString>
#include <QVariantList>

namespace Stride {

// Reads the visit month summaries that AnalyticsRollups keeps (storage/analyticsrollups.h).
class VisitRows final {
public:
    // A subquery over the live visits in the filter's rep scope and period with columns rep ('' for none),
    // type (behaviour_type_id; NULL unless byType), n (visits), m5 (minutes of visits lasting >= 5 min), os
    // (on-site visits). Whole calendar months inside the period come from the month summaries; the partial
    // months at either end from the visits themselves, so the sums are exact for any period.
    static QString sql(const AnalyticsFilter& filter, bool byType, QVariantList& binds);
};

} // namespace Stride
