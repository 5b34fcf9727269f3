// `stride-cli import` end to end: real stride-cli processes on a demo replica.
#include "clirun.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "testdata.h"
#include "verifyok.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

using Run = Test::CliRun;

Run runCli(const QStringList& args, const QByteArray& input = {}) {
    return Test::CliRun::run(args, input);
}

QVariant scalar(const QString& path, const QString& sql, const QVariantList& binds = {}) {
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    Result<QSqlQuery> q = (*db)->exec(sql, binds);
    return q && q->next() ? q->value(0) : QVariant();
}

} // namespace

class TestCliImport final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importsACsvFileAndWritesTheReport();
    void usageErrorsLeaveTheReplicaAlone_data();
    void usageErrorsLeaveTheReplicaAlone();
    void dataErrorsExitTwo_data();
    void dataErrorsExitTwo();
    void aDryRunChangesNothing();
    void importsAGbkFile();
    void importsAnXlsxSheet();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_rep; // a rep's name in the demo organisation
};

QString TestCliImport::write(const QString& name, const QByteArray& bytes) {
    QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestCliImport::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(ServerFixture::cliBinary()))
        QSKIP("stride-cli is not built");
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const Run demo = runCli({u"demo"_s, u"--db"_s, m_db, u"--customers"_s, u"30"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_rep = scalar(m_db, u"SELECT name FROM reps WHERE role = 'rep' ORDER BY id LIMIT 1"_s).toString();
    QVERIFY(!m_rep.isEmpty());
}

void TestCliImport::importsACsvFileAndWritesTheReport() {
    const QString csv = write(u"customers.csv"_s, "客户名称,地址,行业,满意度\n"
                                                  "命令行客户一,路1号,education,80\n"
                                                  "命令行客户二,路2号,finance,120\n"
                                                  "命令行客户三,路3号,,\n");
    const QString reportPath = m_dir.filePath(u"report.csv"_s);
    const qint64 outbox = scalar(m_db, u"SELECT count(*) FROM outbox"_s).toLongLong();
    const Run run = runCli({u"import"_s, u"customers"_s, u"--db"_s, m_db, u"--csv"_s, csv, u"--owner"_s, m_rep,
                            u"--report"_s, reportPath});
    QCOMPARE(run.exitCode, 2); // a rejected row is a data error; the valid rows are written
    QVERIFY2(run.out.contains(u"2 created, 0 updated, 0 unchanged, 1 rejected (of 3 rows)"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"line 3, 满意度: satisfaction must be between 0 and 100 ('120')"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"客户名称 → name"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"1 of 3 rows"_s) && run.err.count(u'\n') == 1, qPrintable(run.err));
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM customers WHERE name LIKE '命令行客户%'"_s).toInt(), 2);
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM outbox"_s).toLongLong(), outbox + 2);
    const QByteArray report = TestData::read(reportPath);
    QCOMPARE(report,
             "\xEF\xBB\xBFline,column,value,reason\r\n3,满意度,120,satisfaction must be between 0 and 100\r\n"_ba);

    // The same file again: the two rows exist, nothing is added.
    const Run again = runCli({u"import"_s, u"customers"_s, u"--db"_s, m_db, u"--csv"_s, csv, u"--owner"_s, m_rep});
    QVERIFY2(again.out.contains(u"0 created, 0 updated, 2 unchanged, 1 rejected"_s), qPrintable(again.out));
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM customers WHERE name LIKE '命令行客户%'"_s).toInt(), 2);
}

void TestCliImport::usageErrorsLeaveTheReplicaAlone_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString csv = write(u"usage.csv"_s, "客户名称,地址\n甲,乙\n");
    QTest::newRow("no kind") << QStringList{u"--csv"_s, csv} << u"unknown kind ''"_s;
    QTest::newRow("an unknown kind") << QStringList{u"visits"_s, u"--csv"_s, csv} << u"unknown kind 'visits'"_s;
    QTest::newRow("no file") << QStringList{u"customers"_s} << u"--csv FILE or --xlsx FILE"_s;
    QTest::newRow("two files") << QStringList{u"customers"_s, u"--csv"_s, csv, u"--xlsx"_s, csv}
                               << u"--csv FILE or --xlsx FILE"_s;
    QTest::newRow("an unknown encoding") << QStringList{u"customers"_s, u"--csv"_s, csv, u"--encoding"_s, u"big5"_s}
                                         << u"unknown encoding 'big5'"_s;
    QTest::newRow("--map to an unknown field")
        << QStringList{u"customers"_s, u"--csv"_s, csv, u"--map"_s, u"地址=street"_s} << u"no field 'street'"_s;
    QTest::newRow("--map of an unknown column")
        << QStringList{u"customers"_s, u"--csv"_s, csv, u"--map"_s, u"电话=phone"_s} << u"no column '电话'"_s;
    QTest::newRow("the required field unmapped")
        << QStringList{u"customers"_s, u"--csv"_s, csv, u"--map"_s, u"客户名称=-"_s} << u"no column of"_s;
    QTest::newRow("an unknown --key") << QStringList{u"customers"_s, u"--csv"_s, csv, u"--key"_s, u"name,colour"_s}
                                      << u"--key colour"_s;
}

