#include "analytics/opportunityhealth.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = day 100; touch window (70, 100], keyword window (10, 100].
//   h1 a/p1: visits 75 80 85 90 99, 3 signals                     → 40 + 30 + 30 = 100
//   h2 a/p2: visit 95 "客户反馈价格高", 1 signal                    → 10 + 10 + 15 = 35 (touch, evidence, price)
//   h3 b/p3: visit 69 "Needs approval from CFO", 80, 90, 2 signals → 20 + 20 + 15 = 55 (approval only)
//   h4 b/p4: visit exactly at day 70 (outside), no signals         →  0 +  0 + 30 = 30 (touch, evidence)
//   h6 b/p5: visit 5 "价格高" (too old), 71 75 80 100, 2 signals   → 40 + 20 + 30 = 90
//   h5 won: not scored. Rep c has no deals.
class TestOpportunityHealth : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(100)};

    void signals_(const QString& opp, int n) {
        for (int i = 0; i < n; ++i)
            f->insert(u"forecast_signals"_s, {{u"opportunity_id"_s, opp},
                                              {u"kind"_s, u"poc_done"_s},
                                              {u"noted_at"_s, Test::AnalyticsFixture::day(50 + i)}});
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        for (const char* r : {"a", "b", "c"})
            f->rep(QString::fromLatin1(r), u"t1"_s);
        for (const char* c : {"p1", "p2"})
            f->customer(QString::fromLatin1(c), u"a"_s);
        for (const char* c : {"p3", "p4", "p5"})
            f->customer(QString::fromLatin1(c), u"b"_s);
        f->opportunity(u"h1"_s, u"p1"_s, u"a"_s, {u"lead"_s, u"demo"_s}, {1, 60});
        for (double d : {75, 80, 85, 90, 99})
            f->visit(u"p1"_s, u"a"_s, d);
        signals_(u"h1"_s, 3);
        f->opportunity(u"h2"_s, u"p2"_s, u"a"_s, {u"lead"_s, u"needs"_s}, {1, 60});
        f->visit(u"p2"_s, u"a"_s, 95, {{u"summary"_s, u"客户反馈价格高"_s}});
        signals_(u"h2"_s, 1);
        f->opportunity(u"h3"_s, u"p3"_s, u"b"_s, {u"lead"_s, u"objection"_s}, {1, 60});
        f->visit(u"p3"_s, u"b"_s, 69, {{u"outcome"_s, u"Needs approval from CFO"_s}});
        f->visit(u"p3"_s, u"b"_s, 80);
        f->visit(u"p3"_s, u"b"_s, 90);
        signals_(u"h3"_s, 2);
        f->opportunity(u"h4"_s, u"p4"_s, u"b"_s, {u"lead"_s}, {1});
        f->visit(u"p4"_s, u"b"_s, 70);
        f->opportunity(u"h5"_s, u"p4"_s, u"b"_s, {u"lead"_s, u"won"_s}, {1, 2});
        f->opportunity(u"h6"_s, u"p5"_s, u"b"_s, {u"lead"_s, u"contact"_s}, {1, 2});
        f->visit(u"p5"_s, u"b"_s, 5, {{u"competitor_notes"_s, u"价格高"_s}});
        for (double d : {71, 75, 80, 100})
            f->visit(u"p5"_s, u"b"_s, d);
        signals_(u"h6"_s, 2);
    }

    void scores_data() {
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<QList<int>>("parts"); // touch, evidence, feedback, total
        QTest::addColumn<int>("suggestions");
        QTest::newRow("healthy, capped at 4 touches / 3 signals") << u"h1"_s << QList<int>{40, 30, 30, 100} << 0;
        QTest::newRow("价格高 in the summary") << u"h2"_s << QList<int>{10, 10, 15, 35} << 3;
        QTest::newRow("english approval keyword, any case") << u"h3"_s << QList<int>{20, 20, 15, 55} << 1;
        QTest::newRow("visit exactly 30 days ago is outside") << u"h4"_s << QList<int>{0, 0, 30, 30} << 2;
        QTest::newRow("old keyword ignored, visit at now counts") << u"h6"_s << QList<int>{40, 20, 30, 90} << 0;
    }
    void scores() {
        QFETCH(QString, opportunity);
        QFETCH(QList<int>, parts);
        QFETCH(int, suggestions);
        auto r = OpportunityHealth::compute(f->db(), {}, clock);
        VERIFY_OK(r);
        const OpportunityHealthItem* it = nullptr;
        for (const auto& i : r->items)
            if (i.opportunityId == opportunity)
                it = &i;
        QVERIFY(it);
        QCOMPARE((QList<int>{it->touchScore, it->evidenceScore, it->feedbackScore, it->score}), parts);
        QCOMPARE(it->suggestions.size(), suggestions);
    }

    void summaryAndOrder() {
        auto r = OpportunityHealth::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QCOMPARE(r->items.size(), 5);
        QCOMPARE(r->items.first().opportunityId, u"h4"_s);
        QCOMPARE(r->items.last().opportunityId, u"h1"_s);
        QCOMPARE(*r->meanScore, 62.0);
        QCOMPARE(r->below, 3);
        QVERIFY(r->items.at(1).suggestions.at(2).contains(u"价格高"_s));
        auto strict = OpportunityHealth::compute(f->db(), {}, clock, 35);
        QCOMPARE(strict->below, 1); // 35 is not under 35
        auto none = OpportunityHealth::compute(f->db(), AnalyticsFilter{0, 0, {}, u"c"_s}, clock);
        QVERIFY(none.ok());
        QVERIFY(none->items.isEmpty());
        QVERIFY(!none->meanScore.has_value());
    }
};

QTEST_GUILESS_MAIN(TestOpportunityHealth)
#include "tst_opportunityhealth.moc"
