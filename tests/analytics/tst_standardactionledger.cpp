#include "analytics/coveragekpi.h"
#include "analytics/processhealth.h"
#include "analytics/standardactionledger.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// The payment follow-up is due 15 days before EACH payment milestone of a signed deal, not once per deal.
// Now = day 200. One standard action: payment follow-up, trigger "won", 360 h (15 days).
//   W (rep a, won on day 50), milestones:
//     m1 due  55: less than 15 days after the signing          → no follow-up of its own
//     m2 due 100: follow-up due day 85, window [50, 85]         → done by a visit on day 80
//     m5 due 120, paid on day 100 (before its day-105 deadline) → none needed
//     m3 due 160: follow-up due day 145, window [105, 145]      → its reminder task done on day 150: late, missed
//     m4 due 230: follow-up due day 215, after now             → not due yet
//   Y (rep b, won on day 150), milestone due 170: follow-up due day 155 → the deal's follow-up task done day 152
//   X (rep b, still in objection handling), milestone due 100 → not at contract stage: none
// So a: 2 due, 1 done (before: one instance per deal due 15 days after winning, a: 1 due, 0 done); b: 1 due, 1 done.
class TestStandardActionLedger : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(200)};

    void milestone(const QString& id, const QString& opp, double due, double paid = -1) {
        f->insert(u"payment_milestones"_s, {{u"id"_s, id},
                                            {u"opportunity_id"_s, opp},
                                            {u"due_at"_s, Test::AnalyticsFixture::day(due)},
                                            {u"amount"_s, 1000},
                                            {u"paid_at"_s, paid < 0 ? QVariant() : Test::AnalyticsFixture::day(paid)}});
    }
    void task(const QString& rep, const QString& opp, const QString& key, double done) {
        f->insert(u"tasks"_s, {{u"owner_id"_s, rep},
                               {u"opportunity_id"_s, opp},
                               {u"title"_s, u"payment"_s},
                               {u"source"_s, u"payment"_s},
                               {u"source_key"_s, key},
                               {u"done_at"_s, Test::AnalyticsFixture::day(done)}});
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t1"_s);
        f->insert(u"standard_actions"_s, {{u"id"_s, u"sa-pay"_s},
                                          {u"name"_s, u"Payment follow-up"_s},
                                          {u"trigger_stage"_s, u"won"_s},
                                          {u"action_code"_s, u"payment_follow_up"_s},
                                          {u"deadline_hours"_s, 360}});
        f->insert(u"behaviour_types"_s,
                  {{u"id"_s, u"bt-pay"_s}, {u"code"_s, u"payment_follow_up"_s}, {u"name"_s, u"Payment follow-up"_s}});
        f->customer(u"ca"_s, u"a"_s);
        f->customer(u"cb"_s, u"b"_s);
        f->opportunity(u"W"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"won"_s}, {10, 50});
        milestone(u"m1"_s, u"W"_s, 55);
        milestone(u"m2"_s, u"W"_s, 100);
        milestone(u"m5"_s, u"W"_s, 120, 100);
        milestone(u"m3"_s, u"W"_s, 160);
        milestone(u"m4"_s, u"W"_s, 230);
        f->visit(u"ca"_s, u"a"_s, 80, {{u"behaviour_type_id"_s, u"bt-pay"_s}});
        task(u"a"_s, u"W"_s, u"payment:m3"_s, 150);
        f->opportunity(u"Y"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"won"_s}, {100, 150});
        milestone(u"my"_s, u"Y"_s, 170);
        task(u"b"_s, u"Y"_s, u"payment_follow_up:Y"_s, 152);
        f->opportunity(u"X"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"objection"_s}, {100, 110});
        milestone(u"mx"_s, u"X"_s, 100);
    }

    void onePerMilestone_data() {
        QTest::addColumn<QString>("rep");
        QTest::addColumn<QList<double>>("deadlines"); // days, ascending
        QTest::addColumn<QList<double>>("windowStarts");
        QTest::addColumn<QList<bool>>("done");
        QTest::newRow("a: two milestones due, one followed up in time")
            << u"a"_s << QList<double>{85, 145} << QList<double>{50, 105} << QList<bool>{true, false};
        QTest::newRow("b: the deal's follow-up task answers its one milestone")
            << u"b"_s << QList<double>{155} << QList<double>{150} << QList<bool>{true};
    }
    void onePerMilestone() {
        QFETCH(QString, rep);
        QFETCH(QList<double>, deadlines);
        QFETCH(QList<double>, windowStarts);
        QFETCH(QList<bool>, done);
        auto r = StandardActionLedger::instances(f->db(), AnalyticsFilter{0, 0, {}, rep}, clock.nowSecs());
        VERIFY_OK(r);
        QList<ActionInstance> list = *r;
        std::sort(list.begin(), list.end(),
                  [](const ActionInstance& x, const ActionInstance& y) { return x.dueAt < y.dueAt; });
        QCOMPARE(list.size(), deadlines.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list.at(i).actionCode, u"payment_follow_up"_s);
            QCOMPARE(list.at(i).dueAt, Test::AnalyticsFixture::day(deadlines.at(i)));
            QCOMPARE(list.at(i).triggeredAt, Test::AnalyticsFixture::day(windowStarts.at(i)));
            QCOMPARE(list.at(i).done, done.at(i));
        }
    }

    void countsFeedProcessHealth() {
        auto h = ProcessHealth::compute(f->db(), {}, clock);
        VERIFY_OK(h);
        QCOMPARE(h->org.due, 3);
        QCOMPARE(h->org.done, 2);
        for (const HealthLine& l : h->reps) {
            if (l.id == u"a"_s) {
                QCOMPARE(l.due, 2);
                QCOMPARE(l.done, 1);
                QCOMPARE(l.light, Light::Red); // 50 %
                QCOMPARE(l.topMissing.size(), 1);
                QCOMPARE(l.topMissing.first().missed, 1);
            }
        }
    }

    // Coverage counts a rep in the month of each follow-up deadline: a in March (day 85, done) and May (day 145,
    // missed), b in June (day 155, done).
    void coverageByDeadlineMonth() {
        const AnalyticsFilter half{Test::AnalyticsFixture::day(0), Test::AnalyticsFixture::day(181), {}, {}};
        auto c = CoverageKpi::compute(f->db(), half, clock);
        VERIFY_OK(c);
        QStringList cells;
        for (const CoverageMonth& m : c->org.months)
            cells << u"%1:%2/%3"_s.arg(m.month).arg(m.coveredReps).arg(m.dueReps);
        QCOMPARE(cells, (QStringList{u"2026-01:0/0"_s, u"2026-02:0/0"_s, u"2026-03:1/1"_s, u"2026-04:0/0"_s,
                                     u"2026-05:0/1"_s, u"2026-06:1/1"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStandardActionLedger)
#include "tst_standardactionledger.moc"
