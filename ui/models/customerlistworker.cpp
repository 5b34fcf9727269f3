#include "models/customerlistworker.h"

#include "logging.h"

using namespace Qt::StringLiterals;

namespace Stride {

CustomerListWorker::CustomerListWorker(QString path, QObject* parent)
    // Not lowered like the other readers (ThreadPriority): a search's first page is what the user waits for, and
    // at nice 5 on a busy machine it queued behind every other process (3x the latency under a load of 6).
    : ReplicaWorker(std::move(path), Clock::system(),
                    Options{u"customer-list"_s, Database::Access::ReadOnly, /*lowerPriority=*/false}, parent)
    , m_cache(std::make_shared<QueryCache>()) {}

CustomerQuery& CustomerListWorker::QueryCache::queryFor(Database& db, const Request& request) {
    if (!query || generation != request.generation) {
        query = std::make_unique<CustomerQuery>(db);
        query->setFilter(request.filter);
        query->setSort(request.sort, request.order);
        generation = request.generation;
    }
    return *query;
}

void CustomerListWorker::count(const Request& request, CountReply reply) {
    post<int>(
        request.generation, [cache = m_cache, request](Context& c) { return cache->queryFor(c.db, request).count(); },
        [reply = std::move(reply)](Result<int> n) {
            if (!n)
                qCWarning(lcUi) << "customer count failed:" << n.error();
            reply(n ? n.value() : 0);
        });
}

void CustomerListWorker::fetch(const Request& request, int offset, int limit, PageReply reply) {
    post<QList<CustomerListRow>>(
        request.generation,
        [cache = m_cache, request, offset, limit](Context& c) {
            return cache->queryFor(c.db, request).fetch(offset, limit);
        },
        [reply = std::move(reply), offset](Result<QList<CustomerListRow>> rows) {
            if (!rows) {
                qCWarning(lcUi) << "customer page failed:" << rows.error();
                return;
            }
            reply(offset, std::move(rows.value()));
        });
}

} // namespace Stride
