#pragma once

#include "domain/syncedrow.h"

namespace Stride {

// A person at a customer, one row of `contacts`.
struct Contact final : SyncedRow<Contact> {
    QString customerId;
    QString name;
    QString title;
    QString phone;
    QString email;
    QString chainRole; // role in the decision chain, e.g. "decision maker", "technical", "purchasing"

    static QString entity();
    static const FieldMapping<Contact>& mapping();
};

} // namespace Stride
