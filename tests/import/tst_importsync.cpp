// Imported rows are local edits like any other: they sync to a real stride-server (tests/support ServerFixture)
// under the importing rep's visibility.
#include "import/importer.h"
#include "import/importreader.h"
#include "serverfixture.h"
#include "storage/replicauserstore.h"
#include "verifyok.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestImportSync final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void importedCustomersContactsAndOrdersReachTheServer();

private:
    Result<ImportReport> import(ClientDevice& device, ImportKind kind, const QByteArray& csv);
    ServerFixture m_server;
};

void TestImportSync::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, {}));
    QVERIFY(m_server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
    ClientDevice admin(m_server.tempPath(u"admin.sqlite"_s), m_server.endpoint());
    QVERIFY(admin.signIn(u"admin"_s));
    VERIFY_OK(admin.store().apply({
        {u"teams"_s, u"t-east"_s, {{u"name"_s, u"华东"_s}}, false},
        {u"reps"_s,
         u"r-li"_s,
         {{u"name"_s, u"李娜"_s}, {u"role"_s, u"rep"_s}, {u"team_id"_s, u"t-east"_s}, {u"email"_s, u"li.na@acme.cn"_s}},
         false},
    }));
    const SyncReport r = admin.sync();
    QVERIFY2(r.ok && r.rejected == 0, qPrintable(r.error));
}

void TestImportSync::cleanupTestCase() {
    m_server.stop();
}

Result<ImportReport> TestImportSync::import(ClientDevice& device, ImportKind kind, const QByteArray& csv) {
    const QString path = m_server.tempPath(u"import.csv"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size())
        return fail(u"cannot write the file"_s);
    f.close();
    Result<ImportTable> table = ImportReader::read({path});
    if (!table)
        return fail(table.error());
    return Importer(device.store()).run(*table, {ImportMapping::guess(kind, table->header)});
}

void TestImportSync::importedCustomersContactsAndOrdersReachTheServer() {
    ClientDevice rep(m_server.tempPath(u"rep.sqlite"_s), m_server.endpoint());
    QVERIFY(rep.signIn(u"li.na@acme.cn"_s));
    SyncReport first = rep.sync();
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(ReplicaUserStore::load(rep.db())->isRep());

    QByteArray customers = "客户名称,地址,行业,满意度\n";
    for (int i = 0; i < 700; ++i) // a bulk write (EntityStore indexes it at the end)
        customers += "同步客户" + QByteArray::number(i) + ",杭州市" + QByteArray::number(i) + "号,education,70\n";
    Result<ImportReport> report = import(rep, ImportKind::Customers, customers);
    VERIFY_OK(report);
    QVERIFY2(report->created == 700 && report->rejected == 0, qPrintable(report->text()));
    report = import(rep, ImportKind::Contacts, "客户名称,联系人,手机\n同步客户1,赵一,13800000001\n");
    VERIFY_OK(report);
    QVERIFY2(report->created == 1, qPrintable(report->text()));
    report = import(rep, ImportKind::Orders, "客户名称,下单日期,金额\n同步客户2,2026-03-01,\"¥12,000\"\n");
    VERIFY_OK(report);
    QVERIFY2(report->created == 1, qPrintable(report->text()));

    const SyncReport pushed = rep.sync();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.rejected, 0);
    Result<QSqlQuery> outbox = rep.db().exec(u"SELECT count(*) FROM outbox"_s);
    QVERIFY(outbox && outbox->next());
    QCOMPARE(outbox->value(0).toInt(), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE name LIKE '同步客户%' AND owner_id = 'r-li' AND "
                            "vis_rep = 'r-li' AND satisfaction = 70"_s),
             700);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM contacts WHERE name = '赵一' AND phone = '13800000001'"_s), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM orders WHERE amount = 12000"_s), 1);

    // Re-importing the same file updates the synced rows instead of adding new ones.
    report = import(rep, ImportKind::Customers, customers.replace(",70\n", ",75\n"));
    VERIFY_OK(report);
    QCOMPARE(report->updated, 700);
    QCOMPARE(report->created, 0);
    const SyncReport again = rep.sync();
    QVERIFY2(again.ok && again.rejected == 0, qPrintable(again.error));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE name LIKE '同步客户%'"_s), 700);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE name LIKE '同步客户%' AND satisfaction = 75"_s),
             700);
}

QTEST_GUILESS_MAIN(TestImportSync)
#include "tst_importsync.moc"
