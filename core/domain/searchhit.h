#pragma once

#include <QString>

namespace Stride {

// One full-text search result (SearchRepository::search), best first.
struct SearchHit {
    QString kind;       // "customer", "contact", "visit", "insight"
    QString refId;      // id of the row in its table (customers, contacts, visits, insights)
    QString customerId; // the customer the row belongs to (its own id for kind "customer")
    QString title;      // the row's title text (name, summary …), shortened around the match when long
    QString snippet;    // a few words of the body around the match; may be empty
    double rank = 0; // lower is better: 0 name equals the text, 1 starts with it, 2 contains it, 3 other field, 4 note
};

} // namespace Stride
