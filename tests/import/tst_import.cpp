// The import of customers, contacts and orders (core/import): every kind of broken row with its line, column and
// reason; duplicates; updates instead of duplicates; all-or-nothing; dry runs; the outbox; a rep's own book; a
// 100,000-row file.
#include "domain/replicauser.h"
#include "import/importer.h"
#include "import/importfields.h"
#include "import/importreader.h"
#include "serverfixture.h"
#include "storage/entitystore.h"
#include "storage/replicauserstore.h"
#include "temporaryreplica.h"
#include "testdata.h"
#include "verifyok.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

qint64 count(Database& db, const QString& sql, const QVariantList& binds = {}) {
    Result<QSqlQuery> q = db.exec(sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Stands in for the Chinese catalogue: knows a few of the import core's sources.
class FakeChinese final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* /*disambiguation*/,
                      int /*n*/) const override {
        static const QHash<QString, QString> zh{
            {u"ImportValidator|%1 must be between %2 and %3"_s, u"%1 必须在 %2 到 %3 之间"_s},
            {u"ImportLookup|no %1 '%2' in the replica"_s, u"本副本中没有%1“%2”"_s},
            {u"ImportLookup|rep"_s, u"销售"_s},
            {u"CsvReader|line %1: a quoted field is not closed"_s, u"第 %1 行：带引号的字段没有结束引号"_s},
        };
        return zh.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(source));
    }
};

} // namespace

class TestImport final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void guessesTheMappingFromEnglishAndChineseHeaders_data();
    void guessesTheMappingFromEnglishAndChineseHeaders();
    void mapAssignmentsOverrideTheGuess();
    void reportsEachBrokenRow_data();
    void reportsEachBrokenRow();
    void reasonsFollowTheInstalledTranslation();
    void readsAmountsAndDatesInTheirUsualForms_data();
    void readsAmountsAndDatesInTheirUsualForms();
    void rejectsDuplicatesWithinTheFile();
    void reimportUpdatesRatherThanDuplicates();
    void contactsAndOrdersFindTheirCustomer();
    void allOrNothingWritesNothingWhenARowIsInvalid();
    void aDryRunWritesNothing();
    void importedRowsAreInTheOutboxAndTheSearchIndex();
    void aRepImportsOnlyIntoTheirOwnBook();
    void aReplicaWithoutAUserNeedsAnOwner();
    void previewShowsTheRowsAsStored();
    void cancelWritesNothing();
    void readsGbkAndUtf8BomAndHeaderOnlyFiles();
    void importsAHundredThousandRows();

private:
    Result<ImportReport> importText(ImportKind kind, const QByteArray& csv, ImportOptions* given = nullptr,
                                    const QStringList& map = {});
    Result<ImportPlan> planText(ImportKind kind, const QByteArray& csv, const QStringList& map = {});
    QString write(const QByteArray& bytes, const QString& name = u"in.csv"_s);

    std::unique_ptr<TemporaryReplica> m_replica;
    std::unique_ptr<EntityStore> m_store;
};

