// XlsxReader (core/io): workbooks written by libxlsxwriter (its C API, here) and by python3-openpyxl.
#include "io/xlsxreader.h"
#include "verifyok.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace Qt::StringLiterals;
using Stride::XlsxReader;

namespace {

// Debian's interpreter, which has openpyxl (the one first on PATH may not).
const QString kPython = u"/usr/bin/python3"_s;

bool haveOpenpyxl() {
    QProcess p;
    p.start(kPython, {u"-c"_s, u"import openpyxl"_s});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A zip package of these entries (name, bytes), written with minizip.
QByteArray zipOf(const QList<std::pair<const char*, QByteArray>>& entries) {
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"plain.zip"_s));
    zipFile zip = zipOpen(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return {};
    for (const auto& [name, bytes] : entries) {
        zip_fileinfo info{};
        zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_DEFAULT_COMPRESSION);
        zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    QFile f(dir.filePath(u"plain.zip"_s));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A zip package with one text file and no workbook.
QByteArray zipWithoutWorkbook() {
    return zipOf({{"readme.txt", "not a workbook"}});
}

// A workbook of one sheet whose relationship points at `target` (relative to xl/), which holds no sheet.
QByteArray workbookWithSheetAt(const QByteArray& target) {
    const QByteArray workbook =
        "<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
        "<sheets><sheet name='A' sheetId='1' r:id='rId1'/></sheets></workbook>";
    const QByteArray rels =
        "<Relationships><Relationship Id='rId1' Type='http://x/worksheet' Target='" + target + "'/></Relationships>";
    return zipOf({{"xl/workbook.xml", workbook}, {"xl/_rels/workbook.xml.rels", rels}});
}

} // namespace

class TestXlsxReader final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readsAWorkbookWrittenByLibxlsxwriter();
    void readsANamedSheetAndSparseRows();
    void readsAWorkbookWrittenByOpenpyxl();
    void convertsSerialDays_data();
    void convertsSerialDays();
    void convertsColumnLetters();
    void namesTheProblemOfABadFile_data();
    void namesTheProblemOfABadFile();

private:
    QString writeWithLibxlsxwriter();
    QTemporaryDir m_dir;
};

void TestXlsxReader::initTestCase() {
    QVERIFY(m_dir.isValid());
}

QString TestXlsxReader::writeWithLibxlsxwriter() {
    QString path = m_dir.filePath(u"written.xlsx"_s);
    const QByteArray name = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(name.constData());
    lxw_worksheet* first = workbook_add_worksheet(book, "客户");
    lxw_worksheet* second = workbook_add_worksheet(book, "Orders");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* stamp = workbook_add_format(book);
    format_set_num_format(stamp, "yyyy/m/d h:mm");
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "\"¥\"#,##0.00");
    worksheet_write_string(first, 0, 0, "客户名称", nullptr);
    worksheet_write_string(first, 0, 1, "金额", nullptr);
    worksheet_write_string(first, 0, 2, "日期", nullptr);
    worksheet_write_string(first, 0, 3, "已签约", nullptr);
    worksheet_write_string(first, 1, 0, "上海精工", nullptr);
    worksheet_write_number(first, 1, 1, 1234.5, money);
    lxw_datetime day = {2026, 3, 1, 0, 0, 0};
    worksheet_write_datetime(first, 1, 2, &day, date);
    worksheet_write_boolean(first, 1, 3, 1, nullptr);
    // A rich string: two runs, one bold, read as one text.
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    char north[] = "北京";
    char heavy[] = "重工";
    lxw_rich_string_tuple run1 = {bold, north};
    lxw_rich_string_tuple run2 = {nullptr, heavy};
    lxw_rich_string_tuple* runs[] = {&run1, &run2, nullptr};
    worksheet_write_rich_string(first, 2, 0, runs, nullptr);
    worksheet_write_number(first, 2, 1, 42, nullptr);
    lxw_datetime moment = {2026, 3, 2, 9, 30, 0};
    worksheet_write_datetime(first, 2, 2, &moment, stamp);
    worksheet_write_boolean(first, 2, 3, 0, nullptr);
    // Sheet 2: a sparse row (A and D only), an empty row between, a formula with its cached value.
    worksheet_write_string(second, 0, 0, "a", nullptr);
    worksheet_write_string(second, 0, 3, "d", nullptr);
    worksheet_write_formula_num(second, 3, 1, "=1+1", nullptr, 2);
    if (workbook_close(book) != LXW_NO_ERROR)
        return {};
    return path;
}

