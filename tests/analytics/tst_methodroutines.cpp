// MethodRoutines: the method's own tasks on the signed-in person's laptop — rule tasks and the tier visit
// cadence for the customers they own, a supervisor's escalations — made once, with ids every laptop agrees on.
#include "analytics/methodroutines.h"
#include "analyticsfixture.h"
#include "domain/visit.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"
#include "storage/visitrepository.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestMethodRoutines final : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    // Day 70 of the fixture's year, 09:00 UTC.
    FixedClock clock{Test::AnalyticsFixture::at(70).addSecs(qint64(9) * 3600)};

    void signIn(const QString& role, const QString& rep, const QString& team) {
        QVERIFY(ReplicaUserStore::save(f->db(), {u"someone@acme.cn"_s, role, rep, team}));
    }

private slots:
    void init() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s, u"s"_s);
        f->rep(u"s"_s, u"t1"_s, u"supervisor"_s);
        f->rep(u"a"_s, u"t1"_s, u"rep"_s, u"s"_s);
        f->rep(u"b"_s, u"t1"_s, u"rep"_s, u"s"_s);
        f->insert(u"rules"_s, {{u"id"_s, u"rule-tier-a"_s},
                               {u"name"_s, u"Tier A: weekly visit"_s},
                               {u"name_zh"_s, u"A 类客户：每周拜访"_s},
                               {u"condition_json"_s, uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s},
                               {u"action_json"_s, uR"({"type":"visit_due","every_days":7})"_s},
                               {u"active"_s, 1}});
        // Pinned tier A, visited 5 days ago: the weekly visit falls due in 2 days.
        f->customer(u"c1"_s, u"a"_s, {{u"tier"_s, u"A"_s}});
        f->visit(u"c1"_s, u"a"_s, 65);
        // No pin, but its value score says A: the effective tier counts.
        f->customer(u"c2"_s, u"a"_s);
        QVERIFY(f->db().execute(u"INSERT INTO customer_scores (customer_id, purchase_3m, p, s, t, score, tier, "
                                "computed_at) VALUES ('c2', 0, 100, 80, 80, 88, 'A', ?)"_s,
                                {Test::AnalyticsFixture::day(69)}));
        f->visit(u"c2"_s, u"a"_s, 60);
        // Never visited: the cadence counts from its creation on day 66, so the visit falls due on day 73.
        f->customer(u"c3"_s, u"a"_s, {{u"tier"_s, u"A"_s}, {u"created_at"_s, Test::AnalyticsFixture::day(66)}});
        // Visited on day 69: due on day 76, more than three days off, so no task yet.
        f->customer(u"c6"_s, u"a"_s, {{u"tier"_s, u"A"_s}});
        f->visit(u"c6"_s, u"a"_s, 69);
        // Another rep's customer: never this laptop's task.
        f->customer(u"c4"_s, u"b"_s, {{u"tier"_s, u"A"_s}});
        // A tier C customer: no rule of its tier.
        f->customer(u"c5"_s, u"a"_s, {{u"tier"_s, u"C"_s}});
        // A deal idle for 20 days in demo: red, and its owner's supervisor is s.
        f->opportunity(u"d1"_s, u"c4"_s, u"b"_s, {u"demo"_s}, {50});
    }

    // Rule 15: a reminder 15 days before each payment milestone of the rep's own signed deals, one per milestone.
    // Now = day 70. a's signed deal w1: m-late due day 60 (overdue), m-soon due 80 (10 days left), m-later due 100
    // (30 days: not yet), m-paid paid; a's deal still in objection handling has one due 75 (not signed: none); b's
    // signed deal one due 75 (not a's).
    void aRepGetsAPaymentReminderPerMilestone() {
        f->opportunity(u"w1"_s, u"c1"_s, u"a"_s, {u"lead"_s, u"won"_s}, {10, 40});
        f->opportunity(u"o1"_s, u"c2"_s, u"a"_s, {u"lead"_s, u"objection"_s}, {10, 40});
        f->opportunity(u"w2"_s, u"c4"_s, u"b"_s, {u"lead"_s, u"won"_s}, {10, 40});
        auto milestone = [this](const char* id, const char* opp, double due, bool paid = false) {
            f->insert(u"payment_milestones"_s,
                      {{u"id"_s, QString::fromLatin1(id)},
                       {u"opportunity_id"_s, QString::fromLatin1(opp)},
                       {u"due_at"_s, Test::AnalyticsFixture::day(due)},
                       {u"amount"_s, 1000},
                       {u"paid_at"_s, paid ? QVariant(Test::AnalyticsFixture::day(50)) : QVariant()}});
        };
        milestone("m-late", "w1", 60);
        milestone("m-soon", "w1", 80);
        milestone("m-later", "w1", 100);
        milestone("m-paid", "w1", 78, true);
        milestone("m-unsigned", "o1", 75);
        milestone("m-other", "w2", 75);
        signIn(u"rep"_s, u"a"_s, u"t1"_s);
        EntityStore store(f->db(), clock);
        auto r = MethodRoutines::run(store, clock);
        VERIFY_OK(r);
        QCOMPARE(r->paymentReminders, 2);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE source = 'payment' AND owner_id = 'a'"_s), 2);
        QCOMPARE(f->count(u"SELECT due_at FROM tasks WHERE source_key = 'payment:m-soon'"_s),
                 Test::AnalyticsFixture::day(65));
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE source_key = 'payment:m-late' AND opportunity_id = 'w1' "
                          "AND customer_id = 'c1'"_s),
                 1);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE source_key IN ('payment:m-later', 'payment:m-paid', "
                          "'payment:m-unsigned', 'payment:m-other')"_s),
                 0);
        auto again = MethodRoutines::run(store, clock);
        QVERIFY(again);
        QCOMPARE(again->paymentReminders, 0);
    }

    void nothingWithoutASignedInUser() {
        EntityStore store(f->db(), clock);
        auto r = MethodRoutines::run(store, clock);
        VERIFY_OK(r);
        QCOMPARE(r->total(), 0);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks"_s), 0);
    }

    void aRepGetsTheirVisitsDueOnce() {
        signIn(u"rep"_s, u"a"_s, u"t1"_s);
        EntityStore store(f->db(), clock);
        auto r = MethodRoutines::run(store, clock);
        VERIFY_OK(r);
        QCOMPARE(r->ruleTasks, 3);
        QCOMPARE(r->escalations, 0); // a rep never writes a task onto a supervisor's list
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE source = 'tier' AND owner_id = 'a'"_s), 3);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE customer_id IN ('c4', 'c5', 'c6')"_s), 0);
        // Due a week after the last visit, titled in the organisation's language, with an id from its key.
        QCOMPARE(f->count(u"SELECT due_at FROM tasks WHERE customer_id = 'c1'"_s), Test::AnalyticsFixture::day(72));
        auto q = f->db().exec(u"SELECT id, source_key, title FROM tasks WHERE customer_id = 'c1'"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), EntityStore::idFor(q->value(1).toString()));
        QCOMPARE(q->value(1).toString(), u"tier:c1:2026-03-14"_s);
        QCOMPARE(q->value(2).toString(), u"A 类客户：每周拜访"_s);
        QCOMPARE(f->count(u"SELECT count(*) FROM outbox WHERE entity = 'tasks'"_s), 3);

        auto again = MethodRoutines::run(store, clock);
        QVERIFY(again);
        QCOMPARE(again->total(), 0);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks"_s), 3);
    }

    void theVisitClosesItsVisitDueTask() {
        signIn(u"rep"_s, u"a"_s, u"t1"_s);
        EntityStore store(f->db(), clock);
        QVERIFY(MethodRoutines::run(store, clock));
        Visit v;
        v.customerId = u"c1"_s;
        v.repId = u"a"_s;
        v.visitedAt = clock.nowSecs();
        v.channel = u"onsite"_s;
        v.noActionReason = u"客户本季度无新需求"_s;
        QVERIFY(VisitRepository(store).log(v));
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE customer_id = 'c1' AND done_at IS NULL"_s), 0);
        QCOMPARE(f->count(u"SELECT done_at FROM tasks WHERE customer_id = 'c1'"_s), clock.nowSecs());
        // The next cycle counts from this visit: nothing new until three days before it falls due.
        auto r = MethodRoutines::run(store, clock);
        QVERIFY(r);
        QCOMPARE(r->ruleTasks, 0);
    }

    void aSupervisorEscalatesOntoTheirOwnList() {
        signIn(u"supervisor"_s, u"s"_s, u"t1"_s);
        EntityStore store(f->db(), clock);
        auto r = MethodRoutines::run(store, clock);
        VERIFY_OK(r);
        QCOMPARE(r->escalations, 1);
        QCOMPARE(f->count(u"SELECT count(*) FROM tasks WHERE source = 'escalation' AND owner_id = 's' AND "
                          "opportunity_id = 'd1'"_s),
                 1);
        QCOMPARE(r->ruleTasks, 0); // s owns no customer
        QCOMPARE(MethodRoutines::run(store, clock)->total(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMethodRoutines)
#include "tst_methodroutines.moc"
