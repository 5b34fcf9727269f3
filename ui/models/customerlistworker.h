#pragma once

#include "domain/customerlistrow.h"
#include "storage/customerquery.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

struct sqlite3;

namespace Stride {

class Database;

// Lives on the customer list's worker thread with its OWN connection to the replica: runs CustomerQuery
// counts and page fetches so the GUI thread never waits on them. Requests of an outdated generation (the
// user typed on) are skipped unrun.
class CustomerListWorker final : public QObject {
    Q_OBJECT
public:
    struct Request {
        quint64 generation = 0;
        CustomerQuery::Filter filter;
        CustomerQuery::Sort sort = CustomerQuery::Sort::Name;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    using CountReply = std::function<void(quint64 generation, int count)>;
    using PageReply = std::function<void(quint64 generation, int offset, QList<CustomerListRow> rows)>;

    CustomerListWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest);
    ~CustomerListWorker() override;

    // Any thread: aborts the query running now (a stale one: the user typed on). A query of the current
    // generation that gets caught by it is run again.
    void interrupt();

    // Both run on the worker thread; replies are called there too (the model posts them back).
    void count(const Request& request, const CountReply& reply);
    void fetch(const Request& request, int offset, int limit, const PageReply& reply);

private:
    bool ensureOpen();
    CustomerQuery& query(const Request& request);

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<Database> m_db;
    std::atomic<sqlite3*> m_handle{nullptr};
    // The current generation's query: its text plan (a full-text hit count) is worked out once, not per page.
    std::unique_ptr<CustomerQuery> m_query;
    quint64 m_queryGeneration = 0;
};

} // namespace Stride
