// TaskRepository: open tasks due by a date, the full open list, completion (with a note), snooze, reassign,
// create-once by source key.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/taskrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

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
    void openListFiltersAndOrder_data();
    void openListFiltersAndOrder();
    void completeWithNote();
    void snooze();
    void reassign_data();
    void reassign();

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

void TestTaskRepository::openListFiltersAndOrder_data() {
    QTest::addColumn<QString>("owner"); // "me", "all"
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles"); // expected, in order
    const QStringList mine{u"overdue escalation"_s, u"rule today"_s, u"visit due next week"_s, u"no due date"_s};
    QTest::newRow("mine, every source: overdue first, undated last") << u"me"_s << QStringList() << QString() << mine;
    QTest::newRow("everyone's the replica holds")
        << u"all"_s << QStringList() << QString()
        << QStringList{u"overdue escalation"_s, u"rule today"_s, u"someone else's payment"_s, u"visit due next week"_s,
                       u"no due date"_s};
    QTest::newRow("escalations only") << u"me"_s << QStringList{u"escalation"_s} << QString()
                                      << QStringList{u"overdue escalation"_s};
    QTest::newRow("rule and tier") << u"me"_s << QStringList{u"rule"_s, u"tier"_s} << QString()
                                   << QStringList{u"rule today"_s, u"visit due next week"_s};
    QTest::newRow("search in the title, any case")
        << u"me"_s << QStringList() << u"RULE"_s << QStringList{u"rule today"_s};
    QTest::newRow("search by customer name") << u"all"_s << QStringList() << u"精密"_s << mine;
    QTest::newRow("a pattern character is plain text") << u"me"_s << QStringList() << u"%"_s << QStringList();
}

void TestTaskRepository::openListFiltersAndOrder() {
    QFETCH(QString, owner);
    QFETCH(QStringList, sources);
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    TaskRepository repo(*m_f.store);
    const qint64 day = 86400;
    auto add = [&](const QString& title, std::optional<qint64> due, const QString& source) {
        Task t = task(title, due);
        t.source = source;
        return repo.save(t).valueOr({});
    };
    add(u"no due date"_s, std::nullopt, u"manual"_s);
    add(u"visit due next week"_s, m_f.now() + 7 * day, u"tier"_s);
    add(u"rule today"_s, m_f.now() + 3600, u"rule"_s);
    add(u"overdue escalation"_s, m_f.now() - 3 * day, u"escalation"_s);
    VERIFY_OK(repo.complete(add(u"done long ago"_s, m_f.now() - 9 * day, u"rule"_s)));
    Task foreign = task(u"someone else's payment"_s, m_f.now() + day);
    foreign.ownerId = m_f.addRep(u"Alice"_s);
    foreign.customerId = m_f.addCustomer(u"Other Co"_s, foreign.ownerId);
    foreign.source = u"payment"_s;
    VERIFY_OK(repo.save(foreign));

    TaskRepository::OpenQuery q;
    q.ownerId = owner == u"me"_s ? m_rep : QString();
    q.sources = sources;
    q.text = text;
    const Result<QList<Task>> open = repo.open(q);
    VERIFY_OK(open);
    QStringList got;
    for (const Task& t : *open)
        got << t.title;
    QCOMPARE(got, titles);
    // The counts cover every match, whatever the limit of the list.
    q.limit = 1;
    QCOMPARE(repo.open(q)->size(), std::min<qsizetype>(1, titles.size()));
    const Result<TaskRepository::OpenCounts> counts = repo.openCounts(q, m_f.now());
    VERIFY_OK(counts);
    QCOMPARE(counts->total, int(titles.size()));
    QCOMPARE(counts->overdue, titles.contains(u"overdue escalation"_s) ? 1 : 0);
    const Result<QStringList> known = repo.openSources();
    VERIFY_OK(known);
    QCOMPARE(*known, (QStringList{u"escalation"_s, u"manual"_s, u"payment"_s, u"rule"_s, u"tier"_s}));
}

void TestTaskRepository::completeWithNote() {
    TaskRepository repo(*m_f.store);
    const QString id = repo.save(task(u"Payment follow-up"_s, m_f.now())).valueOr({});
    VERIFY_OK(repo.complete(id, u"  paid on the 3rd,\n receipt sent "_s));
    const Result<Task> t = repo.task(id);
    VERIFY_OK(t);
    QVERIFY(!t->isOpen());
    QCOMPARE(t->title, u"Payment follow-up — paid on the 3rd, receipt sent"_s);
    const auto entry = m_f.outbox(u"tasks"_s, id).last();
    QCOMPARE(QSet<QString>(entry.fields.keyBegin(), entry.fields.keyEnd()), (QSet<QString>{u"done_at"_s, u"title"_s}));
    // Without a note only done_at changes.
    const QString plain = repo.save(task(u"Call"_s, m_f.now())).valueOr({});
    VERIFY_OK(repo.complete(plain, u"  "_s));
    QCOMPARE(repo.task(plain)->title, u"Call"_s);
}