void TestImport::init() {
    m_replica = std::make_unique<TemporaryReplica>();
    QVERIFY2(m_replica->ok(), qPrintable(m_replica->error()));
    m_store = std::make_unique<EntityStore>(m_replica->db());
    auto rep = [](const QString& name, const QString& team) {
        return QVariantMap{{u"name"_s, name}, {u"role"_s, u"rep"_s}, {u"team_id"_s, team}};
    };
    auto customer = [](const QString& name, const QString& address, const QString& owner) {
        return QVariantMap{{u"name"_s, name}, {u"address"_s, address}, {u"owner_id"_s, owner}};
    };
    VERIFY_OK(m_store->apply({
        {u"teams"_s, u"t-east"_s, {{u"name"_s, u"华东"_s}}, false},
        {u"teams"_s, u"t-north"_s, {{u"name"_s, u"华北"_s}}, false},
        {u"reps"_s, u"r-li"_s, rep(u"李娜"_s, u"t-east"_s), false},
        {u"reps"_s, u"r-zhang"_s, rep(u"张伟"_s, u"t-east"_s), false},
        {u"reps"_s, u"r-wang"_s, rep(u"王芳"_s, u"t-north"_s), false},
        {u"customers"_s, u"c-1"_s, customer(u"上海精工"_s, u"上海市1号"_s, u"r-li"_s), false},
        {u"customers"_s, u"c-2"_s, customer(u"北京重工"_s, u"北京市2号"_s, u"r-wang"_s), false},
        {u"customers"_s, u"c-3"_s, customer(u"同名公司"_s, u"杭州市3号"_s, u"r-li"_s), false},
        {u"customers"_s, u"c-4"_s, customer(u"同名公司"_s, u"宁波市4号"_s, u"r-li"_s), false},
    }));
    VERIFY_OK(m_replica->db().execute(u"DELETE FROM outbox"_s));
}

void TestImport::cleanup() {
    m_store.reset();
    m_replica.reset();
}

QString TestImport::write(const QByteArray& bytes, const QString& name) {
    QString path = m_replica->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

Result<ImportPlan> TestImport::planText(ImportKind kind, const QByteArray& csv, const QStringList& map) {
    Result<ImportTable> table = ImportReader::read({write(csv)});
    if (!table)
        return fail(table.error());
    ImportOptions options{ImportMapping::guess(kind, table->header)};
    for (const QString& m : map) {
        if (Status s = options.mapping.assign(m); !s)
            return fail(s.error());
    }
    return Importer(*m_store).validate(*table, options);
}

Result<ImportReport> TestImport::importText(ImportKind kind, const QByteArray& csv, ImportOptions* given,
                                            const QStringList& map) {
    Result<ImportTable> table = ImportReader::read({write(csv)});
    if (!table)
        return fail(table.error());
    ImportOptions options = given ? *given : ImportOptions();
    options.mapping = ImportMapping::guess(kind, table->header);
    for (const QString& m : map) {
        if (Status s = options.mapping.assign(m); !s)
            return fail(s.error());
    }
    Importer importer(*m_store);
    importer.setDefaultOwner(u"r-li"_s);
    return importer.run(*table, options);
}

void TestImport::guessesTheMappingFromEnglishAndChineseHeaders_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("customers in Chinese")
        << int(ImportKind::Customers)
        << QStringList{u"客户名称"_s, u"地址"_s, u"行业"_s, u"地区"_s, u"负责人"_s, u"满意度"_s, u"备注"_s}
        << QStringList{u"name"_s, u"address"_s, u"industry"_s, u"region"_s, u"owner"_s, u"satisfaction"_s, {}};
    QTest::newRow("customers in English, any case and spacing")
        << int(ImportKind::Customers) << QStringList{u"Company Name"_s, u"ADDRESS"_s, u"Owner"_s, u"Created_At"_s}
        << QStringList{u"name"_s, u"address"_s, u"owner"_s, u"created_at"_s};
    QTest::newRow("contacts") << int(ImportKind::Contacts)
                              << QStringList{u"客户名称"_s, u"联系人"_s, u"职务"_s, u"手机"_s, u"邮箱"_s}
                              << QStringList{u"customer"_s, u"name"_s, u"title"_s, u"phone"_s, u"email"_s};
    QTest::newRow("orders with units in brackets")
        << int(ImportKind::Orders) << QStringList{u"客户"_s, u"下单日期"_s, u"金额（元）"_s}
        << QStringList{u"customer"_s, u"ordered_at"_s, u"amount"_s};
    QTest::newRow("a field is filled from its first column only")
        << int(ImportKind::Customers) << QStringList{u"名称"_s, u"公司名称"_s} << QStringList{u"name"_s, {}};
}