void TestCliImport::usageErrorsLeaveTheReplicaAlone() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray before = TestData::hash(m_db);
    const Run run = runCli(QStringList{u"import"_s, u"--db"_s, m_db} + args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(TestData::hash(m_db), before);
}

void TestCliImport::dataErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString bad = write(u"bad.csv"_s, "客户名称,满意度\n好客户,50\n坏客户,-3\n");
    QTest::newRow("a file that does not exist")
        << QStringList{u"--csv"_s, m_dir.filePath(u"none.csv"_s)} << u"cannot read"_s;
    QTest::newRow("all or nothing with an invalid row")
        << QStringList{u"--csv"_s, bad, u"--all-or-nothing"_s} << u"nothing imported (--all-or-nothing)"_s;
    QTest::newRow("a CSV file given as xlsx") << QStringList{u"--xlsx"_s, bad} << u"not an .xlsx workbook"_s;
    QTest::newRow("a report that cannot be written")
        << QStringList{u"--csv"_s, bad, u"--dry-run"_s, u"--report"_s, m_dir.filePath(u"no/such/dir.csv"_s)}
        << u"cannot write"_s;
}

void TestCliImport::dataErrorsExitTwo() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const qint64 customers = scalar(m_db, u"SELECT count(*) FROM customers"_s).toLongLong();
    const Run run = runCli(QStringList{u"import"_s, u"customers"_s, u"--db"_s, m_db, u"--owner"_s, m_rep} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM customers"_s).toLongLong(), customers);
}

void TestCliImport::aDryRunChangesNothing() {
    const QString csv = write(u"dry.csv"_s, "客户名称\n试运行客户\n");
    const QByteArray before = TestData::hash(m_db);
    const Run run =
        runCli({u"import"_s, u"customers"_s, u"--db"_s, m_db, u"--csv"_s, csv, u"--owner"_s, m_rep, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Dry run, nothing written"_s) && run.out.contains(u"1 created"_s), qPrintable(run.out));
    QCOMPARE(TestData::hash(m_db), before);
}

void TestCliImport::importsAGbkFile() {
    const QString csv = TestData::path(u"customers-gb18030.csv"_s);
    const Run wrong = runCli({u"import"_s, u"customers"_s, u"--db"_s, m_db, u"--csv"_s, csv, u"--encoding"_s,
                              u"utf-8"_s, u"--owner"_s, m_rep});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(u"not UTF-8"_s), qPrintable(wrong.err));
    const Run run = runCli({u"import"_s, u"customers"_s, u"--db"_s, m_db, u"--csv"_s, csv, u"--owner"_s, m_rep});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(scalar(m_db, u"SELECT industry FROM customers WHERE name = '华东精工机械有限公司'"_s).toString(),
             u"manufacturing"_s);
}

void TestCliImport::importsAnXlsxSheet() {
    const QString path = m_dir.filePath(u"orders.xlsx"_s);
    const QString customer = scalar(m_db, u"SELECT name FROM customers ORDER BY id LIMIT 1"_s).toString();
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, uR"(
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
wb.active.title = "Summary"
ws = wb.create_sheet("订单")
ws.append(["客户名称", "订单日期", "金额"])
ws.append([sys.argv[2], datetime.date(2026, 3, 1), 12500.5])
ws.append([sys.argv[2], datetime.date(2026, 3, 2), -1])
wb.save(sys.argv[1])
)"_s,
                                    path, customer});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        QSKIP("python3-openpyxl is not installed (scripts/install-deps)");
    const Run run = runCli({u"import"_s, u"orders"_s, u"--db"_s, m_db, u"--xlsx"_s, path, u"--sheet"_s, u"订单"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"1 created"_s) && run.out.contains(u"line 3, 金额: amount must be at least 0"_s),
             qPrintable(run.out));
    QCOMPARE(scalar(m_db, u"SELECT count(*) FROM orders WHERE amount = 12500.5"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
