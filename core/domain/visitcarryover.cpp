#include "visitcarryover.h"

#include "visit.h"

namespace Stride {

void VisitCarryOver::applyTo(Visit& visit) const {
    if (visit.address.isEmpty())
        visit.address = address;
    if (visit.contactId.isEmpty())
        visit.contactId = contactId;
}

} // namespace Stride