void TestImport::guessesTheMappingFromEnglishAndChineseHeaders() {
    QFETCH(int, kind);
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    const ImportMapping mapping = ImportMapping::guess(ImportKind(kind), header);
    QStringList got;
    for (int i = 0; i < header.size(); ++i)
        got << mapping.fieldOf(i);
    QCOMPARE(got, fields);
}

void TestImport::mapAssignmentsOverrideTheGuess() {
    ImportMapping mapping = ImportMapping::guess(ImportKind::Customers, {u"名称"_s, u"城市"_s, u"备注"_s});
    QCOMPARE(mapping.columnOf(u"region"_s), -1);
    VERIFY_OK(mapping.assign(u"城市=region"_s));
    QCOMPARE(mapping.columnOf(u"region"_s), 1);
    VERIFY_OK(mapping.assign(u"C=region"_s)); // by letter: moves the field
    QCOMPARE(mapping.columnOf(u"region"_s), 2);
    QCOMPARE(mapping.fieldOf(1), QString());
    VERIFY_OK(mapping.assign(u"1=-"_s)); // by number: ignored
    QCOMPARE(mapping.missingRequired(), QStringList{u"name"_s});
    const Status unknownField = mapping.assign(u"名称=nickname"_s);
    QVERIFY(!unknownField.ok());
    QCOMPARE(unknownField.code(), ErrorCode::Usage);
    QVERIFY2(unknownField.error().contains(u"no field 'nickname'"_s), qPrintable(unknownField.error()));
    const Status unknownColumn = mapping.assign(u"电话=name"_s);
    QVERIFY(!unknownColumn.ok());
    QVERIFY2(unknownColumn.error().contains(u"no column '电话'"_s), qPrintable(unknownColumn.error()));
}

void TestImport::reportsEachBrokenRow_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    const int customers = int(ImportKind::Customers);
    const int contacts = int(ImportKind::Contacts);
    const int orders = int(ImportKind::Orders);
    const QByteArray head = "客户名称,地址,负责人,团队,满意度,创建日期\n新客户A,地址A,李娜,华东,80,2026-01-05\n";
    QTest::newRow("customer without a name") << customers << head + ",地址B,李娜,,50,\n"
                                             << 3 << u"客户名称"_s << u"name is required"_s;
    QTest::newRow("satisfaction above 100") << customers << head + "新客户B,地址B,李娜,,101,\n"
                                            << 3 << u"满意度"_s << u"between 0 and 100"_s;
    QTest::newRow("satisfaction that is not a number") << customers << head + "新客户B,地址B,李娜,,good,\n"
                                                       << 3 << u"满意度"_s << u"must be a number"_s;
    QTest::newRow("unknown owner") << customers << head + "新客户B,地址B,赵六,,,\n"
                                   << 3 << u"负责人"_s << u"no rep '赵六'"_s;
    QTest::newRow("unknown team") << customers << head + "新客户B,地址B,李娜,华南,,\n"
                                  << 3 << u"团队"_s << u"no team '华南'"_s;
    QTest::newRow("owner outside the team") << customers << head + "新客户B,地址B,王芳,华东,,\n"
                                            << 3 << u"团队"_s << u"not in team 华东"_s;
    QTest::newRow("a date that is not one") << customers << head + "新客户B,地址B,李娜,,,2026-13-45\n"
                                            << 3 << u"创建日期"_s << u"not a date"_s;
    QTest::newRow("a quoted multi-line cell keeps the line numbers")
        << customers << head + "\"新客户\nB\",地址B,李娜,,-1,\n新客户C,,李娜,,x,\n"
        << 5 << u"满意度"_s << u"must be a number"_s;
    const QByteArray contactHead = "客户名称,联系人,邮箱\n上海精工,陈一,chen@example.cn\n";
    QTest::newRow("contact of an unknown customer") << contacts << contactHead + "无此公司,陈二,\n"
                                                    << 3 << u"客户名称"_s << u"no customer '无此公司'"_s;
    QTest::newRow("contact of an ambiguous customer") << contacts << contactHead + "同名公司,陈二,\n"
                                                      << 3 << u"客户名称"_s << u"2 customers are named"_s;
    QTest::newRow("contact with a bad e-mail") << contacts << contactHead + "上海精工,陈二,not-an-address\n"
                                               << 3 << u"邮箱"_s << u"not an e-mail"_s;
    QTest::newRow("contact without a name") << contacts << contactHead + "上海精工,,\n"
                                            << 3 << u"联系人"_s << u"name is required"_s;
    const QByteArray orderHead = "客户,订单日期,金额\n上海精工,2026-03-01,\"¥1,200.00\"\n";
    QTest::newRow("order with a negative amount") << orders << orderHead + "上海精工,2026-03-02,-5\n"
                                                  << 3 << u"金额"_s << u"at least 0"_s;
    QTest::newRow("order without a date") << orders << orderHead + "上海精工,,100\n"
                                          << 3 << u"订单日期"_s << u"ordered_at is required"_s;
    QTest::newRow("order with a bad date") << orders << orderHead + "上海精工,yesterday,100\n"
                                           << 3 << u"订单日期"_s << u"not a date"_s;
    QTest::newRow("order amount that is not a number") << orders << orderHead + "上海精工,2026-03-02,lots\n"
                                                       << 3 << u"金额"_s << u"must be a number"_s;
}

