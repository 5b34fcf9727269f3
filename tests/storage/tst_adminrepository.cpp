// AdminRepository: what the admin page saves (teams, people, rules, standard actions, behaviour types, the
// organisation's policy) is checked before anything is written, and each accepted save is a synced edit.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "domain/methoddefaults.h"
#include "storage/adminrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

namespace {

QJsonValue json(const char* text) {
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

} // namespace

class TestAdminRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        QVERIFY(m_f.open());
        m_supervisor = m_f.addRep(u"陈静"_s, {}, u"supervisor"_s);
        m_team = m_f.addTeam(u"华东一组"_s, m_supervisor);
        QVERIFY(!m_f.save(u"behaviour_types"_s, {{u"code"_s, u"case_study"_s},
                                                 {u"name"_s, u"Third-party case study"_s},
                                                 {u"category"_s, u"solution"_s},
                                                 {u"points"_s, 6}})
                     .isEmpty());
    }
    void refusesInvalidInput_data();
    void refusesInvalidInput();
    void savesValidRowsAsSyncedEdits();
    void acceptsTheMethodDefaults();
    void rulesEnableAndDisable();
    void policyRecordsWhoAndOnlyWhatChanged();

private:
    RepositoryFixture m_f;
    QString m_supervisor, m_team;
};

