#include "importplan.h"

#include <algorithm>

namespace Stride {

bool ImportPlan::hasRejected() const {
    return std::any_of(rows.cbegin(), rows.cend(),
                       [](const ImportPlannedRow& r) { return r.action == ImportPlannedRow::Action::Reject; });
}

ImportReport ImportPlan::report() const {
    ImportReport report;
    report.kind = kind();
    report.source = source;
    report.outcome = ImportReport::Outcome::DryRun;
    report.rows = rows.size();
    for (const ImportPlannedRow& r : rows) {
        switch (r.action) {
        case ImportPlannedRow::Action::Create:
            ++report.created;
            break;
        case ImportPlannedRow::Action::Update:
            ++report.updated;
            break;
        case ImportPlannedRow::Action::Unchanged:
            ++report.unchanged;
            break;
        case ImportPlannedRow::Action::Reject:
            ++report.rejected;
            report.issues += r.issues;
            break;
        }
    }
    return report;
}

} // namespace Stride
