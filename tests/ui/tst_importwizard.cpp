#include "appearance.h"
#include "dialogs/importwizard.h"
#include "importrunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/customerlistmodel.h"
#include "profilestore.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "uifixture.h"
#include "verifyok.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

const QString kHeader = u"客户名称,地址,行业,满意度,备注"_s;

// Two customers, the second with a quoted name holding a comma, CRLF line ends.
QString twoCustomers() {
    return kHeader + u"\r\n"_s + u"上海晨星贸易有限公司,上海市浦东新区张江路1号,retail,85,老客户\r\n"_s +
           u"\"北京远航科技, 有限公司\",北京市海淀区中关村大街2号,manufacturing,70,\r\n"_s;
}

// Three customers; the one on line 3 has a satisfaction out of range.
QString brokenRow() {
    return kHeader + u"\n"_s + u"广州南风餐饮管理有限公司,广州市天河区体育西路3号,retail,60,\n"_s +
           u"深圳海岸物流有限公司,深圳市南山区科技园4号,logistics,150,满意度写错\n"_s +
           u"杭州西湖教育咨询有限公司,杭州市西湖区文三路5号,education,90,\n"_s;
}

QByteArray utf8WithBom(const QString& text) {
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray gbk(const QString& text) {
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString cellText(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

int columnNamed(const QTableWidget* table, const QString& header) {
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text() == header)
            return c;
    }
    return -1;
}

} // namespace

class TestImportWizard final : public QObject {
    Q_OBJECT

    // Next (or the commit button) once the page allows it.
    static bool forward(ImportWizard& wizard) {
        const QWizard::WizardButton which =
            wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton;
        QAbstractButton* button = wizard.button(which);
        if (!QTest::qWaitFor([&] { return button->isEnabled() && button->isVisible(); }, 20000))
            return false;
        const int before = wizard.currentId();
        button->click();
        return wizard.currentId() == before + 1;
    }

    // The wizard on `path` up to the check page, the file read and every row checked.
    static bool upToCheck(ImportWizard& wizard, const QString& path) {
        wizard.setKind(ImportKind::Customers);
        wizard.setFile(path);
        if (!forward(wizard) || !forward(wizard) || !QTest::qWaitFor([&] { return wizard.check().has_value(); }) ||
            !forward(wizard) || wizard.currentId() != ImportWizard::CheckPage) {
            qWarning() << "stopped on step" << wizard.currentId() << "of" << path
                       << wizard.findChild<QLabel*>(u"importSourceStatus"_s)->text()
                       << wizard.findChild<QLabel*>(u"importPreviewStatus"_s)->text();
            return false;
        }
        return true;
    }

    // The first value of a query (the statement closed at once: an open one would keep the connection on its
    // old snapshot).
    static QString firstValue(Test::UiFixture& f, const QString& sql, const QVariantList& values) {
        Result<QSqlQuery> q = f.session().database().exec(sql, values);
        return q && q->next() ? q->value(0).toString() : QString();
    }

    // A customer of the acting rep whose name no other customer has.
    static QString uniqueCustomerName(Test::UiFixture& f) {
        return firstValue(
            f,
            u"SELECT name FROM customers WHERE deleted = 0 AND owner_id = ? AND name IN (SELECT name FROM "
            "customers GROUP BY name HAVING count(*) = 1) ORDER BY name LIMIT 1"_s,
            {f.session().user().id});
    }

    static QString repOfTeam(Test::UiFixture& f, const QString& team) {
        return firstValue(f, u"SELECT id FROM reps WHERE team_id = ? LIMIT 1"_s, {team});
    }

