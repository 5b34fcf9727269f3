#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stride {

// How a customer's effective tier (CustomerTier) reads on every screen: "A", or "A (pinned)" with a tooltip
// when an admin or supervisor pinned it by hand, so the list, the checklist, the briefing card and the detail
// page say the same thing.
class TierText final {
    Q_DECLARE_TR_FUNCTIONS(TierText)
public:
    // "A" / "A (pinned)"; empty when there is no tier yet (not scored, not pinned).
    static QString text(const QString& tier, bool pinned);
    // "Tier A" / "Tier A (pinned)".
    static QString withWord(const QString& tier, bool pinned);
    // Why the tier is what it is, for a tooltip.
    static QString toolTip(const QString& tier, bool pinned);
};

} // namespace Stride
