// ChecklistRepository: three distinct customers, replacing the day's list, who has not done it.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/checklistrepository.h"
#include "storage/orgpolicyrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestChecklistRepository final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void saveAndRead();
    void invalidCustomers_data();
    void invalidCustomers();
    void invalidDay_data();
    void invalidDay();
    void secondSaveReplacesTheDay();
    void missingForTeam();
    void todayIsTheOrganisationsDay();

private:
    RepositoryFixture m_f;
    QString m_team;
    QString m_rep;
    QStringList m_customers;
};

void TestChecklistRepository::init() {
    QVERIFY(m_f.open());
    m_team = m_f.addTeam(u"华东一组"_s);
    m_rep = m_f.addRep(u"王伟"_s, m_team);
    m_customers.clear();
    for (const QString& name : {u"华东精密机械"_s, u"Acme Retail"_s, u"北京华东教育"_s, u"Apex Foods"_s})
        m_customers << m_f.addCustomer(name, m_rep);
}

void TestChecklistRepository::saveAndRead() {
    ChecklistRepository repo(*m_f.store);
    auto id = repo.save(m_rep, u"2026-03-02"_s, m_customers.mid(0, 3));
    VERIFY_OK(id);
    auto list = repo.checklist(m_rep, u"2026-03-02"_s);
    VERIFY_OK(list);
    QVERIFY(list->has_value());
    QCOMPARE((*list)->id, *id);
    QCOMPARE((*list)->customerIds(), m_customers.mid(0, 3));
    QCOMPARE((*list)->tickedAt, std::optional<qint64>(m_f.now()));
    QVERIFY(!repo.checklist(m_rep, u"2026-03-03"_s)->has_value());
    const auto entry = m_f.outbox(u"checklists"_s, *id);
    QCOMPARE(entry.size(), 1);
    QCOMPARE(entry.first().fields.value(u"day"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(entry.first().fields.value(u"customer3_id"_s).toString(), m_customers[2]);
}

void TestChecklistRepository::invalidCustomers_data() {
    QTest::addColumn<QList<int>>("picks"); // indexes into m_customers; -1: empty id
    QTest::addColumn<QString>("expected");
    QTest::newRow("two customers") << QList<int>{0, 1} << u"exactly three customers, not 2"_s;
    QTest::newRow("four customers") << QList<int>{0, 1, 2, 3} << u"exactly three customers, not 4"_s;
    QTest::newRow("none") << QList<int>{} << u"exactly three customers, not 0"_s;
    QTest::newRow("duplicate") << QList<int>{0, 1, 0} << u"listed twice"_s;
    QTest::newRow("empty id") << QList<int>{0, -1, 2} << u"empty customer"_s;
}

void TestChecklistRepository::invalidCustomers() {
    QFETCH(QList<int>, picks);
    QFETCH(QString, expected);
    QStringList ids;
    for (int p : picks)
        ids << (p < 0 ? QString() : m_customers[p]);
    ChecklistRepository repo(*m_f.store);
    auto id = repo.save(m_rep, u"2026-03-02"_s, ids);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(expected), qPrintable(id.error()));
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM checklists"_s), 0);
    QCOMPARE(m_f.outbox(u"checklists"_s).size(), 0);
}

void TestChecklistRepository::invalidDay_data() {
    QTest::addColumn<QString>("day");
    QTest::newRow("empty") << QString();
    QTest::newRow("slashes") << u"2026/03/02"_s;
    QTest::newRow("no such date") << u"2026-02-30"_s;
    QTest::newRow("with time") << u"2026-03-02T09:00"_s;
}

void TestChecklistRepository::invalidDay() {
    QFETCH(QString, day);
    ChecklistRepository repo(*m_f.store);
    auto id = repo.save(m_rep, day, m_customers.mid(0, 3));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(u"YYYY-MM-DD"_s), qPrintable(id.error()));
}

void TestChecklistRepository::secondSaveReplacesTheDay() {
    ChecklistRepository repo(*m_f.store);
    auto first = repo.save(m_rep, u"2026-03-02"_s, m_customers.mid(0, 3));
    VERIFY_OK(first);
    m_f.clock.advanceSecs(900);
    auto second = repo.save(m_rep, u"2026-03-02"_s, {m_customers[0], m_customers[1], m_customers[3]});
    VERIFY_OK(second);
    QCOMPARE(*second, *first);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM checklists"_s), 1);
    const auto entry = m_f.outbox(u"checklists"_s, *first).last();
    QCOMPARE(entry.fields, (QVariantMap{{u"customer3_id"_s, m_customers[3]}, {u"ticked_at"_s, m_f.now()}}));
    QCOMPARE(entry.base.value(u"customer3_id"_s).toString(), m_customers[2]);
}

void TestChecklistRepository::missingForTeam() {
    const QString li = m_f.addRep(u"李娜"_s, m_team);
    const QString alice = m_f.addRep(u"Alice"_s, m_team);
    m_f.addRep(u"陈静"_s, m_team, u"supervisor"_s); // supervisors do not owe a checklist
    const QString otherTeam = m_f.addTeam(u"华南组"_s);
    m_f.addRep(u"Bob"_s, otherTeam);
    const QString gone = m_f.addRep(u"离职员工"_s, m_team);
    QVERIFY(m_f.db->execute(u"UPDATE reps SET active = 0 WHERE id = ?"_s, {gone}).ok());

    ChecklistRepository repo(*m_f.store);
    VERIFY_OK(repo.save(li, u"2026-03-02"_s, m_customers.mid(0, 3)));
    VERIFY_OK(repo.save(alice, u"2026-03-01"_s, m_customers.mid(0, 3))); // yesterday does not count
    auto missing = repo.missingForTeam(m_team, u"2026-03-02"_s);
    VERIFY_OK(missing);
    QStringList names;
    for (const Rep& r : *missing)
        names << r.name;
    QCOMPARE(names, (QStringList{u"Alice"_s, u"王伟"_s}));
    QCOMPARE(missing->first().id, alice);
    QCOMPARE(missing->first().teamId, m_team);
}

// 23:30 UTC on 1 March is 07:30 on 2 March in Shanghai: the morning checklist made then is for 2 March.
void TestChecklistRepository::todayIsTheOrganisationsDay() {
    m_f.clock.set(QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC));
    ChecklistRepository repo(*m_f.store);
    QCOMPARE(repo.today(), u"2026-03-01"_s); // no policy yet: UTC
    VERIFY_OK(OrgPolicyRepository(*m_f.store).set(OrgPolicy::kTimeZone, u"Asia/Shanghai"_s, u"admin"_s));
    QCOMPARE(repo.today(), u"2026-03-02"_s);
}

QTEST_GUILESS_MAIN(TestChecklistRepository)
#include "tst_checklistrepository.moc"
