// Tasks have their own ways out (docs/sales-method.md rule 5): the full task list (every open task, overdue first,
// by source, searchable), done with a note, snooze, reassign (supervisor or admin), open the deal; the supervisor's
// Today shows each escalation once; the visit's next-action task and the tier visit-due task close as before.

#include "dialogs/taskactiondialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/tasklistmodel.h"
#include "pages/pipelinepage.h"
#include "pages/taskspage.h"
#include "pages/todaypage.h"
#include "profilestore.h"
#include "storage/taskrepository.h"
#include "storage/visitrepository.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/opportunitypanel.h"
#include "widgets/taskactions.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
constexpr qint64 kDay = 86400;

QString firstCustomerOf(Test::UiFixture& f, const QString& repId) {
    Result<QSqlQuery> q = f.session().database().exec(
        u"SELECT id FROM customers WHERE owner_id = ? AND deleted = 0 ORDER BY name LIMIT 1"_s, {repId});
    QString id = q && q->next() ? q->value(0).toString() : QString();
    if (q)
        q->finish();
    return id;
}

QString addTask(Test::UiFixture& f, const QString& title, std::optional<qint64> due, const QString& source,
                const QString& owner = {}, const QString& opportunityId = {}) {
    Task t;
    t.ownerId = owner.isEmpty() ? f.session().user().id : owner;
    t.customerId = firstCustomerOf(f, t.ownerId);
    t.opportunityId = opportunityId;
    t.title = title;
    t.dueAt = due;
    t.source = source;
    return TaskRepository(f.session().store()).save(t).valueOr(QString());
}

QStringList titles(const TaskListModel& m) {
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.task(r).title;
    return out;
}
} // namespace

