#include "analytics/coveragekpi.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Stride;

// One standard action: product-match report within 24 h of first contact. Each trigger enters contact on the
// 10th of a month at 09:00; "done" means a visit with the action's behaviour type 12 h later.
//            Jan            Feb                 Mar           Apr (now = Apr 15)
//   a (t1)   ✓ ✓            ✓                   ✗             ✓
//   b (t1)   ✓              ✗                   ✗             –
//   c (t2)   ✓              ✓                   ✗             –
//   d (t2)   ✓              ✓ ✗ (one missed)    ✓             –
//   org      4/4 = 100 %    2/4 = 50 %          1/4 = 25 %    1/1 = 100 %
//   t1       100 %          50 %                0 %           100 %
//   t2       100 %          50 %                50 %          no data
class TestCoverageKpi : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{QDateTime(QDate(2026, 4, 15), QTime(12, 0), Qt::UTC)};
    int m_n = 0;

    void trigger(const QString& rep, int month, bool done) {
        const QString id = u"o%1"_s.arg(++m_n);
        const double entered = double(QDate(2026, 1, 1).daysTo(QDate(2026, month, 10))) + 0.375;
        f->customer(id, rep);
        f->opportunity(id, id, rep, {u"lead"_s, u"contact"_s}, {entered - 1, entered});
        if (done)
            f->visit(id, rep, entered + 0.5, {{u"behaviour_type_id"_s, u"pm"_s}});
    }

    static QList<double> series(const CoverageSeries& s) {
        QList<double> out;
        for (const CoverageMonth& m : s.months)
            out << (m.coverage ? *m.coverage : -1);
        return out;
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        for (const char* r : {"a", "b"})
            f->rep(QString::fromLatin1(r), u"t1"_s);
        for (const char* r : {"c", "d"})
            f->rep(QString::fromLatin1(r), u"t2"_s);
        f->insert(u"standard_actions"_s, {{u"name"_s, u"Product-match report"_s},
                                          {u"trigger_stage"_s, u"contact"_s},
                                          {u"action_code"_s, u"product_match_report"_s},
                                          {u"deadline_hours"_s, 24}});
        f->insert(u"behaviour_types"_s,
                  {{u"id"_s, u"pm"_s}, {u"code"_s, u"product_match_report"_s}, {u"name"_s, u"Product-match report"_s}});
        for (const QString& r : {u"a"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s})
            trigger(r, 1, true);
        trigger(u"a"_s, 2, true);
        trigger(u"b"_s, 2, false);
        trigger(u"c"_s, 2, true);
        trigger(u"d"_s, 2, true);
        trigger(u"d"_s, 2, false);
        trigger(u"a"_s, 3, false);
        trigger(u"b"_s, 3, false);
        trigger(u"c"_s, 3, false);
        trigger(u"d"_s, 3, true);
        trigger(u"a"_s, 4, true);
    }

    void monthlyCoverage_data() {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QList<double>>("expected"); // -1 = no data
        QTest::addColumn<bool>("alert");
        QTest::newRow("org: two declines in a row alerts") << u"org"_s << QList<double>{100, 50, 25} << true;
        QTest::newRow("t1: 100 → 50 → 0 alerts") << u"t1"_s << QList<double>{100, 50, 0} << true;
        QTest::newRow("t2: flat second month, no alert") << u"t2"_s << QList<double>{100, 50, 50} << false;
    }
    void monthlyCoverage() {
        QFETCH(QString, series);
        QFETCH(QList<double>, expected);
        QFETCH(bool, alert);
        const AnalyticsFilter q1{QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(),
                                 QDateTime(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(),
                                 {},
                                 {}};
        auto r = CoverageKpi::compute(f->db(), q1, clock);
        VERIFY_OK(r);
        QCOMPARE(r->org.months.size(), 3);
        QCOMPARE(r->org.months.first().month, u"2026-01"_s);
        QCOMPARE(r->teams.size(), 2);
        const CoverageSeries& s = series == u"org"_s ? r->org : series == u"t1"_s ? r->teams.at(0) : r->teams.at(1);
        QCOMPARE(TestCoverageKpi::series(s), expected);
        QCOMPARE(s.alert, alert);
        QCOMPARE(s.months.first().metTarget, true); // 100 % ≥ 85 %
        QCOMPARE(s.months.at(1).metTarget, false);
    }

    void defaultWindowIsSixMonthsEndingNow() {
        auto r = CoverageKpi::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QCOMPARE(r->org.months.size(), 6);
        QCOMPARE(r->org.months.first().month, u"2025-11"_s);
        QCOMPARE(series(r->org), (QList<double>{-1, -1, 100, 50, 25, 100}));
        // April is still running: shown, marked partial, and its 100 % does not clear the alert that the complete
        // months raise (Jan 100 -> Feb 50 -> Mar 25).
        QVERIFY(r->org.months.last().partial);
        for (qsizetype m = 0; m + 1 < r->org.months.size(); ++m)
            QVERIFY(!r->org.months.at(m).partial);
        QVERIFY(r->org.alert);
        QCOMPARE(r->org.months.at(3).belowTarget, true);  // Feb 50 %
        QCOMPARE(r->org.months.at(2).belowTarget, false); // Jan 100 %
        QCOMPARE(r->org.months.at(0).belowTarget, false); // no data is not below the target
        QCOMPARE(r->org.months.at(3).dueReps, 4);
        QCOMPARE(r->org.months.at(3).coveredReps, 2);
        QCOMPARE(series(r->teams.at(1)).last(), -1.0); // t2 had nobody due in April: no data, not 0
    }

    void repFilterAndEmptyPeriod() {
        auto r = CoverageKpi::compute(f->db(), AnalyticsFilter{0, 0, {}, u"d"_s}, clock);
        QVERIFY(r.ok());
        QCOMPARE(series(r->org), (QList<double>{-1, -1, 100, 0, 100, -1}));
        // A deadline still in the future is not due: a trigger entered "now" does not count yet.
        FixedClock early{QDateTime(QDate(2026, 4, 11), QTime(0, 0), Qt::UTC)};
        auto before = CoverageKpi::compute(f->db(), AnalyticsFilter{0, 0, {}, u"a"_s}, early);
        QVERIFY(before.ok());
        QCOMPARE(series(before->org).last(), -1.0);
    }

    // Only complete months decide: a partial last month neither raises nor clears the alert.
    void runningMonthNeverDecidesTheAlert_data() {
        QTest::addColumn<QList<double>>("complete");
        QTest::addColumn<double>("running");
        QTest::addColumn<bool>("alert");
        QTest::newRow("a dropping running month raises nothing") << QList<double>{90, 95, 80} << 70.0 << false;
        QTest::newRow("a recovering running month clears nothing") << QList<double>{90, 80, 70} << 100.0 << true;
    }
    void runningMonthNeverDecidesTheAlert() {
        QFETCH(QList<double>, complete);
        QFETCH(double, running);
        QFETCH(bool, alert);
        QList<CoverageMonth> months;
        for (double v : complete)
            months.append(CoverageMonth{{}, 1, 1, v, false, false, false});
        months.append(CoverageMonth{{}, 1, 1, running, false, true, false});
        QCOMPARE(CoverageKpi::declinedTwice(months), alert);
    }

    void declinedTwice_data() {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<bool>("alert");
        QTest::newRow("strictly falling") << QList<double>{90, 80, 70} << true;
        QTest::newRow("tie breaks the run") << QList<double>{90, 80, 80} << false;
        QTest::newRow("only the last three count") << QList<double>{90, 80, 85, 80} << false;
        QTest::newRow("no data in the run") << QList<double>{90, -1, 70} << false;
        QTest::newRow("two months only") << QList<double>{90, 80} << false;
    }
    void declinedTwice() {
        QFETCH(QList<double>, values);
        QFETCH(bool, alert);
        QList<CoverageMonth> months;
        for (double v : values)
            months.append(CoverageMonth{{}, 1, 1, v < 0 ? std::nullopt : std::optional<double>(v), false});
        QCOMPARE(CoverageKpi::declinedTwice(months), alert);
    }

    // Months are the organisation's (its policy's time zone): a deadline at 00:30 on 1 April in Shanghai is due in
    // April, although it is still 31 March in UTC. Last: it leaves a policy row behind.
    void deadlinesFallInTheOrganisationsMonth() {
        const QTimeZone shanghai("Asia/Shanghai");
        const qint64 aprilStart = QDateTime(QDate(2026, 4, 1), QTime(0, 0), shanghai).toSecsSinceEpoch();
        const AnalyticsFilter april{aprilStart, aprilStart + qint64(15) * 86400, {}, {}};
        const auto aprilOf = [&]() -> CoverageMonth {
            auto r = CoverageKpi::compute(f->db(), april, clock);
            if (!r)
                return {};
            for (const CoverageMonth& m : r->org.months) {
                if (m.month == u"2026-04"_s)
                    return m;
            }
            return {};
        };
        QCOMPARE(aprilOf().dueReps, 1); // a, done

        // b enters contact 24 h before 00:30 on 1 April, Shanghai time, and misses the report.
        const qint64 due = QDateTime(QDate(2026, 4, 1), QTime(0, 30), shanghai).toSecsSinceEpoch();
        const qint64 jan1 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const double entered = double(due - 86400 - jan1) / 86400.0;
        f->customer(u"edge"_s, u"b"_s);
        f->opportunity(u"edge"_s, u"edge"_s, u"b"_s, {u"lead"_s, u"contact"_s}, {entered - 1, entered});
        QCOMPARE(aprilOf().dueReps, 1); // no policy yet: UTC months, b's deadline is on 31 March

        f->insert(u"org_policy"_s,
                  {{u"id"_s, u"org.timezone"_s}, {u"key"_s, u"org.timezone"_s}, {u"value"_s, u"\"Asia/Shanghai\""_s}});
        auto r = CoverageKpi::compute(f->db(), april, clock);
        VERIFY_OK(r);
        QCOMPARE(r->org.months.size(), 1); // the period is exactly (part of) the Shanghai April
        QCOMPARE(r->org.months.first().month, u"2026-04"_s);
        QCOMPARE(r->org.months.first().dueReps, 2);
        QCOMPARE(r->org.months.first().coveredReps, 1);
    }
};

QTEST_GUILESS_MAIN(TestCoverageKpi)
#include "tst_coveragekpi.moc"