void TestXlsxReader::readsAWorkbookWrittenByLibxlsxwriter() {
    const QString path = writeWithLibxlsxwriter();
    QVERIFY(!path.isEmpty());
    const Stride::Result<QStringList> names = XlsxReader::sheetNames(path);
    VERIFY_OK(names);
    QCOMPARE(*names, (QStringList{u"客户"_s, u"Orders"_s}));
    const Stride::Result<XlsxReader::Sheet> sheet = XlsxReader::read(path);
    VERIFY_OK(sheet);
    QCOMPARE(sheet->name, u"客户"_s);
    QCOMPARE(sheet->rows.size(), 3);
    QCOMPARE(sheet->rows.at(0).line, 1);
    QCOMPARE(sheet->rows.at(0).cells.at(0).toString(), u"客户名称"_s);
    const QVariantList& r2 = sheet->rows.at(1).cells;
    QCOMPARE(r2.at(0).toString(), u"上海精工"_s);
    QCOMPARE(r2.at(1).typeId(), QMetaType::Double); // a currency format is not a date
    QCOMPARE(r2.at(1).toDouble(), 1234.5);
    QCOMPARE(r2.at(2).typeId(), QMetaType::QDate);
    QCOMPARE(r2.at(2).toDate(), QDate(2026, 3, 1));
    QCOMPARE(r2.at(3).typeId(), QMetaType::Bool);
    QCOMPARE(r2.at(3).toBool(), true);
    const QVariantList& r3 = sheet->rows.at(2).cells;
    QCOMPARE(r3.at(0).toString(), u"北京重工"_s);
    QCOMPARE(r3.at(1).toDouble(), 42.0);
    QCOMPARE(r3.at(2).typeId(), QMetaType::QDateTime);
    QCOMPARE(r3.at(2).toDateTime(), QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    QCOMPARE(r3.at(3).toBool(), false);
}

void TestXlsxReader::readsANamedSheetAndSparseRows() {
    const QString path = writeWithLibxlsxwriter();
    const Stride::Result<XlsxReader::Sheet> sheet = XlsxReader::read(path, u"orders"_s); // case-insensitive
    VERIFY_OK(sheet);
    QCOMPARE(sheet->name, u"Orders"_s);
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->rows.at(0).cells.size(), 4);
    QVERIFY(!sheet->rows.at(0).cells.at(1).isValid());
    QCOMPARE(sheet->rows.at(0).cells.at(3).toString(), u"d"_s);
    QCOMPARE(sheet->rows.at(1).line, 4);
    QCOMPARE(sheet->rows.at(1).cells.size(), 2);
    QCOMPARE(sheet->rows.at(1).cells.at(1).toDouble(), 2.0);
    const Stride::Result<XlsxReader::Sheet> missing = XlsxReader::read(path, u"Visits"_s);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"no sheet 'Visits' (sheets: 客户, Orders)"_s), qPrintable(missing.error()));
}

void TestXlsxReader::readsAWorkbookWrittenByOpenpyxl() {
    if (!haveOpenpyxl())
        QSKIP("python3-openpyxl is not installed (scripts/install-deps)");
    const QString path = m_dir.filePath(u"openpyxl.xlsx"_s);
    const QString script = uR"(
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "名单"
ws.append(["客户名称", "满意度", "下单日期", "时间", "备注"])
ws.append(["杭州博中", 85, datetime.date(2024, 2, 29), datetime.datetime(2026, 1, 2, 13, 45, 30), None])
ws["A3"] = "宁波富辉"
ws["E3"] = True
ws["B4"] = 0.125
ws.cell(row=4, column=3, value=45000).number_format = "yyyy\"年\"m\"月\"d\"日\""
wb.create_sheet("Second")["A1"] = "x"
wb.save(sys.argv[1])
)"_s;
    QProcess p;
    p.start(kPython, {u"-c"_s, script, path});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const Stride::Result<XlsxReader::Sheet> sheet = XlsxReader::read(path);
    VERIFY_OK(sheet);
    QCOMPARE(sheet->name, u"名单"_s);
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(0).cells.size(), 5);
    const QVariantList& r2 = sheet->rows.at(1).cells;
    QCOMPARE(r2.size(), 4); // the empty last cell is not part of the row
    QCOMPARE(r2.at(0).toString(), u"杭州博中"_s);
    QCOMPARE(r2.at(1).toDouble(), 85.0);
    QCOMPARE(r2.at(2).toDate(), QDate(2024, 2, 29));
    QCOMPARE(r2.at(3).toDateTime(), QDateTime(QDate(2026, 1, 2), QTime(13, 45, 30), Qt::UTC));
    const QVariantList& r3 = sheet->rows.at(2).cells;
    QCOMPARE(r3.at(0).toString(), u"宁波富辉"_s);
    QVERIFY(!r3.at(1).isValid());
    QCOMPARE(r3.at(4).toBool(), true);
    const QVariantList& r4 = sheet->rows.at(3).cells;
    QVERIFY(!r4.at(0).isValid());
    QCOMPARE(r4.at(1).toDouble(), 0.125);
    QCOMPARE(r4.at(2).toDate(), QDate(2023, 3, 15)); // a custom Chinese date format
}

