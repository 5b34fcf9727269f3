#include "tiertext.h"

namespace Stride {

QString TierText::text(const QString& tier, bool pinned) {
    if (tier.isEmpty())
        return QString();
    return pinned ? tr("%1 (pinned)").arg(tier) : tier;
}

QString TierText::withWord(const QString& tier, bool pinned) {
    if (tier.isEmpty())
        return QString();
    return pinned ? tr("Tier %1 (pinned)").arg(tier) : tr("Tier %1").arg(tier);
}

QString TierText::toolTip(const QString& tier, bool pinned) {
    if (tier.isEmpty())
        return tr("No tier yet: the value score has not been computed.");
    return pinned ? tr("Tier %1 was pinned by hand by an admin or supervisor; the value score does not change it.")
                        .arg(tier)
                  : tr("Tier %1 follows the customer's value score.").arg(tier);
}

} // namespace Stride