    static qint64 customersNamed(Test::UiFixture& f, const QString& name) {
        return f.count(u"SELECT count(*) FROM customers WHERE name = ? AND deleted = 0"_s, {name});
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A UTF-8 file with a byte-order mark: the Chinese headers are matched to fields and the preview shows the
    // rows as they will be stored (the rep's own book when the file names no owner).
    void guessesMappingAndPreviewsUtf8File() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"customers.csv"_s, utf8WithBom(twoCustomers()));
        QVERIFY(!path.isEmpty());
        ImportWizard wizard(f.session());
        wizard.show();
        wizard.setKind(ImportKind::Customers);
        wizard.setFile(path);
        QTRY_VERIFY(wizard.table().has_value());
        QCOMPARE(int(wizard.table()->rows.size()), 2);
        QCOMPARE(wizard.table()->encoding, u"utf-8"_s);
        QVERIFY(wizard.table()->header.value(0) == u"客户名称"_s); // the byte-order mark is not part of the name
        auto* status = wizard.findChild<QLabel*>(u"importSourceStatus"_s);
        QVERIFY2(status->text().contains(u"UTF-8"_s), qPrintable(status->text()));

        QVERIFY(forward(wizard));
        QCOMPARE(wizard.mapping().fieldOf(0), u"name"_s);
        QCOMPARE(wizard.mapping().fieldOf(1), u"address"_s);
        QCOMPARE(wizard.mapping().fieldOf(2), u"industry"_s);
        QCOMPARE(wizard.mapping().fieldOf(3), u"satisfaction"_s);
        auto* nameBox = wizard.findChild<QComboBox*>(u"importField0"_s);
        QVERIFY(nameBox);
        QCOMPARE(nameBox->currentText(), ImportWizard::fieldLabel(u"name"_s) + u" *"_s);
        QVERIFY(!wizard.findChild<QLabel*>(u"importMissing"_s)->isVisible());

