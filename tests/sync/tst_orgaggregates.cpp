// The organisation's aggregates (docs/sync-protocol.md "Organisation aggregates"): the purchase distribution's
// breakpoints against the exact percentile rank, and a real stride-server (SQLite, and PostgreSQL through the
// *_postgres entry) that computes them, sends them to a rep, refuses a client's push of them, and recomputes
// them after an order push.
#include "analytics/coveragekpi.h"
#include "analytics/orgaggregates.h"
#include "analytics/valuescore.h"
#include "analytics/valuescoreservice.h"
#include "sampleorganisation.h"
#include "serverfixture.h"
#include "verifyok.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestOrgAggregates final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void breakpointsPlaceEveryCustomerWithinATenthOfItsRank_data();
    void breakpointsPlaceEveryCustomerWithinATenthOfItsRank();
    void theServerComputesThemAndARepReceivesThem();
    void aClientPushOfAnAggregateIsRefused();
    void anOrderPushMovesEveryonesP();
    void coverageBenchmarksAreTheDirectorsCoverage();
    void aReplicaWithoutThemRanksItsOwnCustomersAndSaysSo();

private:
    std::unique_ptr<ClientDevice> device(const QString& name, const QString& user);
    void waitForAggregates();

    ServerFixture m_server;
    QString m_skip;
    qint64 m_now = 0;
};

std::unique_ptr<ClientDevice> TestOrgAggregates::device(const QString& name, const QString& user) {
    auto d = std::make_unique<ClientDevice>(m_server.tempPath(name + u".sqlite"_s), m_server.endpoint());
    if (!d->signIn(user))
        return nullptr;
    return d;
}

void TestOrgAggregates::waitForAggregates() {
    QTRY_VERIFY_WITH_TIMEOUT(SampleOrganisation::aggregatesCaughtUp(m_server), 20000);
}

void TestOrgAggregates::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_skip = m_server.setUp({u"--aggregates"_s, u"on"_s, u"--aggregates-debounce"_s, u"100"_s});
    if (!m_skip.isEmpty())
        return; // the breakpoint test needs no server
    QVERIFY(SampleOrganisation::setUpPeople(m_server));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
    m_now = QDateTime::currentSecsSinceEpoch();
    auto director = device(u"director-seed"_s, SampleOrganisation::kDirector);
    QVERIFY(director);
    SyncReport r = director->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    const Status seeded = SampleOrganisation::seed(director->store(), m_now);
    VERIFY_OK(seeded);
    r = director->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rejected, 0);
}

void TestOrgAggregates::cleanupTestCase() {
    m_server.stop();
}

void TestOrgAggregates::breakpointsPlaceEveryCustomerWithinATenthOfItsRank_data() {
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("distinct");  // how many different totals (ties when fewer than customers)
    QTest::addColumn<double>("buyers"); // share of customers with purchases in the window
    QTest::newRow("a lone buyer") << 1 << 1 << 1.0;
    QTest::newRow("twelve, all different") << 12 << 1000000 << 1.0;
    QTest::newRow("900, many ties") << 900 << 40 << 0.8;
    QTest::newRow("5,000, every total different") << 5000 << 1000000000 << 0.7;
    QTest::newRow("30,000, few buyers") << 30000 << 1000000000 << 0.1;
    QTest::newRow("100,000, heavy ties") << 100000 << 300 << 0.6;
}

// P read from the server's breakpoints agrees with ValueScore's exact rank over every customer to 0.1.
void TestOrgAggregates::breakpointsPlaceEveryCustomerWithinATenthOfItsRank() {
    QFETCH(int, customers);
    QFETCH(int, distinct);
    QFETCH(double, buyers);
    QRandomGenerator rng(customers);
    QList<ValueScoreInput> inputs;
    QList<double> totals;
    for (int i = 0; i < customers; ++i) {
        double amount = 0;
        if (rng.generateDouble() < buyers) {
            // Heavy-tailed, on a grid of `distinct` values, in cents.
            const double u = rng.generateDouble();
            const int bucket = int(std::min(double(distinct - 1), std::floor(u * u * u * distinct)));
            amount = OrgAggregates::roundAmount(50.0 + bucket * 13.37);
        }
        inputs.append({u"c%1"_s.arg(i), amount, std::nullopt, std::nullopt});
        totals.append(amount);
    }
    const QList<ValueScoreBreakdown> exact = ValueScore::compute(inputs);
    const PurchaseDistribution d = OrgAggregates::distributionOf(totals, 0, 1);
    QVERIFY(d.points.size() <= 2100); // a few tens of kilobytes whatever the organisation's size
    double worst = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i)
        worst = std::max(worst, std::abs(OrgAggregates::percentile(d, inputs.at(i).purchaseAmount) - exact.at(i).p));
    QVERIFY2(worst <= OrgAggregates::kPercentilePrecision, qPrintable(u"off by %1"_s.arg(worst)));
}

