#pragma once

namespace Stride {

// The stage-dwell light thresholds of one stage, in days without activity; an organisation sets them in its
// policy (OrgPolicy, key dwell.thresholds).
struct DwellThreshold {
    double yellowDays = 0; // idle > yellowDays → yellow
    double redDays = 0;    // idle > redDays → red

    bool operator==(const DwellThreshold& o) const { return yellowDays == o.yellowDays && redDays == o.redDays; }
    bool operator!=(const DwellThreshold& o) const { return !(*this == o); }
};

} // namespace Stride
