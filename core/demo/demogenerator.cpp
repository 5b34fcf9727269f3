#include "demogenerator.h"

#include "demobulkload.h"
#include "demorun.h"
#include "demoscoring.h"
#include "demosearchwriter.h"
#include "domain/orgpolicy.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/settingsstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// When the load's steps ended, in nanoseconds from its start.
struct LoadTimes {
    qint64 rows = 0;         // the rows written
    qint64 indexes = 0;      // the indexes and summaries rebuilt
    qint64 searchBuilt = 0;  // the helper thread's search index finished
    qint64 searchCopied = 0; // and copied into the replica
};

// The demo fills only an empty, writable replica, with a customer count it can scale the organisation to.
Status checkTarget(Database& db, const DemoOptions& options) {
    if (options.customers < 1 || options.customers > 200000)
        return fail(u"the demo organisation needs 1 to 200,000 customers, not %1"_s.arg(options.customers));
    if (db.readOnly())
        return fail(u"cannot generate demo data into %1: the database is open read-only"_s.arg(db.path()));
    Result<QSqlQuery> existing = db.exec(u"SELECT (SELECT count(*) FROM reps) + (SELECT count(*) FROM customers)"_s);
    if (!existing)
        return fail(u"cannot inspect %1: %2"_s.arg(db.path(), existing.error()));
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return fail(
            u"%1 already holds an organisation; the demo generator only fills an empty replica"_s.arg(db.path()));
    existing->finish();
    return {};
}

// Index builds and the summary rebuild are single statements of many seconds at 100k customers: SQLite's progress
// handler lets a cancel reach into them (the statement fails as interrupted, and all rolls back). The returned guard
// removes the handler.
auto letCancelInterrupt(Database& db, const std::function<bool()>& cancelled) {
    const bool cancellable = bool(cancelled);
    if (cancellable) {
        sqlite3_progress_handler(
            db.handle(), 100000,
            [](void* callback) { return (*static_cast<const std::function<bool()>*>(callback))() ? 1 : 0; },
            const_cast<std::function<bool()>*>(&cancelled));
    }
    return qScopeGuard([&db, cancellable] {
        if (cancellable)
            sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    });
}

// Rows go in fastest without the triggers that keep the search index and the summaries and without the secondary
// indexes (DemoBulkLoad); the demo's "now" is recorded with them.
Status prepareBulkLoad(Database& db, DemoBulkLoad& bulk, const QDateTime& now) {
    if (Status s = bulk.dropSearchTriggers(); !s)
        return fail(u"cannot prepare the search index for the demo load: %1"_s.arg(s.error()));
    if (Status s = bulk.dropSummaryTriggers(); !s)
        return fail(u"cannot prepare the analytics summaries for the demo load: %1"_s.arg(s.error()));
    if (Status s = bulk.dropIndexes(DemoRun::tables()); !s)
        return fail(u"cannot prepare the indexes for the demo load: %1"_s.arg(s.error()));
    if (Status s = SettingsStore(db).setValue(Settings::demoNow, now.toString(Qt::ISODate)); !s)
        return fail(u"cannot record the demo's day: %1"_s.arg(s.error()));
    return {};
}

// After the rows: the triggers and indexes back, the summaries rebuilt, and the search index the helper thread
// built copied in.
Status finishBulkLoad(Database& db, DemoBulkLoad& bulk, DemoSearchWriter& search,
                      const std::function<bool()>& cancelled, const QElapsedTimer& timer, LoadTimes* times) {
    if (Status s = bulk.restoreTriggers(); !s)
        return fail(u"cannot restore the search and summary triggers: %1"_s.arg(s.error()));
    if (Status s = bulk.restoreIndexes(); !s)
        return fail(u"cannot rebuild the indexes after the demo load: %1"_s.arg(s.error()));
    if (Status s = bulk.rebuildSummaries(); !s)
        return s;
    times->indexes = timer.nsecsElapsed();
    if (Status s = search.finish(cancelled); !s)
        return fail(u"cannot build the search index: %1"_s.arg(s.error()));
    times->searchBuilt = timer.nsecsElapsed();
    if (Status s = db.copySearchIndex(u"demo_search"_s); !s)
        return fail(u"cannot copy the search index into the replica: %1"_s.arg(s.error()));
    times->searchCopied = timer.nsecsElapsed();
    return {};
}

