#include "replicaloader.h"

#include "demo/demogenerator.h"
#include "replicaworker.h"
#include "storage/orgrepository.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

Status cancelledStatus() {
    return fail(ErrorCode::Cancelled, u"cancelled"_s);
}

// On the worker, once the replica is open and migrated: fills an empty one with the demo organisation.
// `progress` is called there too.
Status fillDemo(ReplicaWorker::Context& c, int customers, const std::shared_ptr<std::atomic<bool>>& cancel,
                const std::function<void(int percent, const QString& phase)>& progress) {
    const Result<bool> anyone = OrgRepository(c.store).hasAnyone();
    if (!anyone || *anyone)
        return Status();
    DemoOptions options;
    options.customers = customers;
    int last = -1;
    // The generator ends by scoring the customers (and making their visit-due tasks).
    options.progress = [&](int percent) {
        if (percent != last)
            progress(percent, percent < DemoGenerator::kScoringPercent ? u"demo"_s : u"scores"_s);
        last = percent;
    };
    options.cancelled = [cancel] { return cancel->load(); };
    Result<DemoSummary> summary = DemoGenerator::generate(c.db, options);
    if (!summary)
        return cancel->load() ? cancelledStatus() : fail(summary.code(), summary.error());
    return Status();
}

} // namespace

ReplicaLoader::ReplicaLoader(Request request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request)) {}

ReplicaLoader::~ReplicaLoader() {
    m_cancel->store(true);
    delete m_worker; // waits for the job: a demo generation stops within a second and rolls back
}

bool ReplicaLoader::isRunning() const {
    return m_worker && m_worker->isBusy();
}

void ReplicaLoader::start() {
    m_worker = new ReplicaWorker(m_request.path, Clock::system(),
                                 {u"replica-loader"_s, Database::Access::ReadWrite, /*lowerPriority=*/false,
                                  /*interruptible=*/false});
    emit progress(0, u"open"_s);
    // The worker opens (creates, migrates) the replica before the job; an error there reaches `done`.
    QPointer<ReplicaLoader> self(this);
    const Request request = m_request;
    auto report = [self](int percent, const QString& phase) {
        QMetaObject::invokeMethod(self, [self, percent, phase] {
            if (self)
                emit self->progress(percent, phase);
        });
    };
    m_worker->post<bool>(
        m_worker->ticket(),
        [request, cancel = m_cancel, report](ReplicaWorker::Context& c) -> Result<bool> {
            if (cancel->load())
                return fail(ErrorCode::Cancelled, u"cancelled"_s);
            if (request.fillDemo) {
                if (const Status s = fillDemo(c, request.demoCustomers, cancel, report); !s)
                    return fail(s.code(), s.error());
            }
            return true;
        },
        [this](const Result<bool>& ready) {
            if (!ready && ready.code() == ErrorCode::Cancelled) {
                emit cancelled();
                return;
            }
            if (!ready) {
                emit finished(false, ready.error());
                return;
            }
            emit progress(100, u"open"_s);
            emit finished(true, QString());
        });
}

} // namespace Stride
