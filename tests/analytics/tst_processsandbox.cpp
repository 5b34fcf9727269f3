#include "analytics/processsandbox.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Stride;

// Reps (t1): visits, on-site share, win rate
//   a 1 (onsite)            1.0   0/1 = 0
//   b 2 (1 onsite, 1 phone) 0.5   1/2 = 0.5
//   c 3 phone               0     1/1 = 1
//   d 4 phone (one 4 min)   0     no closed deal → left out
//   e 6 phone               0     1/2 = 0.5
// visits vs win: x = 1,2,3,6; w = 0,.5,1,.5 → Sxy = 1, Sxx = 14, Syy = .5 → r = 1/√7 ≈ 0.378 (moderate positive)
// onsite vs win: y = 1,.5,0,0 → Sxy = −.5, Syy = .6875 → r = −.5/√(.6875·.5) ≈ −0.853 (strong negative)
// needs rate: a 1/1 (needs then lost), b 1/2, c 1/1 (skipped to won), d 0/1, e 1/2 (won passes needs)
class TestProcessSandbox : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(100)};

    const SandboxRep* rep(const ProcessSandboxResult& r, const QString& id) {
        for (const SandboxRep& s : r.reps)
            if (s.repId == id)
                return &s;
        return nullptr;
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        for (const char* r : {"a", "b", "c", "d", "e"})
            f->rep(QString::fromLatin1(r), u"t1"_s);
        f->rep(u"f"_s, u"t2"_s);
        f->customer(u"k"_s, u"a"_s);
        auto visits = [this](const QString& rep, int onsite, int phone) {
            for (int i = 0; i < onsite + phone; ++i)
                f->visit(u"k"_s, rep, 10 + i,
                         {{u"channel"_s, i < onsite ? u"onsite"_s : u"phone"_s},
                          {u"duration_min"_s, rep == u"d"_s && i == 0 ? 4 : 10}});
        };
        visits(u"a"_s, 1, 0);
        visits(u"b"_s, 1, 1);
        visits(u"c"_s, 0, 3);
        visits(u"d"_s, 0, 4);
        visits(u"e"_s, 0, 6);
        f->opportunity(u"A1"_s, u"k"_s, u"a"_s, {u"lead"_s, u"needs"_s, u"lost"_s}, {1, 2, 3});
        f->opportunity(u"B1"_s, u"k"_s, u"b"_s,
                       {u"lead"_s, u"contact"_s, u"needs"_s, u"demo"_s, u"objection"_s, u"won"_s}, {1, 2, 3, 4, 5, 6});
        f->opportunity(u"B2"_s, u"k"_s, u"b"_s, {u"lead"_s, u"lost"_s}, {1, 2});
        f->opportunity(u"C1"_s, u"k"_s, u"c"_s, {u"lead"_s, u"won"_s}, {1, 5});
        f->opportunity(u"D1"_s, u"k"_s, u"d"_s, {u"lead"_s}, {1});
        f->opportunity(u"E1"_s, u"k"_s, u"e"_s, {u"lead"_s, u"contact"_s, u"won"_s}, {1, 2, 3});
        f->opportunity(u"E2"_s, u"k"_s, u"e"_s, {u"lead"_s, u"lost"_s}, {1, 2});
    }

    void correlations() {
        auto r = ProcessSandbox::compute(f->db(), {}, clock, u"visits"_s, u"onsite_share"_s);
        VERIFY_OK(r);
        QCOMPARE(r->reps.size(), 6);
        QCOMPARE(r->xVsWin.n, 4);
        QCOMPARE(*r->xVsWin.r, 1.0 / std::sqrt(7.0));
        QCOMPARE(r->xVsWin.note, u"moderate positive"_s);
        QCOMPARE(r->yVsWin.n, 4);
        QCOMPARE(*r->yVsWin.r, -0.5 / std::sqrt(0.6875 * 0.5));
        QCOMPARE(r->yVsWin.note, u"strong negative"_s);
        QVERIFY(!rep(*r, u"d"_s)->winRate.has_value()); // no closed deal: no data, not 0
        QCOMPARE(*rep(*r, u"d"_s)->x, 4.0);
        QVERIFY(!rep(*r, u"f"_s)->y.has_value()); // no visits: share is no data
        QCOMPARE(*rep(*r, u"f"_s)->x, 0.0);       // but zero visits is a count
    }

    void otherMetrics_data() {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("rep");
        QTest::addColumn<double>("value"); // -1 = no data
        QTest::newRow("needs rate: needs reached before losing") << u"needs_rate"_s << u"a"_s << 1.0;
        QTest::newRow("needs rate: one of two") << u"needs_rate"_s << u"b"_s << 0.5;
        QTest::newRow("needs rate: skipping to won passes needs") << u"needs_rate"_s << u"c"_s << 1.0;
        QTest::newRow("needs rate: open lead") << u"needs_rate"_s << u"d"_s << 0.0;
        QTest::newRow("needs rate: won passes needs, lost lead does not") << u"needs_rate"_s << u"e"_s << 0.5;
        QTest::newRow("needs rate: no deals") << u"needs_rate"_s << u"f"_s << -1.0;
        QTest::newRow("call minutes skip calls under 5 min") << u"call_minutes"_s << u"d"_s << 30.0;
        QTest::newRow("key action rate without standard actions") << u"key_action_rate"_s << u"a"_s << -1.0;
    }
    void otherMetrics() {
        QFETCH(QString, metric);
        QFETCH(QString, rep);
        QFETCH(double, value);
        auto r = ProcessSandbox::compute(f->db(), {}, clock, metric, u"visits"_s);
        VERIFY_OK(r);
        const SandboxRep* s = this->rep(*r, rep);
        QVERIFY(s);
        QCOMPARE(s->x.has_value(), value >= 0);
        if (value >= 0)
            QCOMPARE(*s->x, value);
    }

    void guards() {
        // Nobody earned behaviour points: zero variance on the metric side.
        auto flat = ProcessSandbox::compute(f->db(), {}, clock, u"points"_s, u"visits"_s);
        QVERIFY(flat.ok());
        QCOMPARE(flat->xVsWin.n, 4);
        QVERIFY(!flat->xVsWin.r.has_value());
        QVERIFY(flat->xVsWin.note.contains(u"variance"_s));
        // One rep: too few points for a correlation.
        auto one = ProcessSandbox::compute(f->db(), AnalyticsFilter{0, 0, {}, u"a"_s}, clock, u"visits"_s, u"points"_s);
        QVERIFY(one.ok());
        QCOMPARE(one->xVsWin.n, 1);
        QVERIFY(!one->xVsWin.r.has_value());
        // Empty period: nobody has a win rate.
        auto empty = ProcessSandbox::compute(
            f->db(), AnalyticsFilter{Test::AnalyticsFixture::day(500), Test::AnalyticsFixture::day(501), {}, {}}, clock,
            u"visits"_s, u"needs_rate"_s);
        QVERIFY(empty.ok());
        QCOMPARE(empty->xVsWin.n, 0);
        QVERIFY(!ProcessSandbox::compute(f->db(), {}, clock, u"bogus"_s, u"visits"_s).ok());
    }

    void pearson_data() {
        QTest::addColumn<QList<double>>("x");
        QTest::addColumn<QList<double>>("y");
        QTest::addColumn<double>("r"); // 2 = no data
        QTest::newRow("perfect") << QList<double>{1, 2, 3} << QList<double>{2, 4, 6} << 1.0;
        QTest::newRow("inverse") << QList<double>{1, 2, 3} << QList<double>{3, 2, 1} << -1.0;
        QTest::newRow("constant y") << QList<double>{1, 2, 3} << QList<double>{5, 5, 5} << 2.0;
        QTest::newRow("constant large x") << QList<double>{1e9, 1e9, 1e9} << QList<double>{1, 2, 3} << 2.0;
        QTest::newRow("single pair") << QList<double>{1} << QList<double>{1} << 2.0;
    }
    void pearson() {
        QFETCH(QList<double>, x);
        QFETCH(QList<double>, y);
        QFETCH(double, r);
        const auto got = ProcessSandbox::correlate(u"m"_s, x, y);
        QCOMPARE(got.r.has_value(), r < 2);
        if (r < 2)
            QCOMPARE(*got.r, r);
    }
};

QTEST_GUILESS_MAIN(TestProcessSandbox)
#include "tst_processsandbox.moc"
