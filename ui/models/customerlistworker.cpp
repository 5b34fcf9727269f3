#include "models/customerlistworker.h"

#include "logging.h"
#include "storage/database.h"

#include <sqlite3.h>

namespace Stride {

CustomerListWorker::CustomerListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(std::move(path))
    , m_latest(std::move(latest)) {}

CustomerListWorker::~CustomerListWorker() = default;

bool CustomerListWorker::ensureOpen() {
    if (m_db)
        return true;
    Result<std::unique_ptr<Database>> db = Database::open(m_path, Database::Access::ReadOnly);
    if (!db) {
        qCWarning(lcUi) << "customer list cannot open" << m_path << db.error();
        return false;
    }
    m_db = std::move(db.value());
    m_handle = m_db->handle();
    return true;
}

void CustomerListWorker::interrupt() {
    if (sqlite3* h = m_handle.load())
        sqlite3_interrupt(h);
}

CustomerQuery& CustomerListWorker::query(const Request& request) {
    if (!m_query || m_queryGeneration != request.generation) {
        m_query = std::make_unique<CustomerQuery>(*m_db);
        m_query->setFilter(request.filter);
        m_query->setSort(request.sort, request.order);
        m_queryGeneration = request.generation;
    }
    return *m_query;
}

void CustomerListWorker::count(const Request& request, const CountReply& reply) {
    if (request.generation != m_latest->load() || !ensureOpen())
        return;
    Result<int> n = query(request).count();
    if (!n && request.generation == m_latest->load())
        n = query(request).count(); // caught by an interrupt meant for the query before it
    if (!n) {
        if (request.generation != m_latest->load())
            return; // interrupted: the user typed on
        qCWarning(lcUi) << "customer count failed:" << n.error();
        reply(request.generation, 0);
        return;
    }
    reply(request.generation, n.value());
}

void CustomerListWorker::fetch(const Request& request, int offset, int limit, const PageReply& reply) {
    if (request.generation != m_latest->load() || !ensureOpen())
        return;
    Result<QList<CustomerListRow>> rows = query(request).fetch(offset, limit);
    if (!rows && request.generation == m_latest->load())
        rows = query(request).fetch(offset, limit);
    if (!rows) {
        if (request.generation != m_latest->load())
            return;
        qCWarning(lcUi) << "customer page failed:" << rows.error();
        return;
    }
    reply(request.generation, offset, std::move(rows.value()));
}

} // namespace Stride
