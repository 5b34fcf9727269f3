// Days and months in the organisation's time zone (OrgCalendar): a visit late in the evening or just after
// midnight in Shanghai counts on the Shanghai day and in the Shanghai month, not on the UTC one.
#include "analytics/behaviourpoints.h"
#include "analytics/orgcalendar.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"

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
};

QTEST_GUILESS_MAIN(TestOrgCalendar)
#include "tst_orgcalendar.moc"
