#include "analytics/orgaggregates.h"
#include "analytics/valuescoreservice.h"
#include "dialogs/customereditdialog.h"
#include "models/customerlistmodel.h"
#include "pages/customerspage.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/customerdetailview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
constexpr int kBulk = 5500; // above the hit count where CustomerQuery walks the name index (5000)

QString bulkName(int i) {
    return u"批量测试客户 %1"_s.arg(i, 4, 10, QChar(u'0'));
}

// kBulk customers named "批量测试客户 NNNN" (every tenth with a contact "联系人甲 N"), written straight into the
// replica (the search index follows by its triggers): enough matches that the list pages and counts them.
bool addBulkCustomers(Test::UiFixture& f, int n) {
    Database& db = f.session().database();
    if (!db.execute(u"BEGIN IMMEDIATE"_s))
        return false;
    for (int i = 0; i < n; ++i) {
        const QString id = u"bulk-%1"_s.arg(i);
        if (!db.execute(u"INSERT INTO customers (id, name, industry, region, tier, owner_id) VALUES (?, ?, 'retail', "
                        "'华东', ?, ?)"_s,
                        {id, bulkName(i), QStringList{u"A"_s, u"B"_s, u"C"_s}.at(i % 3), f.session().user().id}))
            return false;
        if (i % 10 == 0 && !db.execute(u"INSERT INTO contacts (id, customer_id, name) VALUES (?, ?, ?)"_s,
                                       {u"bulk-contact-%1"_s.arg(i), id, u"联系人甲 %1"_s.arg(i)}))
            return false;
    }
    return db.execute(u"COMMIT"_s).ok();
}
} // namespace

class TestCustomers final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lazyModelLoadsPagesAndFilters() {
        Test::UiFixture f;
        VERIFY_OK(f);
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
        // The tier filtered on is the effective one: a pin, else the value score's (every row shown is A).
        const int tierA = int(f.count(u"SELECT count(*) FROM customers c LEFT JOIN customer_scores s ON "
                                      "s.customer_id = c.id WHERE COALESCE(NULLIF(c.tier, ''), s.tier) = 'A'"_s));
        QVERIFY(tierA > 0);
        QCOMPARE(model.rowCount(), tierA);
        for (int row = 0; row < model.rowCount(); ++row) {
            QTRY_VERIFY(model.data(model.index(row, 0), CustomerListModel::LoadedRole).toBool());
            QCOMPARE(model.data(model.index(row, CustomerListModel::Tier), CustomerListModel::TierRole).toString(),
                     u"A"_s);
        }

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

