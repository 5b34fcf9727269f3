#include "clock.h"
#include "replicaworker.h"
#include "storage/database.h"
#include "verifyok.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

// A query that keeps SQLite busy for a while (a few hundred ms) and whose answer is known: the rows it counted.
constexpr qint64 kLongCount = 1000000;
Result<qint64> countLong(ReplicaWorker::Context& c) {
    Result<QSqlQuery> q = c.db.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                    "SELECT count(*) FROM n"_s,
                                    {kLongCount});
    if (!q)
        return fail(q.error());
    if (!q->next())
        return fail(u"no row"_s);
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

} // namespace

// The base of every off-GUI-thread job on the replica (services/replicaworker.h): tickets, interrupts, delivery.
class TestReplicaWorker final : public QObject {
    Q_OBJECT
private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"replica.db"_s);
        QVERIFY2(Database::open(m_path).ok(), "the replica is created and migrated");
    }

    void resultsArriveOnTheCallersThread() {
        ReplicaWorker worker(m_path, m_clock, {u"test-worker"_s});
        QThread* caller = QThread::currentThread();
        QThread* ranOn = nullptr;
        QThread* deliveredOn = nullptr;
        std::optional<Result<qint64>> got;
        worker.post<qint64>(
            worker.ticket(),
            [&](ReplicaWorker::Context&) -> Result<qint64> {
                ranOn = QThread::currentThread();
                return 7;
            },
            [&](Result<qint64> r) {
                deliveredOn = QThread::currentThread();
                got = std::move(r);
            });
        QVERIFY(worker.isBusy());
        QTRY_VERIFY(got.has_value());
        QVERIFY(!worker.isBusy());
        QCOMPARE(got->value(), 7);
        QVERIFY(ranOn && ranOn != caller);
        QCOMPARE(deliveredOn, caller);
    }

    void aJobMadeStaleByANewerOneNeverDelivers() {
        ReplicaWorker worker(m_path, m_clock, {u"test-worker"_s});
        std::atomic<bool> firstStarted{false};
        std::atomic<bool> release{false};
        std::atomic<bool> sawStale{false};
        QList<int> delivered;
        const quint64 first = worker.ticket();
        worker.post<int>(
            first,
            [&](ReplicaWorker::Context& c) -> Result<int> {
                firstStarted = true;
                while (!release)
                    QThread::yieldCurrentThread();
                sawStale = c.stale();
                return 1;
            },
            [&](Result<int> r) { delivered << r.value(); });
        QTRY_VERIFY(firstStarted.load());
        const quint64 second = worker.newTicket();
        QVERIFY(second != first);
        // Queued under the old ticket after the new one was taken: skipped unrun.
        std::atomic<bool> oldQueuedRan{false};
        worker.post<int>(
            first,
            [&](ReplicaWorker::Context&) -> Result<int> {
                oldQueuedRan = true;
                return 2;
            },
            [&](Result<int> r) { delivered << r.value(); });
        worker.post<int>(
            second, [](ReplicaWorker::Context&) -> Result<int> { return 3; },
            [&](Result<int> r) { delivered << r.value(); });
        release = true;
        QTRY_VERIFY(!worker.isBusy());
        QTRY_COMPARE(delivered, QList<int>{3});
        QVERIFY(sawStale.load());
        QVERIFY(!oldQueuedRan.load());
    }

    void jobsSharingATicketAllDeliverInOrder() {
        ReplicaWorker worker(m_path, m_clock, {u"test-worker"_s});
        const quint64 ticket = worker.newTicket();
        QList<int> delivered;
        for (int i = 1; i <= 5; ++i) {
            worker.post<int>(
                ticket, [i](ReplicaWorker::Context&) -> Result<int> { return i; },
                [&](Result<int> r) { delivered << r.value(); });
        }
        QTRY_COMPARE(delivered, (QList<int>{1, 2, 3, 4, 5}));
        QVERIFY(!worker.isBusy());
    }

    // The race fixed at its root: newTicket() interrupts the stale job's SQL, and the job posted right after it
    // (on the same connection) runs to its full answer. Repeated with the new job posted at varying moments.
    void anInterruptForAnOldJobDoesNotCutTheNewOne_data() {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("right after the old job started") << 0;
        QTest::newRow("while the old job's query runs") << 20;
        QTest::newRow("late in the old job's query") << 80;
    }
    void anInterruptForAnOldJobDoesNotCutTheNewOne() {
        QFETCH(int, delayMs);
        ReplicaWorker worker(m_path, m_clock, {u"test-worker"_s});
        QList<Result<qint64>> delivered;
        auto done = [&](Result<qint64> r) { delivered << std::move(r); };
        for (int round = 0; round < 3; ++round) {
            delivered.clear();
            std::atomic<bool> started{false};
            std::atomic<bool> oldFinished{false};
            worker.post<qint64>(
                worker.newTicket(),
                [&](ReplicaWorker::Context& c) {
                    started = true;
                    Result<qint64> r = countLong(c);
                    oldFinished = true;
                    return r;
                },
                done);
            QTRY_VERIFY(started.load());
            QThread::msleep(delayMs);
            worker.post<qint64>(worker.newTicket(), countLong, done);
            QTRY_VERIFY_WITH_TIMEOUT(!worker.isBusy(), 20000);
            QVERIFY(oldFinished.load()); // jobs run one at a time: the old one ended before the new one
            QCOMPARE(delivered.size(), 1);
            VERIFY_OK(delivered.first());
            QCOMPARE(delivered.first().value(), kLongCount);
        }
    }

    void aWriterIsNeverInterrupted() {
        ReplicaWorker worker(m_path, m_clock,
                             {u"test-writer"_s, Database::Access::ReadWrite, /*lowerPriority=*/false,
                              /*interruptible=*/false});
        std::atomic<bool> started{false};
        std::atomic<bool> fullAnswer{false};
        std::optional<Result<qint64>> result;
        worker.post<qint64>(
            worker.ticket(),
            [&](ReplicaWorker::Context& c) {
                started = true;
                Result<qint64> r = countLong(c);
                fullAnswer = r.ok() && r.value() == kLongCount;
                return r;
            },
            [&](Result<qint64> r) { result = std::move(r); });
        QTRY_VERIFY(started.load());
        const quint64 newer = worker.newTicket(); // the running job goes stale, its SQL is not cut short
        std::optional<Result<qint64>> after;
        worker.post<qint64>(newer, countLong, [&](Result<qint64> r) { after = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 20000);
        QVERIFY(fullAnswer.load());   // ran to its end
        QVERIFY(!result.has_value()); // but stale: not delivered
        QVERIFY2(after->ok(), qPrintable(after->error()));
        QCOMPARE(after->value(), kLongCount);
    }

    void anUnopenableReplicaAnswersWithTheError() {
        ReplicaWorker worker(m_dir.filePath(u"missing/dir/replica.db"_s), m_clock, {u"test-worker"_s});
        std::optional<Result<int>> got;
        worker.post<int>(
            worker.ticket(), [](ReplicaWorker::Context&) -> Result<int> { return 1; },
            [&](Result<int> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QVERIFY(!got->error().isEmpty());
    }

    void objectsAJobKeepsLiveOnTheWorkerThread() {
        QPointer<QObject> kept;
        QThread* keptOn = nullptr;
        {
            ReplicaWorker worker(m_path, m_clock, {u"test-worker"_s});
            std::atomic<bool> done{false};
            worker.post<bool>(worker.ticket(),
                              [&](ReplicaWorker::Context& c) -> Result<bool> {
                                  kept = new QObject(&c.owner);
                                  keptOn = kept->thread();
                                  done = true;
                                  return true;
                              },
                              {});
            QTRY_VERIFY(done.load());
            QVERIFY(keptOn != QThread::currentThread());
        }
        QVERIFY(kept.isNull()); // destroyed with the worker, on its thread
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
};

QTEST_GUILESS_MAIN(TestReplicaWorker)
#include "tst_replicaworker.moc"