void TestImport::reportsEachBrokenRow() {
    QFETCH(int, kind);
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    const Result<ImportReport> report = importText(ImportKind(kind), csv);
    VERIFY_OK(report);
    QCOMPARE(report->outcome, ImportReport::Outcome::Committed);
    QVERIFY2(report->rejected >= 1, qPrintable(report->text()));
    QCOMPARE(report->created, 1); // the good first row is imported all the same
    bool found = false;
    for (const ImportIssue& issue : report->issues) {
        if (issue.line == line && issue.column == column && issue.reason.contains(reason))
            found = true;
    }
    QVERIFY2(found, qPrintable(report->text()));
}

void TestImport::reasonsFollowTheInstalledTranslation() {
    FakeChinese zh;
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const QByteArray head = "客户名称,负责人,满意度\n新客户A,李娜,80\n";
    const Result<ImportReport> report = importText(ImportKind::Customers, head + "新客户B,李娜,101\n新客户C,赵六,\n");
    const Result<ImportTable> broken = ImportReader::read({write("客户名称\n\"新客户\n", u"broken.csv"_s)});
    QCoreApplication::removeTranslator(&zh);
    VERIFY_OK(report);
    QStringList reasons;
    for (const ImportIssue& issue : report->issues)
        reasons << issue.reason;
    QVERIFY2(reasons.contains(u"satisfaction 必须在 0 到 100 之间"_s), qPrintable(reasons.join(u'\n')));
    QVERIFY2(reasons.contains(u"本副本中没有销售“赵六”"_s), qPrintable(reasons.join(u'\n')));
    QVERIFY(!broken);
    QVERIFY2(broken.error().contains(u"第 2 行：带引号的字段没有结束引号"_s), qPrintable(broken.error()));
}

void TestImport::readsAmountsAndDatesInTheirUsualForms_data() {
    QTest::addColumn<QByteArray>("amount");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<double>("stored");
    QTest::addColumn<QString>("day");
    QTest::newRow("plain ISO") << "1200"_ba
                               << "2026-03-01"_ba << 1200.0 << u"2026-03-01"_s;
    QTest::newRow("yen and thousands") << "\"¥1,200.50\""_ba
                                       << "2026/3/1"_ba << 1200.5 << u"2026-03-01"_s;
    QTest::newRow("full-width yen, yuan") << "￥88元"_ba
                                          << "2026年3月1日"_ba << 88.0 << u"2026-03-01"_s;
    QTest::newRow("an Excel serial day") << "5"_ba
                                         << "46082"_ba << 5.0 << u"2026-03-01"_s;
    QTest::newRow("a date with a time") << "5"_ba
                                        << "2026-03-01 09:30"_ba << 5.0 << u"2026-03-01"_s;
}