class TestTasks final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every open task, not only today's: next week's and undated ones too, overdue first; filters narrow it.
    void tasksPageListsEveryOpenTaskOverdueFirst() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const qint64 now = f.clock().nowSecs();
        QVERIFY(f.session().database().execute(u"UPDATE tasks SET done_at = 1 WHERE done_at IS NULL"_s));
        addTask(f, u"Payment reminder ZX-1"_s, now + 9 * kDay, u"payment"_s);
        addTask(f, u"Overdue rule follow-up"_s, now - 4 * kDay, u"rule"_s);
        addTask(f, u"Undated manual note"_s, std::nullopt, u"manual"_s);
        addTask(f, u"Weekly visit"_s, now + 2 * kDay, u"tier"_s);
        TasksPage page(f.session());
        page.show();
        page.activate();
        TaskListModel* model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(titles(*model), (QStringList{u"Overdue rule follow-up"_s, u"Weekly visit"_s,
                                                  u"Payment reminder ZX-1"_s, u"Undated manual note"_s}));
        QVERIFY(model->data(model->index(0, TaskListModel::Due), TaskListModel::OverdueRole).toBool());
        QVERIFY(!page.mineOnlyBox()->isVisibleTo(&page)); // a rep's list is their own
        QCOMPARE(model->totalCount(), 4);
        QCOMPARE(model->overdueCount(), 1);
        auto* count = page.findChild<QLabel*>(u"taskCount"_s);
        QVERIFY(count);
        QVERIFY2(count->text().contains(u"4 open"_s) && count->text().contains(u"1 overdue"_s),
                 qPrintable(count->text()));
        // Each row has its ways out.
        QVERIFY(qobject_cast<QToolButton*>(page.view()->indexWidget(model->index(0, TaskListModel::Action))));

        QComboBox* source = page.sourceBox();
        source->setCurrentIndex(source->findData(u"payment"_s));
        QTRY_COMPARE(titles(*model), QStringList{u"Payment reminder ZX-1"_s});
        source->setCurrentIndex(0);
        page.searchField()->setText(u"weekly"_s);
        QTRY_COMPARE(titles(*model), QStringList{u"Weekly visit"_s});
        page.searchField()->clear();
        QTRY_COMPARE(model->rowCount(), 4);
    }

    // Done with a note, snooze, and the list follows each change (the repository announces it).
    void doneWithNoteAndSnooze() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const qint64 now = f.clock().nowSecs();
        QVERIFY(f.session().database().execute(u"UPDATE tasks SET done_at = 1 WHERE done_at IS NULL"_s));
        const QString pay = addTask(f, u"Collect milestone 2"_s, now - kDay, u"payment"_s);
        const QString call = addTask(f, u"Call the buyer"_s, now - 2 * kDay, u"rule"_s);
        TodayPage today(f.session());
        today.activate();
        TaskListModel* model = today.taskModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 2);

        TaskRepository repo(f.session().store());
        {
            TaskActionDialog done(f.session(), *repo.task(pay), TaskActionDialog::Mode::Done);
            done.noteEdit()->setPlainText(u"paid in full"_s);
            done.accept();
            QCOMPARE(done.result(), int(QDialog::Accepted));
        }
        QVERIFY(!repo.task(pay)->isOpen());
        QCOMPARE(repo.task(pay)->title, u"Collect milestone 2 — paid in full"_s);
        QTRY_COMPARE(titles(*model), QStringList{u"Call the buyer"_s});
        {
            TaskActionDialog snooze(f.session(), *repo.task(call), TaskActionDialog::Mode::Snooze);
            QVERIFY(snooze.dateEdit()->date() > f.clock().now().toLocalTime().date());
            snooze.dateEdit()->setDate(f.clock().now().toLocalTime().date().addDays(3));
            snooze.accept();
            QCOMPARE(snooze.result(), int(QDialog::Accepted));
        }
        QVERIFY(repo.task(call)->isOpen());
        QVERIFY(*repo.task(call)->dueAt > now + 2 * kDay);
        QTRY_COMPARE(model->rowCount(), 0); // no longer due today
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'tasks' AND row_id IN (?, ?)"_s, {pay, call}), 4);
    }

    // A supervisor gives a task to a rep of the team; a rep has no such action; an out-of-scope rep is refused.
    void reassignIsForSupervisors() {
        Test::UiFixture f(u"supervisor"_s);
        VERIFY_OK(f);
        const QString task = addTask(f, u"Escalation: demo idle 9 days"_s, f.clock().nowSecs(), u"escalation"_s);
        TaskRepository repo(f.session().store());
        TaskActions actions(f.session(), nullptr);
        QVERIFY(actions.available(*repo.task(task)).contains(TaskActions::Action::Reassign));
        TaskActionDialog dialog(f.session(), *repo.task(task), TaskActionDialog::Mode::Reassign);
        QComboBox* reps = dialog.repBox();
        QVERIFY2(reps->count() > 0, "the supervisor's team has reps");
        const QString to = reps->itemData(0).toString();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(repo.task(task)->ownerId, to);

        const QString other = f.addTeamWithDeals(u"South"_s, 1);
        QVERIFY2(!other.isEmpty(), qPrintable(f.error()));
        Result<QSqlQuery> q = f.session().database().exec(u"SELECT id FROM reps WHERE team_id = ?"_s, {other});
        QVERIFY(q && q->next());
        const QString outsider = q->value(0).toString();
        q->finish();
        const Status refused = repo.reassign(task, outsider, f.session().user().kind(), f.session().user().teamId);
        QVERIFY(!refused.ok());
        QCOMPARE(repo.task(task)->ownerId, to);

        Test::UiFixture rep;
        VERIFY_OK(rep);
        TaskActions repActions(rep.session(), nullptr);
        Task t;
        t.customerId = u"c"_s;
        QVERIFY(!repActions.available(t).contains(TaskActions::Action::Reassign));
    }

    // The supervisor's Today lists an escalation once: in its one task table, with its ways out.
    void supervisorSeesEachEscalationOnce() {
        Test::UiFixture f(u"supervisor"_s);
        VERIFY_OK(f);
        addTask(f, u"Escalation: solution demo idle 8 days"_s, f.clock().nowSecs() - kDay, u"escalation"_s);
        TodayPage page(f.session());
        page.show();
        page.activate();
        QTRY_VERIFY(!page.taskModel()->isLoading() && page.taskModel()->rowCount() > 0);
        // An escalation on a deal answers first with the deal.
        Task escalation;
        escalation.source = u"escalation"_s;
        escalation.customerId = u"c"_s;
        escalation.opportunityId = u"o"_s;
        TaskActions actions(f.session(), nullptr);
        QCOMPARE(actions.available(escalation).constFirst(), TaskActions::Action::OpenDeal);
        int listed = 0;
        for (QTableView* view : page.findChildren<QTableView*>()) {
            QAbstractItemModel* m = view->model();
            QTRY_VERIFY(!qobject_cast<TaskListModel*>(m) || !qobject_cast<TaskListModel*>(m)->isLoading());
            for (int r = 0; r < m->rowCount(); ++r)
                listed += m->index(r, TaskListModel::Title).data().toString().startsWith(u"Escalation: solution"_s);
        }
        QCOMPARE(listed, 1);
    }

    // "Open deal" on a task linked to an opportunity shows that deal on the Pipeline page.
    void openDealShowsTheOpportunity() {
        Test::UiFixture f;
        VERIFY_OK(f);
        Result<QSqlQuery> q = f.session().database().exec(
            u"SELECT id FROM opportunities WHERE owner_id = ? AND deleted = 0 LIMIT 1"_s, {f.session().user().id});
        QVERIFY(q && q->next());
        const QString deal = q->value(0).toString();
        q->finish();
        const QString task = addTask(f, u"Send the case study"_s, f.clock().nowSecs(), u"rule"_s, {}, deal);
        LanguageManager language;
        QVERIFY(language.setLanguage(u"en"_s));
        QTemporaryDir dir;
        ProfileStore profiles(dir.path());
        MainWindow w(f.session(), language, profiles);
        auto* tasks = qobject_cast<TasksPage*>(w.page(MainWindow::Tasks));
        QVERIFY(tasks);
        const Result<Task> t = TaskRepository(f.session().store()).task(task);
        QVERIFY(t);
        QVERIFY(tasks->actions()->available(*t).contains(TaskActions::Action::OpenDeal));
        QVERIFY(tasks->actions()->run(TaskActions::Action::OpenDeal, *t));
        QCOMPARE(w.currentPage(), int(MainWindow::Pipeline));
        auto* pipeline = qobject_cast<PipelinePage*>(w.page(MainWindow::Pipeline));
        QVERIFY(pipeline);
        QCOMPARE(pipeline->panel()->opportunityId(), deal);
    }

    // The visit's next action becomes a task that the full list shows and "done" closes; a snoozed tier visit-due
    // task is still closed by the visit it asks for.
    void visitAndTierTasksStillClose() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString rep = f.session().user().id;
        const QString customer = firstCustomerOf(f, rep);
        const qint64 now = f.clock().nowSecs();
        TaskRepository repo(f.session().store());
        Task due;
        due.ownerId = rep;
        due.customerId = customer;
        due.title = u"Tier A: weekly visit"_s;
        due.source = u"tier"_s;
        due.sourceKey = u"tier:%1:2026-11-20"_s.arg(customer);
        due.dueAt = now;
        const QString tierTask = repo.createOnce(due).valueOr(QString());
        QVERIFY(repo.snooze(tierTask, now + 2 * kDay).ok());

        Visit v;
        v.customerId = customer;
        v.repId = rep;
        v.visitedAt = now - 600;
        v.channel = u"phone"_s;
        v.summary = u"Called about the order"_s;
        v.nextAction = u"Send the revised quote"_s;
        v.nextActionDue = now + kDay;
        const Result<QString> visit = VisitRepository(f.session().store()).log(v);
        VERIFY_OK(visit);
        QVERIFY(!repo.task(tierTask)->isOpen());                     // the visit answered the cadence
        QCOMPARE(repo.createOnce(due).valueOr(QString()), tierTask); // and the rule does not make it again

        const Result<std::optional<Task>> next = repo.bySourceKey(u"visit:%1:next"_s.arg(*visit));
        QVERIFY(next && next->has_value());
        TasksPage page(f.session());
        page.activate();
        QTRY_VERIFY(titles(*page.model()).contains(u"Send the revised quote"_s));
        TaskActionDialog done(f.session(), **next, TaskActionDialog::Mode::Done);
        done.accept();
        QVERIFY(!repo.task((*next)->id)->isOpen());
        QTRY_VERIFY(!titles(*page.model()).contains(u"Send the revised quote"_s));
    }
};

QTEST_MAIN(TestTasks)
#include "tst_tasks.moc"
