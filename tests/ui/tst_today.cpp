#include "models/checklistmodel.h"
#include "models/tasklistmodel.h"
#include "pages/todaypage.h"
#include "storage/checklistrepository.h"
#include "storage/taskrepository.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/briefingcard.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestToday final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pickThreeSavesTheChecklistAndRefusesAFourth() {
        Test::UiFixture f;
        VERIFY_OK(f);
        // Start from a day without a checklist.
        (void)f.session().database().execute(u"DELETE FROM checklists"_s);
        TodayPage page(f.session());
        page.show();
        page.activate();
        QVERIFY(page.isLoading()); // the suggestions are ranked on the reader's thread
        QTRY_VERIFY(!page.isLoading());
        ChecklistModel* model = page.checklistModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(model->rowCount() >= 4, "a rep of the demo has at least four customers to suggest");
        auto* save = page.findChild<QPushButton*>(u"saveChecklist"_s);
        QVERIFY(save);
        QVERIFY(!save->isEnabled());

        // Tick through the view, as a user would: the check box of each row.
        auto* view = page.findChild<QListView*>(u"suggestions"_s);
        QVERIFY(view);
        for (int row = 0; row < 3; ++row)
            QVERIFY(model->setData(model->index(row), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->picked().size(), 3);
        QVERIFY(save->isEnabled());
        const QList<BriefingCard*> cards = page.cards();
        QCOMPARE(cards.size(), 3);
        // The briefings are computed on their own reader thread, never on the GUI thread.
        QVERIFY(page.isLoadingBriefings());
        QTRY_VERIFY(!page.isLoadingBriefings());
        for (int i = 0; i < cards.size(); ++i) {
            QVERIFY(cards[i]->isVisible());
            QCOMPARE(cards[i]->briefing().customerId, model->picked().at(i));
            QVERIFY2(cards[i]->text().contains(u"Purchase cycle"_s), qPrintable(cards[i]->text()));
        }
        // Unticking the first pick moves the others up: each card follows its pick.
        const QStringList before = model->picked();
        QVERIFY(model->setData(model->index(0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->picked().size(), 2);
        QTRY_VERIFY(!page.isLoadingBriefings());
        QTRY_COMPARE(cards[0]->briefing().customerId, model->picked().at(0));
        QVERIFY(cards[0]->isVisible() && cards[1]->isVisible());
        QVERIFY(!cards[2]->isVisible());
        QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->picked().size(), 3);
        QTRY_VERIFY(!page.isLoadingBriefings());
        QTRY_VERIFY(cards[2]->isVisible());

        // A fourth is refused, with a message naming it.
        const QString fourth = model->data(model->index(3), Qt::AccessibleTextRole).toString();
        QVERIFY(!model->setData(model->index(3), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->picked().size(), 3);
        QVERIFY2(page.statusText().contains(fourth), qPrintable(page.statusText()));
        QVERIFY(page.statusText().contains(u"three"_s));

        QSignalSpy saved(&page, &TodayPage::checklistSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const Result<std::optional<Checklist>> stored =
            ChecklistRepository(f.session().store()).checklist(f.session().user().id, page.today());
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((**stored).customerIds(), model->picked());
        QVERIFY((**stored).tickedAt.has_value());
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'checklists' AND row_id = ?"_s, {(**stored).id}),
                 1);

        // Reopening the page shows the saved picks.
        TodayPage again(f.session());
        again.activate();
        QTRY_VERIFY(!again.isLoading());
        QCOMPARE(again.checklistModel()->picked(), model->picked());
        QVERIFY(again.statusText().contains(u"done"_s));
    }

    // The checklist's day is the organisation's: at 01:30 in Shanghai (17:30 UTC the day before) the demo
    // organisation, whose policy says Asia/Shanghai, is already on the next day, whatever this laptop's zone.
    void theDayIsTheOrganisationsDay() {
        Test::UiFixture f;
        VERIFY_OK(f);
        f.clock().set(QDateTime(Test::UiFixture::demoToday(), QTime(17, 30), Qt::UTC));
        TodayPage page(f.session());
        page.show();
        page.activate();
        const QString nextDay = Test::UiFixture::demoToday().addDays(1).toString(Qt::ISODate);
        const auto showsDay = [&page, &nextDay] {
            const QList<QLabel*> labels = page.findChildren<QLabel*>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&nextDay](const QLabel* l) { return l->text().contains(nextDay); });
        };
        QTRY_VERIFY(showsDay());
        QCOMPARE(ChecklistRepository(f.session().store()).today(), nextDay);
    }

    void tasksDueTodayWithLogVisit() {
        Test::UiFixture f;
        VERIFY_OK(f);
        Task t;
        t.ownerId = f.session().user().id;
        Result<QSqlQuery> q =
            f.session().database().exec(u"SELECT id FROM customers WHERE owner_id = ? LIMIT 1"_s, {t.ownerId});
        QVERIFY(q && q->next());
        t.customerId = q->value(0).toString();
        q->finish();
        t.title = u"Overdue follow-up"_s;
        t.source = u"manual"_s;
        t.dueAt = f.clock().nowSecs() - qint64(3) * 86400;
        QVERIFY(TaskRepository(f.session().store()).save(t).ok());
        TodayPage page(f.session());
        page.activate();
        TaskListModel* tasks = page.taskModel();
        QAbstractItemModelTester tester(tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tasks->isLoading()); // read on the reader's thread, not the GUI thread
        QTRY_VERIFY(!tasks->isLoading());
        int found = -1;
        for (int row = 0; row < tasks->rowCount(); ++row) {
            if (tasks->task(row).title == t.title)
                found = row;
        }
        QVERIFY(found >= 0);
        QVERIFY(tasks->data(tasks->index(found, TaskListModel::Due), TaskListModel::OverdueRole).toBool());
        QVERIFY(tasks->data(tasks->index(found, TaskListModel::Due)).toString().contains(u"overdue"_s));
    }

    void supervisorSeesRepsWithoutChecklist() {
        Test::UiFixture f(u"supervisor"_s);
        VERIFY_OK(f);
        (void)f.session().database().execute(u"DELETE FROM checklists"_s);
        TodayPage page(f.session());
        page.activate();
        QVERIFY(page.isLoading()); // read on the reader's thread, not the GUI thread
        QTRY_VERIFY(!page.isLoading());
        QListWidget* missing = page.missingList();
        QVERIFY(missing->count() > 0);
        QVERIFY(!missing->item(0)->text().contains(u"Everyone"_s));
        QVERIFY(!missing->item(0)->text().contains(u"Loading"_s));
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
