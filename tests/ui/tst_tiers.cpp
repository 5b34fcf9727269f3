// One tier, shown the same everywhere (docs/sales-method.md rule 2): the customer list, the morning checklist, the
// briefing card, the customer detail page and the rule engine all show the effective tier — an admin's pin when
// there is one (marked as pinned), else the value score's tier — and pinning never touches the derived scores.

#include "analytics/briefing.h"
#include "analytics/ruleengine.h"
#include "dialogs/customereditdialog.h"
#include "models/checklistmodel.h"
#include "models/customerlistmodel.h"
#include "storage/customerrepository.h"
#include "storage/customertier.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/briefingcard.h"
#include "widgets/customerdetailview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
QString otherTier(const QString& tier) {
    return tier == u"A"_s ? u"C"_s : u"A"_s;
}

// The rule engine: a rule on each tier, exactly one of them matches the customer, the effective one; the rule
// editor's preview counts by the same tier.
void rulesMatchTheEffectiveTier(Test::UiFixture& f, const QString& id, const QString& expected) {
    Database& db = f.session().database();
    for (const QString& t : {u"A"_s, u"B"_s, u"C"_s}) {
        QVERIFY(db.execute(u"INSERT INTO rules (id, name, condition_json, action_json, active) VALUES (?, ?, ?, "
                           "?, 1)"_s,
                           {u"probe-"_s + t, u"probe "_s + t,
                            uR"({"all":[{"field":"tier","op":"eq","value":"%1"}]})"_s.arg(t),
                            uR"({"type":"create_tasks","tasks":[{"title":"probe"}]})"_s}));
    }
    AnalyticsFilter org;
    const Result<RuleEvaluation> ev = RuleEngine::evaluate(db, org, f.clock());
    VERIFY_OK(ev);
    QStringList matched;
    for (const RuleMatch& m : ev->matches) {
        if (m.customerId == id && m.ruleId.startsWith(u"probe-"_s))
            matched << m.ruleId.mid(6);
    }
    QCOMPARE(matched, QStringList{expected});
    // The rule editor's preview counts by the same tier.
    const QJsonObject condition =
        QJsonDocument::fromJson(uR"({"all":[{"field":"tier","op":"eq","value":"%1"}]})"_s.arg(expected).toUtf8())
            .object();
    const Result<RulePreview> preview = RuleEngine::preview(db, condition, f.clock(), 1000);
    VERIFY_OK(preview);
    QVERIFY(std::any_of(preview->first.cbegin(), preview->first.cend(),
                        [&](const RuleMatch& m) { return m.customerId == id; }));
    QCOMPARE(preview->customers, int(f.count(u"SELECT count(*) FROM customers c LEFT JOIN customer_scores s ON "
                                             "s.customer_id = c.id WHERE c.deleted = 0 AND "
                                             "COALESCE(NULLIF(c.tier, ''), s.tier) = ?"_s,
                                             {expected})));
}
} // namespace

