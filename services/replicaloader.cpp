#include "replicaloader.h"

#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Stride {

ReplicaLoader::ReplicaLoader(Request request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request)) {}

ReplicaLoader::~ReplicaLoader() {
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ReplicaLoader::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void ReplicaLoader::start() {
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"replica-loader"_s);
    m_thread->start();
}

// Runs on the worker: signals emitted here are queued to receivers on the GUI thread.
void ReplicaLoader::run() {
    emit progress(0, u"open"_s);
    Result<std::unique_ptr<Database>> db = Database::open(m_request.path);
    if (!db) {
        emit finished(false, db.error());
        return;
    }
    if (m_cancel) {
        emit finished(false, u"cancelled"_s);
        return;
    }
    if (m_request.fillDemo) {
        Result<QSqlQuery> q = (*db)->exec(u"SELECT count(*) FROM reps"_s);
        const bool empty = q && q->next() && q->value(0).toLongLong() == 0;
        if (q)
            q->finish();
        if (empty) {
            DemoOptions options;
            options.customers = m_request.demoCustomers;
            int last = -1;
            // The generator ends by scoring the customers (and making their visit-due tasks).
            options.progress = [&](int percent) {
                if (percent != last)
                    emit progress(percent, percent < DemoGenerator::kScoringPercent ? u"demo"_s : u"scores"_s);
                last = percent;
            };
            options.cancelled = [this] { return m_cancel.load(); };
            Result<DemoSummary> summary = DemoGenerator::generate(**db, options);
            if (!summary) {
                emit finished(false, m_cancel ? u"cancelled"_s : summary.error());
                return;
            }
        }
    }
    emit progress(100, u"open"_s);
    emit finished(true, QString());
}

} // namespace Stride
