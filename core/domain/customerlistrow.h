#pragma once

#include <QString>

#include <optional>

namespace Stride {

// One light row of the customer list (CustomerQuery): only what the list shows.
struct CustomerListRow {
    QString id;
    QString name;
    QString industry;
    QString region;
    QString tier;            // the effective tier (CustomerTier): an admin's pin, else the value score's
    bool tierPinned = false; // tier is a pin
    QString ownerId;
    QString ownerName;
    std::optional<double> valueScore;  // from customer_scores; empty before the first scoring
    std::optional<qint64> lastVisitAt; // epoch secs; empty when never visited
};

} // namespace Stride
