#include "analytics/behaviourpoints.h"
#include "analyticsfixture.h"
#include "storage/entitystore.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = Wed 2026-02-18; week = Mon 16 – Sun 22 Feb. Types: pain-point interview 5 (discovery), customised
// solution 12 (solution), cross-department meeting 18 (relationship), routine follow-up 1 (no category → other).
//   a: week ppi + cs = 17; 2 Feb cdm → month 35
//   b: week cdm = 18; 2 Feb follow-up → month 19
//   c: week ppi + cs = 17 (ties with a)
//   d: nothing → 0;  s (supervisor): cdm in the week, not ranked
//   n: hired 8 Feb; ppi on 10 and 12 Feb → month 10; onboarding tasks: 3 interviews + 1 draft done
//   o: hired 40 days ago → not in the first-month flow
// Week: b 18 (1), a 17 (2), c 17 (2), d 0 (4), n 0 (4). Month: a 35, b 19, c 17, n 10, d 0.
class TestBehaviourPoints : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{QDateTime(QDate(2026, 2, 18), QTime(15, 0), Qt::UTC)};

    void act(const QString& rep, int febDay, const char* type) {
        const double d = double(QDate(2026, 1, 1).daysTo(QDate(2026, 2, febDay))) + 0.4;
        f->visit(u"cust"_s, rep, d, {{u"behaviour_type_id"_s, QString::fromLatin1(type)}});
    }
    static QStringList board(const BehaviourPointsResult& r) {
        QStringList out;
        for (const LeaderboardEntry& e : r.leaderboard)
            out << u"%1 %2 %3"_s.arg(e.rank).arg(e.repId).arg(e.points);
        return out;
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        for (const char* r : {"a", "b", "c"})
            f->rep(QString::fromLatin1(r), u"t1"_s);
        f->rep(u"d"_s, u"t2"_s);
        f->rep(u"s"_s, u"t1"_s, u"supervisor"_s);
        f->rep(u"n"_s, u"t2"_s);
        f->rep(u"o"_s, u"t2"_s);
        QVERIFY(f->db().execute(u"UPDATE reps SET hire_date = ? WHERE id = 'n'"_s,
                                {QDateTime(QDate(2026, 2, 8), QTime(9, 0), Qt::UTC).toSecsSinceEpoch()}));
        QVERIFY(
            f->db().execute(u"UPDATE reps SET hire_date = ? WHERE id = 'o'"_s, {clock.nowSecs() - qint64(40) * 86400}));
        f->customer(u"cust"_s, u"a"_s);
        auto type = [this](const char* id, const char* code, const char* category, int points) {
            f->insert(u"behaviour_types"_s, {{u"id"_s, QString::fromLatin1(id)},
                                             {u"code"_s, QString::fromLatin1(code)},
                                             {u"name"_s, QString::fromLatin1(code)},
                                             {u"category"_s, QString::fromLatin1(category)},
                                             {u"points"_s, points}});
        };
        type("ppi", "pain_point_interview", "discovery", 5);
        type("cs", "customised_solution", "solution", 12);
        type("cdm", "cross_department_meeting", "relationship", 18);
        type("rf", "routine_follow_up", "", 1);
        act(u"a"_s, 16, "ppi");
        act(u"a"_s, 17, "cs");
        act(u"a"_s, 2, "cdm");
        act(u"b"_s, 18, "cdm");
        act(u"b"_s, 2, "rf");
        act(u"c"_s, 16, "ppi");
        act(u"c"_s, 18, "cs");
        act(u"s"_s, 17, "cdm");
        act(u"n"_s, 10, "ppi");
        act(u"n"_s, 12, "ppi");
        f->visit(u"cust"_s, u"d"_s, 47); // no behaviour type: no points
        for (const char* key :
             {"pain_point_interview:1", "pain_point_interview:2", "pain_point_interview:3", "solution_draft:1"})
            f->insert(u"tasks"_s, {{u"owner_id"_s, u"n"_s},
                                   {u"title"_s, u"onboarding"_s},
                                   {u"source"_s, u"onboarding"_s},
                                   {u"source_key"_s, u"onboarding:n:"_s + QString::fromLatin1(key)},
                                   {u"done_at"_s, clock.nowSecs() - 86400}});
    }

    void periods() {
        const AnalyticsFilter w = BehaviourPoints::week(QDate(2026, 2, 18));
        QCOMPARE(QDateTime::fromSecsSinceEpoch(w.from, Qt::UTC), QDateTime(QDate(2026, 2, 16), QTime(0, 0), Qt::UTC));
        QCOMPARE(w.to - w.from, 7 * 86400);
        const AnalyticsFilter sunday = BehaviourPoints::week(QDate(2026, 2, 22));
        QCOMPARE(sunday.from, w.from);
        const AnalyticsFilter m = BehaviourPoints::month(QDate(2026, 2, 18), AnalyticsFilter{0, 0, u"t1"_s, {}});
        QCOMPARE(m.to - m.from, 28 * 86400);
        QCOMPARE(m.teamId, u"t1"_s);
    }

    void leaderboard_data() {
        QTest::addColumn<bool>("weekly");
        QTest::addColumn<QString>("team");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("week, ties share a rank")
            << true << QString()
            << QStringList{u"1 b 18"_s, u"2 a 17"_s, u"2 c 17"_s, u"4 d 0"_s, u"4 n 0"_s, u"4 o 0"_s};
        QTest::newRow("month") << false << QString() << QStringList{u"1 a 35"_s, u"2 b 19"_s, u"3 c 17"_s,
                                                                    u"4 n 10"_s, u"5 d 0"_s,  u"5 o 0"_s};
        QTest::newRow("month, team t1") << false << u"t1"_s << QStringList{u"1 a 35"_s, u"2 b 19"_s, u"3 c 17"_s};
    }
    void leaderboard() {
        QFETCH(bool, weekly);
        QFETCH(QString, team);
        QFETCH(QStringList, expected);
        const AnalyticsFilter scope{0, 0, team, {}};
        const QDate today = clock.now().date();
        auto r = BehaviourPoints::compute(
            f->db(), weekly ? BehaviourPoints::week(today, scope) : BehaviourPoints::month(today, scope), clock);
        VERIFY_OK(r);
        QCOMPARE(board(*r), expected);
        QCOMPARE(r->categories, (QStringList{u"discovery"_s, u"other"_s, u"relationship"_s, u"solution"_s}));
    }

    void composition() {
        auto r = BehaviourPoints::compute(f->db(), BehaviourPoints::month(clock.now().date()), clock);
        QVERIFY(r.ok());
        const LeaderboardEntry& a = r->leaderboard.first();
        QCOMPARE(a.byCategory.value(u"discovery"_s), 5);
        QCOMPARE(a.byCategory.value(u"solution"_s), 12);
        QCOMPARE(a.byCategory.value(u"relationship"_s), 18);
        QCOMPARE(a.actions, 3);
        QCOMPARE(r->leaderboard.at(1).byCategory.value(u"other"_s), 1);
        auto empty = BehaviourPoints::compute(f->db(), BehaviourPoints::week(QDate(2025, 6, 1)), clock);
        QVERIFY(empty.ok());
        for (const LeaderboardEntry& e : empty->leaderboard) {
            QCOMPARE(e.points, 0);
            QCOMPARE(e.rank, 1); // everyone ties at zero
        }
    }

    void newRepFlow() {
        auto r = BehaviourPoints::compute(f->db(), BehaviourPoints::week(clock.now().date()), clock);
        QVERIFY(r.ok());
        QCOMPARE(r->newReps.size(), 1);
        const OnboardingProgress& n = r->newReps.first();
        QCOMPARE(n.repId, u"n"_s);
        QCOMPARE(n.interviews, 3); // max(2 visits, 3 tasks), capped at 3
        QCOMPARE(n.drafts, 1);
        QVERIFY(!n.complete());

        EntityStore store(f->db(), clock);
        auto created = BehaviourPoints::createOnboardingTasks(store);
        VERIFY_OK(created);
        QCOMPARE(*created, 1); // only solution_draft:2 was missing
        QCOMPARE(*BehaviourPoints::createOnboardingTasks(store), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source_key = 'onboarding:n:solution_draft:2'"_s), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source_key LIKE 'onboarding:o:%'"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestBehaviourPoints)
#include "tst_behaviourpoints.moc"