// NOLINTNEXTLINE(readability-function-size): a data table, one row per refused input
void TestAdminRepository::refusesInvalidInput_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("error");
    const auto rule = [](const char* condition, const char* action) {
        return QVariantMap{{u"name"_s, u"A rule"_s},
                           {u"condition"_s, QString::fromUtf8(condition)},
                           {u"action"_s, QString::fromUtf8(action)}};
    };
    const char* tasks = R"({"type":"create_tasks","tasks":[{"title":"Call"}]})";
    const char* tierA = R"({"all":[{"field":"tier","op":"eq","value":"A"}]})";

    QTest::newRow("team without a name") << u"team"_s << QVariantMap{{u"name"_s, u"  "_s}} << u"needs a name"_s;
    QTest::newRow("team led by nobody known")
        << u"team"_s << QVariantMap{{u"name"_s, u"East"_s}, {u"supervisor"_s, u"nobody"_s}}
        << u"supervisor chosen does not exist"_s;
    QTest::newRow("person without a name") << u"person"_s << QVariantMap{{u"role"_s, u"rep"_s}} << u"needs a name"_s;
    QTest::newRow("person with an unknown role")
        << u"person"_s << QVariantMap{{u"name"_s, u"Li"_s}, {u"role"_s, u"boss"_s}} << u"role must be one of"_s;
    QTest::newRow("person with a malformed e-mail")
        << u"person"_s << QVariantMap{{u"name"_s, u"Li"_s}, {u"role"_s, u"rep"_s}, {u"email"_s, u"li.example.com"_s}}
        << u"not an e-mail address"_s;
    QTest::newRow("person in a team that does not exist")
        << u"person"_s << QVariantMap{{u"name"_s, u"Li"_s}, {u"role"_s, u"rep"_s}, {u"team"_s, u"gone"_s}}
        << u"team chosen does not exist"_s;
    QTest::newRow("standard action without a name")
        << u"action"_s << QVariantMap{{u"code"_s, u"case_study"_s}, {u"hours"_s, 48}} << u"needs a name"_s;
    QTest::newRow("standard action due in 0 hours")
        << u"action"_s << QVariantMap{{u"name"_s, u"Case study"_s}, {u"code"_s, u"case_study"_s}, {u"hours"_s, 0}}
        << u"at least one hour"_s;
    QTest::newRow("standard action fulfilled by an unknown behaviour")
        << u"action"_s << QVariantMap{{u"name"_s, u"Case study"_s}, {u"code"_s, u"nope"_s}, {u"hours"_s, 48}}
        << u"no behaviour type has the code 'nope'"_s;
    QTest::newRow("standard action after an unknown stage") << u"action"_s
                                                            << QVariantMap{{u"name"_s, u"Case study"_s},
                                                                           {u"code"_s, u"case_study"_s},
                                                                           {u"hours"_s, 48},
                                                                           {u"stage"_s, u"signed"_s}}
                                                            << u"unknown trigger stage 'signed'"_s;
    QTest::newRow("behaviour type without a name")
        << u"behaviour"_s << QVariantMap{{u"code"_s, u"x"_s}, {u"category"_s, u"solution"_s}} << u"needs a name"_s;
    QTest::newRow("behaviour type with negative points") << u"behaviour"_s
                                                         << QVariantMap{{u"code"_s, u"demo2"_s},
                                                                        {u"name"_s, u"Demo"_s},
                                                                        {u"category"_s, u"solution"_s},
                                                                        {u"points"_s, -1}}
                                                         << u"points cannot be negative"_s;
    QTest::newRow("behaviour code with spaces")
        << u"behaviour"_s
        << QVariantMap{{u"code"_s, u"site visit"_s}, {u"name"_s, u"Visit"_s}, {u"category"_s, u"service"_s}}
        << u"may hold only a-z, 0-9 and _"_s;
    QTest::newRow("behaviour code already used")
        << u"behaviour"_s
        << QVariantMap{{u"code"_s, u"case_study"_s}, {u"name"_s, u"Other"_s}, {u"category"_s, u"solution"_s}}
        << u"is already used"_s;
    QTest::newRow("rule without a name") << u"rule"_s
                                         << QVariantMap{{u"condition"_s, QString::fromUtf8(tierA)},
                                                        {u"action"_s, QString::fromUtf8(tasks)}}
                                         << u"needs a name"_s;
    QTest::newRow("rule with no condition")
        << u"rule"_s << rule(R"({"all":[]})", tasks) << u"needs at least one condition"_s;
    QTest::newRow("rule on an unknown field")
        << u"rule"_s << rule(R"({"all":[{"field":"mood","op":"eq","value":"happy"}]})", tasks)
        << u"unknown condition field 'mood'"_s;
    QTest::newRow("rule with an operator the field does not take")
        << u"rule"_s << rule(R"({"any":[{"field":"satisfaction","op":"contains","value":"9"}]})", tasks)
        << u"operator 'contains' does not apply to field 'satisfaction'"_s;
    QTest::newRow("rule comparing a number field with text")
        << u"rule"_s << rule(R"({"all":[{"field":"annual_purchases","op":"gt","value":"lots"}]})", tasks)
        << u"needs a number value"_s;
    QTest::newRow("rule with an empty list for 'in'")
        << u"rule"_s << rule(R"({"all":[{"field":"tier","op":"in","value":[]}]})", tasks)
        << u"needs a list of at least one value"_s;
    QTest::newRow("rule with a condition value left empty")
        << u"rule"_s << rule(R"({"all":[{"field":"industry","op":"eq","value":""}]})", tasks)
        << u"field 'industry' needs a value"_s;
    QTest::newRow("rule creating a task without a title")
        << u"rule"_s << rule(tierA, R"({"type":"create_tasks","tasks":[{"title":" "}]})") << u"needs a title"_s;
    QTest::newRow("rule creating no task")
        << u"rule"_s << rule(tierA, R"({"type":"create_tasks","tasks":[]})") << u"at least one task"_s;
    QTest::newRow("rule with a task due in 0 days")
        << u"rule"_s << rule(tierA, R"({"type":"create_tasks","tasks":[{"title":"Call","due_days":0}]})")
        << u"due days must be a whole number"_s;
    QTest::newRow("rule visiting every 0 days")
        << u"rule"_s << rule(tierA, R"({"type":"visit_due","every_days":0})") << u"visit cadence needs"_s;
    QTest::newRow("rule escalating to someone else")
        << u"rule"_s << rule(tierA, R"({"type":"escalate","to":"director"})") << u"goes to \"supervisor\""_s;
    QTest::newRow("rule with an unknown action")
        << u"rule"_s << rule(tierA, R"({"type":"send_flowers"})") << u"unknown action type 'send_flowers'"_s;
    QTest::newRow("rule whose condition is not JSON")
        << u"rule"_s << rule("all tier A", tasks) << u"condition is not a JSON object"_s;
    QTest::newRow("weights not summing to 1")
        << u"policy"_s << QVariantMap{{u"score.weights"_s, json(R"({"p":0.5,"s":0.3,"t":0.3})").toVariant()}}
        << u"sum to 1.1, not 1"_s;
    QTest::newRow("tier B above tier A") << u"policy"_s
                                         << QVariantMap{{u"score.tiers"_s, json(R"({"a":60,"b":80})").toVariant()}}
                                         << u"tiers out of order"_s;
    QTest::newRow("dwell yellow after red")
        << u"policy"_s << QVariantMap{{u"dwell.thresholds"_s, json(R"({"demo":[9,7]})").toVariant()}}
        << u"yellow (9 days) is after red (7 days)"_s;
    QTest::newRow("a required lead field that does not exist")
        << u"policy"_s << QVariantMap{{u"lead.required_fields"_s, json(R"(["industry","mood"])").toVariant()}}
        << u"unknown field 'mood'"_s;
    QTest::newRow("one bad value stops the good ones")
        << u"policy"_s
        << QVariantMap{{u"score.tiers"_s, json(R"({"a":90,"b":70})").toVariant()},
                       {u"score.weights"_s, json(R"({"p":0.5,"s":0.5,"t":0.5})").toVariant()}}
        << u"sum to 1.5, not 1"_s;
}

