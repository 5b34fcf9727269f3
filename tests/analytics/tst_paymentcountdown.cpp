#include "analytics/paymentcountdown.h"
#include "analyticsfixture.h"
#include "verifyok.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = day 100 00:00. Milestones of o1 (a, won): due 99.9 (overdue by 2.4 h), 100 (due now), 115 (exactly
// 15 days), 115.01 (still 15 whole days left), 116 (16 days), and one paid; o2 (lost) has an unpaid one; o3 (b,
// won) is due at 130; o4 (b, still in objection handling: not at contract stage) has one due at 105.
class TestPaymentCountdown : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(100)};

    void milestone(const QString& id, const QString& opp, double due, double amount, bool paid = false) {
        f->insert(u"payment_milestones"_s,
                  {{u"id"_s, id},
                   {u"opportunity_id"_s, opp},
                   {u"due_at"_s, Test::AnalyticsFixture::day(due)},
                   {u"amount"_s, amount},
                   {u"paid_at"_s, paid ? QVariant(Test::AnalyticsFixture::day(90)) : QVariant()}});
    }

private slots:
    void initTestCase() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s);
        f->rep(u"a"_s, u"t1"_s);
        f->rep(u"b"_s, u"t1"_s);
        f->customer(u"ca"_s, u"a"_s);
        f->customer(u"cb"_s, u"b"_s);
        f->opportunity(u"o1"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"won"_s}, {1, 50});
        f->opportunity(u"o2"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"lost"_s}, {1, 50});
        f->opportunity(u"o3"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"won"_s}, {1, 50});
        f->opportunity(u"o4"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"objection"_s}, {1, 50});
        milestone(u"p1"_s, u"o1"_s, 99.9, 1000);
        milestone(u"p2"_s, u"o1"_s, 100, 2000);
        milestone(u"p3"_s, u"o1"_s, 115, 3000);
        milestone(u"p4"_s, u"o1"_s, 115.01, 4000);
        milestone(u"p5"_s, u"o1"_s, 80, 5000, true);
        milestone(u"p6"_s, u"o2"_s, 101, 6000);
        milestone(u"p7"_s, u"o3"_s, 130, 7000);
        milestone(u"p8"_s, u"o4"_s, 105, 8000);
        milestone(u"p9"_s, u"o1"_s, 116, 9000);
    }

    void statuses_data() {
        QTest::addColumn<QString>("milestone");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("daysLeft");
        QTest::newRow("overdue by hours counts as day -1") << u"p1"_s << u"overdue"_s << -1LL;
        QTest::newRow("due exactly now is a reminder") << u"p2"_s << u"reminder"_s << 0LL;
        QTest::newRow("exactly 15 days ahead is a reminder") << u"p3"_s << u"reminder"_s << 15LL;
        QTest::newRow("15 whole days left is a reminder") << u"p4"_s << u"reminder"_s << 15LL;
        QTest::newRow("16 days left is upcoming") << u"p9"_s << u"upcoming"_s << 16LL;
        QTest::newRow("other rep's milestone") << u"p7"_s << u"upcoming"_s << 30LL;
    }
    void statuses() {
        QFETCH(QString, milestone);
        QFETCH(QString, status);
        QFETCH(qint64, daysLeft);
        auto r = PaymentCountdown::compute(f->db(), {}, clock);
        VERIFY_OK(r);
        const PaymentItem* it = nullptr;
        for (const PaymentItem& i : r->items)
            if (i.milestoneId == milestone)
                it = &i;
        QVERIFY(it);
        QCOMPARE(PaymentCountdown::statusName(it->status), status);
        QCOMPARE(it->daysLeft, daysLeft);
    }

    void onlyContractStage() {
        auto r = PaymentCountdown::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        for (const PaymentItem& i : r->items)
            QVERIFY2(i.opportunityId != u"o4"_s, "a deal in objection handling has no payment countdown");
    }

    void statusFollowsDaysLeft_data() {
        QTest::addColumn<qint64>("daysLeft");
        QTest::addColumn<QString>("status");
        QTest::newRow("-1") << -1LL << u"overdue"_s;
        QTest::newRow("0") << 0LL << u"reminder"_s;
        QTest::newRow("15") << 15LL << u"reminder"_s;
        QTest::newRow("16") << 16LL << u"upcoming"_s;
    }
    void statusFollowsDaysLeft() {
        QFETCH(qint64, daysLeft);
        QFETCH(QString, status);
        QCOMPARE(PaymentCountdown::statusName(PaymentCountdown::statusFor(daysLeft)), status);
    }

    void totalsAndFilters() {
        auto r = PaymentCountdown::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QStringList ids;
        for (const PaymentItem& i : r->items)
            ids << i.milestoneId;
        // paid, lost and not-yet-signed excluded
        QCOMPARE(ids, (QStringList{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s, u"p9"_s, u"p7"_s}));
        QCOMPARE(r->overdue.count, 1);
        QCOMPARE(r->overdue.amount, 1000.0);
        QCOMPARE(r->reminder.count, 3);
        QCOMPARE(r->reminder.amount, 9000.0);
        QCOMPARE(r->upcoming.count, 2);
        QCOMPARE(r->upcoming.amount, 16000.0);
        auto b = PaymentCountdown::compute(f->db(), AnalyticsFilter{0, 0, {}, u"b"_s}, clock);
        QCOMPARE(b->items.size(), 1);
        auto window = PaymentCountdown::compute(
            f->db(), AnalyticsFilter{Test::AnalyticsFixture::day(110), Test::AnalyticsFixture::day(120), {}, {}},
            clock);
        QCOMPARE(window->items.size(), 3);
        auto empty = PaymentCountdown::compute(
            f->db(), AnalyticsFilter{Test::AnalyticsFixture::day(300), Test::AnalyticsFixture::day(301), {}, {}},
            clock);
        QVERIFY(empty.ok());
        QVERIFY(empty->items.isEmpty());
        QCOMPARE(empty->overdue.amount, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentCountdown)
#include "tst_paymentcountdown.moc"