    // A short search that matches thousands: the first page shows before the count (bounded, whatever the match
    // count), the count then grows the list without a reset, and the label says "at least" meanwhile.
    void thousandsOfMatchesShowFirstPageThenCount() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QVERIFY(addBulkCustomers(f, kBulk));
        CustomerListModel model(f.path(), &f.session().store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading() && !model.isCounting());
        QList<QPair<int, bool>> counts; // (rowCount, isCounting) at each countChanged
        connect(&model, &CustomerListModel::countChanged, this,
                [&](int n) { counts << qMakePair(n, model.isCounting()); });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        CustomerQuery::Filter filter;
        filter.text = u"批量"_s;
        model.setFilter(filter);
        QVERIFY(model.isLoading());
        QTRY_VERIFY(!model.isLoading());
        // The first screen: one page, its rows loaded, in name order, before the matches were counted.
        QCOMPARE(counts.value(0), qMakePair(int(CustomerListModel::kPageSize), true));
        QCOMPARE(resets.count(), 1);
        QVERIFY(model.data(model.index(0, 0), CustomerListModel::LoadedRole).toBool());
        QCOMPARE(model.data(model.index(0, CustomerListModel::Name)).toString(), bulkName(0));
        QCOMPARE(model.data(model.index(CustomerListModel::kPageSize - 1, CustomerListModel::Name)).toString(),
                 bulkName(CustomerListModel::kPageSize - 1));
        // Then the exact count: rows inserted after the first page, no second reset.
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), kBulk);
        QCOMPARE(counts.last(), qMakePair(kBulk, false));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserted.count(), 1);
        // A row far down is fetched on demand and is the right one.
        const QModelIndex deep = model.index(kBulk - 1, CustomerListModel::Name);
        model.data(deep);
        QTRY_VERIFY(model.data(deep, CustomerListModel::LoadedRole).toBool());
        QCOMPARE(model.data(deep).toString(), bulkName(kBulk - 1));

        // A change refreshes in place (no reset: the view keeps its place) and the count follows.
        Customer c;
        c.name = u"批量测试客户 9999"_s;
        c.industry = u"retail"_s;
        c.ownerId = f.session().user().id;
        QVERIFY(CustomerRepository(f.session().store()).save(c).ok());
        QTRY_COMPARE(model.rowCount(), kBulk + 1);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(resets.count(), 1);

        // A narrower search whose matches fit one page is complete at once: no "counting" state.
        counts.clear();
        filter.text = u"批量测试客户 0042"_s;
        model.setFilter(filter);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.isCounting());
        QCOMPARE(counts.value(0), qMakePair(1, false));
    }

    // The page says "at least" while the count of a large search is pending, the exact count after.
    void pageCountLabelWhileCounting() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QVERIFY(addBulkCustomers(f, kBulk));
        CustomersPage page(f.session());
        page.show();
        CustomerListModel* model = page.model();
        QTRY_VERIFY(!model->isLoading() && !model->isCounting());
        auto* label = page.findChild<QLabel*>(u"customerCount"_s);
        QVERIFY(label);
        QStringList seen;
        connect(model, &CustomerListModel::countChanged, this, [&] { seen << label->text(); });
        page.searchField()->setText(u"批量"_s); // as typed (keyClicks takes Latin-1 only)
        QTRY_VERIFY(!model->isLoading() && !model->isCounting() && model->rowCount() == kBulk);
        QVERIFY2(seen.size() >= 2, qPrintable(seen.join(u" | "_s)));
        QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [](const QString& t) { return t.contains(u"200+"_s); }),
                 qPrintable(seen.join(u" | "_s)));
        QVERIFY2(label->text().contains(QString::number(kBulk)) && !label->text().contains(u'+'),
                 qPrintable(label->text()));
    }

    // Every text plan finds the same customers in the same order: by name, by contact, sorted both ways.
    void textPlansAgree_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::newRow("many by name, name ascending") << u"批量"_s << int(CustomerQuery::Sort::Name) << false;
        QTest::newRow("many by name, name descending") << u"批量"_s << int(CustomerQuery::Sort::Name) << true;
        QTest::newRow("many by name, tier") << u"批量"_s << int(CustomerQuery::Sort::Tier) << false;
        QTest::newRow("by contact name") << u"联系人甲"_s << int(CustomerQuery::Sort::Name) << false;
        QTest::newRow("name or contact") << u"客户"_s << int(CustomerQuery::Sort::Name) << false;
        QTest::newRow("one customer") << u"批量测试客户 0007"_s << int(CustomerQuery::Sort::Name) << false;
        QTest::newRow("no match") << u"zzzz-none"_s << int(CustomerQuery::Sort::Name) << false;
    }

    void textPlansAgree() {
        QFETCH(QString, text);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        Test::UiFixture f;
        VERIFY_OK(f);
        QVERIFY(addBulkCustomers(f, kBulk));
        CustomerQuery query(f.session().database());
        CustomerQuery::Filter filter;
        filter.text = text;
        query.setFilter(filter);
        query.setSort(CustomerQuery::Sort(sort), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        query.setTextPlan(CustomerQuery::TextPlan::Set);
        const Result<int> count = query.count();
        VERIFY_OK(count);
        auto ids = [&](int offset) {
            QStringList out;
            const Result<QList<CustomerListRow>> rows = query.fetch(offset, 300);
            if (rows) {
                for (const CustomerListRow& r : *rows)
                    out << r.id;
            }
            return out;
        };
        const QStringList first = ids(0);
        const QStringList later = ids(1200);
        QCOMPARE(first.size(), qMin(*count, 300));
        for (const CustomerQuery::TextPlan plan :
             {CustomerQuery::TextPlan::WalkSet, CustomerQuery::TextPlan::WalkCorrelated,
              CustomerQuery::TextPlan::Auto}) {
            query.setTextPlan(plan);
            QCOMPARE(ids(0), first);
            QCOMPARE(ids(1200), later);
            QCOMPARE(query.count().valueOr(-1), *count);
        }
        // Auto walks the name index for a search with thousands of hits.
        if (text == u"批量"_s && CustomerQuery::Sort(sort) == CustomerQuery::Sort::Name)
            QCOMPARE(query.textPlan().valueOr(CustomerQuery::TextPlan::Auto), CustomerQuery::TextPlan::WalkSet);
    }

    // Sorting by tier sorts by the effective tier, and a pinned one reads "(pinned)" in the list.
    void tierSortAndPinnedTier() {
        Test::UiFixture f;
        VERIFY_OK(f);
        Database& db = f.session().database();
        QVERIFY(db.execute(u"UPDATE customers SET tier = NULL"_s));
        // The lowest-scored customer, pinned A by hand, sorts among the A's.
        Result<QSqlQuery> q = db.exec(u"SELECT customer_id FROM customer_scores ORDER BY score LIMIT 1"_s);
        QVERIFY(q && q->next());
        const QString low = q->value(0).toString();
        q->finish();
        Result<Customer> c = CustomerRepository(f.session().store()).customer(low);
        QVERIFY(c);
        c->tier = u"A"_s;
        QVERIFY(CustomerRepository(f.session().store()).save(*c).ok());
        CustomerListModel model(f.path(), &f.session().store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(CustomerListModel::Tier, Qt::AscendingOrder);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() == Test::UiFixture::kCustomers);
        QStringList tiers;
        int lowRow = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            QTRY_VERIFY(model.data(model.index(row, 0), CustomerListModel::LoadedRole).toBool());
            tiers << model.data(model.index(row, CustomerListModel::Tier), CustomerListModel::TierRole).toString();
            if (model.customerId(row) == low)
                lowRow = row;
        }
        QStringList sorted = tiers;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(tiers, sorted);
        QVERIFY(lowRow >= 0);
        QCOMPARE(tiers.at(lowRow), u"A"_s);
        QCOMPARE(model.data(model.index(lowRow, CustomerListModel::Tier)).toString(), u"A (pinned)"_s);
        QVERIFY(model.data(model.index(lowRow, CustomerListModel::Tier), CustomerListModel::TierPinnedRole).toBool());
    }

    void pageSearchAndDetail() {
        Test::UiFixture f;
        VERIFY_OK(f);
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

    // The value score's P is the organisation's when the server's purchase distribution was synced, and the detail
    // page says so with its age; without it, that it was computed on this laptop from the user's own customers.
    void scoreSaysWhereItsPercentileComesFrom() {
        Test::UiFixture f;
        VERIFY_OK(f);
        CustomersPage page(f.session());
        page.show();
        QTRY_COMPARE(page.model()->rowCount(), Test::UiFixture::kCustomers);
        const QString id = page.model()->customerId(0);
        QVERIFY(f.session().scores().recomputeAll().ok());
        page.showCustomer(id);
        auto* detail = page.findChild<CustomerDetailView*>();
        QVERIFY(detail);
        QVERIFY(!detail->scoreSource()->isHidden());
        QVERIFY2(detail->scoreSource()->text().startsWith(u"Computed on this laptop from your own customers"_s),
                 qPrintable(detail->scoreSource()->text()));

        // The server's distribution, three hours old: P is read from it, and the page gives its age.
        const qint64 now = f.clock().nowSecs();
        const qint64 at = now - qint64(3) * 3600 - 60;
        PurchaseDistribution d = OrgAggregates::distributionOf({0, 1000, 2000, 50000, 900000}, now - qint64(90) * 86400,
                                                               now - qint64(3) * 3600);
        const QString json = QString::fromUtf8(QJsonDocument(OrgAggregates::toJson(d)).toJson(QJsonDocument::Compact));
        EntityStore& store = f.session().store();
        QVERIFY(store
                    .save(OrgAggregates::kEntity, OrgAggregates::kPurchaseDistribution,
                          {{u"kind"_s, OrgAggregates::kPurchaseDistribution},
                           {u"team_id"_s, QString()},
                           {u"key"_s, QString()},
                           {u"value_json"_s, json},
                           {u"computed_at"_s, at}})
                    .ok());
        QVERIFY(f.session().scores().recomputeAll().ok());
        QCOMPARE(f.session().scores().scoreOf(id)->orgAsOf, at);
        page.showList();
        page.showCustomer(id);
        QVERIFY2(detail->scoreSource()->text().startsWith(u"Organisation figures from 3 hour"_s),
                 qPrintable(detail->scoreSource()->text()));
        QVERIFY(!detail->scoreSource()->toolTip().isEmpty());
    }

    void editValidates() {
        Test::UiFixture f;
        VERIFY_OK(f);
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