void TestAdminRepository::refusesInvalidInput() {
    QFETCH(QString, kind);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, error);
    AdminRepository admin(*m_f.store);
    const qint64 outbox = m_f.outboxCount();
    const qint64 rows = m_f.scalar(u"SELECT (SELECT count(*) FROM teams) + (SELECT count(*) FROM reps) + (SELECT "
                                   "count(*) FROM rules) + (SELECT count(*) FROM standard_actions) + (SELECT count(*) "
                                   "FROM behaviour_types) + (SELECT count(*) FROM org_policy)"_s);
    QString message;
    if (kind == u"team"_s) {
        Team t;
        t.name = fields.value(u"name"_s).toString();
        t.supervisorId = fields.value(u"supervisor"_s).toString();
        const Result<QString> r = admin.saveTeam(t);
        QVERIFY(!r);
        message = r.error();
    } else if (kind == u"person"_s) {
        Rep p;
        p.name = fields.value(u"name"_s).toString();
        p.role = fields.value(u"role"_s).toString();
        p.email = fields.value(u"email"_s).toString();
        p.teamId = fields.value(u"team"_s).toString();
        const Result<QString> r = admin.savePerson(p);
        QVERIFY(!r);
        message = r.error();
    } else if (kind == u"action"_s) {
        StandardAction a;
        a.name = fields.value(u"name"_s).toString();
        a.actionCode = fields.value(u"code"_s).toString();
        a.deadlineHours = fields.value(u"hours"_s).toInt();
        a.triggerStage = fields.value(u"stage"_s).toString();
        const Result<QString> r = admin.saveStandardAction(a);
        QVERIFY(!r);
        message = r.error();
    } else if (kind == u"behaviour"_s) {
        BehaviourType b;
        b.code = fields.value(u"code"_s).toString();
        b.name = fields.value(u"name"_s).toString();
        b.category = fields.value(u"category"_s).toString();
        b.points = fields.value(u"points"_s).toInt();
        const Result<QString> r = admin.saveBehaviourType(b);
        QVERIFY(!r);
        message = r.error();
    } else if (kind == u"rule"_s) {
        Rule rule;
        rule.name = fields.value(u"name"_s).toString();
        rule.conditionJson = fields.value(u"condition"_s).toString();
        rule.actionJson = fields.value(u"action"_s).toString();
        const Result<QString> r = admin.saveRule(rule);
        QVERIFY(!r);
        message = r.error();
    } else {
        QMap<QString, QJsonValue> values;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            values.insert(it.key(), QJsonValue::fromVariant(it.value()));
        const Status s = admin.savePolicy(values, u"admin@example.cn"_s);
        QVERIFY(!s);
        message = s.error();
    }
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(m_f.outboxCount(), outbox);
    QCOMPARE(m_f.scalar(u"SELECT (SELECT count(*) FROM teams) + (SELECT count(*) FROM reps) + (SELECT count(*) FROM "
                        "rules) + (SELECT count(*) FROM standard_actions) + (SELECT count(*) FROM behaviour_types) + "
                        "(SELECT count(*) FROM org_policy)"_s),
             rows);
}

