#include "dialogs/logvisitdialog.h"
#include "storage/customerrepository.h"
#include "storage/taskrepository.h"
#include "storage/visitrepository.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
QString customerWithHistory(Test::UiFixture& f) {
    Result<QSqlQuery> q = f.session().database().exec(
        u"SELECT v.customer_id FROM visits v JOIN customers c ON c.id = v.customer_id WHERE c.owner_id = ? AND "
        "v.address IS NOT NULL AND v.contact_id IS NOT NULL ORDER BY v.visited_at DESC LIMIT 1"_s,
        {f.session().user().id});
    if (!q || !q->next())
        return {};
    QString id = q->value(0).toString();
    q->finish();
    return id;
}
} // namespace

class TestLogVisit final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void carryOverPrefills() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString customer = customerWithHistory(f);
        QVERIFY2(!customer.isEmpty(), "the demo has a visit with an address and a contact");
        const Result<VisitCarryOver> carry = CustomerRepository(f.session().store()).carryOver(customer);
        QVERIFY(carry.ok());
        QVERIFY(!carry->address.isEmpty());
        LogVisitDialog dialog(f.session(), customer);
        QCOMPARE(dialog.findChild<QLineEdit*>(u"address"_s)->text(), carry->address);
        QCOMPARE(dialog.findChild<QComboBox*>(u"contact"_s)->currentData().toString(), carry->contactId);
    }

    void logThroughTheFormIntoDatabaseAndOutbox() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString customer = customerWithHistory(f);
        LogVisitDialog dialog(f.session(), customer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* channel = dialog.findChild<QComboBox*>(u"channel"_s);
        channel->setCurrentIndex(channel->findData(u"phone"_s));
        // Chinese arrives through an input method, not key clicks: set it; type the ASCII parts.
        dialog.findChild<QPlainTextEdit*>(u"summary"_s)->setPlainText(u"确认了二期需求"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"competitor"_s), u"quote 8% lower"_s);
        dialog.findChild<QLineEdit*>(u"insight"_s)->setText(u"先谈交付周期再谈价格"_s);

        // Without a next action the form refuses and says why.
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.lastError().contains(u"next action"_s), qPrintable(dialog.lastError()));

        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"nextAction"_s), u"send the match report"_s);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!dialog.isVisible(), qPrintable(dialog.lastError()));
        const QString id = dialog.savedVisitId();
        QVERIFY(!id.isEmpty());

        const Result<Visit> v = VisitRepository(f.session().store()).visit(id);
        VERIFY_OK(v);
        QCOMPARE(v->customerId, customer);
        QCOMPARE(v->repId, f.session().user().id);
        QCOMPARE(v->channel, u"phone"_s);
        QCOMPARE(v->summary, u"确认了二期需求"_s);
        QCOMPARE(v->nextAction, u"send the match report"_s);
        QCOMPARE(v->competitorNotes, u"quote 8% lower"_s);
        QVERIFY(v->nextActionDue.has_value());
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'visits' AND row_id = ?"_s, {id}), 1);
        // The competitor note made a follow-up task; the insight waits for approval.
        const Result<std::optional<Task>> task =
            TaskRepository(f.session().store()).bySourceKey(u"visit:%1:competitor"_s.arg(id));
        QVERIFY(task.ok() && task->has_value());
        QCOMPARE(f.count(u"SELECT count(*) FROM insights WHERE visit_id = ? AND status = 'pending'"_s, {id}), 1);
    }

    void noActionNeedsAReason() {
        Test::UiFixture f;
        VERIFY_OK(f);
        LogVisitDialog dialog(f.session(), customerWithHistory(f));
        dialog.findChild<QPlainTextEdit*>(u"summary"_s)->setPlainText(u"Courtesy call"_s);
        dialog.findChild<QCheckBox*>(u"noAction"_s)->setChecked(true);
        dialog.accept();
        QVERIFY(dialog.lastError().contains(u"reason"_s));
        dialog.findChild<QLineEdit*>(u"noActionReason"_s)->setText(u"contract just signed"_s);
        dialog.accept();
        QVERIFY2(!dialog.savedVisitId().isEmpty(), qPrintable(dialog.lastError()));
        const Result<Visit> v = VisitRepository(f.session().store()).visit(dialog.savedVisitId());
        QCOMPARE(v->noActionReason, u"contract just signed"_s);
        QVERIFY(v->nextAction.isEmpty());
    }
};

QTEST_MAIN(TestLogVisit)
#include "tst_logvisit.moc"
