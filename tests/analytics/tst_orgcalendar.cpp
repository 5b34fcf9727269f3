// Days and months in the organisation's time zone (OrgCalendar): a visit late in the evening or just after
// midnight in Shanghai counts on the Shanghai day and in the Shanghai month, not on the UTC one.
#include "analytics/behaviourpoints.h"
#include "analytics/processsandbox.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgcalendar.h"
#include "storage/orgpolicyrepository.h"
#include "verifyok.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

qint64 shanghai(QDate day, QTime time) {
    return QDateTime(day, time, QTimeZone("Asia/Shanghai")).toSecsSinceEpoch();
}

} // namespace

class TestOrgCalendar final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void daysAndMonthsInTheZone_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("month");
        const qint64 lateEvening = shanghai(QDate(2026, 3, 31), QTime(23, 30)); // 15:30 UTC, 31 March
        const qint64 afterMidnight = shanghai(QDate(2026, 4, 1), QTime(0, 30)); // 16:30 UTC, 31 March
        QTest::newRow("23:30 in Shanghai") << u"Asia/Shanghai"_s << lateEvening << u"2026-03-31"_s << u"2026-03"_s;
        QTest::newRow("00:30 in Shanghai is the next day and month")
            << u"Asia/Shanghai"_s << afterMidnight << u"2026-04-01"_s << u"2026-04"_s;
        QTest::newRow("the same instant in UTC") << u"UTC"_s << afterMidnight << u"2026-03-31"_s << u"2026-03"_s;
        QTest::newRow("an unknown zone counts as UTC")
            << u"Mars/Olympus"_s << afterMidnight << u"2026-03-31"_s << u"2026-03"_s;
    }
    void daysAndMonthsInTheZone() {
        QFETCH(QString, zone);
        QFETCH(qint64, at);
        QFETCH(QString, day);
        QFETCH(QString, month);
        const OrgCalendar calendar(zone);
        QCOMPARE(calendar.dayText(at), day);
        QCOMPARE(calendar.monthText(at), month);
        const QDate d = QDate::fromString(day, Qt::ISODate);
        QVERIFY(calendar.startOf(d) <= at);
        QVERIFY(at < calendar.startOf(d.addDays(1)));
        QVERIFY(calendar.monthStart(d) <= at);
        QVERIFY(at < calendar.nextMonthStart(d));
    }

    void todayFollowsTheInjectedClock() {
        const FixedClock clock(QDateTime(QDate(2026, 3, 31), QTime(16, 30), Qt::UTC));
        QCOMPARE(OrgCalendar(u"Asia/Shanghai"_s, clock).today(), QDate(2026, 4, 1));
        QCOMPARE(OrgCalendar(u"UTC"_s, clock).today(), QDate(2026, 3, 31));
        QCOMPARE(OrgCalendar(u"Asia/Shanghai"_s, clock).monthStart(QDate(2026, 4, 20)),
                 QDateTime(QDate(2026, 3, 31), QTime(16, 0), Qt::UTC).toSecsSinceEpoch());
    }

    // The replica's calendar is its policy's zone, UTC until it has one; a visit logged at 23:30 and one at 00:30
    // Shanghai time count in the Shanghai month of the behaviour-point leaderboard.
    void visitsCountOnTheOrganisationsDay() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"r.db"_s));
        QVERIFY(db);
        const FixedClock clock(QDateTime(QDate(2026, 4, 10), QTime(4, 0), Qt::UTC));
        EntityStore store(**db, clock);
        QCOMPARE(OrgCalendar::of(**db, clock).zone(), QTimeZone::utc());
        QVERIFY(store.apply({
            {u"reps"_s, u"r1"_s, {{u"name"_s, u"王伟"_s}, {u"role"_s, u"rep"_s}, {u"active"_s, 1}}, false},
            {u"customers"_s, u"c1"_s, {{u"name"_s, u"华东精工"_s}, {u"owner_id"_s, u"r1"_s}}, false},
            {u"behaviour_types"_s,
             u"bt-pain-point-interview"_s,
             {{u"code"_s, u"pain_point_interview"_s},
              {u"name"_s, u"Pain-point interview"_s},
              {u"category"_s, u"discovery"_s},
              {u"points"_s, 5}},
             false},
            {u"visits"_s,
             u"v-evening"_s,
             {{u"customer_id"_s, u"c1"_s},
              {u"rep_id"_s, u"r1"_s},
              {u"visited_at"_s, shanghai(QDate(2026, 3, 31), QTime(23, 30))},
              {u"channel"_s, u"phone"_s},
              {u"behaviour_type_id"_s, u"bt-pain-point-interview"_s}},
             false},
            {u"visits"_s,
             u"v-midnight"_s,
             {{u"customer_id"_s, u"c1"_s},
              {u"rep_id"_s, u"r1"_s},
              {u"visited_at"_s, shanghai(QDate(2026, 4, 1), QTime(0, 30))},
              {u"channel"_s, u"phone"_s},
              {u"behaviour_type_id"_s, u"bt-pain-point-interview"_s}},
             false},
        }));
        const auto pointsIn = [&](QDate month) -> qint64 {
            const OrgCalendar calendar = OrgCalendar::of(**db, clock);
            Result<BehaviourPointsResult> r =
                BehaviourPoints::compute(**db, BehaviourPoints::month(month, {}, calendar), clock);
            return r && !r->leaderboard.isEmpty() ? r->leaderboard.first().points : -1;
        };
        // Without a policy: UTC days, both visits in March.
        QCOMPARE(pointsIn(QDate(2026, 3, 1)), 10);
        QCOMPARE(pointsIn(QDate(2026, 4, 1)), 0);

        OrgPolicyRepository policy(store);
        QVERIFY(policy.set(OrgPolicy::kTimeZone, u"Asia/Shanghai"_s, u"admin"_s));
        QCOMPARE(OrgCalendar::of(**db, clock).zone().id(), QByteArray("Asia/Shanghai"));
        QCOMPARE(OrgCalendar::of(**db, clock).dayText(shanghai(QDate(2026, 3, 31), QTime(23, 30))), u"2026-03-31"_s);
        QCOMPARE(pointsIn(QDate(2026, 3, 1)), 5);
        QCOMPARE(pointsIn(QDate(2026, 4, 1)), 5);
    }

    // The monthly summaries are kept in UTC months; a Shanghai month is read from them with the hours at its edges
    // added or taken away. Per rep it must equal counting the visits themselves.
    void shanghaiMonthsFromTheSummariesEqualTheVisits_data() {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last"); // inclusive
        QTest::newRow("one month") << QDate(2026, 10, 1) << QDate(2026, 10, 31);
        QTest::newRow("six months ending this month") << QDate(2026, 6, 1) << QDate(2026, 11, 30);
        QTest::newRow("mid-month to mid-month") << QDate(2026, 7, 10) << QDate(2026, 9, 20);
        QTest::newRow("a few days") << QDate(2026, 8, 30) << QDate(2026, 9, 2);
    }
    void shanghaiMonthsFromTheSummariesEqualTheVisits() {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(u"demo.db"_s));
        QVERIFY(opened);
        Database& db = **opened;
        DemoOptions o;
        o.customers = 240;
        o.seed = 3;
        o.today = QDate(2026, 11, 20);
        QVERIFY(DemoGenerator::generate(db, o));
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        const OrgCalendar calendar = OrgCalendar::of(db, clock);
        QCOMPARE(calendar.zone().id(), QByteArray("Asia/Shanghai"));
        AnalyticsFilter period;
        period.from = calendar.startOf(first);
        period.to = calendar.startOf(last.addDays(1));
        Result<BehaviourPointsResult> points = BehaviourPoints::compute(db, period, clock);
        VERIFY_OK(points);
        Result<ProcessSandboxResult> sandbox =
            ProcessSandbox::compute(db, period, clock, u"visits"_s, u"call_minutes"_s);
        VERIFY_OK(sandbox);
        QHash<QString, qint64> visits;
        QHash<QString, qint64> expectedPoints;
        Result<QSqlQuery> q = db.exec(u"SELECT v.rep_id, COUNT(*), COALESCE(SUM(b.points), 0) FROM visits v LEFT JOIN "
                                      "behaviour_types b ON b.id = v.behaviour_type_id WHERE v.deleted = 0 AND "
                                      "v.visited_at >= ? AND v.visited_at < ? GROUP BY v.rep_id"_s,
                                      {period.from, period.to});
        QVERIFY(q);
        while (q->next()) {
            visits.insert(q->value(0).toString(), q->value(1).toLongLong());
            expectedPoints.insert(q->value(0).toString(), q->value(2).toLongLong());
        }
        int checked = 0;
        for (const LeaderboardEntry& e : points->leaderboard) {
            QCOMPARE(e.points, expectedPoints.value(e.repId));
            checked += e.points > 0;
        }
        for (const SandboxRep& r : sandbox->reps)
            QCOMPARE(qint64(r.x.value_or(-1)), visits.value(r.repId));
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestOrgCalendar)
#include "tst_orgcalendar.moc"