void TestOrgAggregates::theServerComputesThemAndARepReceivesThem() {
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    waitForAggregates();
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_aggregates WHERE kind = 'purchase_distribution' AND deleted = 0 "
                            "AND vis_team IS NULL"_s),
             1);
    // One leaderboard per team and period; the team's row is visible by team.
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_aggregates WHERE kind = 'leaderboard' AND vis_team = 't-east' "
                            "AND deleted = 0"_s),
             5);

    auto rep = device(u"rep"_s, SampleOrganisation::kRep);
    QVERIFY(rep);
    const SyncReport r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    // The rep holds the organisation's rows and their own team's, not another team's.
    QVERIFY(rep->has(u"org_aggregates"_s, u"purchase_distribution"_s));
    QVERIFY(rep->has(u"org_aggregates"_s, u"leaderboard:months1:t-east"_s));
    QVERIFY(!rep->has(u"org_aggregates"_s, u"leaderboard:months1:t-west"_s));
    QVERIFY(!rep->has(u"customers"_s, u"c-zh-1"_s)); // and still none of another rep's rows

    // P of the rep's customer is its rank among all twelve customers, not among the rep's four.
    QList<ValueScoreInput> all;
    const QMap<QString, double> totals = SampleOrganisation::purchaseTotals();
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        all.append({it.key(), it.value(), std::nullopt, std::nullopt});
    const QList<ValueScoreBreakdown> exact = ValueScore::compute(all);
    ValueScoreService scores(rep->db());
    QVERIFY(scores.recomputeAll().ok());
    for (const ValueScoreBreakdown& e : exact) {
        if (!e.customerId.startsWith(u"c-li-"_s))
            continue;
        const Result<ValueScoreBreakdown> b = scores.scoreOf(e.customerId);
        VERIFY_OK(b);
        QVERIFY2(std::abs(b->p - e.p) < 1e-9, qPrintable(u"%1: P %2, exact %3"_s.arg(e.customerId).arg(b->p).arg(e.p)));
        QVERIFY(b->orgAsOf >= m_now - 5);
    }
}

void TestOrgAggregates::aClientPushOfAnAggregateIsRefused() {
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    auto director = device(u"director-push"_s, SampleOrganisation::kDirector);
    QVERIFY(director);
    QVERIFY(director->sync().ok);
    const qint64 before = m_server.count(u"SELECT version FROM org_aggregates WHERE id = 'purchase_distribution'"_s);
    QVERIFY(director->store()
                .save(u"org_aggregates"_s, u"purchase_distribution"_s,
                      {{u"value_json"_s, u"{\"customers\":1,\"points\":[[1,0,1]]}"_s}})
                .ok());
    const SyncReport r = director->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rejected, 1);
    QSqlQuery q = director->db().prepare(u"SELECT reason FROM rejected WHERE entity = 'org_aggregates'"_s);
    QVERIFY(q.exec() && q.next());
    QVERIFY2(q.value(0).toString().contains(u"computed by the server"_s), qPrintable(q.value(0).toString()));
    QCOMPARE(m_server.count(u"SELECT version FROM org_aggregates WHERE id = 'purchase_distribution'"_s), before);
}

