#include "dialogs/customereditdialog.h"
#include "models/customerlistmodel.h"
#include "pages/customerspage.h"
#include "storage/customerrepository.h"
#include "uifixture.h"
#include "widgets/customerdetailview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestCustomers final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lazyModelLoadsPagesAndFilters() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CustomerListModel model(f.path(), &f.session().store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), Test::UiFixture::kCustomers);
        QTRY_VERIFY(model.data(model.index(0, 0), CustomerListModel::LoadedRole).toBool());
        const QString first = model.data(model.index(0, CustomerListModel::Name)).toString();
        QVERIFY(!first.isEmpty());

        // Sorting by name descending puts another customer first.
        model.sort(CustomerListModel::Name, Qt::DescendingOrder);
        QTRY_VERIFY(model.data(model.index(0, 0), CustomerListModel::LoadedRole).toBool() &&
                    model.data(model.index(0, CustomerListModel::Name)).toString() != first);

        // Full-text search on part of a Chinese name.
        CustomerQuery::Filter filter;
        filter.text = first.left(2);
        model.setFilter(filter);
        QTRY_VERIFY(model.rowCount() > 0 && model.rowCount() < Test::UiFixture::kCustomers);
        filter = {};
        filter.tier = u"A"_s;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        const int tierA = int(f.count(u"SELECT count(*) FROM customers c LEFT JOIN customer_scores s ON "
                                      "s.customer_id = c.id WHERE c.tier = 'A'"_s));
        QVERIFY(model.rowCount() <= Test::UiFixture::kCustomers);
        Q_UNUSED(tierA);

        // A new customer appears without a manual refresh (EntityStore::changed).
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), Test::UiFixture::kCustomers);
        Customer c;
        c.name = u"新客户测试有限公司"_s;
        c.industry = u"retail"_s;
        c.ownerId = f.session().user().id;
        QVERIFY(CustomerRepository(f.session().store()).save(c).ok());
        QTRY_COMPARE(model.rowCount(), Test::UiFixture::kCustomers + 1);
    }

    void pageSearchAndDetail() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CustomersPage page(f.session());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), Test::UiFixture::kCustomers);
        QTRY_VERIFY(page.model()->data(page.model()->index(0, 0), CustomerListModel::LoadedRole).toBool());
        const QString id = page.model()->customerId(0);
        page.showCustomer(id);
        auto* detail = page.findChild<CustomerDetailView*>();
        QVERIFY(detail && detail->isVisible());
        QCOMPARE(detail->customerId(), id);
        QVERIFY2(detail->timeline()->topLevelItemCount() > 0, "a demo customer has visits or deals");

        page.showList();
        QTest::keyClicks(page.searchField(), u"zzzz-no-such-customer"_s);
        QTRY_COMPARE(page.model()->rowCount(), 0);
    }

    void editValidates() {
        Test::UiFixture f;
        QVERIFY2(f.ok(), qPrintable(f.error()));
        CustomerEditDialog dialog(f.session(), QString());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.lastError().contains(u"name"_s));
        dialog.findChild<QLineEdit*>(u"name"_s)->setText(u"Acme 测试"_s);
        dialog.accept();
        QVERIFY(dialog.lastError().contains(u"industry"_s));
        auto* industry = dialog.findChild<QComboBox*>(u"industry"_s);
        industry->setCurrentIndex(industry->findData(u"education"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Result<Customer> saved = CustomerRepository(f.session().store()).customer(dialog.savedId());
        QVERIFY(saved.ok());
        QCOMPARE(saved->name, u"Acme 测试"_s);
        QCOMPARE(saved->industry, u"education"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers' AND row_id = ?"_s, {saved->id}), 1);
    }
};

QTEST_MAIN(TestCustomers)
#include "tst_customers.moc"