void TestAdminRepository::savesValidRowsAsSyncedEdits() {
    AdminRepository admin(*m_f.store);
    Team south;
    south.name = u"华南组"_s;
    south.region = u"华南"_s;
    south.supervisorId = m_supervisor;
    const Result<QString> team = admin.saveTeam(south);
    VERIFY_OK(team);
    QCOMPARE(m_f.outbox(u"teams"_s, *team).size(), 1);

    Rep li;
    li.name = u"李娜"_s;
    li.role = u"rep"_s;
    li.teamId = *team;
    li.supervisorId = m_supervisor;
    li.email = u"li.na@example.cn"_s;
    const Result<QString> person = admin.savePerson(li);
    VERIFY_OK(person);
    const QList<Stride::Test::OutboxEntry> personEdits = m_f.outbox(u"reps"_s, *person);
    QCOMPARE(personEdits.size(), 1);
    QCOMPARE(personEdits.first().fields.value(u"team_id"_s).toString(), *team);

    li.id = *person;
    li.supervisorId = *person;
    const Result<QString> self = admin.savePerson(li);
    QVERIFY(!self);
    QVERIFY2(self.error().contains(u"their own supervisor"_s), qPrintable(self.error()));

    StandardAction a;
    a.name = u"Case study within 48 h of objection handling"_s;
    a.triggerStage = u"objection"_s;
    a.actionCode = u"case_study"_s;
    a.deadlineHours = 48;
    const Result<QString> action = admin.saveStandardAction(a);
    VERIFY_OK(action);
    QCOMPARE(m_f.outbox(u"standard_actions"_s, *action).size(), 1);

    BehaviourType b;
    b.code = u"site_survey"_s;
    b.name = u"Site survey"_s;
    b.nameZh = u"现场勘察"_s;
    b.category = u"discovery"_s;
    b.points = 0;
    const Result<QString> type = admin.saveBehaviourType(b);
    VERIFY_OK(type);
    QCOMPARE(m_f.outbox(u"behaviour_types"_s, *type).size(), 1);

    Result<QList<Team>> teams = admin.teams();
    VERIFY_OK(teams);
    QCOMPARE(teams->size(), 2);
    Result<QList<BehaviourType>> types = admin.behaviourTypes();
    VERIFY_OK(types);
    QCOMPARE(types->size(), 2);
}

