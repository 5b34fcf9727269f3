#include "importrunner.h"

#include "import/importer.h"
#include "replicaworker.h"
#include "session.h"
#include "storage/database.h"
#include "storage/entitystore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSqlQuery>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Stride {

// What a commit wrote, for the session's store to announce.
struct ImportRunner::Written {
    ImportReport report;
    QString entity;
    QStringList ids;
};

namespace {

// Who acts in the window, as the importer on the worker needs it.
struct Actor {
    QString repId;
    bool rep = false;
};

// The owner of a customer of the replica; empty when there is none.
QString ownerOf(const Database& db, const QString& customerId) {
    Result<QSqlQuery> q = db.exec(u"SELECT owner_id FROM customers WHERE id = ?"_s, {customerId});
    return q && q->next() ? q->value(0).toString() : QString();
}

// A rep imports into their own book only. The importer checks this for the replica's signed-in user; the window
// may act as another user (the demo's role switch), so the acting rep is checked here too: a row that would write
// a customer of another rep, or a contact or order of one, is rejected with the reason.
void keepToOwnBook(ImportPlan& plan, const Database& db, const QString& repId) {
    const bool customers = plan.kind() == ImportKind::Customers;
    const int ownerColumn = plan.options.mapping.columnOf(customers ? u"owner"_s : u"customer"_s);
    const QString column = plan.options.mapping.header().value(ownerColumn);
    for (ImportPlannedRow& row : plan.rows) {
        if (row.action == ImportPlannedRow::Action::Reject)
            continue;
        QString owner;
        if (customers)
            owner =
                row.fields.contains(u"owner_id"_s) ? row.fields.value(u"owner_id"_s).toString() : ownerOf(db, row.id);
        else
            owner = ownerOf(db, row.fields.value(u"customer_id"_s).toString());
        if (owner.isEmpty() || owner == repId)
            continue;
        row.action = ImportPlannedRow::Action::Reject;
        row.issues << ImportIssue{row.line, column, row.shown.value(customers ? u"owner"_s : u"customer"_s).toString(),
                                  customers
                                      ? u"a rep imports into their own book only: the owner is another rep"_s
                                      : u"a rep imports into their own book only: the customer is another rep's"_s};
    }
}

Result<ImportPlan> validateOn(ReplicaWorker::Context& c, const Actor& actor, const ImportTable& table,
                              const ImportOptions& options, const Progress& progress) {
    Importer importer(c.store);
    if (!actor.repId.isEmpty())
        importer.setDefaultOwner(actor.repId);
    Result<ImportPlan> plan = importer.validate(table, options, progress);
    if (plan && actor.rep)
        keepToOwnBook(*plan, c.db, actor.repId);
    return plan;
}

} // namespace

ImportRunner::ImportRunner(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_cancelledUpTo(std::make_shared<std::atomic<quint64>>(0)) {}

// The worker, a child, waits for the job under way: a cancelled commit rolls back before the thread ends.
ImportRunner::~ImportRunner() {
    cancel();
}

ReplicaWorker& ImportRunner::worker() {
    if (!m_worker) {
        // Read-write for the commit; never interrupted (a transaction is never cut short: cancel() asks the job
        // to stop between rows, and it rolls back).
        m_worker = new ReplicaWorker(m_session.path(), m_session.clock(),
                                     {u"import"_s, Database::Access::ReadWrite, /*lowerPriority=*/false,
                                      /*interruptible=*/false},
                                     this);
    }
    return *m_worker;
}

void ImportRunner::begin(Step step) {
    ++m_pending;
    ++m_posted;
    if (m_step != step) {
        m_step = step;
        emit stepChanged(step);
    }
}

void ImportRunner::end() {
    if (--m_pending == 0 && m_step != Step::Idle) {
        m_step = Step::Idle;
        emit stepChanged(Step::Idle);
    }
}

Progress ImportRunner::jobProgress() {
    struct Throttle {
        std::mutex lock;
        QElapsedTimer since;
    };
    auto throttle = std::make_shared<Throttle>();
    QPointer<ImportRunner> self(this);
    Progress p;
    p.step = [self, throttle](qint64 done, qint64 total) {
        {
            std::lock_guard<std::mutex> guard(throttle->lock);
            if (throttle->since.isValid() && throttle->since.elapsed() < 50 && done != total)
                return;
            throttle->since.start();
        }
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (self && self->isBusy())
                emit self->progress(done, total);
        });
    };
    p.cancelled = [upTo = m_cancelledUpTo, job = m_posted] { return upTo->load() >= job; };
    return p;
}

