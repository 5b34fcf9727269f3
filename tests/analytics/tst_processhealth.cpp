#include "analytics/processhealth.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = day 60. Standard actions: product-match report 24 h after contact, customised quote 72 h after demo,
// case study 48 h after objection (plus an inactive one that must not count).
//   a (t1): 10 contacts, 9 reports in time (the 10th came late)            → 9/10 = 90 % → yellow (not > 90)
//   b (t1): 10 contacts, 10 reports (one evidenced by its task)             → 100 % → green
//   c (t2): c1 contact→demo→objection, c2 the same, c3 contact→demo, c4 contact, c5 contact at 59.5 (not due yet)
//           done: c1's report and c1's case study                           → 2/9 = 22 % → red
//           missing: quote ×3, report ×3 (tie → by name), case study ×1
//   d (t2): no deals → no data
//   t1 = 19/20 = 95 % green; t2 = 2/9 red; org = 21/29 = 72.4 % yellow
class TestProcessHealth : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(60)};

    const HealthLine* line(const QList<HealthLine>& lines, const QString& id) {
        for (const HealthLine& l : lines)
            if (l.id == id)
                return &l;
        return nullptr;
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t1"_s);
        f->rep(u"c"_s, u"t2"_s);
        f->rep(u"d"_s, u"t2"_s);
        auto action = [this](const char* name, const char* stage, const char* code, int hours, int active) {
            f->insert(u"standard_actions"_s, {{u"name"_s, QString::fromUtf8(name)},
                                              {u"trigger_stage"_s, QString::fromLatin1(stage)},
                                              {u"action_code"_s, QString::fromLatin1(code)},
                                              {u"deadline_hours"_s, hours},
                                              {u"active"_s, active}});
            f->insert(u"behaviour_types"_s, {{u"id"_s, QString::fromLatin1(code)},
                                             {u"code"_s, QString::fromLatin1(code)},
                                             {u"name"_s, QString::fromUtf8(name)}});
        };
        action("Product-match report", "contact", "product_match_report", 24, 1);
        action("Customised quote", "demo", "customised_quote", 72, 1);
        action("Case study", "objection", "case_study", 48, 1);
        action("Inactive rule", "contact", "inactive_code", 24, 0);
        auto evidence = [this](const QString& customer, double atDay, const char* code) {
            f->visit(customer, {}, atDay, {{u"behaviour_type_id"_s, QString::fromLatin1(code)}});
        };
        for (const char* r : {"a", "b"}) {
            const QString rep = QString::fromLatin1(r);
            for (int i = 1; i <= 10; ++i) {
                const QString cust = f->customer(rep + QString::number(i), rep);
                f->opportunity(u"o"_s + cust, cust, rep, {u"lead"_s, u"contact"_s}, {double(i), i + 0.25});
                if (rep == u"a"_s && i == 10)
                    evidence(cust, i + 1.5, "product_match_report"); // 30 h after contact: late
                else if (rep == u"b"_s && i == 10)
                    f->insert(u"tasks"_s, {{u"owner_id"_s, rep},
                                           {u"opportunity_id"_s, u"o"_s + cust},
                                           {u"title"_s, u"report"_s},
                                           {u"source"_s, u"standard_action"_s},
                                           {u"source_key"_s, u"product_match_report:o"_s + cust},
                                           {u"done_at"_s, Test::AnalyticsFixture::day(i + 0.5)}});
                else
                    evidence(cust, i + 0.75, "product_match_report");
            }
        }
        for (int i = 1; i <= 5; ++i)
            f->customer(u"c"_s + QString::number(i), u"c"_s);
        const QStringList full{u"lead"_s, u"contact"_s, u"demo"_s, u"objection"_s};
        f->opportunity(u"c1"_s, u"c1"_s, u"c"_s, full, {1, 2, 4, 8});
        f->opportunity(u"c2"_s, u"c2"_s, u"c"_s, full, {1, 2, 4, 8});
        f->opportunity(u"c3"_s, u"c3"_s, u"c"_s, full.mid(0, 3), {1, 2, 4});
        f->opportunity(u"c4"_s, u"c4"_s, u"c"_s, full.mid(0, 2), {1, 2});
        f->opportunity(u"c5"_s, u"c5"_s, u"c"_s, full.mid(0, 2), {50, 59.5});
        evidence(u"c1"_s, 2.5, "product_match_report");
        evidence(u"c1"_s, 9, "case_study");
        evidence(u"c2"_s, 30, "customised_quote"); // far too late
        evidence(u"c3"_s, 2.5, "case_study");      // wrong action for that stay
    }

    void lightThresholds_data() {
        QTest::addColumn<double>("completion"); // -1 = no data
        QTest::addColumn<int>("light");
        QTest::newRow("nothing due") << -1.0 << int(Light::NoData);
        QTest::newRow("100 %") << 1.0 << int(Light::Green);
        QTest::newRow("just above 90 %") << 0.9001 << int(Light::Green);
        QTest::newRow("exactly 90 % is yellow") << 0.9 << int(Light::Yellow);
        QTest::newRow("exactly 70 % is yellow") << 0.7 << int(Light::Yellow);
        QTest::newRow("just below 70 %") << 0.6999 << int(Light::Red);
        QTest::newRow("0 %") << 0.0 << int(Light::Red);
    }
    void lightThresholds() {
        QFETCH(double, completion);
        QFETCH(int, light);
        QCOMPARE(int(ProcessHealth::lightFor(completion < 0 ? std::nullopt : std::optional<double>(completion))),
                 light);
    }

    void perRepAndTeam_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("team");
        QTest::addColumn<qint64>("due");
        QTest::addColumn<qint64>("done");
        QTest::addColumn<int>("light");
        QTest::newRow("rep a: late report → 90 % yellow") << u"a"_s << false << 10LL << 9LL << int(Light::Yellow);
        QTest::newRow("rep b: task evidences one → green") << u"b"_s << false << 10LL << 10LL << int(Light::Green);
        QTest::newRow("rep c: red") << u"c"_s << false << 9LL << 2LL << int(Light::Red);
        QTest::newRow("rep d: nothing due") << u"d"_s << false << 0LL << 0LL << int(Light::NoData);
        QTest::newRow("team t1 pooled") << u"t1"_s << true << 20LL << 19LL << int(Light::Green);
        QTest::newRow("team t2 pooled") << u"t2"_s << true << 9LL << 2LL << int(Light::Red);
    }
    void perRepAndTeam() {
        QFETCH(QString, id);
        QFETCH(bool, team);
        QFETCH(qint64, due);
        QFETCH(qint64, done);
        QFETCH(int, light);
        auto r = ProcessHealth::compute(f->db(), {}, clock);
        VERIFY_OK(r);
        const HealthLine* l = line(team ? r->teams : r->reps, id);
        QVERIFY(l);
        QCOMPARE(l->due, due);
        QCOMPARE(l->done, done);
        QCOMPARE(int(l->light), light);
        QCOMPARE(l->completion.has_value(), due > 0);
        if (due > 0)
            QCOMPARE(*l->completion, double(done) / double(due));
        QCOMPARE(r->org.due, 29);
        QCOMPARE(r->org.done, 21);
        QCOMPARE(int(r->org.light), int(Light::Yellow));
        QVERIFY(r->org.topMissing.isEmpty()); // only red lights list missing actions
    }

    void topMissingBehindRed() {
        auto r = ProcessHealth::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        const HealthLine* c = line(r->reps, u"c"_s);
        QCOMPARE(c->topMissing.size(), 3);
        QCOMPARE(c->topMissing.at(0).actionName, u"Customised quote"_s); // tie at 3, by name
        QCOMPARE(c->topMissing.at(0).missed, 3);
        QCOMPARE(c->topMissing.at(1).actionCode, u"product_match_report"_s);
        QCOMPARE(c->topMissing.at(1).missed, 3);
        QCOMPARE(c->topMissing.at(2).actionCode, u"case_study"_s);
        QCOMPARE(c->topMissing.at(2).missed, 1);
        QVERIFY(line(r->reps, u"a"_s)->topMissing.isEmpty());
    }

    void filters() {
        auto team = ProcessHealth::compute(f->db(), AnalyticsFilter{0, 0, u"t2"_s, {}}, clock);
        QVERIFY(team.ok());
        QCOMPARE(team->reps.size(), 2);
        QCOMPARE(team->teams.size(), 1);
        QCOMPARE(team->org.due, 9);
        // Period by deadline: only the a/b stays that entered contact on days 1–3 fall due in [day 2, day 4.5).
        auto early = ProcessHealth::compute(
            f->db(), AnalyticsFilter{Test::AnalyticsFixture::day(2), Test::AnalyticsFixture::day(4.5), {}, u"a"_s},
            clock);
        QVERIFY(early.ok());
        QCOMPARE(early->org.due, 3);
        auto empty = ProcessHealth::compute(
            f->db(), AnalyticsFilter{Test::AnalyticsFixture::day(200), Test::AnalyticsFixture::day(201), {}, {}},
            clock);
        QVERIFY(empty.ok());
        QCOMPARE(empty->org.due, 0);
        QVERIFY(!empty->org.completion.has_value());
        QCOMPARE(int(empty->org.light), int(Light::NoData));
    }
};

QTEST_GUILESS_MAIN(TestProcessHealth)
#include "tst_processhealth.moc"
