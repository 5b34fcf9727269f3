#include "analytics/ruleengine.h"
#include "analyticsfixture.h"
#include "domain/methoddefaults.h"
#include "storage/entitystore.h"
#include "verifyok.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = 2026-03-15. Annual purchases = orders in the 365 days before now.
//   m1 manufacturing, tier A, 600k        → dual-track ✓, check-in ✓ (tier A)
//   m2 manufacturing, exactly 500k        → not above 500k
//   m3 Manufacturing, 300k in the window (+300k older than a year) → no
//   m4 retail, 900k, satisfaction 40      → check-in ✓ (unhappy)
//   m5 MANUFACTURING (owner b), 800k      → dual-track ✓ (case-insensitive)
// Rules: the shipped dual-track example (monthly), a check-in rule with "any", a visit_due rule and a rule on an
// opportunity field (both skipped), an inactive rule (not evaluated).
class TestRuleEngine : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{QDateTime(QDate(2026, 3, 15), QTime(9, 0), Qt::UTC)};

    void buy(const QString& customer, double amount, double day) {
        f->insert(
            u"orders"_s,
            {{u"customer_id"_s, customer}, {u"ordered_at"_s, Test::AnalyticsFixture::day(day)}, {u"amount"_s, amount}});
    }
    void rule(const QString& id, const QString& name, const QString& cond, const QString& action, int active = 1) {
        f->insert(u"rules"_s, {{u"id"_s, id},
                               {u"name"_s, name},
                               {u"condition_json"_s, cond},
                               {u"action_json"_s, action},
                               {u"active"_s, active}});
    }

