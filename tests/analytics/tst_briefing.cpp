#include "analytics/briefing.h"
#include "analyticsfixture.h"
#include "storage/entitystore.h"
#include "verifyok.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::AnalyticsFixture;

class TestBriefing final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void purchaseCycle_data() {
        QTest::addColumn<QList<double>>("orderDays");
        QTest::addColumn<double>("nowDay");
        QTest::addColumn<int>("orders");
        QTest::addColumn<double>("meanDays");    // -1: none
        QTest::addColumn<double>("expectedDay"); // -1: none
        QTest::addColumn<int>("overdueDays");
        QTest::newRow("no orders") << QList<double>{} << 100.0 << 0 << -1.0 << -1.0 << 0;
        QTest::newRow("one order has no cycle") << QList<double>{10} << 100.0 << 1 << -1.0 << -1.0 << 0;
        // gaps 30 and 30 → mean 30, next expected on day 90, asked on day 80: not due yet
        QTest::newRow("regular, not yet due") << QList<double>{30, 0, 60} << 80.0 << 3 << 30.0 << 90.0 << 0;
        // gaps 10 and 30 → mean 20, next on day 60; day 73.5 is 13.5 days late → 13 whole days
        QTest::newRow("overdue by 13 days") << QList<double>{0, 10, 40} << 73.5 << 3 << 20.0 << 60.0 << 13;
        QTest::newRow("due exactly today is not overdue") << QList<double>{0, 10} << 20.0 << 2 << 10.0 << 20.0 << 0;
        QTest::newRow("same-day orders: cycle 0") << QList<double>{5, 5} << 7.0 << 2 << 0.0 << 5.0 << 2;
    }
    void purchaseCycle() {
        QFETCH(QList<double>, orderDays);
        QFETCH(double, nowDay);
        QFETCH(int, orders);
        QFETCH(double, meanDays);
        QFETCH(double, expectedDay);
        QFETCH(int, overdueDays);
        QList<qint64> times;
        for (double d : orderDays)
            times << AnalyticsFixture::day(d);
        const PurchaseCycle c = Briefing::purchaseCycle(times, AnalyticsFixture::day(nowDay));
        QCOMPARE(c.orders, orders);
        QCOMPARE(c.meanDays.has_value(), meanDays >= 0);
        if (meanDays >= 0)
            QCOMPARE(*c.meanDays, meanDays);
        QCOMPARE(c.expectedNextAt.has_value(), expectedDay >= 0);
        if (expectedDay >= 0)
            QCOMPARE(*c.expectedNextAt, AnalyticsFixture::day(expectedDay));
        QCOMPARE(c.overdueDays, overdueDays);
        QCOMPARE(c.overdue(), overdueDays > 0);
    }

    void dwellLight_data() {
        QTest::addColumn<double>("idle");
        QTest::addColumn<int>("light");
        QTest::newRow("demo 5 days is green (strictly greater)") << 5.0 << int(Light::Green);
        QTest::newRow("demo 5.5 days is yellow") << 5.5 << int(Light::Yellow);
        QTest::newRow("demo 7 days is still yellow") << 7.0 << int(Light::Yellow);
        QTest::newRow("demo 8 days is red") << 8.0 << int(Light::Red);
    }
    void dwellLight() {
        QFETCH(double, idle);
        QFETCH(int, light);
        QCOMPARE(int(Briefing::dwellLight(Stage::Demo, idle, DwellLights::defaults())), light);
    }

    void forCustomer() {
        AnalyticsFixture f;
        QVERIFY(f.ok());
        f.team(u"t1"_s);
        f.rep(u"r1"_s, u"t1"_s);
        f.customer(u"c1"_s, u"r1"_s, {{u"tier"_s, u"B"_s}});
        for (double d : {0.0, 20.0, 40.0})
            f.insert(u"orders"_s,
                     {{u"customer_id"_s, u"c1"_s}, {u"ordered_at"_s, AnalyticsFixture::day(d)}, {u"amount"_s, 1000.0}});
        f.insert(u"service_tickets"_s,
                 {{u"customer_id"_s, u"c1"_s}, {u"subject"_s, u"old"_s}, {u"opened_at"_s, AnalyticsFixture::day(5)}});
        f.insert(u"service_tickets"_s, {{u"customer_id"_s, u"c1"_s},
                                        {u"subject"_s, u"扫码枪故障"_s},
                                        {u"opened_at"_s, AnalyticsFixture::day(50)},
                                        {u"first_response_at"_s, AnalyticsFixture::day(50) + qint64(6) * 3600}});
        f.visit(u"c1"_s, u"r1"_s, 30, {{u"competitor_notes"_s, u"对手报价低 10%"_s}});
        f.visit(u"c1"_s, u"r1"_s, 45, {{u"summary"_s, u"no note"_s}});
        f.visit(u"c1"_s, u"r1"_s, 52, {{u"competitor_notes"_s, u"competitor demo next week"_s}});
        // In demo since day 50; the last visit (day 52) counts as activity: idle 70 − 52 = 18 days → red.
        f.opportunity(u"o1"_s, u"c1"_s, u"r1"_s, {u"needs"_s, u"demo"_s}, {40, 50}, {{u"amount"_s, 250000.0}});
        f.opportunity(u"o2"_s, u"c1"_s, u"r1"_s, {u"lead"_s, u"lost"_s}, {10, 20}, {{u"lost_reason"_s, u"price"_s}});

        EntityStore store(f.db());
        FixedClock clock(AnalyticsFixture::at(70));
        const Result<CustomerBriefing> b = Briefing::forCustomer(store, u"c1"_s, clock);
        VERIFY_OK(b);
        QCOMPARE(b->name, u"Customer c1"_s);
        QCOMPARE(b->tier, u"B"_s);
        QCOMPARE(b->cycle.orders, 3);
        QCOMPARE(*b->cycle.meanDays, 20.0);
        QCOMPARE(b->cycle.overdueDays, 10); // expected on day 60, today is day 70
        QVERIFY(b->latestTicket.has_value());
        QCOMPARE(b->latestTicket->subject, u"扫码枪故障"_s);
        QCOMPARE(*b->latestTicket->responseHours, 6.0);
        QVERIFY(b->latestTicket->open);
        QCOMPARE(b->competitorNotes.size(), 2);
        QCOMPARE(b->competitorNotes.first().text, u"competitor demo next week"_s);
        QCOMPARE(b->openOpportunities.size(), 1);
        const OpportunityBrief& o = b->openOpportunities.first();
        QCOMPARE(o.stage, Stage::Demo);
        QCOMPARE(o.daysInStage, 20.0);
        QCOMPARE(o.idleDays, 18.0);
        QCOMPARE(o.light, Light::Red);

        QVERIFY(!Briefing::forCustomer(store, u"nobody"_s, clock).ok());
        QCOMPARE(b->scoreOrgAsOf, 0); // no score yet: nothing from the organisation
        QCOMPARE(b->computedAt, clock.nowSecs());

        // A score resting on the organisation's figures carries their age, for the card to show.
        QVERIFY(
            f.db()
                .execute(u"INSERT INTO customer_scores (customer_id, purchase_3m, p, s, t, score, tier, computed_at, "
                         "org_as_of) VALUES ('c1', 0, 50, 50, 50, 50, 'C', 0, ?)"_s,
                         {clock.nowSecs() - 7200})
                .ok());
        const Result<CustomerBriefing> scored = Briefing::forCustomer(store, u"c1"_s, clock);
        VERIFY_OK(scored);
        QCOMPARE(scored->scoreOrgAsOf, clock.nowSecs() - 7200);
    }

    void suggestionsRankOverdueAndEscalationsAboveScore() {
        AnalyticsFixture f;
        QVERIFY(f.ok());
        f.team(u"t1"_s);
        f.rep(u"r1"_s, u"t1"_s);
        f.rep(u"r2"_s, u"t1"_s);
        f.customer(u"valuable"_s, u"r1"_s);
        f.customer(u"overdue"_s, u"r1"_s);
        f.customer(u"escalated"_s, u"r1"_s);
        f.customer(u"plain"_s, u"r1"_s);
        f.customer(u"someone else's"_s, u"r2"_s);
        const auto score = [&](const QString& id, double s) {
            // customer_scores is keyed by customer_id (no id column), so not through the fixture's insert().
            QVERIFY(f.db()
                        .execute(u"INSERT INTO customer_scores (customer_id, purchase_3m, p, s, t, score, tier, "
                                 "computed_at) VALUES (?, 0, 0, 0, 0, ?, 'B', 0)"_s,
                                 {id, s})
                        .ok());
        };
        score(u"valuable"_s, 92);
        score(u"overdue"_s, 50);
        score(u"escalated"_s, 40);
        score(u"plain"_s, 60);
        score(u"someone else's"_s, 100);
        // overdue: orders on days 0 and 10 → expected day 20; today day 65 → 45 days overdue → rank 95
        for (double d : {0.0, 10.0})
            f.insert(
                u"orders"_s,
                {{u"customer_id"_s, u"overdue"_s}, {u"ordered_at"_s, AnalyticsFixture::day(d)}, {u"amount"_s, 10.0}});
        // escalated: two open escalations → 40 + 50 = 90 (below valuable 92); a done one does not count
        for (int i = 0; i < 3; ++i)
            f.insert(u"tasks"_s, {{u"owner_id"_s, u"r1"_s},
                                  {u"customer_id"_s, u"escalated"_s},
                                  {u"title"_s, u"esc"_s},
                                  {u"source"_s, u"escalation"_s},
                                  {u"done_at"_s, i == 2 ? QVariant(1) : QVariant()}});
        FixedClock clock(AnalyticsFixture::at(65));
        const Result<QList<ChecklistSuggestion>> s = Briefing::suggestions(f.db(), u"r1"_s, clock);
        VERIFY_OK(s);
        QStringList order;
        for (const ChecklistSuggestion& x : *s)
            order << x.customerId;
        QCOMPARE(order, (QStringList{u"overdue"_s, u"valuable"_s, u"escalated"_s, u"plain"_s}));
        QCOMPARE(s->at(0).overdueDays, 45);
        QCOMPARE(s->at(0).rank, 95.0);
        QCOMPARE(s->at(2).openEscalations, 2);
        QCOMPARE(s->at(2).rank, 90.0);
        QCOMPARE(Briefing::suggestions(f.db(), u"r1"_s, clock, 2)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBriefing)
#include "tst_briefing.moc"
