// VisitRepository: logging a visit with what it triggers, validation, append-only reads.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "domain/insight.h"
#include "domain/task.h"
#include "storage/visitrepository.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestVisitRepository final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void plainVisitRoundTrip();
    void competitorNoteAndInsightInOneWrite();
    void nextActionBecomesATask();
    void invalidVisit_data();
    void invalidVisit();
    void failedLogWritesNothing();
    void visitsCannotBeEdited();
    void readsByCustomerAndRep();

private:
    Visit goodVisit() const {
        Visit v;
        v.customerId = m_customer;
        v.repId = m_rep;
        v.visitedAt = m_f.now() - 3600;
        v.channel = u"onsite"_s;
        v.durationMin = 45;
        v.address = u"苏州工业园区星湖街 328 号"_s;
        v.summary = u"Demo of the new line to the plant manager"_s;
        v.outcome = u"interested"_s;
        v.nextAction = u"send quotation"_s;
        v.nextActionDue = m_f.now() + qint64(2) * 86400;
        return v;
    }

    RepositoryFixture m_f;
    QString m_rep;
    QString m_customer;
};

void TestVisitRepository::init() {
    QVERIFY(m_f.open());
    m_rep = m_f.addRep(u"王伟"_s);
    m_customer = m_f.addCustomer(u"华东精密机械"_s, m_rep, {{u"industry"_s, u"manufacturing"_s}});
}

void TestVisitRepository::plainVisitRoundTrip() {
    VisitRepository repo(*m_f.store);
    const qint64 before = m_f.outboxCount();
    Visit v = goodVisit();
    auto id = repo.log(v);
    VERIFY_OK(id);
    auto loaded = repo.visit(*id);
    VERIFY_OK(loaded);
    v.id = *id;
    QCOMPARE(loaded->toFields(), v.toFields());
    QCOMPARE(loaded->durationMin, std::optional<qint64>(45));
    QCOMPARE(m_f.outboxCount(), before + 2); // the visit and its next action's task
    const auto entry = m_f.outbox(u"visits"_s, *id);
    QCOMPARE(entry.size(), 1);
    QCOMPARE(entry.first().baseVersion, 0);
    QCOMPARE(entry.first().fields.value(u"next_action"_s).toString(), u"send quotation"_s);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM tasks"_s), 1);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM insights"_s), 0);
}

// Every entry triggers its next step: the next action is a task on the rep's list, due when the action is due,
// linked to the customer and its one open deal; a visit with a reason for no action makes none.
void TestVisitRepository::nextActionBecomesATask() {
    VisitRepository repo(*m_f.store);
    const QString deal = m_f.save(
        u"opportunities"_s,
        {{u"customer_id"_s, m_customer}, {u"owner_id"_s, m_rep}, {u"title"_s, u"产线改造"_s}, {u"stage"_s, u"demo"_s}});
    QVERIFY(!deal.isEmpty());
    Visit v = goodVisit();
    auto id = repo.log(v);
    VERIFY_OK(id);
    auto task = m_f.db->exec(u"SELECT "_s + Task::columns().join(u", "_s) + u" FROM tasks"_s);
    VERIFY_OK(task);
    QVERIFY(task->next());
    const Task t = Task::fromRecord(task->record());
    QCOMPARE(t.ownerId, m_rep);
    QCOMPARE(t.customerId, m_customer);
    QCOMPARE(t.opportunityId, deal);
    QCOMPARE(t.title, u"send quotation"_s);
    QCOMPARE(t.dueAt, v.nextActionDue);
    QCOMPARE(t.source, u"visit"_s);
    QCOMPARE(t.sourceKey, u"visit:%1:next"_s.arg(*id));
    QVERIFY(t.isOpen());
    QVERIFY(!task->next());
    QCOMPARE(m_f.outbox(u"tasks"_s).size(), 1);

    Visit none = goodVisit();
    none.nextAction.clear();
    none.nextActionDue.reset();
    none.noActionReason = u"客户进入年度停采期"_s;
    VERIFY_OK(repo.log(none));
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM tasks"_s), 1);
}

void TestVisitRepository::competitorNoteAndInsightInOneWrite() {
    VisitRepository repo(*m_f.store);
    QSignalSpy spy(m_f.store.get(), &EntityStore::changed);
    Visit v = goodVisit();
    v.competitorNotes = u"竞品报价低 15%"_s;
    v.insight = u"Plant managers care about downtime more than price"_s;
    auto id = repo.log(v);
    VERIFY_OK(id);

    // One apply: one changed() per entity, all after the same commit.
    QCOMPARE(spy.size(), 3);
    auto task = m_f.db->exec(u"SELECT "_s + Task::columns().join(u", "_s) +
                             u" FROM tasks WHERE source_key LIKE '%:competitor'"_s);
    VERIFY_OK(task);
    QVERIFY(task->next());
    const Task t = Task::fromRecord(task->record());
    QCOMPARE(t.ownerId, m_rep);
    QCOMPARE(t.customerId, m_customer);
    QVERIFY(t.title.contains(u"竞品报价低 15%"_s));
    QCOMPARE(t.dueAt, std::optional<qint64>(v.visitedAt + VisitRepository::kCompetitorFollowUpSecs));
    QCOMPARE(t.source, u"visit"_s);
    QCOMPARE(t.sourceKey, u"visit:%1:competitor"_s.arg(*id));
    QVERIFY(t.isOpen());
    QVERIFY(!task->next());

    auto insight = m_f.db->exec(u"SELECT "_s + Insight::columns().join(u", "_s) + u" FROM insights"_s);
    VERIFY_OK(insight);
    QVERIFY(insight->next());
    const Insight i = Insight::fromRecord(insight->record());
    QCOMPARE(i.visitId, *id);
    QCOMPARE(i.repId, m_rep);
    QCOMPARE(i.customerId, m_customer);
    QCOMPARE(i.text, v.insight);
    QCOMPARE(i.industry, u"manufacturing"_s);
    QCOMPARE(i.status, u"pending"_s);
    QCOMPARE(i.createdAt, std::optional<qint64>(m_f.now()));

    QCOMPARE(m_f.outbox(u"visits"_s).size(), 1);
    QCOMPARE(m_f.outbox(u"tasks"_s).size(), 2); // the next action and the competitor follow-up
    QCOMPARE(m_f.outbox(u"insights"_s).size(), 1);
}