void logLoad(const DemoSummary& summary, const LoadTimes& t) {
    qCInfo(lcDemo).nospace() << "demo organisation: " << summary.totalRows << " rows in " << summary.seconds
                             << " s (rows " << t.rows / 1e9 << " s, indexes and summaries "
                             << (t.indexes - t.rows) / 1e9 << " s, waiting for the search index "
                             << (t.searchBuilt - t.indexes) / 1e9 << " s, copying it "
                             << (t.searchCopied - t.searchBuilt) / 1e9 << " s, commit "
                             << summary.seconds - t.searchCopied / 1e9 << " s)";
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& options) {
    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = load(db, options);
    if (!summary)
        return summary;
    // Scored on the demo's own clock (the same seed and day give the same bytes); the visit-due tasks follow the
    // tiers the scores give.
    const qint64 loaded = timer.nsecsElapsed();
    Result<qint64> visitDue = DemoScoring::apply(db, summary->now, options.seed);
    if (!visitDue)
        return fail(visitDue.error());
    summary->rows[u"tasks"_s] += *visitDue;
    summary->totalRows += *visitDue;
    summary->seconds = double(timer.nsecsElapsed()) / 1e9;
    if (options.progress)
        options.progress(100);
    qCInfo(lcDemo).nospace() << "demo organisation scored, " << *visitDue << " visit-due tasks, in "
                             << summary->seconds - loaded / 1e9 << " s";
    return summary;
}

// The search index is built on a helper thread into a scratch file (DemoSearchWriter). ATTACH is refused inside a
// transaction, so the scratch file is attached (empty) before it begins, and detached after it ends: that guard is
// declared before the transaction, so it runs after a rollback. The transaction is deferred so that it never locks the
// scratch file the helper thread writes; its first statement writes the replica, which takes the replica's write lock
// at once, as BEGIN IMMEDIATE would.
Result<DemoSummary> DemoGenerator::load(Database& db, const DemoOptions& options) {
    if (Status s = checkTarget(db, options); !s)
        return fail(s.error());
    QElapsedTimer timer;
    timer.start();
    DemoOptions resolved = options;
    if (!resolved.today.isValid())
        resolved.today = QDateTime::currentDateTimeUtc().toTimeZone(timeZone()).date();
    const auto failed = [&](const QString& message) -> Result<DemoSummary> {
        if (options.cancelled && options.cancelled())
            return fail(ErrorCode::Cancelled, cancelledMessage());
        return fail(message);
    };

    DemoBulkLoad bulk(db);
    Result<QString> declaration = db.searchDeclaration();
    if (!declaration)
        return fail(u"cannot prepare the search index for the demo load: %1"_s.arg(declaration.error()));
    // ATTACH is refused inside a transaction: the scratch file is attached before it begins (see above).
    DemoSearchWriter search;
    if (Status s = search.create(db.path()); !s)
        return fail(s.error());
    if (Status s = db.execute(u"ATTACH DATABASE ? AS demo_search"_s, {search.path()}); !s)
        return fail(u"cannot attach the search index scratch file: %1"_s.arg(s.error()));
    auto detach = qScopeGuard([&] { (void)db.execute(u"DETACH DATABASE demo_search"_s); });
    search.start(*declaration);
    Transaction tx(db, Transaction::Mode::Deferred);
    if (!tx.started())
        return failed(tx.started().error());
    if (Status s = db.clearSearchIndex(); !s)
        return failed(u"cannot prepare the search index for the demo load: %1"_s.arg(s.error()));
    // Declared after the transaction and the bulk-load guard so it is gone before they roll back and restore
    // the pragmas.
    const auto removeHandler = letCancelInterrupt(db, options.cancelled);
    DemoSummary summary;
    summary.now = nowOf(resolved.today);
    if (Status s = prepareBulkLoad(db, bulk, summary.now); !s)
        return failed(s.error());
    {
        DemoRun run(db.handle(), resolved, search);
        if (Status s = run.run(); !s)
            return failed(s.error());
        summary.rows = run.rowCounts();
    } // finalises the statements before the schema changes back
    LoadTimes times;
    times.rows = timer.nsecsElapsed();
    if (Status s = finishBulkLoad(db, bulk, search, options.cancelled, timer, &times); !s)
        return failed(s.error());
    if (Status s = tx.commit(); !s)
        return failed(u"cannot commit the demo organisation: %1"_s.arg(s.error()));
    for (qint64 n : std::as_const(summary.rows))
        summary.totalRows += n;
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (options.progress)
        options.progress(kScoringPercent);
    logLoad(summary, times);
    return summary;
}

QTimeZone DemoGenerator::timeZone() {
    return QTimeZone(OrgPolicy::defaults(u"zh_CN"_s).timeZone.toUtf8());
}

QDateTime DemoGenerator::nowOf(const QDate& today) {
    return QDateTime(today, QTime(18, 0), timeZone()).toUTC();
}

QString DemoGenerator::cancelledMessage() {
    return u"the demo generation was cancelled"_s;
}

} // namespace Stride