void TestTaskRepository::snooze() {
    TaskRepository repo(*m_f.store);
    const QString id = repo.save(task(u"Send the quote"_s, m_f.now() - 86400)).valueOr({});
    const qint64 until = m_f.now() + qint64(3) * 86400;
    VERIFY_OK(repo.snooze(id, until));
    QCOMPARE(repo.task(id)->dueAt, std::optional<qint64>(until));
    QCOMPARE(m_f.outbox(u"tasks"_s, id).last().fields, (QVariantMap{{u"due_at"_s, until}}));
    // No longer due today: the Today list drops it, the full list keeps it.
    QCOMPARE(repo.openDueBy(m_rep, m_f.now() + 3600)->size(), 0);
    QCOMPARE(repo.open({m_rep, {}, {}, 100})->size(), 1);
    const Status past = repo.snooze(id, m_f.now() - 60);
    QVERIFY(!past.ok());
    QVERIFY2(past.error().contains(u"later"_s), qPrintable(past.error()));
    VERIFY_OK(repo.complete(id));
    const Status done = repo.snooze(id, until + 86400);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().contains(u"done"_s), qPrintable(done.error()));
}

void TestTaskRepository::reassign_data() {
    QTest::addColumn<QString>("by");     // role of the one reassigning
    QTest::addColumn<QString>("byTeam"); // "north", "south"
    QTest::addColumn<QString>("to");     // "teammate", "other team", "inactive", "supervisor"
    QTest::addColumn<QString>("error");  // empty: allowed
    QTest::newRow("supervisor to a rep of the team") << u"supervisor"_s << u"north"_s << u"teammate"_s << QString();
    QTest::newRow("supervisor to another team's rep")
        << u"supervisor"_s << u"north"_s << u"other team"_s << u"not an active rep you may"_s;
    QTest::newRow("supervisor to an inactive rep")
        << u"supervisor"_s << u"north"_s << u"inactive"_s << u"not an active rep you may"_s;
    QTest::newRow("admin to any team's rep") << u"admin"_s << QString() << u"other team"_s << QString();
    QTest::newRow("admin to a supervisor") << u"admin"_s << QString() << u"supervisor"_s << u"not an active rep"_s;
    QTest::newRow("a rep may not") << u"rep"_s << u"north"_s << u"teammate"_s << u"only a supervisor or an admin"_s;
    QTest::newRow("a director may not") << u"director"_s << QString() << u"teammate"_s
                                        << u"only a supervisor or an admin"_s;
}

void TestTaskRepository::reassign() {
    QFETCH(QString, by);
    QFETCH(QString, byTeam);
    QFETCH(QString, to);
    QFETCH(QString, error);
    const QString north = m_f.addTeam(u"North"_s);
    const QString south = m_f.addTeam(u"South"_s);
    QVERIFY(m_f.db->execute(u"UPDATE reps SET team_id = ? WHERE id = ?"_s, {north, m_rep}).ok());
    const QHash<QString, QString> reps{
        {u"teammate"_s, m_f.addRep(u"李娜"_s, north)},
        {u"other team"_s, m_f.addRep(u"Bob"_s, south)},
        {u"inactive"_s, m_f.addRep(u"Gone"_s, north)},
        {u"supervisor"_s, m_f.addRep(u"Sup"_s, north, u"supervisor"_s)},
    };
    QVERIFY(m_f.db->execute(u"UPDATE reps SET active = 0 WHERE id = ?"_s, {reps[u"inactive"_s]}).ok());
    TaskRepository repo(*m_f.store);
    const QString id = repo.save(task(u"Escalation: demo idle"_s, m_f.now())).valueOr({});
    const qint64 outboxBefore = m_f.outboxCount();
    const Status s = repo.reassign(id, reps[to], roleFromString(by), byTeam == u"north"_s ? north : south);
    if (error.isEmpty()) {
        VERIFY_OK(s);
        QCOMPARE(repo.task(id)->ownerId, reps[to]);
        QCOMPARE(m_f.outbox(u"tasks"_s, id).last().fields, (QVariantMap{{u"owner_id"_s, reps[to]}}));
    } else {
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(error), qPrintable(s.error()));
        QCOMPARE(repo.task(id)->ownerId, m_rep);
        QCOMPARE(m_f.outboxCount(), outboxBefore);
    }
}

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_taskrepository.moc"
