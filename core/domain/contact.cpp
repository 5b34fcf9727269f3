#include "contact.h"

using namespace Qt::StringLiterals;

namespace Stride {

QString Contact::entity() {
    return u"contacts"_s;
}

const FieldMapping<Contact>& Contact::mapping() {
    static const FieldMapping<Contact> m{
        {u"customer_id"_s, &Contact::customerId},
        {u"name"_s, &Contact::name},
        {u"title"_s, &Contact::title},
        {u"phone"_s, &Contact::phone},
        {u"email"_s, &Contact::email},
        {u"chain_role"_s, &Contact::chainRole},
    };
    return m;
}

} // namespace Stride
