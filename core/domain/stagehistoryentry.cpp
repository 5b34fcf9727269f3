#include "stagehistoryentry.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString StageHistoryEntry::entity() {
    return u"stage_history"_s;
}

const FieldMapping<StageHistoryEntry>& StageHistoryEntry::mapping() {
    static const FieldMapping<StageHistoryEntry> m{
        {u"opportunity_id"_s, &StageHistoryEntry::opportunityId},
        {u"stage"_s, &StageHistoryEntry::stage},
        {u"entered_at"_s, &StageHistoryEntry::enteredAt},
        {u"left_at"_s, &StageHistoryEntry::leftAt},
        {u"by_rep_id"_s, &StageHistoryEntry::byRepId},
    };
    return m;
}

} // namespace Stride
