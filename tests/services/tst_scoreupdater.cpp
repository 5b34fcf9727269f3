#include "scoreupdater.h"
#include "storage/entitystore.h"
#include "storage/orderrepository.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {
QString smallestBuyer(Test::UiFixture& f) {
    Result<QSqlQuery> q = f.session().database().exec(
        u"SELECT customer_id FROM customer_scores ORDER BY purchase_3m, customer_id LIMIT 1"_s);
    if (!q || !q->next())
        return {};
    QString id = q->value(0).toString();
    q->finish();
    return id;
}
} // namespace

class TestScoreUpdater final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A big order moves the customer's P to the top: recomputed on the updater's thread, not in save().
    void anOrderIsScoredOffTheGuiThread() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString customer = smallestBuyer(f);
        QVERIFY(!customer.isEmpty());
        const qint64 before =
            f.count(u"SELECT CAST(p AS INTEGER) FROM customer_scores WHERE customer_id = ?"_s, {customer});
        QVERIFY(before < 50);
        QSignalSpy changed(&f.session().scoreUpdater(), &ScoreUpdater::scoresChanged);
        Order o;
        o.customerId = customer;
        o.orderedAt = f.clock().nowSecs() - 86400;
        o.amount = 1e9;
        QVERIFY(OrderRepository(f.session().store()).save(o).ok());
        // save() returned without waiting for the recompute: it runs on the updater's thread.
        QVERIFY(f.session().scoreUpdater().isBusy());
        QTRY_VERIFY(changed.count() >= 1);
        QTRY_VERIFY(!f.session().scoreUpdater().isBusy());
        QCOMPARE(f.count(u"SELECT CAST(p AS INTEGER) FROM customer_scores WHERE customer_id = ?"_s, {customer}), 100);
    }

    // A sync announces page after page: the recomputes coalesce instead of queueing one per page.
    void aBurstOfPulledPagesCoalesces() {
        Test::UiFixture f;
        VERIFY_OK(f);
        ScoreUpdater& updater = f.session().scoreUpdater();
        QSignalSpy changed(&updater, &ScoreUpdater::scoresChanged);
        QSignalSpy idle(&updater, &ScoreUpdater::idle);
        for (int page = 0; page < 50; ++page) {
            f.session().store().notifyChanged(u"orders"_s, {u"o%1"_s.arg(page)});
            f.session().store().notifyChanged(u"customers"_s, {u"c%1"_s.arg(page)});
        }
        QTRY_COMPARE(idle.count(), 1);
        QVERIFY2(changed.count() <= 2, qPrintable(QString::number(changed.count())));
        QVERIFY(changed.count() >= 1);
    }
};

QTEST_MAIN(TestScoreUpdater)
#include "tst_scoreupdater.moc"
