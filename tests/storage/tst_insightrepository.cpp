// InsightRepository: pending per team, approval, search of the approved knowledge base.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/insightrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestInsightRepository final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void pendingForTeam();
    void approveAndReject();
    void searchApproved_data();
    void searchApproved();

private:
    QString write(const QString& repId, const QString& text, const QString& industry = {},
                  const QString& objection = {}) {
        InsightRepository repo(*m_f.store);
        Insight i;
        i.repId = repId;
        i.text = text;
        i.industry = industry;
        i.objectionType = objection;
        return repo.save(i).valueOr({});
    }

    RepositoryFixture m_f;
    QString m_team;
    QString m_rep;
    QString m_supervisor;
};

void TestInsightRepository::init() {
    QVERIFY(m_f.open());
    m_team = m_f.addTeam(u"华东一组"_s);
    m_rep = m_f.addRep(u"王伟"_s, m_team);
    m_supervisor = m_f.addRep(u"陈静"_s, m_team, u"supervisor"_s);
}

void TestInsightRepository::pendingForTeam() {
    const QString other = m_f.addRep(u"Bob"_s, m_f.addTeam(u"华南组"_s));
    const QString first = write(m_rep, u"先讲停机损失再讲价格"_s);
    m_f.clock.advanceSecs(60);
    const QString second = write(m_rep, u"Bring the plant manager to the demo"_s);
    write(other, u"not this team"_s);
    auto pending = InsightRepository(*m_f.store).pendingForTeam(m_team);
    VERIFY_OK(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).id, first);
    QCOMPARE(pending->at(0).status, u"pending"_s);
    QCOMPARE(pending->at(0).createdAt, std::optional<qint64>(m_f.now() - 60));
    QCOMPARE(pending->at(1).id, second);
}

void TestInsightRepository::approveAndReject() {
    InsightRepository repo(*m_f.store);
    const QString a = write(m_rep, u"先讲停机损失再讲价格"_s);
    const QString b = write(m_rep, u"noise"_s);
    m_f.setVersion(u"insights"_s, a, 6);
    m_f.clock.advanceSecs(3600);
    VERIFY_OK(repo.approve(a, m_supervisor));
    VERIFY_OK(repo.reject(b, m_supervisor));
    auto approved = repo.insight(a);
    QCOMPARE(approved->status, u"approved"_s);
    QCOMPARE(approved->approvedBy, m_supervisor);
    QCOMPARE(approved->approvedAt, std::optional<qint64>(m_f.now()));
    QCOMPARE(repo.insight(b)->status, u"rejected"_s);
    const auto entry = m_f.outbox(u"insights"_s, a).last();
    QCOMPARE(entry.baseVersion, 6);
    QCOMPARE(
        entry.fields,
        (QVariantMap{{u"status"_s, u"approved"_s}, {u"approved_by"_s, m_supervisor}, {u"approved_at"_s, m_f.now()}}));
    QCOMPARE(entry.base.value(u"status"_s).toString(), u"pending"_s);
    QVERIFY(repo.approve(a, m_supervisor).error().contains(u"already approved"_s));
    QVERIFY(repo.approve(b, m_supervisor).error().contains(u"already rejected"_s));
    QVERIFY(repo.pendingForTeam(m_team)->isEmpty());
}

void TestInsightRepository::searchApproved_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("objection");
    QTest::addColumn<QStringList>("expected"); // texts, best first
    QTest::newRow("Chinese run") << u"停机"_s << QString() << QString() << QStringList{u"先讲停机损失再讲价格"_s};
    QTest::newRow("English prefix") << u"plant"_s << QString() << QString()
                                    << QStringList{u"Bring the plant manager to the demo"_s};
    QTest::newRow("by industry, no text")
        << QString() << u"education"_s << QString() << QStringList{u"价格高时先谈分期"_s};
    QTest::newRow("text and objection type")
        << u"价格"_s << QString() << u"price"_s << QStringList{u"价格高时先谈分期"_s};
    QTest::newRow("pending ones are not found") << u"pending"_s << QString() << QString() << QStringList{};
    QTest::newRow("punctuation only") << u"?!"_s << QString() << QString() << QStringList{};
}

void TestInsightRepository::searchApproved() {
    QFETCH(QString, text);
    QFETCH(QString, industry);
    QFETCH(QString, objection);
    QFETCH(QStringList, expected);
    InsightRepository repo(*m_f.store);
    for (const QString& id : {write(m_rep, u"先讲停机损失再讲价格"_s, u"manufacturing"_s, u"value"_s),
                              write(m_rep, u"Bring the plant manager to the demo"_s, u"manufacturing"_s),
                              write(m_rep, u"价格高时先谈分期"_s, u"education"_s, u"price"_s)})
        VERIFY_OK(repo.approve(id, m_supervisor));
    write(m_rep, u"still pending insight"_s);
    auto found = repo.searchApproved(text, industry, objection);
    VERIFY_OK(found);
    QStringList texts;
    for (const Insight& i : *found)
        texts << i.text;
    QCOMPARE(texts, expected);
}

QTEST_GUILESS_MAIN(TestInsightRepository)
#include "tst_insightrepository.moc"