        // Leaving the name column out makes the step incomplete, and says which field is missing.
        nameBox->setCurrentIndex(0);
        emit nameBox->activated(0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.findChild<QLabel*>(u"importMissing"_s)->text().contains(ImportWizard::fieldLabel(u"name"_s)));
        nameBox->setCurrentIndex(nameBox->findData(u"name"_s));
        emit nameBox->activated(nameBox->currentIndex());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.check().has_value());
        auto* preview = wizard.findChild<QTableWidget*>(u"importPreview"_s);
        QCOMPARE(preview->rowCount(), 2);
        const int nameColumn = columnNamed(preview, ImportWizard::fieldLabel(u"name"_s));
        QVERIFY(nameColumn > 0);
        QCOMPARE(cellText(preview, 1, nameColumn), u"北京远航科技, 有限公司"_s);
        QCOMPARE(cellText(preview, 0, 0), u"2"_s); // the file's line
        QCOMPARE(wizard.check()->preview.at(0).fields.value(u"owner_id"_s).toString(), f.session().user().id);
    }

    // The import creates the rows in the rep's book through the outbox, announces them on the session's store
    // (the Customers list shows them, the sync controller pushes them), and a second import of the same file finds
    // them by the key (name + address) instead of duplicating them.
    void importsIntoReplicaAndReimportDoesNotDuplicate() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"customers.csv"_s, utf8WithBom(twoCustomers()));
        CustomerListModel list(f.path(), &f.session().store());
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(list.rowCount(), Test::UiFixture::kCustomers);
        const qint64 outboxBefore = f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers'"_s);
        ImportWizard wizard(f.session());
        wizard.show();
        QVERIFY(upToCheck(wizard, path));
        QCOMPARE(wizard.findChild<QTableWidget*>(u"importRejected"_s)->rowCount(), 0);
        QSignalSpy progress(&wizard.runner(), &ImportRunner::progress);
        QSignalSpy announced(&f.session().store(), &EntityStore::changed);
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.report().has_value());
        QCOMPARE(wizard.report()->created, qint64(2));
        QCOMPARE(wizard.report()->rejected, qint64(0));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0), progress.last().at(1)); // the progress reached its end
        QTRY_VERIFY(!announced.isEmpty());
        QCOMPARE(announced.first().at(0).toString(), u"customers"_s);
        QCOMPARE(announced.first().at(1).toStringList().size(), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE name = ? AND owner_id = ?"_s,
                         {u"上海晨星贸易有限公司"_s, f.session().user().id}),
                 qint64(1));
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers'"_s), outboxBefore + 2);
        QTRY_COMPARE(list.rowCount(), Test::UiFixture::kCustomers + 2);

        ImportWizard again(f.session());
        again.show();
        QVERIFY(upToCheck(again, path));
        QCOMPARE(again.check()->report.created, qint64(0));
        QVERIFY(forward(again));
        QTRY_VERIFY(again.report().has_value());
        QCOMPARE(again.report()->created, qint64(0));
        QCOMPARE(customersNamed(f, u"北京远航科技, 有限公司"_s), qint64(1));
        QCOMPARE(list.rowCount(), Test::UiFixture::kCustomers + 2);
    }

    // A GBK file (Excel on a Chinese Windows) with a satisfaction out of range: detected as GB18030, the broken row
    // listed with its line, column and reason, the others imported, and the report saved as CSV.
    void gbkFileListsRejectedRow() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"客户.csv"_s, gbk(brokenRow()));
        QVERIFY(!path.isEmpty());
        ImportWizard wizard(f.session());
        wizard.show();
        QVERIFY(upToCheck(wizard, path));
        QCOMPARE(wizard.table()->encoding, u"gb18030"_s);
        QCOMPARE(wizard.table()->header.value(0), u"客户名称"_s);

        auto* rejected = wizard.findChild<QTableWidget*>(u"importRejected"_s);
        QCOMPARE(rejected->rowCount(), 1);
        QCOMPARE(cellText(rejected, 0, 0), u"3"_s);
        QCOMPARE(cellText(rejected, 0, 1), u"满意度"_s);
        QCOMPARE(cellText(rejected, 0, 2), u"150"_s);
        QVERIFY(!cellText(rejected, 0, 3).isEmpty());
        QVERIFY2(wizard.findChild<QLabel*>(u"importCounts"_s)->text().contains(u"1 rejected"_s),
                 qPrintable(wizard.findChild<QLabel*>(u"importCounts"_s)->text()));

        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.report().has_value());
        QCOMPARE(wizard.report()->created, qint64(2));
        QCOMPARE(wizard.report()->rejected, qint64(1));
        QCOMPARE(customersNamed(f, u"深圳海岸物流有限公司"_s), qint64(0));
        QCOMPARE(customersNamed(f, u"杭州西湖教育咨询有限公司"_s), qint64(1));
        QCOMPARE(wizard.findChild<QTableWidget*>(u"importReportIssues"_s)->rowCount(), 1);

        const QString reportPath = dir.filePath(u"report.csv"_s);
        QVERIFY(wizard.saveReport(reportPath));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY2(text.contains(u"满意度"_s) && text.contains(u"150"_s), qPrintable(text));
    }

    // A workbook (written by openpyxl): the sheet picker lists its sheets, the first is read, another can be chosen.
    void xlsxSheetPicker() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"客户.xlsx"_s);
        const QString script = u"import openpyxl, sys\n"
                               "wb = openpyxl.Workbook()\n"
                               "ws = wb.active\n"
                               "ws.title = '说明'\n"
                               "ws.append(['本表由测试生成'])\n"
                               "c = wb.create_sheet('客户')\n"
                               "c.append(['客户名称', '地址', '满意度'])\n"
                               "c.append(['成都锦江酒店用品有限公司', '成都市锦江区红星路6号', 75])\n"
                               "c.append(['武汉长江建材有限公司', '武汉市江岸区沿江大道7号', 88.5])\n"
                               "wb.save(sys.argv[1])\n"_s;
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, script, path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0)
            QSKIP("/usr/bin/python3 with openpyxl is needed to write the workbook");
        ImportWizard wizard(f.session());
        wizard.show();
        wizard.setFile(path);
        auto* status = wizard.findChild<QLabel*>(u"importSourceStatus"_s);
        QTRY_VERIFY2(wizard.table().has_value(), qPrintable(status->text()));
        auto* sheets = wizard.findChild<QComboBox*>(u"importSheet"_s);
        QVERIFY(sheets->isVisible());
        QVERIFY(!wizard.findChild<QComboBox*>(u"importEncoding"_s)->isVisible());
        QCOMPARE(sheets->count(), 2);
        QCOMPARE(wizard.table()->sheet, u"说明"_s);
        sheets->setCurrentIndex(1);
        emit sheets->activated(1);
        QTRY_VERIFY(wizard.table().has_value() && wizard.table()->sheet == u"客户"_s);
        QCOMPARE(int(wizard.table()->rows.size()), 2);
        QCOMPARE(wizard.table()->rows.at(1).cell(2), u"88.5"_s);
        QVERIFY(forward(wizard));
        QCOMPARE(wizard.mapping().fieldOf(0), u"name"_s);
        QCOMPARE(wizard.mapping().fieldOf(2), u"satisfaction"_s);
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.check().has_value());
        QVERIFY(forward(wizard));
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.report().has_value());
        QCOMPARE(wizard.report()->created, qint64(2));
        QCOMPARE(customersNamed(f, u"武汉长江建材有限公司"_s), qint64(1));
    }

    // The encoding can be forced: GBK bytes read as UTF-8 are refused with the reason, and the step stays open.
    void encodingOverrideRefusesWrongEncoding() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"gbk.csv"_s, gbk(brokenRow()));
        ImportWizard wizard(f.session());
        wizard.show();
        auto* encoding = wizard.findChild<QComboBox*>(u"importEncoding"_s);
        encoding->setCurrentIndex(encoding->findData(int(CsvReader::Encoding::Utf8)));
        wizard.setFile(path);
        auto* status = wizard.findChild<QLabel*>(u"importSourceStatus"_s);
        QTRY_VERIFY(!wizard.runner().isBusy());
        QVERIFY(!wizard.table().has_value());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(status->text().startsWith(u"This file cannot be imported"_s));

        encoding->setCurrentIndex(encoding->findData(int(CsvReader::Encoding::Gb18030)));
        emit encoding->activated(encoding->currentIndex());
        QTRY_VERIFY(wizard.table().has_value());
        QCOMPARE(wizard.table()->header.value(2), u"行业"_s);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    // "Only if every row is valid": one broken row and nothing is written.
    void allOrNothingWritesNothing() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"broken.csv"_s, brokenRow().toUtf8());
        ImportWizard wizard(f.session());
        wizard.show();
        QVERIFY(upToCheck(wizard, path));
        wizard.findChild<QCheckBox*>(u"importAllOrNothing"_s)->setChecked(true);
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.report().has_value());
        QCOMPARE(wizard.report()->outcome, ImportReport::Outcome::RefusedInvalidRows);
        QCOMPARE(customersNamed(f, u"杭州西湖教育咨询有限公司"_s), qint64(0));
        QVERIFY(wizard.findChild<QLabel*>(u"importStatus"_s)->text().startsWith(u"Nothing was imported"_s));
    }

    // A rep names another rep as the owner: that row is rejected, theirs are imported.
    void repImportsOnlyIntoOwnBook() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString otherRep =
            firstValue(f, u"SELECT name FROM reps WHERE id <> ? AND name <> ? ORDER BY name LIMIT 1"_s,
                       {f.session().user().id, f.session().user().name});
        QVERIFY(!otherRep.isEmpty());
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"owners.csv"_s,
                                       (u"客户名称,地址,负责人\n甲公司,一路1号,%1\n乙公司,二路2号,%2\n"_s)
                                           .arg(otherRep, f.session().user().name)
                                           .toUtf8());
        ImportWizard wizard(f.session());
        wizard.show();
        QVERIFY(upToCheck(wizard, path));
        QCOMPARE(wizard.mapping().fieldOf(2), u"owner"_s);
        auto* rejected = wizard.findChild<QTableWidget*>(u"importRejected"_s);
        QVERIFY2(rejected->rowCount() == 1, qPrintable(wizard.check()->report.text()));
        QCOMPARE(cellText(rejected, 0, 0), u"2"_s);
        QCOMPARE(cellText(rejected, 0, 1), u"负责人"_s);
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.report().has_value());
        QVERIFY2(wizard.report()->created == 1, qPrintable(wizard.findChild<QLabel*>(u"importStatus"_s)->text()));
        QCOMPARE(customersNamed(f, u"甲公司"_s), qint64(0));
        QCOMPARE(customersNamed(f, u"乙公司"_s), qint64(1));
    }

    // Orders: the customer by name, a date and an amount as people write them; an order of another rep's customer
    // and one of an unknown customer are rejected, the rep's own is written and announced as an order.
    void ordersOfOwnCustomersOnly() {
        Test::UiFixture f;
        VERIFY_OK(f);
        const QString mine = uniqueCustomerName(f);
        QVERIFY(!mine.isEmpty());
        // The small demo has one rep: a customer of a rep of another team.
        const QString team = f.addTeamWithDeals(u"华南二组"_s, 0);
        QVERIFY2(!team.isEmpty(), qPrintable(f.error()));
        const QString otherRep = repOfTeam(f, team);
        QVERIFY(!otherRep.isEmpty());
        const QString theirs = u"他人客户有限公司"_s;
        VERIFY_OK(f.session().store().save(u"customers"_s, {}, {{u"name"_s, theirs}, {u"owner_id"_s, otherRep}}));
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, u"orders.csv"_s,
            (u"客户名称,下单日期,金额\n%1,2026-03-01,\"¥1,234.50\"\n%2,2026-03-02,800\n不存在的客户,2026-03-03,90\n"_s)
                .arg(mine, theirs)
                .toUtf8());
        const qint64 before = f.count(u"SELECT count(*) FROM orders"_s);
        ImportWizard wizard(f.session());
        wizard.show();
        wizard.setKind(ImportKind::Orders);
        wizard.setFile(path);
        QVERIFY(forward(wizard));
        QCOMPARE(wizard.mapping().fieldOf(0), u"customer"_s);
        QCOMPARE(wizard.mapping().fieldOf(1), u"ordered_at"_s);
        QCOMPARE(wizard.mapping().fieldOf(2), u"amount"_s);
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.check().has_value());
        QVERIFY(forward(wizard));
        auto* rejected = wizard.findChild<QTableWidget*>(u"importRejected"_s);
        QVERIFY2(rejected->rowCount() == 2, qPrintable(wizard.check()->report.text()));
        QCOMPARE(cellText(rejected, 0, 0), u"3"_s);
        QCOMPARE(cellText(rejected, 1, 0), u"4"_s);
        QSignalSpy announced(&f.session().store(), &EntityStore::changed);
        QVERIFY(forward(wizard));
        QTRY_VERIFY(wizard.report().has_value());
        QCOMPARE(wizard.report()->created, qint64(1));
        QCOMPARE(f.count(u"SELECT count(*) FROM orders"_s), before + 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM orders WHERE amount = 1234.5"_s), qint64(1));
        QTRY_VERIFY(!announced.isEmpty());
        QCOMPARE(announced.first().at(0).toString(), u"orders"_s);
    }

    // Cancel while the rows are written: the wizard stays open, says so, and nothing was written.
    void cancelWritesNothing() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QString text = u"客户名称,地址\n"_s;
        for (int i = 0; i < 3000; ++i)
            text += u"取消测试客户 %1,测试路%1号\n"_s.arg(i);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"many.csv"_s, text.toUtf8());
        ImportWizard wizard(f.session());
        wizard.show();
        QVERIFY(upToCheck(wizard, path));
        const qint64 outboxBefore = f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers'"_s);
        QSignalSpy cancelled(&wizard.runner(), &ImportRunner::cancelled);
        QSignalSpy finished(&wizard.runner(), &ImportRunner::finished);
        QVERIFY(forward(wizard));
        QVERIFY(wizard.runner().isBusy());
        wizard.reject(); // the Cancel button, or Escape
        QVERIFY(cancelled.wait(20000));
        QCOMPARE(finished.count(), 0);
        QVERIFY(wizard.isVisible());
        QVERIFY(wizard.findChild<QLabel*>(u"importStatus"_s)->text().contains(u"cancelled"_s));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE name LIKE '取消测试客户%'"_s), qint64(0));
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE entity = 'customers'"_s), outboxBefore);
        wizard.reject(); // nothing running now: closes
        QVERIFY(!wizard.isVisible());
    }

    // The window offers Import… among its main actions (there is no menu bar).
    void mainWindowHasImportAction() {
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        LanguageManager language;
        ProfileStore profiles(dir.path());
        MainWindow w(f.session(), language, profiles);
        auto* action = w.findChild<QAction*>(u"importAction"_s);
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        QVERIFY(action->isEnabled());
        // It opens the wizard, modal; closed again from inside its event loop.
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            QWidget* modal = QApplication::activeModalWidget();
            opened = qobject_cast<ImportWizard*>(modal) != nullptr;
            if (modal)
                modal->close();
        });
        action->trigger();
        QVERIFY(opened);
        if (const QString out = qEnvironmentVariable("STRIDE_SCREENSHOT_DIR"); !out.isEmpty()) {
            w.show();
            QVERIFY(QDir().mkpath(out));
            QVERIFY(w.grab().save(out + u"/mainwindow.png"_s));
        }
    }

    // STRIDE_IMPORT_ROWS=N: a file of N customers through the wizard, each step timed (the window stays free:
    // everything runs on the runner's thread).
    void largeFileTimed() {
        const int rows = qEnvironmentVariableIntValue("STRIDE_IMPORT_ROWS");
        if (rows <= 0)
            QSKIP("set STRIDE_IMPORT_ROWS to time a large import through the wizard");
        Test::UiFixture f;
        VERIFY_OK(f);
        QString text = u"客户名称,地址,行业,满意度\n"_s;
        for (int i = 0; i < rows; ++i)
            text += u"大批量客户 %1,测试路%1号,retail,%2\n"_s.arg(i).arg(i % 101);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"large.csv"_s, text.toUtf8());
        ImportWizard wizard(f.session());
        wizard.show();
        QElapsedTimer clock;
        clock.start();
        wizard.setFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.table().has_value(), 60000);
        const qint64 read = clock.restart();
        QVERIFY(forward(wizard) && forward(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.check().has_value(), 120000);
        const qint64 checked = clock.restart();
        QVERIFY(forward(wizard) && forward(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.report().has_value(), 120000);
        const qint64 imported = clock.elapsed();
        qInfo("%d rows: read %lld ms, checked %lld ms, imported (checked again and written) %lld ms", rows, read,
              checked, imported);
        QCOMPARE(wizard.report()->created + wizard.report()->rejected, qint64(rows));
    }

    // STRIDE_SCREENSHOT_DIR set: a PNG of every step in English and Chinese, light and dark, to look at.
    void screenshots() {
        const QString out = qEnvironmentVariable("STRIDE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set STRIDE_SCREENSHOT_DIR to save the wizard's steps as PNG files");
        Test::UiFixture f;
        VERIFY_OK(f);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"客户名单.csv"_s, gbk(brokenRow()));
        Appearance::applyFonts();
        LanguageManager language;
        for (const QString& lang : {u"en"_s, u"zh_CN"_s}) {
            QVERIFY(language.setLanguage(lang));
            for (bool dark : {false, true}) {
                Appearance::applyPalette(dark);
                const QString folder = out + u'/' + lang + (dark ? u"-dark"_s : QString());
                QVERIFY(QDir().mkpath(folder));
                ImportWizard wizard(f.session());
                wizard.show();
                wizard.setFile(path);
                QTRY_VERIFY(wizard.table().has_value());
                for (int page = ImportWizard::SourcePage; page <= ImportWizard::ImportPage; ++page) {
                    if (page > ImportWizard::SourcePage) {
                        QVERIFY(forward(wizard));
                        QTRY_VERIFY(!wizard.runner().isBusy());
                    }
                    QApplication::processEvents();
                    QVERIFY(wizard.grab().save(folder + u"/%1.png"_s.arg(page)));
                }
            }
        }
        Appearance::applyPalette(false);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