void TestImport::readsAmountsAndDatesInTheirUsualForms() {
    QFETCH(QByteArray, amount);
    QFETCH(QByteArray, date);
    QFETCH(double, stored);
    QFETCH(QString, day);
    const Result<ImportReport> report =
        importText(ImportKind::Orders, "customer,amount,ordered_at\nc-1," + amount + ',' + date + '\n');
    VERIFY_OK(report);
    QVERIFY2(report->created == 1, qPrintable(report->text()));
    Result<QSqlQuery> q = m_replica->db().exec(u"SELECT amount, ordered_at FROM orders WHERE customer_id = 'c-1'"_s);
    VERIFY_OK(q);
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toDouble(), stored);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC).date().toString(Qt::ISODate), day);
}

void TestImport::rejectsDuplicatesWithinTheFile() {
    const Result<ImportReport> report = importText(ImportKind::Customers, "name,address\n"
                                                                          "甲公司,一路1号\n"
                                                                          "乙公司,一路1号\n"
                                                                          " 甲公司 , 一路1号\n"
                                                                          "甲公司,二路2号\n");
    VERIFY_OK(report);
    QCOMPARE(report->created, 3);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.at(0).line, 4);
    QVERIFY2(report->issues.at(0).reason.contains(u"duplicate of line 2 (the same name + address)"_s),
             qPrintable(report->text()));
}

void TestImport::reimportUpdatesRatherThanDuplicates() {
    const QByteArray first = "客户名称,地址,行业\n上海精工,上海市1号,machinery\n新公司,新地址,education\n";
    Result<ImportReport> report = importText(ImportKind::Customers, first);
    VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->updated, 1); // 上海精工 at 上海市1号 exists: its industry is set
    Result<QVariantMap> c1 = m_store->load(u"customers"_s, u"c-1"_s);
    QCOMPARE(c1->value(u"industry"_s).toString(), u"machinery"_s);
    const qint64 customers = count(m_replica->db(), u"SELECT count(*) FROM customers"_s);
    report = importText(ImportKind::Customers, first);
    VERIFY_OK(report);
    QCOMPARE(report->created, 0);
    QCOMPARE(report->updated, 0);
    QCOMPARE(report->unchanged, 2);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers"_s), customers);
    report = importText(ImportKind::Customers, "客户名称,地址,行业\n新公司,新地址,finance\n");
    VERIFY_OK(report);
    QCOMPARE(report->updated, 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers"_s), customers);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE industry = 'finance'"_s), 1);
}

void TestImport::contactsAndOrdersFindTheirCustomer() {
    Result<ImportReport> report = importText(ImportKind::Contacts, "客户名称,客户地址,联系人,电话\n"
                                                                   "同名公司,宁波市4号,周一,13800000000\n"
                                                                   "c-1,,吴二,\n");
    VERIFY_OK(report);
    QVERIFY2(report->created == 2 && report->rejected == 0, qPrintable(report->text()));
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM contacts WHERE customer_id = 'c-4' AND name = '周一'"_s), 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM contacts WHERE customer_id = 'c-1' AND name = '吴二'"_s), 1);
    // The key of contacts is customer + name: the same person again updates the row.
    report = importText(ImportKind::Contacts, "客户名称,联系人,电话\nc-1,吴二,13900000000\n");
    VERIFY_OK(report);
    QCOMPARE(report->updated, 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM contacts"_s), 2);
    report =
        importText(ImportKind::Orders, "客户名称,订单日期,金额\n上海精工,2026-02-01,100\n上海精工,2026-02-01,100\n");
    VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->rejected, 1);
}

