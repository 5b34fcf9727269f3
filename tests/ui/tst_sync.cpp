#include "models/conflictmodel.h"
#include "models/rejectedmodel.h"
#include "models/visitlistmodel.h"
#include "pages/syncpage.h"
#include "rejectedentries.h"
#include "storage/customerrepository.h"
#include "synccontroller.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/syncstatuswidget.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestSync final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void conflictViewRestoresAValue() {
        Test::UiFixture f;
        VERIFY_OK(f);
        Result<QSqlQuery> q = f.session().database().exec(u"SELECT id FROM customers LIMIT 1"_s);
        QVERIFY(q && q->next());
        const QString customer = q->value(0).toString();
        q->finish();
        // The server kept someone else's address; ours lost (as SyncReplica records it: JSON scalars).
        QVERIFY(f.session()
                    .database()
                    .execute(u"UPDATE customers SET address = '新地址 8 号' WHERE id = ?"_s, {customer})
                    .ok());
        QVERIFY(f.session()
                    .database()
                    .execute(u"INSERT INTO conflicts (entity, row_id, field, local_value, server_value, created_at) "
                             "VALUES ('customers', ?, 'address', '\"旧地址 1 号\"', '\"新地址 8 号\"', ?)"_s,
                             {customer, f.clock().nowSecs()})
                    .ok());
        QVERIFY(f.session()
                    .database()
                    .execute(u"INSERT INTO rejected (mutation_id, entity, row_id, fields, reason, created_at) VALUES "
                             "(7, 'visits', 'v1', '{}', 'not your customer', ?)"_s,
                             {f.clock().nowSecs()})
                    .ok());

        SyncController sync(f.session());
        QVERIFY(!sync.available());
        SyncPage page(f.session(), sync);
        page.activate();
        QAbstractItemModelTester conflictTester(page.conflicts(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejectedTester(page.rejected(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.conflicts()->rowCount(), 1);
        QCOMPARE(page.conflicts()->index(0, ConflictModel::Lost).data().toString(), u"旧地址 1 号"_s);
        QCOMPARE(page.conflicts()->index(0, ConflictModel::Won).data().toString(), u"新地址 8 号"_s);
        QCOMPARE(page.rejected()->rowCount(), 1);
        QCOMPARE(page.rejected()->index(0, RejectedModel::Reason).data().toString(), u"not your customer"_s);

        const qint64 outboxBefore = f.count(u"SELECT count(*) FROM outbox"_s);
        QVERIFY2(page.restore(0), qPrintable(page.message()));
        QCOMPARE(CustomerRepository(f.session().store()).customer(customer)->address, u"旧地址 1 号"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox"_s), outboxBefore + 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s), 0);
        QCOMPARE(page.conflicts()->rowCount(), 0);
        QVERIFY(!page.restore(0));
    }

    void needsAttentionDismiss() {
        Test::UiFixture f;
        VERIFY_OK(f);
        for (int id : {7, 9}) {
            QVERIFY(f.session()
                        .database()
                        .execute(u"INSERT INTO rejected (mutation_id, entity, row_id, fields, reason, created_at) "
                                 "VALUES (?, 'visits', ?, '{}', ?, ?)"_s,
                                 {id, u"v%1"_s.arg(id), u"reason %1"_s.arg(id), f.clock().nowSecs()})
                        .ok());
        }
        SyncController sync(f.session());
        SyncPage page(f.session(), sync);
        page.activate();
        QAbstractItemModelTester tester(page.rejected(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.rejected()->rowCount(), 2);
        // The counts are read on a reader thread, never on the GUI thread: they arrive.
        QTRY_COMPARE(sync.attentionCount(), 2);
        QSignalSpy counts(&sync, &SyncController::countsChanged);

        // Through the button, as a user would: select the first row, click Dismiss.
        auto* dismiss = page.findChild<QPushButton*>(u"dismissRejected"_s);
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton); // nothing selected yet
        QVERIFY(page.rejectedMessage().contains(u"Select"_s));
        QCOMPARE(page.rejected()->rowCount(), 2);
        QVERIFY(page.dismissRejected(0));
        QCOMPARE(page.rejected()->rowCount(), 1);
        QCOMPARE(page.rejected()->index(0, RejectedModel::Reason).data().toString(), u"reason 9"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM rejected WHERE mutation_id = 7 AND dismissed_at = ?"_s,
                         {f.clock().nowSecs()}),
                 1);
        QTRY_COMPARE(sync.attentionCount(), 1);
        QVERIFY(counts.count() >= 1); // the status bar reads the count again
        QVERIFY(page.dismissRejected(0));
        QCOMPARE(page.rejected()->rowCount(), 0);
        QVERIFY(!page.dismissRejected(0));
    }

    // The page works against the RejectedEntries interface: a refused dismiss keeps the row and says why.
    void dismissFailureIsShown() {
        class Refusing final : public RejectedEntries {
        public:
            Result<QList<RejectedRecord>> open() override {
                return QList<RejectedRecord>{RejectedRecord{3, u"customers"_s, u"c1"_s, u"{}"_s, u"no"_s, 0}};
            }
            Status dismiss(qint64 id) override { return fail(u"entry %1 is locked"_s.arg(id)); }
        };
        Test::UiFixture f;
        VERIFY_OK(f);
        SyncController sync(f.session());
        SyncPage page(f.session(), sync, std::make_unique<Refusing>());
        page.activate();
        QCOMPARE(page.rejected()->rowCount(), 1);
        QVERIFY(!page.dismissRejected(0));
        QVERIFY2(page.rejectedMessage().contains(u"entry 3 is locked"_s), qPrintable(page.rejectedMessage()));
        QCOMPARE(page.rejected()->rowCount(), 1);
    }

    void statusBarWithoutServer() {
        Test::UiFixture f;
        VERIFY_OK(f);
        SyncController sync(f.session());
        SyncStatusWidget status(sync);
        QVERIFY(status.text().contains(u"Local only"_s));
        QVERIFY(status.text().contains(u"0 change"_s));
        Customer c;
        c.name = u"Pending Co"_s;
        c.ownerId = f.session().user().id;
        QVERIFY(CustomerRepository(f.session().store()).save(c).ok());
        QTRY_VERIFY2(status.text().contains(u"1 change"_s), qPrintable(status.text()));
    }

    void visitListModel() {
        Test::UiFixture f;
        VERIFY_OK(f);
        VisitListModel model(f.session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
