#include "analytics/riskattribution.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = day 200.
// Lost deals (window created → closed):
//   L1 a/k1 lead 10, demo 20, lost 40; ticket 15 answered 18 (72 h); visits 24, 25 (quote) → slow, no follow-up
//   L2 a/k2 lead 50, demo 60, lost 70; visit 61; ticket 62 answered 62.5; ticket 80 (after)  → demo w/o quote
//   L3 b/k3 lead 100, needs 105, lost 110; ticket 101 never answered (9 d by the close)        → slow
//   L4 b/k3 lead 100, demo 101, lost 102; quote task done 101.5; visit at exactly demo + 72 h   → unflagged
// Customers (cycle = (last − first) / (n − 1)):
//   k4 a orders 0, 10, 20: cycle 10, churned at 40, window [10, 40]; ticket 30 answered 33    → slow
//   k5 a orders 100, 150, 190: cycle 45, 10 days since → active
//   k6 b one order; k7 b two orders at the same instant → no cycle, never churned
//   k8 b orders 0, 60: cycle 60, churned at 180; its deal reached demo at 70, nothing after    → quote, follow-up
class TestRiskAttribution : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(200)};

    void ticket(const QString& customer, double opened, double answered) {
        f->insert(
            u"service_tickets"_s,
            {{u"customer_id"_s, customer},
             {u"opened_at"_s, Test::AnalyticsFixture::day(opened)},
             {u"first_response_at"_s, answered < 0 ? QVariant() : QVariant(Test::AnalyticsFixture::day(answered))}});
    }
    void orders(const QString& customer, const QList<double>& days) {
        for (double d : days)
            f->insert(
                u"orders"_s,
                {{u"customer_id"_s, customer}, {u"ordered_at"_s, Test::AnalyticsFixture::day(d)}, {u"amount"_s, 1000}});
    }
    static QString flags(const RiskCase& c) {
        return u"%1%2%3"_s.arg(c.slowService ? u"S"_s : u"-"_s, c.demoWithoutQuote ? u"Q"_s : u"-"_s,
                               c.noFollowUp ? u"F"_s : u"-"_s);
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t1"_s);
        f->insert(u"behaviour_types"_s,
                  {{u"id"_s, u"q"_s}, {u"code"_s, u"customised_quote"_s}, {u"name"_s, u"Quote"_s}});
        for (const char* k : {"k1", "k2", "k4", "k5"})
            f->customer(QString::fromLatin1(k), u"a"_s);
        for (const char* k : {"k3", "k6", "k7", "k8"})
            f->customer(QString::fromLatin1(k), u"b"_s);
        f->opportunity(u"L1"_s, u"k1"_s, u"a"_s, {u"lead"_s, u"demo"_s, u"lost"_s}, {10, 20, 40});
        ticket(u"k1"_s, 15, 18);
        f->visit(u"k1"_s, u"a"_s, 24);
        f->visit(u"k1"_s, u"a"_s, 25, {{u"behaviour_type_id"_s, u"q"_s}});
        f->opportunity(u"L2"_s, u"k2"_s, u"a"_s, {u"lead"_s, u"demo"_s, u"lost"_s}, {50, 60, 70},
                       {{u"lost_reason"_s, u"price too high"_s}});
        f->visit(u"k2"_s, u"a"_s, 61);
        ticket(u"k2"_s, 62, 62.5);
        ticket(u"k2"_s, 80, -1);
        f->opportunity(u"L3"_s, u"k3"_s, u"b"_s, {u"lead"_s, u"needs"_s, u"lost"_s}, {100, 105, 110});
        ticket(u"k3"_s, 101, -1);
        f->opportunity(u"L4"_s, u"k3"_s, u"b"_s, {u"lead"_s, u"demo"_s, u"lost"_s}, {100, 101, 102});
        f->insert(u"tasks"_s, {{u"owner_id"_s, u"b"_s},
                               {u"opportunity_id"_s, u"L4"_s},
                               {u"title"_s, u"quote"_s},
                               {u"source"_s, u"standard_action"_s},
                               {u"source_key"_s, u"customised_quote:L4"_s},
                               {u"done_at"_s, Test::AnalyticsFixture::day(101.5)}});
        f->visit(u"k3"_s, u"b"_s, 104);
        orders(u"k4"_s, {0, 10, 20});
        ticket(u"k4"_s, 30, 33);
        orders(u"k5"_s, {100, 150, 190});
        orders(u"k6"_s, {50});
        orders(u"k7"_s, {5, 5});
        orders(u"k8"_s, {0, 60});
        f->opportunity(u"K8"_s, u"k8"_s, u"b"_s, {u"lead"_s, u"demo"_s}, {50, 70});
    }

    void cases() {
        auto r = RiskAttribution::compute(f->db(), {}, clock);
        VERIFY_OK(r);
        QStringList got;
        for (const RiskCase& c : r->cases)
            got << c.id + u' ' + flags(c);
        QCOMPARE(got, (QStringList{u"L3 S--"_s, u"L4 ---"_s, u"L2 -Q-"_s, u"L1 S-F"_s, u"k8 -QF"_s, u"k4 S--"_s}));
        QCOMPARE(r->cases.at(2).lostReason, u"price too high"_s);
        QCOMPARE(r->cases.at(4).cycleDays, 60.0);
        QCOMPARE(r->cases.at(4).at, Test::AnalyticsFixture::day(180));
        QCOMPARE(int(r->cases.at(5).kind), int(RiskCase::Kind::ChurnedCustomer));
    }

    void summary_data() {
        QTest::addColumn<AnalyticsFilter>("filter");
        QTest::addColumn<QList<qint64>>("lost");    // cases, slow, quote, follow-up, unflagged
        QTest::addColumn<QList<qint64>>("churned"); // same
        QTest::newRow("org") << AnalyticsFilter{} << QList<qint64>{4, 2, 1, 1, 1} << QList<qint64>{2, 1, 1, 1, 0};
        QTest::newRow("rep b") << AnalyticsFilter{0, 0, {}, u"b"_s} << QList<qint64>{2, 1, 0, 0, 1}
                               << QList<qint64>{1, 0, 1, 1, 0};
        QTest::newRow("period days 0–60")
            << AnalyticsFilter{Test::AnalyticsFixture::day(0), Test::AnalyticsFixture::day(60), {}, {}}
            << QList<qint64>{1, 1, 0, 1, 0} << QList<qint64>{1, 1, 0, 0, 0};
        QTest::newRow("empty period") << AnalyticsFilter{Test::AnalyticsFixture::day(300),
                                                         Test::AnalyticsFixture::day(301),
                                                         {},
                                                         {}}
                                      << QList<qint64>{0, 0, 0, 0, 0} << QList<qint64>{0, 0, 0, 0, 0};
    }
    void summary() {
        QFETCH(AnalyticsFilter, filter);
        QFETCH(QList<qint64>, lost);
        QFETCH(QList<qint64>, churned);
        auto r = RiskAttribution::compute(f->db(), filter, clock);
        VERIFY_OK(r);
        auto list = [](const RiskCounts& c) {
            return QList<qint64>{c.cases, c.slowService, c.demoWithoutQuote, c.noFollowUp, c.unflagged};
        };
        QCOMPARE(list(r->lost), lost);
        QCOMPARE(list(r->churned), churned);
    }
};

QTEST_GUILESS_MAIN(TestRiskAttribution)
#include "tst_riskattribution.moc"
