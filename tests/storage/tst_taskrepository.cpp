// TaskRepository: open tasks due by a date, completion, create-once by source key.

#include "tst_repositoryfixture.h"

#include "storage/taskrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using StrideTest::RepositoryFixture;

class TestTaskRepository final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void invalidTask_data();
    void invalidTask();
    void openDueBy();
    void completeAndReopen();
    void createOnceBySourceKey();

private:
    Task task(const QString& title, std::optional<qint64> due) const {
        Task t;
        t.ownerId = m_rep;
        t.customerId = m_customer;
        t.title = title;
        t.dueAt = due;
        t.source = u"manual"_s;
        return t;
    }

    RepositoryFixture m_f;
    QString m_rep;
    QString m_customer;
};

void TestTaskRepository::init() {
    QVERIFY(m_f.open());
    m_rep = m_f.addRep(u"王伟"_s);
    m_customer = m_f.addCustomer(u"华东精密机械"_s, m_rep);
}

void TestTaskRepository::roundTrip() {
    TaskRepository repo(*m_f.store);
    Task t = task(u"寄送样品"_s, m_f.now() + 86400);
    t.sourceKey = u"rule:dual-track:c1"_s;
    auto id = repo.save(t);
    VERIFY_OK(id);
    auto loaded = repo.task(*id);
    VERIFY_OK(loaded);
    t.id = *id;
    QCOMPARE(loaded->toFields(), t.toFields());
    QVERIFY(loaded->isOpen());
    QVERIFY(loaded->opportunityId.isEmpty());
    QCOMPARE(m_f.outbox(u"tasks"_s, *id).size(), 1);
}

void TestTaskRepository::invalidTask_data() {
    QTest::addColumn<QString>("field");
    QTest::newRow("no owner") << u"owner"_s;
    QTest::newRow("no title") << u"title"_s;
    QTest::newRow("no source") << u"source"_s;
}

void TestTaskRepository::invalidTask() {
    QFETCH(QString, field);
    Task t = task(u"call back"_s, m_f.now());
    if (field == u"owner"_s)
        t.ownerId.clear();
    if (field == u"title"_s)
        t.title = u" "_s;
    if (field == u"source"_s)
        t.source.clear();
    TaskRepository repo(*m_f.store);
    auto id = repo.save(t);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(field), qPrintable(id.error()));
}

void TestTaskRepository::openDueBy() {
    TaskRepository repo(*m_f.store);
    const qint64 day = 86400;
    const QString other = m_f.addRep(u"Alice"_s);
    const QString late = repo.save(task(u"overdue"_s, m_f.now() - day)).valueOr({});
    const QString today = repo.save(task(u"today"_s, m_f.now() + 3600)).valueOr({});
    repo.save(task(u"next week"_s, m_f.now() + 7 * day)).valueOr({});
    repo.save(task(u"no due date"_s, std::nullopt)).valueOr({});
    const QString done = repo.save(task(u"done"_s, m_f.now() - 2 * day)).valueOr({});
    VERIFY_OK(repo.complete(done));
    Task foreign = task(u"someone else's"_s, m_f.now());
    foreign.ownerId = other;
    VERIFY_OK(repo.save(foreign));

    auto open = repo.openDueBy(m_rep, m_f.now() + day);
    VERIFY_OK(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).id, late); // earliest first
    QCOMPARE(open->at(1).id, today);
    QCOMPARE(repo.openDueBy(m_rep, m_f.now() - 2 * day)->size(), 0);
    QCOMPARE(repo.openDueBy(other, m_f.now())->size(), 1);
}

void TestTaskRepository::completeAndReopen() {
    TaskRepository repo(*m_f.store);
    auto id = repo.save(task(u"call back"_s, m_f.now()));
    VERIFY_OK(id);
    m_f.setVersion(u"tasks"_s, *id, 2);
    m_f.clock.advanceSecs(600);
    VERIFY_OK(repo.complete(*id));
    QCOMPARE(repo.task(*id)->doneAt, std::optional<qint64>(m_f.now()));
    const auto entry = m_f.outbox(u"tasks"_s, *id).last();
    QCOMPARE(entry.fields, (QVariantMap{{u"done_at"_s, m_f.now()}}));
    QCOMPARE(entry.baseVersion, 2);
    const qint64 doneAt = m_f.now();
    m_f.clock.advanceSecs(600);
    VERIFY_OK(repo.complete(*id)); // keeps the first completion
    QCOMPARE(repo.task(*id)->doneAt, std::optional<qint64>(doneAt));
    VERIFY_OK(repo.reopen(*id));
    QVERIFY(repo.task(*id)->isOpen());
    QVERIFY(!repo.complete(u"missing"_s).ok());
}

void TestTaskRepository::createOnceBySourceKey() {
    TaskRepository repo(*m_f.store);
    Task t = task(u"visit due: tier A weekly"_s, m_f.now() + 86400);
    t.source = u"rule"_s;
    t.sourceKey = u"visit-due:%1:2026-W10"_s.arg(m_customer);
    auto first = repo.createOnce(t);
    VERIFY_OK(first);
    VERIFY_OK(repo.complete(*first));
    t.title = u"changed title"_s;
    auto second = repo.createOnce(t);
    VERIFY_OK(second);
    QCOMPARE(*second, *first);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM tasks"_s), 1);
    QCOMPARE(repo.task(*first)->title, u"visit due: tier A weekly"_s);
    auto found = repo.bySourceKey(t.sourceKey);
    VERIFY_OK(found);
    QCOMPARE((*found)->id, *first);
    t.sourceKey = u"visit-due:%1:2026-W11"_s.arg(m_customer);
    auto next = repo.createOnce(t);
    VERIFY_OK(next);
    QVERIFY(*next != *first);
    t.sourceKey.clear();
    QVERIFY(!repo.createOnce(t).ok());
}

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_taskrepository.moc"
