#include "serviceticket.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString ServiceTicket::entity() {
    return u"service_tickets"_s;
}

const FieldMapping<ServiceTicket>& ServiceTicket::mapping() {
    static const FieldMapping<ServiceTicket> m{
        {u"customer_id"_s, &ServiceTicket::customerId}, {u"subject"_s, &ServiceTicket::subject},
        {u"opened_at"_s, &ServiceTicket::openedAt},     {u"first_response_at"_s, &ServiceTicket::firstResponseAt},
        {u"closed_at"_s, &ServiceTicket::closedAt},     {u"satisfaction"_s, &ServiceTicket::satisfaction},
    };
    return m;
}

} // namespace Stride