void TestAdminRepository::acceptsTheMethodDefaults() {
    AdminRepository admin(*m_f.store);
    // The method's catalogue passes the same checks an admin's edits do.
    for (const MethodDefaults::BehaviourType& d : MethodDefaults::behaviourTypes()) {
        BehaviourType b;
        b.code = QString::fromUtf8(d.code);
        b.name = QString::fromUtf8(d.name);
        b.nameZh = QString::fromUtf8(d.nameZh);
        b.category = QString::fromUtf8(d.category);
        b.points = d.points;
        QVERIFY2(AdminRepository::validateBehaviourType(b).ok(), d.code);
        if (b.code != u"case_study"_s) // seeded by init()
            VERIFY_OK(admin.saveBehaviourType(b));
    }
    for (const MethodDefaults::StandardAction& d : MethodDefaults::standardActions()) {
        StandardAction a;
        a.name = QString::fromUtf8(d.name);
        a.nameZh = QString::fromUtf8(d.nameZh);
        a.triggerStage = QString::fromUtf8(d.triggerStage);
        a.actionCode = QString::fromUtf8(d.actionCode);
        a.deadlineHours = d.deadlineHours;
        VERIFY_OK(admin.saveStandardAction(a));
    }
    for (const MethodDefaults::Rule& d : MethodDefaults::rules()) {
        Rule r;
        r.name = QString::fromUtf8(d.name);
        r.conditionJson = QString::fromUtf8(d.conditionJson);
        r.actionJson = QString::fromUtf8(d.actionJson);
        const Result<QString> id = admin.saveRule(r);
        QVERIFY2(id.ok(), qPrintable(r.name + u": "_s + id.error()));
        QCOMPARE(m_f.outbox(u"rules"_s, *id).size(), 1);
    }
    Result<QList<Rule>> rules = admin.rules();
    VERIFY_OK(rules);
    QCOMPARE(rules->size(), int(MethodDefaults::rules().size()));
}

void TestAdminRepository::rulesEnableAndDisable() {
    AdminRepository admin(*m_f.store);
    Rule r;
    r.name = u"Tier A: weekly visit"_s;
    r.conditionJson = uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s;
    r.actionJson = uR"({"type":"visit_due","every_days":7})"_s;
    const Result<QString> id = admin.saveRule(r);
    VERIFY_OK(id);
    VERIFY_OK(admin.setRuleActive(*id, false));
    const QList<Stride::Test::OutboxEntry> edits = m_f.outbox(u"rules"_s, *id);
    QCOMPARE(edits.size(), 2);
    QCOMPARE(edits.last().fields.keys(), QStringList{u"active"_s}); // only the flag, not the whole rule
    Result<QList<Rule>> all = admin.rules();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 1); // a disabled rule stays listed for the admin
    QVERIFY(!all->first().active);
    VERIFY_OK(admin.setRuleActive(*id, true));
    QVERIFY(!admin.setRuleActive(u"missing"_s, true));
}

void TestAdminRepository::policyRecordsWhoAndOnlyWhatChanged() {
    AdminRepository admin(*m_f.store);
    const QMap<QString, QJsonValue> values{
        {u"score.weights"_s, json(R"({"p":0.5,"s":0.25,"t":0.25})")},
        {u"score.tiers"_s, json(R"({"a":80,"b":60})")}, // the default: not written
        {u"lead.required_fields"_s, json(R"(["industry","budget_band"])")},
    };
    VERIFY_OK(admin.savePolicy(values, u"admin@example.cn"_s));
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM org_policy"_s), 2);
    QCOMPARE(m_f.outbox(u"org_policy"_s).size(), 2);
    QCOMPARE(m_f.outbox(u"org_policy"_s, u"score.weights"_s).first().fields.value(u"updated_by"_s).toString(),
             u"admin@example.cn"_s);
    const Result<QMap<QString, PolicyChange>> changes = admin.policyChanges();
    VERIFY_OK(changes);
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->value(u"lead.required_fields"_s).updatedBy, u"admin@example.cn"_s);
    QCOMPARE(changes->value(u"lead.required_fields"_s).updatedAt, m_f.now());
    // Saving the same values again writes nothing.
    VERIFY_OK(admin.savePolicy(values, u"other@example.cn"_s));
    QCOMPARE(m_f.outbox(u"org_policy"_s).size(), 2);
    QVERIFY(!admin.savePolicy(values, u" "_s));
}

QTEST_GUILESS_MAIN(TestAdminRepository)
#include "tst_adminrepository.moc"
