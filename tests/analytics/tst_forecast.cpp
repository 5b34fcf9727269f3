#include "analytics/forecast.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = day 400. Keys K = manufacturing / ¥1M+ / CTO.
// Similar (won in (−695, 400]): W1 K 100→130 (30 d), W2 K 200→250 (50 d), W3 K 300→340 (40 d);
//   W4 K closed at −800 (too old); W5 other chain. K: n = 3, mean 40, spread √(200/3) = 8.165.
// Open forecast deals:
//   F1 a K on the deal, 100k, signals poc_done@399 + legal_review@380     → backed, fresh, n = 3
//   F2 a K from its customer, 50k, poc_done@390 and @395 (one kind)        → high risk, not fresh, n = 3
//   F3 b retail, 30k, no signals                                           → high risk, no similar deals
//   F4 a forecast = 0                                                      → not on the board
// Window (310, 400]: F2 (expected 390, still demo: slipped), R1 won 200k (expected 350), R2 lost 80k
//   ("budget cut", no signals; expected 360). Forecast 330k, won 200k → deviation 130/330 > 25 %.
class TestForecast : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(400)};

    static QVariantMap keys(const char* chain = "CTO") {
        return {{u"industry"_s, u"manufacturing"_s},
                {u"budget_band"_s, u"¥1M+"_s},
                {u"decision_chain"_s, QString::fromUtf8(chain)}};
    }
    void signal(const QString& opp, const char* kind, double day) {
        f->insert(u"forecast_signals"_s, {{u"opportunity_id"_s, opp},
                                          {u"kind"_s, QString::fromLatin1(kind)},
                                          {u"noted_at"_s, Test::AnalyticsFixture::day(day)}});
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t2"_s);
        f->customer(u"ca"_s, u"a"_s);
        f->customer(u"ck"_s, u"a"_s, keys());
        f->customer(u"cb"_s, u"b"_s, {{u"industry"_s, u"retail"_s}});
        const QStringList won{u"lead"_s, u"won"_s};
        f->opportunity(u"W1"_s, u"ca"_s, u"a"_s, won, {100, 130}, keys());
        f->opportunity(u"W2"_s, u"ca"_s, u"a"_s, won, {200, 250}, keys());
        f->opportunity(u"W3"_s, u"ca"_s, u"b"_s, won, {300, 340}, keys());
        f->opportunity(u"W4"_s, u"ca"_s, u"a"_s, won, {-900, -800}, keys());
        f->opportunity(u"W5"_s, u"ca"_s, u"a"_s, won, {300, 310}, keys("CFO"));
        auto fc = [](double amount, double expected) {
            return QVariantMap{{u"forecast"_s, 1},
                               {u"amount"_s, amount},
                               {u"expected_close"_s, Test::AnalyticsFixture::day(expected)}};
        };
        QVariantMap f1 = fc(100000, 420);
        f1.insert(keys());
        f->opportunity(u"F1"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"objection"_s}, {350, 390}, f1);
        signal(u"F1"_s, "poc_done", 399);
        signal(u"F1"_s, "legal_review", 380);
        f->opportunity(u"F2"_s, u"ck"_s, u"a"_s, {u"lead"_s, u"demo"_s}, {350, 380}, fc(50000, 390));
        signal(u"F2"_s, "poc_done", 390);
        signal(u"F2"_s, "poc_done", 395);
        f->opportunity(u"F3"_s, u"cb"_s, u"b"_s, {u"lead"_s}, {390}, fc(30000, 500));
        f->opportunity(u"F4"_s, u"ca"_s, u"a"_s, {u"lead"_s}, {390}, {{u"amount"_s, 999999}});
        QVariantMap r1 = fc(200000, 350);
        r1.insert(u"industry"_s, u"logistics"_s);
        f->opportunity(u"R1"_s, u"ca"_s, u"a"_s, won, {300, 345}, r1);
        QVariantMap r2 = fc(80000, 360);
        r2.insert(u"lost_reason"_s, u"budget cut"_s);
        f->opportunity(u"R2"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"lost"_s}, {300, 355}, r2);
        f->opportunity(u"R3"_s, u"ca"_s, u"a"_s, won, {250, 290}, fc(70000, 300));
    }

    void deals_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<qint64>("kinds");
        QTest::addColumn<bool>("highRisk");
        QTest::addColumn<bool>("fresh");
        QTest::addColumn<qint64>("similar");
        QTest::newRow("two kinds, one within 72 h") << u"F1"_s << 2LL << false << true << 3LL;
        QTest::newRow("same kind twice is one signal") << u"F2"_s << 1LL << true << false << 3LL;
        QTest::newRow("no signals, no similar deals") << u"F3"_s << 0LL << true << false << 0LL;
    }
    void deals() {
        QFETCH(QString, id);
        QFETCH(qint64, kinds);
        QFETCH(bool, highRisk);
        QFETCH(bool, fresh);
        QFETCH(qint64, similar);
        auto r = Forecast::compute(f->db(), {}, clock);
        VERIFY_OK(r);
        QCOMPARE(r->deals.size(), 3);
        const ForecastDeal* d = nullptr;
        for (const ForecastDeal& x : r->deals)
            if (x.opportunityId == id)
                d = &x;
        QVERIFY(d);
        QCOMPARE(d->signalKinds, kinds);
        QCOMPARE(d->highRisk, highRisk);
        QCOMPARE(d->fresh, fresh);
        QCOMPARE(d->similar.count, similar);
        if (similar) {
            QCOMPARE(*d->similar.meanDays, 40.0);
            QCOMPARE(*d->similar.spreadDays, std::sqrt(200.0 / 3));
        } else {
            QVERIFY(!d->similar.meanDays && !d->similar.spreadDays);
        }
    }

    void board() {
        auto r = Forecast::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QCOMPARE(r->deals.first().opportunityId, u"F2"_s); // high risk first, larger amount first
        const ForecastBoard& b = r->board;
        QCOMPARE(b.deals, 3);
        QCOMPARE(b.amount, 180000.0);
        QCOMPARE(*b.backedShare, 1.0 / 3);
        QCOMPARE(*b.backedAmountShare, 100.0 / 180);
        QCOMPARE(*b.freshShare, 1.0 / 3);
        QCOMPARE(b.windowForecastAmount, 330000.0);
        QCOMPARE(b.windowWonAmount, 200000.0);
        QCOMPARE(*b.deviation, 130.0 / 330);
        QCOMPARE(*b.accuracy, 200.0 / 330);
        QCOMPARE(b.rootCauses.size(), 2);
        QCOMPARE(b.rootCauses.at(0).opportunityId, u"R2"_s);
        QCOMPARE(b.rootCauses.at(0).cause, u"lost"_s);
        QCOMPARE(b.rootCauses.at(0).detail, u"budget cut"_s);
        QVERIFY(b.rootCauses.at(0).underEvidenced);
        QCOMPARE(b.rootCauses.at(1).cause, u"slipped"_s);
        QCOMPARE(b.rootCauses.at(1).detail, u"still demo, 10 days past the expected close"_s);
    }

    // F2 expected to close on day 390 and is still open on day 400; F1 (420) and F3 (500) are ahead.
    void pastExpectedCloseIsFlagged_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("past");
        QTest::addColumn<qint64>("daysPast");
        QTest::newRow("expected 10 days ago") << u"F2"_s << true << 10LL;
        QTest::newRow("expected in 20 days") << u"F1"_s << false << 0LL;
        QTest::newRow("expected in 100 days") << u"F3"_s << false << 0LL;
    }
    void pastExpectedCloseIsFlagged() {
        QFETCH(QString, id);
        QFETCH(bool, past);
        QFETCH(qint64, daysPast);
        auto r = Forecast::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QCOMPARE(r->board.pastExpectedClose, 1);
        for (const ForecastDeal& d : r->deals) {
            if (d.opportunityId != id)
                continue;
            QCOMPARE(d.pastExpectedClose, past);
            QCOMPARE(d.daysPastExpectedClose, daysPast);
            return;
        }
        QFAIL("deal not on the board");
    }

    // One or two similar deals give a mean and their count but no spread: "1 similar deal: 55 days".
    void noSpreadBelowThreeSimilarDeals_data() {
        QTest::addColumn<int>("similar");
        QTest::addColumn<bool>("spread");
        QTest::newRow("one similar deal") << 1 << false;
        QTest::newRow("two similar deals") << 2 << false;
        QTest::newRow("three similar deals") << 3 << true;
    }
    void noSpreadBelowThreeSimilarDeals() {
        QFETCH(int, similar);
        QFETCH(bool, spread);
        Test::AnalyticsFixture g;
        QVERIFY(g.ok());
        g.team(u"t"_s);
        g.rep(u"a"_s, u"t"_s);
        g.customer(u"c"_s, u"a"_s);
        const QVariantMap k = keys("CFO");
        // Cycles 55, 65, 75 days: the first n of them.
        for (int i = 0; i < similar; ++i)
            g.opportunity(u"W%1"_s.arg(i), u"c"_s, u"a"_s, {u"lead"_s, u"won"_s}, {100, 155.0 + 10 * i}, k);
        QVariantMap open = k;
        open.insert(u"forecast"_s, 1);
        open.insert(u"expected_close"_s, Test::AnalyticsFixture::day(420));
        g.opportunity(u"F"_s, u"c"_s, u"a"_s, {u"lead"_s, u"demo"_s}, {380, 390}, open);
        auto r = Forecast::compute(g.db(), {}, clock);
        VERIFY_OK(r);
        QCOMPARE(r->deals.size(), 1);
        const SimilarCycle& c = r->deals.first().similar;
        QCOMPARE(c.count, qint64(similar));
        QCOMPARE(*c.meanDays, 55.0 + 5 * (similar - 1));
        QCOMPARE(c.spreadDays.has_value(), spread);
    }

    void repWithNothingInTheWindow() {
        auto r = Forecast::compute(f->db(), AnalyticsFilter{0, 0, {}, u"b"_s}, clock);
        QVERIFY(r.ok());
        QCOMPARE(r->deals.size(), 1);
        QCOMPARE(*r->board.backedShare, 0.0);
        QVERIFY(!r->board.deviation.has_value()); // nothing forecast: no data, not 0 %
        QVERIFY(!r->board.accuracy.has_value());
        QVERIFY(r->board.rootCauses.isEmpty());
        auto none = Forecast::compute(f->db(), AnalyticsFilter{0, 0, u"nobody"_s, {}}, clock);
        QVERIFY(none.ok());
        QVERIFY(!none->board.backedShare.has_value());
        QVERIFY(!none->board.freshShare.has_value());
    }

    void withinToleranceHasNoRootCauses() {
        // Win the slipped and lost deals' worth: R2 → won makes deviation 50/330 (< 25 %).
        QVERIFY(f->db().execute(u"UPDATE opportunities SET stage = 'won' WHERE id = 'R2'"_s));
        auto r = Forecast::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QCOMPARE(*r->board.deviation, 50.0 / 330);
        QVERIFY(r->board.rootCauses.isEmpty());
        QVERIFY(f->db().execute(u"UPDATE opportunities SET stage = 'lost' WHERE id = 'R2'"_s));
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
