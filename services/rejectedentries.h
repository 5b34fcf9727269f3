#pragma once

#include "result.h"
#include "sync/syncreplica.h"

#include <QList>

namespace Stride {

// What the "Needs attention" view needs: the local edits the server refused (with its reason) that the user
// has not dismissed yet, and a way to dismiss one once read. Dismissing only hides it: the refused edit was
// never applied on the server, and the local row keeps its value until the next pull brings the server's.
class RejectedEntries {
public:
    virtual ~RejectedEntries() = default;
    virtual Result<QList<RejectedRecord>> open() = 0; // oldest first
    virtual Status dismiss(qint64 mutationId) = 0;    // an error when it is not open (unknown or dismissed)
};

} // namespace Stride