void TestVisitRepository::invalidVisit_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no next action and no reason") << u"no-action"_s << u"reason for no next action"_s;
    QTest::newRow("next action without due date") << u"no-due"_s << u"due date"_s;
    QTest::newRow("due date without next action") << u"due-only"_s << u"no next action"_s;
    QTest::newRow("due before the visit") << u"due-early"_s << u"before the visit"_s;
    QTest::newRow("unknown channel") << u"channel"_s << u"channel"_s;
    QTest::newRow("no customer") << u"customer"_s << u"customer"_s;
    QTest::newRow("no rep") << u"rep"_s << u"rep"_s;
    QTest::newRow("no time") << u"time"_s << u"time"_s;
    QTest::newRow("customer does not exist") << u"ghost"_s << u"does not exist"_s;
}

void TestVisitRepository::invalidVisit() {
    QFETCH(QString, change);
    QFETCH(QString, expected);
    Visit v = goodVisit();
    if (change == u"no-action"_s || change == u"due-only"_s)
        v.nextAction.clear();
    if (change == u"no-action"_s || change == u"no-due"_s)
        v.nextActionDue.reset();
    if (change == u"due-early"_s)
        v.nextActionDue = v.visitedAt - 60;
    if (change == u"channel"_s)
        v.channel = u"fax"_s;
    if (change == u"customer"_s)
        v.customerId.clear();
    if (change == u"ghost"_s)
        v.customerId = u"no-such-customer"_s;
    if (change == u"rep"_s)
        v.repId.clear();
    if (change == u"time"_s)
        v.visitedAt = 0;
    VisitRepository repo(*m_f.store);
    auto id = repo.log(v);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(expected), qPrintable(id.error()));

    // The explicit reason makes a visit without a next action valid.
    if (change == u"no-action"_s) {
        v.noActionReason = u"customer on holiday until next month"_s;
        VERIFY_OK(repo.log(v));
    }
}

void TestVisitRepository::failedLogWritesNothing() {
    VisitRepository repo(*m_f.store);
    const qint64 before = m_f.outboxCount();
    Visit v = goodVisit();
    v.competitorNotes = u"competitor demo next week"_s;
    v.nextActionDue.reset();
    QVERIFY(!repo.log(v).ok());
    QCOMPARE(m_f.outboxCount(), before);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM visits"_s), 0);
    QCOMPARE(m_f.scalar(u"SELECT count(*) FROM tasks"_s), 0);
}

void TestVisitRepository::visitsCannotBeEdited() {
    VisitRepository repo(*m_f.store);
    auto id = repo.log(goodVisit());
    VERIFY_OK(id);
    Visit again = goodVisit();
    again.id = *id;
    again.summary = u"rewritten"_s;
    auto second = repo.log(again);
    QVERIFY(!second.ok());
    QVERIFY(second.error().contains(u"cannot be edited"_s));
    QCOMPARE(repo.visit(*id)->summary, goodVisit().summary);
}

void TestVisitRepository::readsByCustomerAndRep() {
    VisitRepository repo(*m_f.store);
    QVERIFY(repo.lastVisit(m_customer)->has_value() == false);
    const QString other = m_f.addCustomer(u"Acme Retail"_s, m_rep);
    const qint64 t0 = m_f.now() - qint64(10) * 86400;
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        Visit v = goodVisit();
        v.visitedAt = t0 + qint64(i) * 86400;
        v.nextActionDue = v.visitedAt + 86400;
        v.customerId = i == 3 ? other : m_customer;
        ids << repo.log(v).valueOr({});
    }
    auto forCustomer = repo.forCustomer(m_customer);
    VERIFY_OK(forCustomer);
    QCOMPARE(forCustomer->size(), 3);
    QCOMPARE(forCustomer->first().id, ids[2]); // newest first
    QCOMPARE(repo.forCustomer(m_customer, 1)->size(), 1);
    auto last = repo.lastVisit(m_customer);
    VERIFY_OK(last);
    QCOMPARE((*last)->id, ids[2]);
    auto byRep = repo.byRep(m_rep, t0 + 86400, t0 + qint64(3) * 86400);
    VERIFY_OK(byRep);
    QCOMPARE(byRep->size(), 2); // [from, to)
    QCOMPARE(byRep->at(0).id, ids[1]);
    QCOMPARE(byRep->at(1).id, ids[2]);
}

QTEST_GUILESS_MAIN(TestVisitRepository)
#include "tst_visitrepository.moc"