void TestOrgAggregates::anOrderPushMovesEveryonesP() {
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    waitForAggregates();
    auto rep = device(u"rep-order"_s, SampleOrganisation::kRep);
    auto other = device(u"other-rep"_s, SampleOrganisation::kOtherRep);
    QVERIFY(rep && other);
    QVERIFY(rep->sync().ok);
    QVERIFY(other->sync().ok);
    ValueScoreService otherScores(other->db());
    QVERIFY(otherScores.recomputeAll().ok());
    const double before = otherScores.scoreOf(u"c-ch-3"_s)->p; // 2,500: below c-li-1's 5,000

    // The rep's customer c-li-4 (800) buys 10,000 more: it passes c-ch-3 on every laptop, not only the rep's.
    QVERIFY(rep->store()
                .save(u"orders"_s, u"c-li-4-o3"_s,
                      {{u"customer_id"_s, u"c-li-4"_s}, {u"ordered_at"_s, m_now - 86400}, {u"amount"_s, 10000.0}})
                .ok());
    QVERIFY(rep->sync().ok);
    waitForAggregates();
    QVERIFY(other->sync().ok);
    QVERIFY(otherScores.recomputeAll().ok());
    const double after = otherScores.scoreOf(u"c-ch-3"_s)->p;

    QList<ValueScoreInput> all;
    QMap<QString, double> totals = SampleOrganisation::purchaseTotals();
    totals[u"c-li-4"_s] += 10000;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        all.append({it.key(), it.value(), std::nullopt, std::nullopt});
    double exact = -1;
    for (const ValueScoreBreakdown& e : ValueScore::compute(all)) {
        if (e.customerId == u"c-ch-3"_s)
            exact = e.p;
    }
    QVERIFY2(after < before, qPrintable(u"P %1 before, %2 after"_s.arg(before).arg(after)));
    QVERIFY2(std::abs(after - exact) < 1e-9, qPrintable(u"P %1, exact %2"_s.arg(after).arg(exact)));
}

// The coverage a rep is compared with is what the director's full replica computes for the team and the org.
void TestOrgAggregates::coverageBenchmarksAreTheDirectorsCoverage() {
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    waitForAggregates();
    auto director = device(u"director-coverage"_s, SampleOrganisation::kDirector);
    auto rep = device(u"rep-coverage"_s, SampleOrganisation::kRep);
    QVERIFY(director && rep);
    QVERIFY(director->sync().ok);
    QVERIFY(rep->sync().ok);
    const Result<CoverageResult> local = CoverageKpi::compute(director->db(), {}, Clock::system());
    VERIFY_OK(local);
    const Result<CoverageBenchmarks> synced = OrgAggregates::coverageBenchmarks(rep->db());
    VERIFY_OK(synced);
    QVERIFY(synced->orgAsOf > 0);
    QCOMPARE(synced->teams.size(), 1); // the rep's own team only
    const auto text = [](const CoverageSeries& s) {
        QStringList months;
        for (const CoverageMonth& m : s.months)
            months << u"%1 %2/%3 %4"_s.arg(m.month).arg(m.coveredReps).arg(m.dueReps).arg(m.coverage.value_or(-1));
        return s.id + u": "_s + months.join(u", "_s) + (s.alert ? u" alert"_s : QString());
    };
    QCOMPARE(text(synced->org), text(local->org));
    const auto east = std::find_if(local->teams.cbegin(), local->teams.cend(),
                                   [](const CoverageSeries& s) { return s.id == u"t-east"_s; });
    QVERIFY(east != local->teams.cend());
    QCOMPARE(text(synced->teams.first()), text(*east));
    qint64 due = 0;
    for (const CoverageMonth& m : synced->org.months)
        due += m.dueReps;
    QVERIFY(due >= 3); // not an empty comparison: three reps had actions due
}

void TestOrgAggregates::aReplicaWithoutThemRanksItsOwnCustomersAndSaysSo() {
    // A replica that never synced (no server): the old local rank, and orgAsOf 0 to say so.
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db = Database::open(dir.filePath(u"alone.sqlite"_s));
    VERIFY_OK(db);
    EntityStore store(**db);
    QVERIFY(store.save(u"customers"_s, u"a"_s, {{u"name"_s, u"A"_s}}).ok());
    QVERIFY(store.save(u"customers"_s, u"b"_s, {{u"name"_s, u"B"_s}}).ok());
    QVERIFY(store
                .save(u"orders"_s, u"a1"_s,
                      {{u"customer_id"_s, u"a"_s},
                       {u"ordered_at"_s, QDateTime::currentSecsSinceEpoch() - 86400},
                       {u"amount"_s, 10.0}})
                .ok());
    ValueScoreService scores(**db);
    QVERIFY(scores.recomputeAll().ok());
    const Result<ValueScoreBreakdown> a = scores.scoreOf(u"a"_s);
    QVERIFY(a.ok());
    QCOMPARE(a->p, 100.0);
    QCOMPARE(a->orgAsOf, 0);
    const Result<qint64> asOf = OrgAggregates::asOf(**db);
    QVERIFY(asOf.ok());
    QCOMPARE(*asOf, 0);
}

QTEST_GUILESS_MAIN(TestOrgAggregates)
#include "tst_orgaggregates.moc"