void TestXlsxReader::convertsSerialDays_data() {
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDateTime>("expected");
    const auto at = [](int y, int m, int d, int h = 0, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
    };
    QTest::newRow("serial 1 is 1900-01-01") << 1.0 << false << at(1900, 1, 1);
    QTest::newRow("serial 59 is 1900-02-28") << 59.0 << false << at(1900, 2, 28);
    QTest::newRow("serial 60 (Excel's 1900-02-29) reads as 1 March") << 60.0 << false << at(1900, 3, 1);
    QTest::newRow("serial 61 is 1900-03-01") << 61.0 << false << at(1900, 3, 1);
    QTest::newRow("serial 45000 is 2023-03-15") << 45000.0 << false << at(2023, 3, 15);
    QTest::newRow("a fraction is the time of day") << 46082.75 << false << at(2026, 3, 1, 18);
    QTest::newRow("1904 system: serial 0 is 1904-01-01") << 0.0 << true << at(1904, 1, 1);
    QTest::newRow("1904 system: 43538 is 2023-03-15") << 43538.0 << true << at(2023, 3, 15);
    QTest::newRow("out of range") << -1.0 << false << QDateTime();
}

void TestXlsxReader::convertsSerialDays() {
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDateTime, expected);
    QCOMPARE(XlsxReader::fromSerial(serial, date1904), expected);
}

void TestXlsxReader::convertsColumnLetters() {
    QCOMPARE(XlsxReader::columnIndex(u"A"), 0);
    QCOMPARE(XlsxReader::columnIndex(u"Z"), 25);
    QCOMPARE(XlsxReader::columnIndex(u"AA"), 26);
    QCOMPARE(XlsxReader::columnIndex(u"xfd"), 16383);
    QCOMPARE(XlsxReader::columnIndex(u"A1"), -1);
    QCOMPARE(XlsxReader::columnIndex(u""), -1);
}

void TestXlsxReader::namesTheProblemOfABadFile_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("a CSV file named .xlsx") << "name,address\n"_ba << u"not an .xlsx workbook (not a zip package)"_s;
    QTest::newRow("a zip without a workbook") << zipWithoutWorkbook() << u"has no part xl/workbook.xml"_s;
    QTest::newRow("a sheet part that is not there") << workbookWithSheetAt("worksheets/../sheets/s1.xml")
                                                    << u"sheet 'A': the package has no part xl/sheets/s1.xml"_s;
    // An empty segment before ".." made the reader loop for ever on resolving the path.
    QTest::newRow("an empty segment before ..")
        << workbookWithSheetAt("worksheets//../s1.xml") << u"the package has no part xl/s1.xml"_s;
    QTest::newRow(".. above the package's root")
        << workbookWithSheetAt("../../s1.xml") << u"the package has no part s1.xml"_s;
    QTest::newRow("./ segments") << workbookWithSheetAt("./worksheets/./s1.xml")
                                 << u"the package has no part xl/worksheets/s1.xml"_s;
}

void TestXlsxReader::namesTheProblemOfABadFile() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(u"bad.xlsx"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const Stride::Result<XlsxReader::Sheet> sheet = XlsxReader::read(path);
    QVERIFY(!sheet.ok());
    QVERIFY2(sheet.error().contains(message), qPrintable(sheet.error()));
    QVERIFY2(sheet.error().contains(path), qPrintable(sheet.error()));
    const Stride::Result<XlsxReader::Sheet> absent = XlsxReader::read(m_dir.filePath(u"none.xlsx"_s));
    QVERIFY(!absent.ok());
    QVERIFY2(absent.error().contains(u"no such file"_s), qPrintable(absent.error()));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