class TestTiers final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySurfaceShowsTheEffectiveTier_data() {
        QTest::addColumn<QString>("stored"); // customers.tier before: "" (none), "old guess", "pin"
        QTest::newRow("no pin: the score's tier") << u""_s;
        // What every demo customer carried before: a guess in customers.tier that the score contradicts. Treated as
        // a pin today (it is an explicit value of the synced field); migration 11 clears the old guesses.
        QTest::newRow("pinned against the score") << u"pin"_s;
    }

    void everySurfaceShowsTheEffectiveTier() {
        QFETCH(QString, stored);
        Test::UiFixture f;
        VERIFY_OK(f);
        Database& db = f.session().database();
        const QString rep = f.session().user().id;
        // A scored customer of the rep's.
        Result<QSqlQuery> q = db.exec(u"SELECT c.id, s.tier FROM customers c JOIN customer_scores s ON s.customer_id "
                                      "= c.id WHERE c.owner_id = ? AND c.deleted = 0 ORDER BY c.name LIMIT 1"_s,
                                      {rep});
        QVERIFY(q && q->next());
        const QString id = q->value(0).toString();
        const QString scoreTier = q->value(1).toString();
        q->finish();
        QVERIFY(!scoreTier.isEmpty());
        const bool pinned = stored == u"pin"_s;
        const QString expected = pinned ? otherTier(scoreTier) : scoreTier;
        const QString shown = pinned ? u"%1 (pinned)"_s.arg(expected) : expected;

        // The pin is written like any edit (EntityStore → outbox); the derived score row is never written.
        CustomerRepository customers(f.session().store());
        Result<Customer> c = customers.customer(id);
        QVERIFY(c);
        c->tier = pinned ? expected : QString();
        QVERIFY(customers.save(*c).ok());
        q = db.exec(u"SELECT tier FROM customer_scores WHERE customer_id = ?"_s, {id});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), scoreTier);
        q->finish();

        // Core: the one definition.
        const Result<CustomerTier> tier = CustomerTier::of(db, id);
        VERIFY_OK(tier);
        QCOMPARE(tier->tier, expected);
        QCOMPARE(tier->pinned, pinned);
        QCOMPARE(tier->scoreTier, scoreTier);

        // The customer list.
        CustomerListModel list(f.path(), &f.session().store());
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!list.isLoading() && list.rowCount() > 0);
        int row = -1;
        for (int r = 0; r < list.rowCount(); ++r) {
            QTRY_VERIFY(list.data(list.index(r, 0), CustomerListModel::LoadedRole).toBool());
            if (list.customerId(r) == id)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(list.data(list.index(row, CustomerListModel::Tier), CustomerListModel::TierRole).toString(), expected);
        QCOMPARE(list.data(list.index(row, CustomerListModel::Tier)).toString(), shown);
        QCOMPARE(list.data(list.index(row, CustomerListModel::Tier), CustomerListModel::TierPinnedRole).toBool(),
                 pinned);
        QVERIFY(list.data(list.index(row, CustomerListModel::Tier), Qt::ToolTipRole)
                    .toString()
                    .contains(pinned ? u"pinned"_s : u"value score"_s));

        // The morning checklist's suggestion.
        const Result<QList<ChecklistSuggestion>> suggestions = Briefing::suggestions(db, rep, f.clock(), -1);
        QVERIFY(suggestions);
        ChecklistModel checklist;
        QAbstractItemModelTester checklistTester(&checklist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        checklist.setSuggestions(*suggestions);
        const int pick = checklist.indexOfCustomer(id);
        QVERIFY(pick >= 0);
        QCOMPARE(checklist.data(checklist.index(pick), ChecklistModel::TierRole).toString(), expected);
        QCOMPARE(checklist.data(checklist.index(pick), ChecklistModel::TierPinnedRole).toBool(), pinned);
        QVERIFY2(checklist.data(checklist.index(pick)).toString().contains(u"Tier "_s + shown),
                 qPrintable(checklist.data(checklist.index(pick)).toString()));

        // The briefing card.
        const Result<CustomerBriefing> briefing = Briefing::forCustomer(f.session().store(), id, f.clock());
        QVERIFY(briefing);
        QCOMPARE(briefing->tier, expected);
        QCOMPARE(briefing->tierPinned, pinned);
        BriefingCard card;
        card.setBriefing(*briefing);
        QVERIFY2(card.text().contains(u"Tier "_s + shown), qPrintable(card.text()));

        // The customer detail header.
        CustomerDetailView detail(f.session());
        detail.setCustomer(id);
        auto* facts = detail.findChild<QLabel*>(u"facts"_s);
        QVERIFY(facts);
        QVERIFY2(facts->text().contains(u"Tier "_s + shown), qPrintable(facts->text()));
        QVERIFY(!pinned || !facts->text().contains(u"Tier "_s + scoreTier + u"  "_s));

        rulesMatchTheEffectiveTier(f, id, expected);
    }

    // Only an admin or a supervisor may pin; "Automatic (from score)" removes the pin.
    void editDialogPinsAndUnpins_data() {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("mayPin");
        QTest::newRow("admin") << u"admin"_s << true;
        QTest::newRow("supervisor") << u"supervisor"_s << true;
        QTest::newRow("rep") << u"rep"_s << false;
    }

    void editDialogPinsAndUnpins() {
        QFETCH(QString, role);
        QFETCH(bool, mayPin);
        Test::UiFixture f(role);
        VERIFY_OK(f);
        Result<QSqlQuery> q = f.session().database().exec(
            u"SELECT c.id FROM customers c JOIN customer_scores s ON s.customer_id = c.id WHERE COALESCE(c.tier, '') = "
            "'' AND c.deleted = 0 ORDER BY c.name LIMIT 1"_s);
        QVERIFY(q && q->next());
        const QString id = q->value(0).toString();
        q->finish();
        {
            CustomerEditDialog dialog(f.session(), id);
            QComboBox* tier = dialog.tierBox();
            QCOMPARE(tier->isEnabled(), mayPin);
            QCOMPARE(tier->currentData().toString(), QString());
            QCOMPARE(tier->currentText(), u"Automatic (from score)"_s);
            tier->setCurrentIndex(tier->findData(u"B"_s));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const Result<CustomerTier> after = CustomerTier::of(f.session().database(), id);
        QVERIFY(after);
        QCOMPARE(after->pinned, mayPin);
        if (!mayPin)
            return;
        QCOMPARE(after->tier, u"B"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers' AND row_id = ? AND fields LIKE "
                         "'%\"tier\"%'"_s,
                         {id}),
                 1);
        {
            CustomerEditDialog dialog(f.session(), id);
            QCOMPARE(dialog.tierBox()->currentData().toString(), u"B"_s);
            dialog.tierBox()->setCurrentIndex(0);
            dialog.accept();
        }
        const Result<CustomerTier> unpinned = CustomerTier::of(f.session().database(), id);
        QVERIFY(unpinned);
        QVERIFY(!unpinned->pinned);
        QCOMPARE(unpinned->tier, unpinned->scoreTier);
    }
};

QTEST_MAIN(TestTiers)
#include "tst_tiers.moc"
