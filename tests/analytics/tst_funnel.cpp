#include "analytics/funnel.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Worked example (days after 2026-01-01):
//   team t1: reps a, b, d (d has no deals); team t2: rep c
//   o1 a: lead 0 → contact 2 → needs 5 → demo 9 → objection 10 → won 20
//   o2 a: lead 1 → contact 3 → lost 7 (价格高)
//   o3 b: lead 2 → contact 4 → needs 8 (open)
//   o4 b: lead 3 (open)
//   o5 c: lead 4 → contact 5 → needs 6 → demo 8 → lost 12 (competitor)
//   o6 c: lead 50 → contact 51 (open; created outside the early period)
class TestFunnel : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        for (const char* r : {"a", "b", "d"})
            f->rep(QString::fromLatin1(r), u"t1"_s);
        f->rep(u"c"_s, u"t2"_s);
        for (const char* c : {"ca", "cb", "cc"})
            f->customer(QString::fromLatin1(c), QString::fromLatin1(c + 1));
        f->opportunity(u"o1"_s, u"ca"_s, u"a"_s,
                       {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s, u"won"_s},
                       {0, 2, 5, 9, 10, 20});
        f->opportunity(u"o2"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"contact"_s, u"lost"_s}, {1, 3, 7},
                       {{u"lost_reason"_s, u"价格高"_s}});
        f->opportunity(u"o3"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"contact"_s, u"needs"_s}, {2, 4, 8});
        f->opportunity(u"o4"_s, u"cb"_s, u"b"_s, {u"lead"_s}, {3});
        f->opportunity(u"o5"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"lost"_s},
                       {4, 5, 6, 8, 12}, {{u"lost_reason"_s, u"competitor"_s}});
        f->opportunity(u"o6"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"contact"_s}, {50, 51});
    }

    void reachedAndConversion_data() {
        QTest::addColumn<AnalyticsFilter>("filter");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QList<qint64>>("reached");
        QTest::addColumn<double>("winRate"); // -1 = no data
        using F = AnalyticsFilter;
        QTest::newRow("org, all time") << F{} << 6LL << QList<qint64>{6, 5, 3, 2, 1, 1} << 1.0 / 3;
        QTest::newRow("team t1") << F{0, 0, u"t1"_s, {}} << 4LL << QList<qint64>{4, 3, 2, 1, 1, 1} << 0.5;
        QTest::newRow("rep c") << F{0, 0, {}, u"c"_s} << 2LL << QList<qint64>{2, 2, 1, 1, 0, 0} << 0.0;
        QTest::newRow("rep with no deals") << F{0, 0, {}, u"d"_s} << 0LL << QList<qint64>{0, 0, 0, 0, 0, 0} << -1.0;
        QTest::newRow("period excludes o6")
            << F{Test::AnalyticsFixture::day(0), Test::AnalyticsFixture::day(10), {}, {}} << 5LL
            << QList<qint64>{5, 4, 3, 2, 1, 1} << 1.0 / 3;
        QTest::newRow("empty period") << F{Test::AnalyticsFixture::day(100), Test::AnalyticsFixture::day(101), {}, {}}
                                      << 0LL << QList<qint64>{0, 0, 0, 0, 0, 0} << -1.0;
        // A team or a rep together with a period: the scope's binds must line up with its text.
        QTest::newRow("team t2 within a period")
            << F{Test::AnalyticsFixture::day(0), Test::AnalyticsFixture::day(10), u"t2"_s, {}} << 1LL
            << QList<qint64>{1, 1, 1, 1, 0, 0} << 0.0;
        QTest::newRow("rep a within a period")
            << F{Test::AnalyticsFixture::day(0), Test::AnalyticsFixture::day(10), {}, u"a"_s} << 2LL
            << QList<qint64>{2, 2, 1, 1, 1, 1} << 0.5;
    }
    void reachedAndConversion() {
        QFETCH(AnalyticsFilter, filter);
        QFETCH(qint64, total);
        QFETCH(QList<qint64>, reached);
        QFETCH(double, winRate);
        auto r = Funnel::compute(f->db(), filter);
        VERIFY_OK(r);
        QCOMPARE(r->total, total);
        QCOMPARE(r->stages.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(r->stages.at(i).reached, reached.at(i));
            const auto& conv = r->stages.at(i).conversionToNext;
            if (i == 5 || reached.at(i) == 0)
                QVERIFY2(!conv.has_value(), "division by zero must be no data");
            else
                QCOMPARE(*conv, double(reached.at(i + 1)) / double(reached.at(i)));
        }
        QCOMPARE(r->winRate.has_value(), winRate >= 0);
        if (winRate >= 0)
            QCOMPARE(*r->winRate, winRate);
    }

    void currentCountsAndLostReasons() {
        auto r = Funnel::compute(f->db(), {});
        QVERIFY(r.ok());
        QCOMPARE(r->stages.at(0).current, 1); // o4
        QCOMPARE(r->stages.at(1).current, 1); // o6
        QCOMPARE(r->stages.at(2).current, 1); // o3
        QCOMPARE(r->stages.at(3).current, 0);
        QCOMPARE(r->stages.at(5).current, 1); // o1 won
        QCOMPARE(r->won, 1);
        QCOMPARE(r->lost, 2);
        // Tie at one each: ordered by reason.
        QCOMPARE(r->lostReasons.size(), 2);
        QCOMPARE(r->lostReasons.at(0).reason, u"competitor"_s);
        QCOMPARE(r->lostReasons.at(1).reason, u"价格高"_s);
        QCOMPARE(r->lostReasons.at(1).count, 1);
    }

    void daysInStage() {
        auto r = Funnel::compute(f->db(), {});
        QVERIFY(r.ok());
        // lead stays 2,2,2,1,1; contact 3,4,4,1; needs 4,2; demo 1,4; objection 10.
        QCOMPARE(r->stages.at(0).stays, 5);
        QCOMPARE(*r->stages.at(0).meanDays, 1.6);
        QCOMPARE(*r->stages.at(0).medianDays, 2.0);
        QCOMPARE(*r->stages.at(1).meanDays, 3.0);
        QCOMPARE(*r->stages.at(1).medianDays, 3.5);
        QCOMPARE(*r->stages.at(2).meanDays, 3.0);
        QCOMPARE(*r->stages.at(3).medianDays, 2.5);
        QCOMPARE(*r->stages.at(4).meanDays, 10.0);
        QVERIFY(!r->stages.at(5).meanDays.has_value()); // won is terminal
        auto none = Funnel::compute(f->db(), AnalyticsFilter{0, 0, {}, u"d"_s});
        QVERIFY(none.ok());
        QVERIFY(!none->stages.at(0).meanDays.has_value());
        QVERIFY(!none->stages.at(0).medianDays.has_value());
    }
    // Lost reasons are trimmed of spaces (as SQL's TRIM) and a blank or missing one is "unspecified", on both
    // query paths: the org's covering index and a rep's own deals.
    void blankLostReasonsAreUnspecified_data() {
        QTest::addColumn<AnalyticsFilter>("filter");
        QTest::newRow("org (funnel index)") << AnalyticsFilter{};
        QTest::newRow("rep x (by owner)") << AnalyticsFilter{0, 0, {}, u"x"_s};
    }
    void blankLostReasonsAreUnspecified() {
        QFETCH(AnalyticsFilter, filter);
        Test::AnalyticsFixture g;
        QVERIFY(g.ok());
        g.team(u"t"_s);
        g.rep(u"x"_s, u"t"_s);
        g.customer(u"cx"_s, u"x"_s);
        const QStringList lost{u"lead"_s, u"lost"_s};
        g.opportunity(u"p1"_s, u"cx"_s, u"x"_s, lost, {0, 1}, {{u"lost_reason"_s, u"   "_s}});
        g.opportunity(u"p2"_s, u"cx"_s, u"x"_s, lost, {0, 2});
        g.opportunity(u"p3"_s, u"cx"_s, u"x"_s, lost, {0, 3}, {{u"lost_reason"_s, u" competitor "_s}});
        g.opportunity(u"p4"_s, u"cx"_s, u"x"_s, lost, {0, 4}, {{u"lost_reason"_s, u"competitor"_s}});
        g.opportunity(u"p5"_s, u"cx"_s, u"x"_s, {u"lead"_s}, {0}, {{u"lost_reason"_s, u"stale text"_s}});
        auto r = Funnel::compute(g.db(), filter);
        VERIFY_OK(r);
        QCOMPARE(r->lost, 4);
        QCOMPARE(r->lostReasons.size(), 2);
        QCOMPARE(r->lostReasons.at(0).reason, u"competitor"_s); // 2 each: ties by name
        QCOMPARE(r->lostReasons.at(0).count, 2);
        QCOMPARE(r->lostReasons.at(1).reason, u"unspecified"_s);
        QCOMPARE(r->lostReasons.at(1).count, 2);
        QCOMPARE(r->stages.at(0).current, 1);
    }
};

QTEST_GUILESS_MAIN(TestFunnel)
#include "tst_funnel.moc"