void TestImport::allOrNothingWritesNothingWhenARowIsInvalid() {
    ImportOptions options;
    options.allOrNothing = true;
    const Result<ImportReport> report =
        importText(ImportKind::Customers, "name,satisfaction\n好公司,80\n坏公司,120\n", &options);
    VERIFY_OK(report);
    QCOMPARE(report->outcome, ImportReport::Outcome::RefusedInvalidRows);
    QVERIFY(!report->written());
    QCOMPARE(report->rejected, 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE name = '好公司'"_s), 0);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM outbox"_s), 0);
    const Result<ImportReport> valid = importText(ImportKind::Customers, "name,satisfaction\n好公司,80\n", &options);
    VERIFY_OK(valid);
    QCOMPARE(valid->outcome, ImportReport::Outcome::Committed);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE name = '好公司'"_s), 1);
}

void TestImport::aDryRunWritesNothing() {
    ImportOptions options;
    options.dryRun = true;
    const Result<ImportReport> report =
        importText(ImportKind::Customers, "name,address,industry\n新公司,新地址,x\n上海精工,上海市1号,y\n", &options);
    VERIFY_OK(report);
    QCOMPARE(report->outcome, ImportReport::Outcome::DryRun);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->updated, 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE name = '新公司'"_s), 0);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM outbox"_s), 0);
    QVERIFY(m_store->load(u"customers"_s, u"c-1"_s)->value(u"industry"_s).isNull());
}

void TestImport::importedRowsAreInTheOutboxAndTheSearchIndex() {
    QByteArray csv = "name,address,owner\n";
    for (int i = 0; i < 600; ++i) // above EntityStore's bulk threshold: the search index is written at the end
        csv += "导入公司" + QByteArray::number(i) + ",路" + QByteArray::number(i) + "号,张伟\n";
    csv += "上海精工,上海市1号,李娜\n"; // an update of an indexed row
    const Result<ImportReport> report = importText(ImportKind::Customers, csv);
    VERIFY_OK(report);
    QCOMPARE(report->created, 600);
    QCOMPARE(report->unchanged, 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM outbox WHERE entity = 'customers' AND op = 'upsert'"_s),
             600);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers c JOIN outbox o ON o.row_id = c.id "
                                    "WHERE c.owner_id = 'r-zhang'"_s),
             600);
    QCOMPARE(ServerFixture::searchIndexProblem(m_replica->db()), QString());
    // A bulk update re-indexes the rows it changed.
    QByteArray renamed = "id,name\n";
    Result<QSqlQuery> q = m_replica->db().exec(u"SELECT id FROM customers WHERE owner_id = 'r-zhang'"_s);
    VERIFY_OK(q);
    for (int i = 0; q->next(); ++i)
        renamed += q->value(0).toByteArray() + ",改名公司" + QByteArray::number(i) + '\n';
    const Result<ImportReport> update = importText(ImportKind::Customers, renamed);
    VERIFY_OK(update);
    QCOMPARE(update->updated, 600);
    QCOMPARE(ServerFixture::searchIndexProblem(m_replica->db()), QString());
    // The triggers are back for single edits.
    VERIFY_OK(m_store->save(u"customers"_s, u"c-1"_s, {{u"name"_s, u"上海精工二"_s}}));
    QCOMPARE(ServerFixture::searchIndexProblem(m_replica->db()), QString());
}

