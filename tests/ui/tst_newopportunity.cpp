#include "dialogs/newopportunitydialog.h"
#include "models/pipelinemodel.h"
#include "pages/pipelinepage.h"
#include "storage/customerrepository.h"
#include "storage/opportunityrepository.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/customerpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
QString ownCustomer(Test::UiFixture& f) {
    Result<QSqlQuery> q = f.session().database().exec(
        u"SELECT id FROM customers WHERE owner_id = ? AND deleted = 0 AND industry IS NOT NULL ORDER BY id LIMIT 1"_s,
        {f.session().user().id});
    if (!q || !q->next())
        return {};
    QString id = q->value(0).toString();
    q->finish();
    return id;
}
} // namespace

class TestNewOpportunity final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startsAtLeadWithRequiredLeadFieldsAndIsQueued() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString customer = ownCustomer(f);
        QVERIFY(!customer.isEmpty());
        const Result<Customer> c = CustomerRepository(f.session().store()).customer(customer);
        QVERIFY(c.ok());

        PipelinePage page(f.session());
        page.activate();
        QTRY_VERIFY(!page.model()->isLoading());
        QVERIFY(page.findChild<QPushButton*>(u"newOpportunity"_s));

        NewOpportunityDialog dialog(f.session(), customer);
        QCOMPARE(dialog.customerPicker()->customerId(), customer);
        auto* title = dialog.findChild<QLineEdit*>(u"title"_s);
        auto* amount = dialog.findChild<QDoubleSpinBox*>(u"amount"_s);
        auto* close = dialog.findChild<QDateEdit*>(u"expectedClose"_s);
        auto* industry = dialog.findChild<QComboBox*>(u"leadIndustry"_s);
        auto* budget = dialog.findChild<QComboBox*>(u"leadBudget"_s);
        auto* chain = dialog.findChild<QComboBox*>(u"leadChain"_s);
        auto* demand = dialog.findChild<QComboBox*>(u"leadDemand"_s);
        QVERIFY(title && amount && close && industry && budget && chain && demand);
        // The customer's industry is carried over.
        QCOMPARE(industry->currentData().toString(), c->industry);

        const qint64 before = f.count(u"SELECT count(*) FROM opportunities"_s);
        // No title: refused.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.lastError().contains(u"title"_s), qPrintable(dialog.lastError()));

        // Two lead fields left empty: refused, naming exactly those.
        title->setText(u"二期扩容 "_s);
        QTest::keyClicks(title, u"Phase 2"_s);
        amount->setValue(480000);
        close->setDate(Test::UiFixture::demoToday().addDays(45));
        budget->setCurrentIndex(0);
        chain->setCurrentIndex(0);
        demand->setCurrentIndex(demand->findData(u"evaluating"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.lastError().contains(u"Budget band"_s) && dialog.lastError().contains(u"Decision chain"_s),
                 qPrintable(dialog.lastError()));
        QVERIFY(!dialog.lastError().contains(u"Industry"_s));
        QCOMPARE(f.count(u"SELECT count(*) FROM opportunities"_s), before);

        budget->setCurrentIndex(budget->findData(u"¥100k-500k"_s));
        chain->setCurrentIndex(chain->findData(u"GM + finance"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString id = dialog.savedId();
        QVERIFY(!id.isEmpty());

        const Result<Opportunity> o = OpportunityRepository(f.session().store()).opportunity(id);
        VERIFY_OK(o);
        QCOMPARE(o->stage, Stage::Lead);
        QCOMPARE(o->customerId, customer);
        QCOMPARE(o->ownerId, f.session().user().id);
        QCOMPARE(o->title, u"二期扩容 Phase 2"_s);
        QCOMPARE(o->amount, 480000.0);
        QVERIFY(o->expectedClose.has_value());
        QCOMPARE(QDateTime::fromSecsSinceEpoch(*o->expectedClose).date(), Test::UiFixture::demoToday().addDays(45));
        QCOMPARE(o->budgetBand, u"¥100k-500k"_s);
        QVERIFY2(o->autoTag.contains(u"GM + finance"_s), qPrintable(o->autoTag));
        // Queued for sync: the row's outbox entry was written with it.
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'opportunities' AND row_id = ?"_s, {id}), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND stage = 'lead'"_s, {id}), 1);
        // The pipeline follows the change on its own thread and lists the new deal under "lead".
        QTRY_VERIFY(page.model()->indexOf(id).isValid());
        QCOMPARE(page.model()->indexOf(id).data(PipelineModel::StageRole).toString(), u"lead"_s);
    }

    // ¥0, or an amount far outside the chosen budget band, is asked about first; Save again keeps it. A changed
    // amount is asked about afresh.
    void oddAmountsAreQuestionedBeforeSaving() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString customer = ownCustomer(f);
        QVERIFY(!customer.isEmpty());
        NewOpportunityDialog dialog(f.session(), customer);
        dialog.findChild<QLineEdit*>(u"title"_s)->setText(u"试点"_s);
        auto* amount = dialog.findChild<QDoubleSpinBox*>(u"amount"_s);
        auto* budget = dialog.findChild<QComboBox*>(u"leadBudget"_s);
        for (const QString& box : {u"leadIndustry"_s, u"leadChain"_s, u"leadDemand"_s}) {
            auto* combo = dialog.findChild<QComboBox*>(box);
            if (combo->currentIndex() <= 0)
                combo->setCurrentIndex(1);
        }
        budget->setCurrentIndex(budget->findData(u"¥100k-500k"_s));
        const qint64 before = f.count(u"SELECT count(*) FROM opportunities"_s);

        amount->setValue(0);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.lastError().contains(u"¥0"_s), qPrintable(dialog.lastError()));
        QCOMPARE(f.count(u"SELECT count(*) FROM opportunities"_s), before);

        amount->setValue(5000000); // far above ¥100k-500k: a new question
        QVERIFY(dialog.lastError().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.lastError().contains(u"far above"_s) && dialog.lastError().contains(u"¥100k-500k"_s),
                 qPrintable(dialog.lastError()));
        QCOMPARE(f.count(u"SELECT count(*) FROM opportunities"_s), before);

        dialog.accept(); // confirmed
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(OpportunityRepository(f.session().store()).opportunity(dialog.savedId())->amount, 5000000.0);
    }

    void aCustomerMustBeChosen() {
        Test::UiFixture f;
        VERIFY_OK(f);
        NewOpportunityDialog dialog(f.session());
        dialog.findChild<QLineEdit*>(u"title"_s)->setText(u"Deal"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.lastError().contains(u"customer"_s), qPrintable(dialog.lastError()));
    }
};

QTEST_MAIN(TestNewOpportunity)
#include "tst_newopportunity.moc"
