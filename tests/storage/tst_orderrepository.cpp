// OrderRepository and ServiceTicketRepository: the customer's purchases and service history.

#include "repositoryfixture.h"
#include "verifyok.h"

#include "storage/orderrepository.h"
#include "storage/serviceticketrepository.h"

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

class TestOrderRepository final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void orderRoundTripAndRanges();
    void invalidOrder_data();
    void invalidOrder();
    void ticketLifecycle();
    void invalidTicket_data();
    void invalidTicket();

private:
    RepositoryFixture m_f;
    QString m_customer;
};

void TestOrderRepository::init() {
    QVERIFY(m_f.open());
    m_customer = m_f.addCustomer(u"华东精密机械"_s, m_f.addRep(u"王伟"_s));
}

void TestOrderRepository::orderRoundTripAndRanges() {
    OrderRepository repo(*m_f.store);
    const QString other = m_f.addCustomer(u"Acme Retail"_s);
    const qint64 day = 86400, t = m_f.now();
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        Order o;
        o.customerId = i == 3 ? other : m_customer;
        o.orderedAt = t - (40 - i * 10) * day;
        o.amount = 10000.5 * (i + 1);
        ids << repo.save(o).valueOr({});
    }
    auto first = repo.order(ids[0]);
    VERIFY_OK(first);
    QCOMPARE(first->amount, 10000.5);
    QCOMPARE(first->orderedAt, t - 40 * day);
    auto mine = repo.forCustomer(m_customer);
    VERIFY_OK(mine);
    QCOMPARE(mine->size(), 3);
    QCOMPARE(mine->first().id, ids[0]);
    auto recent = repo.between(t - 30 * day, t - 10 * day); // [from, to)
    VERIFY_OK(recent);
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->at(0).id, ids[1]);
    QCOMPARE(recent->at(1).id, ids[2]);
    m_f.setVersion(u"orders"_s, ids[1], 9);
    Order edited = recent->at(0);
    edited.amount = 99.0;
    VERIFY_OK(repo.save(edited));
    const auto entry = m_f.outbox(u"orders"_s, ids[1]).last();
    QCOMPARE(entry.fields, (QVariantMap{{u"amount"_s, 99.0}}));
    QCOMPARE(entry.base.value(u"amount"_s).toDouble(), 20001.0);
    QCOMPARE(entry.baseVersion, 9);
    VERIFY_OK(repo.remove(ids[1]));
    QCOMPARE(repo.forCustomer(m_customer)->size(), 2);
}

void TestOrderRepository::invalidOrder_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no customer") << u"customer"_s << u"customer"_s;
    QTest::newRow("no date") << u"date"_s << u"date"_s;
    QTest::newRow("negative amount") << u"amount"_s << u"negative"_s;
}

void TestOrderRepository::invalidOrder() {
    QFETCH(QString, change);
    QFETCH(QString, expected);
    Order o;
    o.customerId = change == u"customer"_s ? QString() : m_customer;
    o.orderedAt = change == u"date"_s ? 0 : m_f.now();
    o.amount = change == u"amount"_s ? -1 : 100;
    OrderRepository repo(*m_f.store);
    auto id = repo.save(o);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(expected), qPrintable(id.error()));
}

void TestOrderRepository::ticketLifecycle() {
    ServiceTicketRepository repo(*m_f.store);
    QVERIFY(!repo.latestForCustomer(m_customer)->has_value());
    ServiceTicket older;
    older.customerId = m_customer;
    older.subject = u"设备异响"_s;
    older.openedAt = m_f.now() - qint64(10) * 86400;
    ServiceTicket t = older;
    t.subject = u"Spare parts late"_s;
    t.openedAt = m_f.now() - 3600;
    VERIFY_OK(repo.save(older));
    auto id = repo.save(t);
    VERIFY_OK(id);
    auto latest = repo.latestForCustomer(m_customer);
    VERIFY_OK(latest);
    QCOMPARE((*latest)->id, *id);
    QVERIFY(!(*latest)->firstResponseAt);

    VERIFY_OK(repo.recordFirstResponse(*id, m_f.now() - 1800));
    VERIFY_OK(repo.recordFirstResponse(*id, m_f.now())); // the first response stays
    QCOMPARE(repo.ticket(*id)->firstResponseAt, std::optional<qint64>(m_f.now() - 1800));
    VERIFY_OK(repo.close(*id, m_f.now(), 92.0));
    auto closed = repo.ticket(*id);
    QCOMPARE(closed->closedAt, std::optional<qint64>(m_f.now()));
    QCOMPARE(closed->satisfaction, std::optional<double>(92.0));
    QCOMPARE(repo.forCustomer(m_customer)->size(), 2);
    QCOMPARE(repo.forCustomer(m_customer)->first().id, *id); // newest first
    QCOMPARE(m_f.outbox(u"service_tickets"_s, *id).last().fields,
             (QVariantMap{{u"closed_at"_s, m_f.now()}, {u"satisfaction"_s, 92.0}}));
}

void TestOrderRepository::invalidTicket_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no customer") << u"customer"_s << u"customer"_s;
    QTest::newRow("no opening time") << u"opened"_s << u"opening time"_s;
    QTest::newRow("response before opening") << u"response"_s << u"before it was opened"_s;
    QTest::newRow("satisfaction 101") << u"satisfaction"_s << u"0–100"_s;
}

void TestOrderRepository::invalidTicket() {
    QFETCH(QString, change);
    QFETCH(QString, expected);
    ServiceTicket t;
    t.customerId = change == u"customer"_s ? QString() : m_customer;
    t.openedAt = change == u"opened"_s ? 0 : m_f.now();
    if (change == u"response"_s)
        t.firstResponseAt = m_f.now() - 1;
    if (change == u"satisfaction"_s)
        t.satisfaction = 101;
    ServiceTicketRepository repo(*m_f.store);
    auto id = repo.save(t);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(expected), qPrintable(id.error()));
}

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