void TestImport::aRepImportsOnlyIntoTheirOwnBook() {
    VERIFY_OK(ReplicaUserStore::save(m_replica->db(), {u"li.na@acme.cn"_s, u"rep"_s, u"r-li"_s, u"t-east"_s}));
    Result<ImportTable> table = ImportReader::read({write("客户名称,负责人\n自己的,\n自己的二,李娜\n别人的,王芳\n")});
    VERIFY_OK(table);
    Importer importer(*m_store); // no default owner: the signed-in rep
    Result<ImportReport> report = importer.run(*table, {ImportMapping::guess(ImportKind::Customers, table->header)});
    VERIFY_OK(report);
    QCOMPARE(report->created, 2);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->issues.at(0).line, 4);
    QCOMPARE(report->issues.at(0).column, u"负责人"_s);
    QVERIFY2(report->issues.at(0).reason.contains(u"own book"_s), qPrintable(report->text()));
    QCOMPARE(
        count(m_replica->db(), u"SELECT count(*) FROM customers WHERE owner_id = 'r-li' AND name LIKE '自己的%'"_s), 2);
    // Another rep's customer cannot be updated, nor given contacts or orders.
    report = importText(ImportKind::Customers, "客户名称,地址,行业\n北京重工,北京市2号,x\n");
    VERIFY_OK(report);
    QCOMPARE(report->rejected, 1);
    QVERIFY2(report->issues.at(0).reason.contains(u"王芳's book"_s), qPrintable(report->text()));
    report = importText(ImportKind::Orders, "客户,日期,金额\n北京重工,2026-01-01,5\n上海精工,2026-01-01,5\n");
    VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->issues.at(0).column, u"客户"_s);
}

void TestImport::aReplicaWithoutAUserNeedsAnOwner() {
    Result<ImportTable> table = ImportReader::read({write("客户名称\n无主公司\n")});
    VERIFY_OK(table);
    Importer importer(*m_store);
    Result<ImportReport> report = importer.run(*table, {ImportMapping::guess(ImportKind::Customers, table->header)});
    VERIFY_OK(report);
    QCOMPARE(report->rejected, 1);
    QVERIFY2(report->issues.at(0).reason.contains(u"owner is required"_s), qPrintable(report->text()));
    importer.setDefaultOwner(u"张伟"_s);
    report = importer.run(*table, {ImportMapping::guess(ImportKind::Customers, table->header)});
    VERIFY_OK(report);
    QCOMPARE(report->created, 1);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE owner_id = 'r-zhang'"_s), 1);
}

void TestImport::previewShowsTheRowsAsStored() {
    QByteArray csv = "客户名称,负责人,满意度,创建日期\n";
    for (int i = 0; i < 30; ++i)
        csv += "公司" + QByteArray::number(i) + ",r-zhang,85%,2026/1/2\n";
    const Result<ImportPlan> plan = planText(ImportKind::Customers, csv);
    VERIFY_OK(plan);
    const QList<ImportPlannedRow> preview = plan->preview();
    QCOMPARE(preview.size(), 20);
    const ImportPlannedRow& first = preview.first();
    QCOMPARE(first.line, 2);
    QCOMPARE(first.action, ImportPlannedRow::Action::Create);
    QCOMPARE(first.shown.value(u"owner"_s).toString(), u"张伟"_s);
    QCOMPARE(first.shown.value(u"satisfaction"_s).toDouble(), 85.0);
    QCOMPARE(first.shown.value(u"created_at"_s).toString(), u"2026-01-02"_s);
    QCOMPARE(first.fields.value(u"owner_id"_s).toString(), u"r-zhang"_s);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE name = '公司0'"_s), 0);
}

