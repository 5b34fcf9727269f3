#pragma once

#include <QString>

namespace Stride {

struct Visit;

// Fields a new visit inherits from the customer's earlier records (免填字段, docs/sales-method.md rule 4): the address
// of the latest visit that had one (else the customer's address) and the contact of the latest visit
// that named one. Built by CustomerRepository::carryOver.
struct VisitCarryOver {
    QString address;
    QString contactId;
    QString contactName;
    QString contactTitle;

    // Prefills only what the visit leaves empty: an edit always overrides.
    void applyTo(Visit& visit) const;
};

} // namespace Stride
