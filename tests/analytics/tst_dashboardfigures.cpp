#include "analytics/analyticsfilter.h"
#include "analytics/dashboardfigures.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/orgcalendar.h"
#include "storage/readpool.h"
#include "verifyok.h"

#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Stride;

// The dashboard page's figures computed at the same time on several connections (ReadPool) must equal the same
// figures computed one after another; the pool runs each job exactly once, skips jobs once stale, and still runs
// every job when a helper cannot open the replica.
class TestDashboardFigures : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    const FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC)};

    static QStringList summary(const DashboardFigures& f) {
        QStringList s;
        s << u"funnel %1 lost %2"_s.arg(f.funnel.total).arg(f.funnel.lost);
        for (const FunnelStage& st : f.funnel.stages)
            s << u"stage %1 %2 %3 %4"_s.arg(st.stage).arg(st.current).arg(st.reached).arg(st.stays);
        s << u"health %1/%2 reps %3"_s.arg(f.health.org.done).arg(f.health.org.due).arg(f.health.reps.size());
        for (const CoverageMonth& m : f.coverage.org.months)
            s << u"coverage %1 %2/%3"_s.arg(m.month).arg(m.coveredReps).arg(m.dueReps);
        s << u"coverage teams %1"_s.arg(f.coverage.teams.size());
        for (const LeaderboardEntry& e : f.points.leaderboard)
            s << u"points %1 %2"_s.arg(e.repId).arg(e.points);
        s << u"forecast %1 %2"_s.arg(f.forecast.deals.size()).arg(f.forecast.board.amount, 0, 'f', 2);
        s << u"payments %1 %2"_s.arg(f.payments.items.size()).arg(f.payments.overdue.count);
        return s;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_path = m_dir.filePath(u"demo.db"_s);
        auto db = Database::open(m_path);
        VERIFY_OK(db);
        m_db = std::move(*db);
        DemoOptions o;
        o.customers = 240;
        o.seed = 11;
        o.today = QDate(2026, 11, 20);
        auto generated = DemoGenerator::generate(*m_db, o);
        VERIFY_OK(generated);
    }

    // The filter bar's periods: whole calendar months (UTC) up to and including the current one.
    void lastMonths_data() {
        QTest::addColumn<int>("months");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        const auto d = [](int y, int m, int day) { return QDateTime(QDate(y, m, day), QTime(0, 0), Qt::UTC); };
        QTest::newRow("this month") << 1 << d(2026, 11, 1) << d(2026, 12, 1);
        QTest::newRow("last 6 months") << 6 << d(2026, 6, 1) << d(2026, 12, 1);
        QTest::newRow("last 12 months, across a year") << 12 << d(2025, 12, 1) << d(2026, 12, 1);
        QTest::newRow("all time") << 0 << QDateTime() << QDateTime();
    }
    void lastMonths() {
        QFETCH(int, months);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        // 02:00 on 1 December in Shanghai is still 30 November in UTC: the months are UTC months.
        const QDateTime now(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC);
        const AnalyticsFilter f = AnalyticsFilter::lastMonths(months, now);
        QCOMPARE(f.from, from.isValid() ? from.toSecsSinceEpoch() : 0);
        QCOMPARE(f.to, to.isValid() ? to.toSecsSinceEpoch() : 0);
        QVERIFY(f.teamId.isEmpty() && f.repId.isEmpty());
    }

    // The demo organisation counts in Shanghai: the filter bar's whole months are its months, so six months are six
    // coverage months (not a seventh of the 8 hours that are already 1 December in Shanghai).
    void filterBarMonthsAreTheOrganisationsMonths() {
        const OrgCalendar calendar = OrgCalendar::of(*m_db, m_clock);
        QCOMPARE(calendar.zone().id(), QByteArray("Asia/Shanghai"));
        const AnalyticsFilter bar = AnalyticsFilter::lastMonths(6, m_clock.now());
        QCOMPARE(bar.wholeMonths, 6);
        const DashboardFigures f = DashboardFigures::compute(*m_db, nullptr, bar, m_clock, [] { return false; });
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(u"; "_s)));
        QStringList months;
        for (const CoverageMonth& m : f.coverage.org.months)
            months << m.month;
        QCOMPARE(months,
                 (QStringList{u"2026-06"_s, u"2026-07"_s, u"2026-08"_s, u"2026-09"_s, u"2026-10"_s, u"2026-11"_s}));
        const AnalyticsFilter org = AnalyticsFilter::lastMonths(6, calendar);
        QCOMPARE(org.from, QDateTime(QDate(2026, 6, 1), QTime(0, 0), calendar.zone()).toSecsSinceEpoch());
        const Result<CoverageResult> direct = CoverageKpi::compute(*m_db, org, m_clock);
        QVERIFY(direct);
        QCOMPARE(f.coverage.org.months.last().dueReps, direct->org.months.last().dueReps);
        QCOMPARE(f.filter.from, bar.from); // the figures say which filter they answer
    }

    void poolRunsEveryJobOnce_data() {
        QTest::addColumn<int>("helpers");
        QTest::newRow("no helper") << 0;
        QTest::newRow("one helper") << 1;
        QTest::newRow("three helpers") << 3;
    }
    void poolRunsEveryJobOnce() {
        QFETCH(int, helpers);
        ReadPool pool(m_path, helpers);
        QCOMPARE(pool.helpers(), helpers);
        for (int round = 0; round < 3; ++round) { // the connections stay open between batches
            QList<ReadPool::Job> jobs;
            QMutex mutex;
            QSet<Database*> connections;
            std::vector<std::atomic<int>> ran(20);
            std::atomic<int> failedReads{0};
            for (int k = 0; k < 20; ++k) {
                jobs.append([&, k](const Database& c) {
                    ++ran[std::size_t(k)];
                    // A read on the job's connection, so that a job takes a moment and the helpers share the batch.
                    if (!c.exec(u"SELECT count(*) FROM customers"_s))
                        ++failedReads;
                    QMutexLocker lock(&mutex);
                    connections.insert(const_cast<Database*>(&c));
                });
            }
            QVERIFY(pool.run(*m_db, jobs, [] { return false; }));
            for (const auto& n : ran)
                QCOMPARE(n.load(), 1);
            QCOMPARE(failedReads.load(), 0);
            QVERIFY(connections.contains(m_db.get()) || helpers > 0);
            QVERIFY(connections.size() <= 1 + helpers);
            if (helpers == 0)
                QCOMPARE(connections.size(), 1);
        }
    }

    void staleJobsAreSkipped() {
        ReadPool pool(m_path, 1);
        std::atomic<int> ran{0};
        std::atomic<bool> stale{false};
        QList<ReadPool::Job> jobs;
        for (int k = 0; k < 10; ++k) {
            jobs.append([&](const Database&) {
                if (++ran == 2)
                    stale = true; // a newer filter arrived
            });
        }
        QVERIFY(pool.run(*m_db, jobs, [&] { return stale.load(); }));
        QVERIFY(ran.load() >= 2);
        QVERIFY(ran.load() <= 3); // at most one more job was already past its check on the other thread
    }

    void helperThatCannotOpenLeavesTheWorkToTheCaller() {
        ReadPool pool(m_dir.filePath(u"missing.db"_s), 2);
        std::atomic<int> ran{0};
        QList<ReadPool::Job> jobs(8, [&](const Database& c) {
            QCOMPARE(&c, m_db.get());
            ++ran;
        });
        const Status s = pool.run(*m_db, jobs, [] { return false; });
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"missing.db"_s), qPrintable(s.error()));
        QCOMPARE(ran.load(), 8);
    }

    // The page: the same figures at the same time on three connections as one after another on one.
    void parallelEqualsSequential_data() {
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("team");
        QTest::newRow("org, last 6 months") << 6 << false;
        QTest::newRow("org, all time") << 0 << false;
        QTest::newRow("a team, last 3 months") << 3 << true;
    }
    void parallelEqualsSequential() {
        QFETCH(int, months);
        QFETCH(bool, team);
        AnalyticsFilter filter = AnalyticsFilter::lastMonths(months, m_clock.now());
        if (team) {
            auto q = m_db->exec(u"SELECT id FROM teams ORDER BY name, id LIMIT 1"_s);
            QVERIFY(q && q->next());
            filter.teamId = q->value(0).toString();
        }
        const auto never = [] { return false; };
        const DashboardFigures one = DashboardFigures::compute(*m_db, nullptr, filter, m_clock, never);
        QVERIFY2(one.errors.isEmpty(), qPrintable(one.errors.join(u"; "_s)));
        QVERIFY(one.complete);
        QVERIFY(one.funnel.total > 0);
        ReadPool pool(m_path, 2);
        for (int round = 0; round < 2; ++round) {
            const DashboardFigures many = DashboardFigures::compute(*m_db, &pool, filter, m_clock, never);
            QVERIFY2(many.errors.isEmpty(), qPrintable(many.errors.join(u"; "_s)));
            QVERIFY(many.complete);
            QCOMPARE(summary(many), summary(one));
        }
        // Stale before it starts: nothing computed, not complete.
        const DashboardFigures none = DashboardFigures::compute(*m_db, &pool, filter, m_clock, [] { return true; });
        QVERIFY(!none.complete);
        QCOMPARE(none.funnel.total, 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
