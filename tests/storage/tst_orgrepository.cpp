// OrgRepository (teams, reps, roles, supervisors) and CatalogRepository (rules, behaviour types,
// standard actions).

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/catalogrepository.h"
#include "storage/orgrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestOrgRepository final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_f.open()); }
    void teamsAndReps();
    void invalidRep();
    void rules();
    void behaviourTypes();
    void standardActions_data();
    void standardActions();

private:
    RepositoryFixture m_f;
};

void TestOrgRepository::teamsAndReps() {
    OrgRepository org(*m_f.store);
    Rep chen;
    chen.name = u"陈静"_s;
    chen.nameEn = u"Chen Jing"_s;
    chen.role = u"supervisor"_s;
    chen.email = u"chen@example.cn"_s;
    chen.hireDate = m_f.now() - qint64(400) * 86400;
    const QString supervisor = org.saveRep(chen).valueOr({});
    Team east;
    east.name = u"华东一组"_s;
    east.region = u"华东"_s;
    east.supervisorId = supervisor;
    auto teamId = org.saveTeam(east);
    VERIFY_OK(teamId);
    Team south;
    south.name = u"华南组"_s;
    const QString southId = org.saveTeam(south).valueOr({});

    auto rep = [&](const QString& name, const QString& team, const QString& role = u"rep"_s) {
        Rep r;
        r.name = name;
        r.role = role;
        r.teamId = team;
        return org.saveRep(r).valueOr({});
    };
    const QString wang = rep(u"王伟"_s, *teamId);
    const QString alice = rep(u"Alice"_s, *teamId);
    rep(u"Bob"_s, southId);
    Rep direct;
    direct.name = u"赵强"_s;
    direct.role = u"rep"_s;
    direct.supervisorId = supervisor; // no team yet, reports to the supervisor directly
    const QString zhao = org.saveRep(direct).valueOr({});
    const QString director = rep(u"刘总"_s, {}, u"director"_s);

    auto loaded = org.rep(supervisor);
    VERIFY_OK(loaded);
    chen.id = supervisor;
    QCOMPARE(loaded->toFields(), chen.toFields());
    QCOMPARE(loaded->active, true);
    auto team = org.team(*teamId);
    VERIFY_OK(team);
    QCOMPARE(team->supervisorId, supervisor);
    QCOMPARE(org.teams()->size(), 2);
    QCOMPARE(org.reps()->size(), 6);

    auto members = org.teamMembers(*teamId);
    VERIFY_OK(members);
    QCOMPARE(members->size(), 2);
    QCOMPARE(members->first().id, alice); // by name

    auto supervised = org.supervisedBy(supervisor);
    VERIFY_OK(supervised);
    QStringList ids;
    for (const Rep& r : *supervised)
        ids << r.id;
    QCOMPARE(ids, (QStringList{alice, wang, zhao}));

    auto directors = org.repsWithRole(u"director"_s);
    VERIFY_OK(directors);
    QCOMPARE(directors->size(), 1);
    QCOMPARE(directors->first().id, director);
}

void TestOrgRepository::invalidRep() {
    OrgRepository org(*m_f.store);
    Rep r;
    r.name = u"王伟"_s;
    r.role = u"manager"_s;
    QVERIFY(org.saveRep(r).error().contains(u"role"_s));
    r.role = u"rep"_s;
    r.name.clear();
    QVERIFY(org.saveRep(r).error().contains(u"name"_s));
    QVERIFY(org.saveTeam(Team{}).error().contains(u"name"_s));
}

void TestOrgRepository::rules() {
    CatalogRepository catalog(*m_f.store);
    Rule dual;
    dual.name = u"制造业双线跟进"_s;
    dual.conditionJson = uR"({"industry":"manufacturing","annual_purchase_gt":500000})"_s;
    dual.actionJson = uR"({"tasks":["technical contact","purchasing lead"]})"_s;
    auto id = catalog.saveRule(dual);
    VERIFY_OK(id);
    Rule off = dual;
    off.name = u"Archived rule"_s;
    off.active = false;
    VERIFY_OK(catalog.saveRule(off));
    QCOMPARE(catalog.rules()->size(), 1);
    QCOMPARE(catalog.rules()->first().conditionJson, dual.conditionJson);
    QCOMPARE(catalog.rules(false)->size(), 2);
    Rule bad = dual;
    bad.conditionJson = u"industry = manufacturing"_s;
    QVERIFY(catalog.saveRule(bad).error().contains(u"condition"_s));
    bad = dual;
    bad.actionJson = u"[]"_s;
    QVERIFY(catalog.saveRule(bad).error().contains(u"action"_s));
}

void TestOrgRepository::behaviourTypes() {
    CatalogRepository catalog(*m_f.store);
    auto type = [](const QString& code, const QString& category, int points) {
        BehaviourType t;
        t.code = code;
        t.name = code;
        t.nameZh = u"行为"_s;
        t.category = category;
        t.points = points;
        return t;
    };
    VERIFY_OK(catalog.saveBehaviourType(type(u"pain_point_interview"_s, u"discovery"_s, 5)));
    VERIFY_OK(catalog.saveBehaviourType(type(u"custom_solution"_s, u"solution"_s, 12)));
    VERIFY_OK(catalog.saveBehaviourType(type(u"consensus_meeting"_s, u"solution"_s, 18)));
    auto all = catalog.behaviourTypes();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(1).code, u"consensus_meeting"_s); // solution category, points descending
    auto found = catalog.behaviourTypeByCode(u"custom_solution"_s);
    VERIFY_OK(found);
    QCOMPARE((*found)->points, 12);
    QVERIFY(catalog.saveBehaviourType(type(u"custom_solution"_s, u"x"_s, 1)).error().contains(u"already used"_s));
    BehaviourType edit = **found;
    edit.points = 14; // the same type keeps its code
    VERIFY_OK(catalog.saveBehaviourType(edit));
    QVERIFY(catalog.saveBehaviourType(type(u"negative"_s, u"x"_s, -1)).error().contains(u"negative"_s));
}

void TestOrgRepository::standardActions_data() {
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<int>("hours");
    QTest::addColumn<QString>("error"); // empty: saved
    QTest::newRow("case study after objection") << u"objection"_s << 48 << QString();
    QTest::newRow("no trigger stage") << QString() << 24 << QString();
    QTest::newRow("unknown stage") << u"signed"_s << 24 << u"unknown trigger stage"_s;
    QTest::newRow("zero deadline") << u"contact"_s << 0 << u"deadline"_s;
}

void TestOrgRepository::standardActions() {
    QFETCH(QString, trigger);
    QFETCH(int, hours);
    QFETCH(QString, error);
    CatalogRepository catalog(*m_f.store);
    StandardAction a;
    a.name = u"Third-party case study"_s;
    a.nameZh = u"第三方案例"_s;
    a.triggerStage = trigger;
    a.actionCode = u"case_study"_s;
    a.deadlineHours = hours;
    auto id = catalog.saveStandardAction(a);
    if (!error.isEmpty()) {
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(error), qPrintable(id.error()));
        return;
    }
    VERIFY_OK(id);
    auto all = catalog.standardActions();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 1);
    a.id = *id;
    QCOMPARE(all->first().toFields(), a.toFields());
}

QTEST_GUILESS_MAIN(TestOrgRepository)
#include "tst_orgrepository.moc"