void TestImport::cancelWritesNothing() {
    QByteArray csv = "name\n";
    for (int i = 0; i < 3000; ++i)
        csv += "取消公司" + QByteArray::number(i) + '\n';
    Result<ImportTable> table = ImportReader::read({write(csv)});
    VERIFY_OK(table);
    Importer importer(*m_store);
    importer.setDefaultOwner(u"r-li"_s);
    const ImportOptions options{ImportMapping::guess(ImportKind::Customers, table->header)};
    Result<ImportPlan> plan = importer.validate(*table, options);
    VERIFY_OK(plan);
    qint64 steps = 0;
    Progress progress;
    progress.step = [&](qint64, qint64 total) {
        QCOMPARE(total, 3000);
        ++steps;
    };
    progress.cancelled = [&] { return steps >= 2; };
    const Result<ImportReport> report = importer.commit(*plan, progress);
    QVERIFY(!report.ok());
    QCOMPARE(report.code(), ErrorCode::Cancelled);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE name LIKE '取消公司%'"_s), 0);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(ServerFixture::searchIndexProblem(m_replica->db()), QString());
    VERIFY_OK(m_store->save(u"customers"_s, u"c-1"_s, {{u"name"_s, u"取消后改名"_s}})); // triggers still there
    QCOMPARE(ServerFixture::searchIndexProblem(m_replica->db()), QString());
}

void TestImport::readsGbkAndUtf8BomAndHeaderOnlyFiles() {
    Result<ImportTable> gbk = ImportReader::read({TestData::path(u"customers-gb18030.csv"_s)});
    VERIFY_OK(gbk);
    QCOMPARE(gbk->encoding, u"gb18030"_s);
    QCOMPARE(gbk->header, (QStringList{u"name"_s, u"industry"_s}));
    QCOMPARE(gbk->rows.size(), 1);
    QCOMPARE(gbk->rows.at(0).cells.at(0), u"华东精工机械有限公司"_s);
    Result<ImportTable> bom = ImportReader::read({write("\xEF\xBB\xBF客户名称,地址\r\n甲,乙\r\n\r\n")});
    VERIFY_OK(bom);
    QCOMPARE(bom->encoding, u"utf-8"_s);
    QCOMPARE(bom->header.at(0), u"客户名称"_s);
    QCOMPARE(bom->rows.size(), 1);
    Result<ImportTable> headerOnly = ImportReader::read({write("客户名称,地址\r\n")});
    VERIFY_OK(headerOnly);
    QCOMPARE(headerOnly->rows.size(), 0);
    const Result<ImportReport> none = importText(ImportKind::Customers, "客户名称,地址\r\n");
    VERIFY_OK(none);
    QCOMPARE(none->rows, 0);
    QCOMPARE(none->created, 0);
    const Result<ImportTable> empty = ImportReader::read({write("\r\n,,\r\n")});
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().contains(u"is empty"_s), qPrintable(empty.error()));
}

void TestImport::importsAHundredThousandRows() {
    QByteArray csv = "客户名称,地址,行业,区域,负责人,满意度,创建日期\n";
    constexpr int kRows = 100000;
    csv.reserve(qint64(kRows) * 90);
    for (int i = 0; i < kRows; ++i) {
        csv += "十万客户" + QByteArray::number(i) + ",上海市路" + QByteArray::number(i) + "号,manufacturing,华东,";
        csv += (i % 2 ? "李娜," : "r-zhang,") + QByteArray::number(i % 101) + ",2025/3/" +
               QByteArray::number(1 + i % 28) + '\n';
    }
    QElapsedTimer timer;
    timer.start();
    Result<ImportTable> table = ImportReader::read({write(csv)});
    VERIFY_OK(table);
    Importer importer(*m_store);
    const Result<ImportReport> report =
        importer.run(*table, {ImportMapping::guess(ImportKind::Customers, table->header)});
    VERIFY_OK(report);
    const qint64 ms = timer.elapsed();
    qInfo("100,000 customers read, validated and written with their outbox entries in %lld ms", ms);
    QCOMPARE(report->created, kRows);
    QCOMPARE(report->rejected, 0);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM outbox WHERE entity = 'customers'"_s), kRows);
    QCOMPARE(count(m_replica->db(), u"SELECT count(*) FROM customers WHERE name LIKE '十万客户%'"_s), kRows);
    // The figure that counts is bench-import's on a quiet machine; this bound only catches a per-row regression.
    QVERIFY2(ms < 60000, qPrintable(u"%1 ms"_s.arg(ms)));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