private slots:
    // What the server checks when an admin writes a rule: the method's own rules pass, others name the problem.
    void validate_data() {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("problem"); // empty: valid
        for (const MethodDefaults::Rule& r : MethodDefaults::rules())
            QTest::newRow(r.id) << QString::fromUtf8(r.conditionJson) << QString::fromUtf8(r.actionJson) << QString();
        const QString tierA = uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s;
        const QString task = uR"({"type":"create_tasks","tasks":[{"title":"Call"}]})"_s;
        QTest::newRow("nested any") << uR"({"all":[{"any":[{"field":"region","op":"in","value":["华东"]}]}]})"_s << task
                                    << QString();
        QTest::newRow("unknown field, after a test that fails")
            << uR"({"all":[{"field":"tier","op":"eq","value":"Z"},{"field":"shoe_size","op":"gt","value":40}]})"_s
            << task << u"unknown condition field 'shoe_size'"_s;
        QTest::newRow("unknown operator") << uR"({"all":[{"field":"tier","op":"like","value":"A"}]})"_s << task
                                          << u"operator 'like' does not apply"_s;
        QTest::newRow("gt without a number")
            << uR"({"all":[{"field":"annual_purchases","op":"gt","value":"x"}]})"_s << task << u"needs a number"_s;
        QTest::newRow("no tests") << uR"({"all":[]})"_s << task << u"at least one condition"_s;
        QTest::newRow("not JSON") << u"tier = A"_s << task << u"condition_json is not a JSON object"_s;
        QTest::newRow("unknown action type")
            << tierA << uR"({"type":"send_flowers"})"_s << u"unknown action type 'send_flowers'"_s;
        QTest::newRow("tasks without titles")
            << tierA << uR"({"type":"create_tasks","tasks":[{}]})"_s << u"needs a title"_s;
        QTest::newRow("visit cadence without days")
            << tierA << uR"({"type":"visit_due"})"_s << u"visit cadence needs"_s;
    }
    void validate() {
        QFETCH(QString, condition);
        QFETCH(QString, action);
        QFETCH(QString, problem);
        const Status s = RuleGrammar::validate(condition, action);
        if (problem.isEmpty()) {
            VERIFY_OK(s);
        } else {
            QVERIFY(!s);
            QVERIFY2(s.error().contains(problem), qPrintable(s.error()));
        }
    }

    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->team(u"t2"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t2"_s);
        f->customer(u"m1"_s, u"a"_s, {{u"industry"_s, u"manufacturing"_s}, {u"tier"_s, u"A"_s}});
        f->customer(u"m2"_s, u"a"_s, {{u"industry"_s, u"manufacturing"_s}, {u"tier"_s, u"B"_s}});
        f->customer(u"m3"_s, u"a"_s, {{u"industry"_s, u"Manufacturing"_s}});
        f->customer(u"m4"_s, u"a"_s, {{u"industry"_s, u"retail"_s}, {u"satisfaction"_s, 40}});
        f->customer(u"m5"_s, u"b"_s, {{u"industry"_s, u"MANUFACTURING"_s}, {u"satisfaction"_s, 90}});
        buy(u"m1"_s, 400000, 10);
        buy(u"m1"_s, 200000, 60);
        buy(u"m2"_s, 500000, 20);
        buy(u"m3"_s, 300000, -400);
        buy(u"m3"_s, 300000, 10);
        buy(u"m4"_s, 900000, 30);
        buy(u"m5"_s, 800000, 40);
        const RuleEngine::Example ex = RuleEngine::dualTrackExample();
        rule(u"R1"_s, ex.name, ex.conditionJson, ex.actionJson);
        rule(u"R2"_s, u"Check-in for tier A or unhappy customers"_s,
             uR"({"any":[{"field":"tier","op":"in","value":["A"]},{"field":"satisfaction","op":"lt","value":50}]})"_s,
             uR"({"type":"create_tasks","tasks":[{"title":"Check-in","due_days":3}]})"_s);
        rule(u"R3"_s, u"Tier A weekly"_s, uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s,
             uR"({"type":"visit_due","every_days":7})"_s);
        rule(u"R4"_s, u"Demo idle"_s, uR"({"all":[{"field":"stage","op":"eq","value":"demo"}]})"_s,
             uR"({"type":"create_tasks","tasks":[{"title":"x"}]})"_s);
        rule(u"R5"_s, u"Inactive"_s, uR"({"all":[{"field":"tier","op":"eq","value":"B"}]})"_s,
             uR"({"type":"create_tasks","tasks":[{"title":"x"}]})"_s, 0);
    }

    void conditions_data() {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 error
        QTest::newRow("eq ignores case") << uR"({"all":[{"field":"industry","op":"eq","value":"RETAIL"}]})"_s << 1;
        QTest::newRow("ne") << uR"({"all":[{"field":"industry","op":"ne","value":"retail"}]})"_s << 0;
        QTest::newRow("gt is strict") << uR"({"all":[{"field":"annual_purchases","op":"gt","value":500000}]})"_s << 0;
        QTest::newRow("gte") << uR"({"all":[{"field":"annual_purchases","op":"gte","value":500000}]})"_s << 1;
        QTest::newRow("missing number fails lt")
            << uR"({"all":[{"field":"satisfaction","op":"lt","value":50}]})"_s << 0;
        QTest::newRow("contains") << uR"({"all":[{"field":"tags","op":"contains","value":"vip"}]})"_s << 1;
        QTest::newRow("empty") << uR"({"all":[{"field":"satisfaction","op":"empty"}]})"_s << 1;
        QTest::newRow("nested any in all")
            << uR"({"all":[{"field":"tier","op":"eq","value":"B"},{"any":[{"field":"tier","op":"eq","value":"C"},{"field":"region","op":"in","value":["华东","华南"]}]}]})"_s
            << 1;
        QTest::newRow("unknown field") << uR"({"all":[{"field":"stage","op":"eq","value":"demo"}]})"_s << -1;
        QTest::newRow("unknown operator") << uR"({"all":[{"field":"tier","op":"like","value":"B"}]})"_s << -1;
        QTest::newRow("no all/any") << uR"({"field":"tier","op":"eq","value":"B"})"_s << -1;
    }
    void conditions() {
        QFETCH(QString, condition);
        QFETCH(int, expected);
        const QVariantMap attrs{{u"industry"_s, u"retail"_s},
                                {u"annual_purchases"_s, 500000.0},
                                {u"satisfaction"_s, QVariant()},
                                {u"tags"_s, u"Key,VIP"_s},
                                {u"tier"_s, u"B"_s},
                                {u"region"_s, u"华南"_s}};
        Result<bool> r = RuleGrammar::matches(QJsonDocument::fromJson(condition.toUtf8()).object(), attrs);
        if (expected < 0) {
            QVERIFY(!r.ok());
            QVERIFY(!r.error().isEmpty());
        } else {
            VERIFY_OK(r);
            QCOMPARE(int(*r), expected);
        }
    }

    void evaluate() {
        auto ev = RuleEngine::evaluate(f->db(), {}, clock);
        VERIFY_OK(ev);
        QCOMPARE(ev->rulesEvaluated, 4);
        // R4 (a stage condition) belongs to the dwell escalation; R3, a visit cadence, is evaluated but m1, never
        // visited and with no creation time, is not due for a week (tst_methodroutines covers visit-due tasks).
        QCOMPARE(ev->skipped.size(), 1);
        QStringList got;
        for (const RuleMatch& m : ev->matches)
            got << m.ruleId + u':' + m.customerId;
        QCOMPARE(got, (QStringList{u"R2:m1"_s, u"R2:m4"_s, u"R1:m1"_s, u"R1:m5"_s})); // by rule name
        QCOMPARE(ev->matches.at(2).tasks.size(), 2);
        QCOMPARE(ev->matches.at(2).tasks.at(0).sourceKey, u"rule:R1:m1:technical:2026-03"_s);
        QCOMPARE(ev->matches.at(2).tasks.at(1).sourceKey, u"rule:R1:m1:purchasing:2026-03"_s);
        QCOMPARE(ev->matches.at(0).tasks.at(0).sourceKey, u"rule:R2:m1:#0"_s);
        QCOMPARE(ev->matches.at(0).tasks.at(0).dueAt, clock.nowSecs() + qint64(3) * 86400);

        auto team = RuleEngine::evaluate(f->db(), AnalyticsFilter{0, 0, u"t2"_s, {}}, clock);
        QCOMPARE(team->matches.size(), 1);
        QCOMPARE(team->matches.first().customerId, u"m5"_s);
    }

    void tasksOncePerTrigger() {
        EntityStore store(f->db(), clock);
        auto created = RuleEngine::apply(store, *RuleEngine::evaluate(f->db(), {}, clock));
        VERIFY_OK(created);
        QCOMPARE(*created, 6);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source = 'rule' AND owner_id = 'b'"_s), 2);
        QCOMPARE(*RuleEngine::apply(store, *RuleEngine::evaluate(f->db(), {}, clock)), 0);
        // Next month the monthly dual-track rule fires again; the one-off check-in does not.
        clock.set(QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(*RuleEngine::apply(store, *RuleEngine::evaluate(f->db(), {}, clock)), 4);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source = 'rule'"_s), 10);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM outbox WHERE entity = 'tasks'"_s), 10);
    }
};

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
