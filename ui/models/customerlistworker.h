#pragma once

#include "domain/customerlistrow.h"
#include "replicaworker.h"
#include "storage/customerquery.h"

#include <QList>

#include <functional>
#include <memory>

namespace Stride {

// The customer list's ReplicaWorker: runs CustomerQuery counts and page fetches on its own read-only connection
// so the GUI thread never waits on them. Each filter or sort is a generation (a ticket): restart() skips the
// requests of older ones unrun and interrupts the query running for one, and their replies never arrive.
class CustomerListWorker final : public ReplicaWorker {
    Q_OBJECT
public:
    struct Request {
        quint64 generation = 0;
        CustomerQuery::Filter filter;
        CustomerQuery::Sort sort = CustomerQuery::Sort::Name;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    using CountReply = std::function<void(int count)>;
    using PageReply = std::function<void(int offset, QList<CustomerListRow> rows)>;

    explicit CustomerListWorker(QString path, QObject* parent = nullptr);

    // A new generation: what is queued or running for an older one is dropped.
    quint64 restart() { return newTicket(); }

    // Replies come on this object's thread, only while the request's generation is the current one. A failed
    // count replies 0; a failed page does not reply.
    void count(const Request& request, CountReply reply);
    void fetch(const Request& request, int offset, int limit, PageReply reply);

private:
    // Touched on the worker thread only: the current generation's query, whose text plan (a full-text hit count)
    // is worked out once, not per page.
    struct QueryCache {
        std::unique_ptr<CustomerQuery> query;
        quint64 generation = 0;
        CustomerQuery& queryFor(Database& db, const Request& request);
    };
    std::shared_ptr<QueryCache> m_cache;
};

} // namespace Stride
