#pragma once

#include "domain/contact.h"
#include "domain/customer.h"
#include "domain/visitcarryover.h"
#include "storage/repository.h"

#include <QHash>

namespace Stride {

// Customers and their contacts. The long, filtered, paged customer list is CustomerQuery's job.
class CustomerRepository final : public Repository {
public:
    using Repository::Repository;

    Result<Customer> customer(const QString& id) const;
    // The names of the live customers among `ids`, by id, in one statement (a pipeline board names ~2,000).
    Result<QHash<QString, QString>> names(const QStringList& ids) const;
    // Customers owned by a rep, by name.
    Result<QList<Customer>> customersOwnedBy(const QString& repId) const;
    // Creates (empty id → a new UUID, createdAt stamped) or updates; returns the id.
    // Errors: empty name, tier other than A/B/C/empty, satisfaction or trial participation outside 0–100.
    Result<QString> save(const Customer& customer);
    Status remove(const QString& id);

    Result<Contact> contact(const QString& id) const;
    // A customer's contacts, by name.
    Result<QList<Contact>> contacts(const QString& customerId) const;
    // Errors: no customer, empty name.
    Result<QString> saveContact(const Contact& contact);
    Status removeContact(const QString& id);

    // What a new visit of this customer is prefilled with (docs/sales-method.md rule 4, see VisitCarryOver).
    Result<VisitCarryOver> carryOver(const QString& customerId) const;
};

} // namespace Stride
