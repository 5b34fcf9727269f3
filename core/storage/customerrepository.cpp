#include "customerrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

bool outsidePercent(const std::optional<double>& v) {
    return v && (*v < 0 || *v > 100);
}

} // namespace

Result<Customer> CustomerRepository::customer(const QString& id) const {
    return byId<Customer>(id);
}

Result<QHash<QString, QString>> CustomerRepository::names(const QStringList& ids) const {
    Result<QSqlQuery> q = database().exec(
        u"SELECT id, name FROM customers WHERE id IN (SELECT value FROM json_each(?)) AND deleted = 0"_s,
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
    if (!q)
        return fail(q.error());
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Result<QList<Customer>> CustomerRepository::customersOwnedBy(const QString& repId) const {
    return selectList<Customer>(u"WHERE owner_id = ? AND deleted = 0 ORDER BY name"_s, {repId});
}

Result<QString> CustomerRepository::save(const Customer& customer) {
    if (customer.name.trimmed().isEmpty())
        return fail(u"a customer needs a name"_s);
    if (!customer.tier.isEmpty() && !QStringList{u"A"_s, u"B"_s, u"C"_s}.contains(customer.tier))
        return fail(u"customer tier must be A, B or C, not '%1'"_s.arg(customer.tier));
    if (outsidePercent(customer.satisfaction))
        return fail(u"customer satisfaction must be within 0–100"_s);
    if (outsidePercent(customer.trialParticipation))
        return fail(u"customer trial participation must be within 0–100"_s);
    Customer row = customer;
    if (row.id.isEmpty() && !row.createdAt)
        row.createdAt = now();
    return applyReturningFirstId({writeFor(row)});
}

Status CustomerRepository::remove(const QString& id) {
    return store().remove(Customer::entity(), id);
}

Result<Contact> CustomerRepository::contact(const QString& id) const {
    return byId<Contact>(id);
}

Result<QList<Contact>> CustomerRepository::contacts(const QString& customerId) const {
    return selectList<Contact>(u"WHERE customer_id = ? AND deleted = 0 ORDER BY name"_s, {customerId});
}

Result<QString> CustomerRepository::saveContact(const Contact& contact) {
    if (contact.customerId.isEmpty())
        return fail(u"a contact needs a customer"_s);
    if (contact.name.trimmed().isEmpty())
        return fail(u"a contact needs a name"_s);
    return applyReturningFirstId({writeFor(contact)});
}

Status CustomerRepository::removeContact(const QString& id) {
    return store().remove(Contact::entity(), id);
}

Result<VisitCarryOver> CustomerRepository::carryOver(const QString& customerId) const {
    Result<Customer> owner = customer(customerId);
    if (!owner)
        return fail(owner.error());
    VisitCarryOver carry;
    carry.address = owner->address;
    // Both walk visits_customer_time backwards and stop at the first visit that has the field.
    Result<QSqlQuery> address =
        database().exec(u"SELECT address FROM visits WHERE customer_id = ? AND deleted = 0 AND address IS NOT NULL "
                        "AND address <> '' ORDER BY visited_at DESC LIMIT 1"_s,
                        {customerId});
    if (!address)
        return fail(address.error());
    if (address->next())
        carry.address = address->value(0).toString();
    Result<QSqlQuery> contact = database().exec(
        u"SELECT c.id, c.name, c.title FROM visits v JOIN contacts c ON c.id = v.contact_id AND c.deleted = 0 "
        "WHERE v.customer_id = ? AND v.deleted = 0 ORDER BY v.visited_at DESC LIMIT 1"_s,
        {customerId});
    if (!contact)
        return fail(contact.error());
    if (contact->next()) {
        carry.contactId = contact->value(0).toString();
        carry.contactName = contact->value(1).toString();
        carry.contactTitle = contact->value(2).toString();
    }
    return carry;
}

} // namespace Stride