template <typename T> void ImportRunner::deliver(const Result<T>& result, void (ImportRunner::*signal)(const T&)) {
    end();
    if (result)
        emit(this->*signal)(result.value());
    else if (result.code() == ErrorCode::Cancelled)
        emit cancelled();
    else
        emit failed(result.error());
}

void ImportRunner::listSheets(const QString& path) {
    begin(Step::Reading);
    worker().post<QStringList>(
        worker().ticket(), [path](ReplicaWorker::Context&) { return ImportReader::sheetNames(path); },
        [this](const Result<QStringList>& names) { deliver(names, &ImportRunner::sheetsListed); });
}

void ImportRunner::load(const ImportSource& source) {
    begin(Step::Reading);
    worker().post<ImportTable>(
        worker().ticket(), [source](ReplicaWorker::Context&) { return ImportReader::read(source); },
        [this](const Result<ImportTable>& table) { deliver(table, &ImportRunner::loaded); });
}

void ImportRunner::validate(const ImportTable& table, const ImportOptions& options, int previewRows) {
    begin(Step::Validating);
    const Actor actor{m_session.user().id, m_session.user().isRep()};
    const Progress progress = jobProgress();
    worker().post<ImportCheck>(
        worker().ticket(),
        [actor, table, options, progress, previewRows](ReplicaWorker::Context& c) -> Result<ImportCheck> {
            Result<ImportPlan> plan = validateOn(c, actor, table, options, progress);
            if (!plan)
                return fail(plan.code(), plan.error());
            return ImportCheck{plan->preview(previewRows), plan->report()};
        },
        [this](const Result<ImportCheck>& check) { deliver(check, &ImportRunner::validated); });
}

void ImportRunner::commit(const ImportTable& table, const ImportOptions& options) {
    begin(Step::Writing);
    const Actor actor{m_session.user().id, m_session.user().isRep()};
    const Progress progress = jobProgress();
    worker().post<Written>(
        worker().ticket(),
        [actor, table, options, progress](ReplicaWorker::Context& c) -> Result<Written> {
            if (progress.isCancelled()) // before it started
                return fail(ErrorCode::Cancelled, u"import cancelled"_s);
            Result<ImportPlan> plan = validateOn(c, actor, table, options, progress);
            if (!plan)
                return fail(plan.code(), plan.error());
            if (progress.isCancelled())
                return fail(ErrorCode::Cancelled, u"import cancelled"_s);
            Written written;
            // What the worker's store announces is what was written: the session's store announces it again.
            const QMetaObject::Connection heard = QObject::connect(
                &c.store, &EntityStore::changed, &c.owner, [&written](const QString& entity, const QStringList& ids) {
                    written.entity = entity;
                    written.ids << ids;
                });
            Importer importer(c.store);
            Result<ImportReport> report = importer.commit(*plan, progress);
            QObject::disconnect(heard);
            if (!report)
                return fail(report.code(), report.error());
            written.report = report.value();
            return written;
        },
        [this](const Result<Written>& written) {
            end();
            if (written) {
                announce(*written);
                emit finished(written->report);
            } else if (written.code() == ErrorCode::Cancelled) {
                emit cancelled();
            } else {
                emit failed(written.error());
            }
        });
}

// The rows written are local edits: models refresh, the scores follow, and the sync controller pushes them.
void ImportRunner::announce(const Written& written) {
    if (!written.ids.isEmpty())
        m_session.store().notifyChanged(written.entity, written.ids);
}

void ImportRunner::cancel() {
    m_cancelledUpTo->store(m_posted);
}

} // namespace Stride
