#include "io/xlsxbook.h"
#include "verifyok.h"
#include "xlsxdescription.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;
using Stride::XlsxBook;
using Stride::XlsxCell;
using Stride::XlsxColumn;
using Stride::Test::XlsxDescription;

Q_DECLARE_METATYPE(Stride::XlsxCell)

namespace {

// A column of valuesWriteWhatTheirVariantsWrite: its kind, and the value
// written into it as an XlsxValue of `type`.
struct ValueCase {
    const char* name;
    XlsxCell kind;
    Stride::XlsxValue::Type type;
    QByteArray text;   // Text
    double number = 0; // Integer (truncated), Real, Boolean
};

// Every kind of column with every type of value, broken and long text.
QList<ValueCase> valueCases() {
    const QByteArray cjk = QString(20000, QChar(0x5BA2)).toUtf8(); // 60,000 bytes, 20,000 characters: no cut
    using T = Stride::XlsxValue::Type;
    return {
        {"text", XlsxCell::Text, T::Text, "Acme Ltd", 0},
        {"Chinese", XlsxCell::Text, T::Text, "上海盛成教育科技集团有限公司", 0},
        {"emoji", XlsxCell::Text, T::Text, "客户 😀 x", 0},
        {"control", XlsxCell::Text, T::Text,
         "a\tb\x01"
         "c",
         0},
        {"invalid byte", XlsxCell::Text, T::Text, "a\xFF b", 0},
        {"overlong", XlsxCell::Text, T::Text, "\xC0\xAF x", 0},
        {"surrogate", XlsxCell::Text, T::Text, "\xED\xA0\x80 x", 0},
        {"cut sequence", XlsxCell::Text, T::Text, "ab\xE4\xB8", 0},
        {"NUL", XlsxCell::Text, T::Text, QByteArray("a\0b", 3), 0},
        {"too long", XlsxCell::Text, T::Text, QByteArray(40000, 'x'), 0},
        {"long Chinese", XlsxCell::Text, T::Text, cjk, 0},
        {"formula-like", XlsxCell::Text, T::Text, "=HYPERLINK(\"http://x\")", 0},
        {"empty", XlsxCell::Text, T::Text, "", 0},
        {"light", XlsxCell::Light, T::Text, "green", 0},
        {"integer as text", XlsxCell::Text, T::Integer, {}, 42},
        {"real as text", XlsxCell::Text, T::Real, {}, 2.5},
        {"flag as text", XlsxCell::Text, T::Boolean, {}, 0},
        {"integer", XlsxCell::Integer, T::Integer, {}, 123456},
        {"number", XlsxCell::Number, T::Real, {}, 3.14159},
        {"negative", XlsxCell::Number, T::Integer, {}, -5},
        {"amount", XlsxCell::Amount, T::Real, {}, 1234567.5},
        {"percent", XlsxCell::Percent, T::Real, {}, 85.5},
        {"number as text", XlsxCell::Number, T::Text, "12.5", 0},
        {"not a number", XlsxCell::Number, T::Text, "n/a", 0},
        {"not finite", XlsxCell::Number, T::Real, {}, std::numeric_limits<double>::infinity()},
        {"instant", XlsxCell::DateTime, T::Integer, {}, 1763600000},
        {"no instant", XlsxCell::DateTime, T::Integer, {}, 0},
        {"before 1900", XlsxCell::DateTime, T::Integer, {}, -2208988800.0},
        {"instant as real", XlsxCell::DateTime, T::Real, {}, 1763600000.5},
        {"instant as text", XlsxCell::DateTime, T::Text, "2026-11-20T10:00:00Z", 0},
        {"day", XlsxCell::Date, T::Integer, {}, 1763600000},
        {"flag", XlsxCell::Boolean, T::Boolean, {}, 1},
        {"null", XlsxCell::Number, T::Null, {}, 0},
    };
}

// The cases as one row: its columns, its values as QtSql would read them, and
// as addRow(const XlsxValue*, int) takes them (their text points into `cases`).
struct ValueRow {
    QList<XlsxColumn> columns;
    QVariantList variants;
    std::vector<Stride::XlsxValue> values;
};

ValueRow valueRow(const QList<ValueCase>& cases) {
    using Stride::XlsxValue;
    using T = XlsxValue::Type;
    ValueRow row;
    for (const ValueCase& c : cases) {
        row.columns << XlsxColumn{QString::fromLatin1(c.name), c.kind};
        XlsxValue v;
        v.type = c.type;
        switch (c.type) {
        case T::Null:
            row.variants << QVariant();
            break;
        case T::Integer:
            v.integer = qint64(c.number);
            row.variants << QVariant(v.integer);
            break;
        case T::Real:
            v.real = c.number;
            row.variants << QVariant(c.number);
            break;
        case T::Boolean:
            v.integer = c.number != 0 ? 1 : 0;
            row.variants << QVariant(c.number != 0);
            break;
        case T::Text:
            v.text = c.text.constData(); // QByteArray ends in a NUL
            v.size = int(c.text.size());
            row.variants << QVariant(QString::fromUtf8(c.text));
            break;
        }
        row.values.push_back(v);
    }
    return row;
}

// The cells of the sheet written from QVariants (`a`) and from XlsxValues (`b`)
// are the same, named by their column's header in a failure.
void compareCells(const QJsonObject& sheet, const QJsonObject& a, const QJsonObject& b) {
    QCOMPARE(b.keys(), a.keys());
    for (const QString& ref : a.keys()) {
        const QString header = XlsxDescription::cell(sheet, ref.left(ref.size() - 1) + u'2')[u"v"_s].toString();
        QVERIFY2(
            a.value(ref) == b.value(ref),
            qPrintable(u"%1 (%2): %3 vs %4"_s.arg(
                ref, header,
                QString::fromUtf8(QJsonDocument(a.value(ref).toObject()).toJson(QJsonDocument::Compact).left(200)),
                QString::fromUtf8(QJsonDocument(b.value(ref).toObject()).toJson(QJsonDocument::Compact).left(200)))));
    }
}

} // namespace

// The one libxlsxwriter wrapper, read back by an independent reader (openpyxl
// and the package's XML): typed cells and their formats, widths, the frozen
// header, tables and autofilters, sheets split past a row limit, text that
// looks like a formula, sheet names, and a file that appears whole or not at
// all.
class TestXlsxBook final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void typedCells_data();
    void typedCells();
    void dateTimesInTheGivenZone();
    void columnWidthsCountWideCharactersDouble();
    void headerIsBoldFrozenAndATable();
    void constantMemoryUsesAnAutofilter();
    void lightsAreColouredByConditionalFormats_data();
    void lightsAreColouredByConditionalFormats();
    void idsInHiddenColumns();
    void idsDoNotWidenAColumnAnotherTableShows();
    void printSetupAndProperties();
    void splitsPastTheRowLimit_data();
    void splitsPastTheRowLimit();
    void formulaLikeTextStaysText_data();
    void formulaLikeTextStaysText();
    void loneSurrogatesAreReplaced();
    void valuesWriteWhatTheirVariantsWrite();
    void sheetName_data();
    void sheetName();
    void duplicateHeadersStayDistinctInTables();
    void unwritablePathIsAnErrorAndLeavesNothing_data();
    void unwritablePathIsAnErrorAndLeavesNothing();
    void uncommittedBookLeavesNothing();
    void commitReplacesAnExistingFile();
    void committedFileHasTheUsualPermissions();

private:
    // Writes one sheet "Data" with scope line, one table with `columns` and
    // `rows`, and reads it back.
    QJsonObject roundTrip(const QList<XlsxColumn>& columns, const QList<QVariantList>& rows,
                          const XlsxBook::Options& options = {});
    void writeValueRow(int way, const ValueRow& row, QJsonObject& sheet);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestXlsxBook::initTestCase() {
    if (const QString why = XlsxDescription::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(u"the independent reader cannot run: "_s + why));
    QVERIFY(m_dir.isValid());
}

QJsonObject TestXlsxBook::roundTrip(const QList<XlsxColumn>& columns, const QList<QVariantList>& rows,
                                    const XlsxBook::Options& options) {
    const QString path = m_dir.filePath(u"book%1.xlsx"_s.arg(++m_files));
    auto book = XlsxBook::create(path, options);
    if (!book)
        qWarning() << book.error();
    [&] {
        VERIFY_OK(book);
        VERIFY_OK((*book)->beginSheet(u"Data"_s, u"Scope: everything"_s));
        VERIFY_OK((*book)->beginTable({}, columns));
        for (const QVariantList& r : rows)
            VERIFY_OK((*book)->addRow(r));
        VERIFY_OK((*book)->endTable());
        VERIFY_OK((*book)->commit());
    }();
    const auto description = XlsxDescription::read(path);
    if (!description) {
        qWarning() << description.error();
        return {};
    }
    return XlsxDescription::sheet(*description, u"Data"_s);
}

void TestXlsxBook::typedCells_data() {
    QTest::addColumn<XlsxCell>("kind");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); // as the reader reports it
    QTest::addColumn<QString>("type");      // openpyxl's data type
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << XlsxCell::Text << QVariant(u"华东销售1组"_s) << QVariant(u"华东销售1组"_s) << u"s"_s
                          << u"General"_s;
    QTest::newRow("a number in a text column stays text")
        << XlsxCell::Text << QVariant(42) << QVariant(u"42"_s) << u"s"_s << u"General"_s;
    QTest::newRow("integer") << XlsxCell::Integer << QVariant(qint64(1234567)) << QVariant(1234567) << u"n"_s
                             << u"#,##0"_s;
    QTest::newRow("number") << XlsxCell::Number << QVariant(3.25) << QVariant(3.25) << u"n"_s << u"#,##0.00"_s;
    QTest::newRow("amount in yuan") << XlsxCell::Amount << QVariant(250000.5) << QVariant(250000.5) << u"n"_s
                                    << u"\"¥\"#,##0.00"_s;
    QTest::newRow("percentage stored as a share")
        << XlsxCell::Percent << QVariant(85.0) << QVariant(0.85) << u"n"_s << u"0.0%"_s;
    QTest::newRow("date-time from ISO text") << XlsxCell::DateTime << QVariant(u"2026-11-20T09:30:00Z"_s)
                                             << QVariant(u"2026-11-20T09:30:00"_s) << u"d"_s << u"yyyy-mm-dd hh:mm"_s;
    QTest::newRow("date-time from epoch seconds")
        << XlsxCell::DateTime << QVariant(qint64(1795161600)) << QVariant(u"2026-11-20T08:00:00"_s) << u"d"_s
        << u"yyyy-mm-dd hh:mm"_s;
    QTest::newRow("date from an ISO day") << XlsxCell::Date << QVariant(u"2026-11-20"_s)
                                          << QVariant(u"2026-11-20T00:00:00"_s) << u"d"_s << u"yyyy-mm-dd"_s;
    QTest::newRow("boolean true") << XlsxCell::Boolean << QVariant(true) << QVariant(true) << u"b"_s << u"General"_s;
    QTest::newRow("boolean false") << XlsxCell::Boolean << QVariant(false) << QVariant(false) << u"b"_s << u"General"_s;
    QTest::newRow("text in a number column stays text")
        << XlsxCell::Amount << QVariant(u"n/a"_s) << QVariant(u"n/a"_s) << u"s"_s << u"General"_s;
    QTest::newRow("unparsable date stays text")
        << XlsxCell::DateTime << QVariant(u"soon"_s) << QVariant(u"soon"_s) << u"s"_s << u"General"_s;
    QTest::newRow("light is text") << XlsxCell::Light << QVariant(u"red"_s) << QVariant(u"red"_s) << u"s"_s
                                   << u"General"_s;
}

void TestXlsxBook::typedCells() {
    QFETCH(XlsxCell, kind);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    QFETCH(QString, type);
    QFETCH(QString, format);
    const QJsonObject sheet = roundTrip({{u"Value"_s, kind}, {u"Empty"_s, kind}}, {{value, QVariant()}});
    QVERIFY(!sheet.isEmpty());
    const QJsonObject cell = XlsxDescription::cell(sheet, u"A3"_s);
    QCOMPARE(cell[u"t"_s].toString(), type);
    QCOMPARE(cell[u"fmt"_s].toString(), format);
    QCOMPARE(cell[u"formula"_s].toBool(), false);
    if (expected.typeId() == QMetaType::Double || expected.typeId() == QMetaType::Int)
        QCOMPARE(cell[u"v"_s].toDouble(), expected.toDouble());
    else
        QCOMPARE(cell[u"v"_s].toVariant(), expected);
    QVERIFY2(XlsxDescription::cell(sheet, u"B3"_s).isEmpty(), "a null value leaves the cell blank");
}

void TestXlsxBook::dateTimesInTheGivenZone() {
    XlsxBook::Options options;
    options.timeZone = QTimeZone("Asia/Shanghai");
    const QJsonObject sheet =
        roundTrip({{u"At"_s, XlsxCell::DateTime}},
                  {{u"2026-11-20T23:30:00Z"_s}, {u"2026-11-20T23:30:00"_s}, {qint64(1795161600)}}, options);
    QCOMPARE(XlsxDescription::cell(sheet, u"A3"_s)[u"v"_s].toString(), u"2026-11-21T07:30:00"_s);
    // Text without an offset is wall-clock time already.
    QCOMPARE(XlsxDescription::cell(sheet, u"A4"_s)[u"v"_s].toString(), u"2026-11-20T23:30:00"_s);
    QCOMPARE(XlsxDescription::cell(sheet, u"A5"_s)[u"v"_s].toString(), u"2026-11-20T16:00:00"_s);
}

void TestXlsxBook::columnWidthsCountWideCharactersDouble() {
    const QString latin = u"Eastern sales team 1"_s;                       // 20 columns
    const QString chinese = u"华东销售一组华东销售一组华东销售一组华东"_s; // 20 characters, 40
                                                                           // columns
    const QJsonObject sheet =
        roundTrip({{u"A"_s, XlsxCell::Text}, {u"B"_s, XlsxCell::Text}, {u"C"_s, XlsxCell::Amount}},
                  {{latin, chinese, 1234567.0}, {u"x"_s, u"y"_s, 1.0}});
    QHash<int, double> width;
    for (const QJsonValue& c : sheet[u"cols"_s].toArray())
        for (int i = c[u"min"_s].toInt(); i <= c[u"max"_s].toInt(); ++i)
            width[i] = c[u"width"_s].toDouble();
    QVERIFY2(width.value(1) >= 20 && width.value(1) < 26, qPrintable(QString::number(width.value(1))));
    QVERIFY2(width.value(2) >= 40 && width.value(2) < 46, qPrintable(QString::number(width.value(2))));
    QVERIFY2(width.value(3) >= 13,
             "¥1,234,567.00 fits"); // "1,234,567.00" and the sign
}

void TestXlsxBook::headerIsBoldFrozenAndATable() {
    const QJsonObject sheet =
        roundTrip({{u"Name"_s, XlsxCell::Text}, {u"Amount"_s, XlsxCell::Amount}}, {{u"a"_s, 1.0}, {u"b"_s, 2.0}});
    QCOMPARE(XlsxDescription::cell(sheet, u"A1"_s)[u"v"_s].toString(), u"Scope: everything"_s);
    QCOMPARE(XlsxDescription::cell(sheet, u"A2"_s)[u"v"_s].toString(), u"Name"_s);
    QVERIFY(XlsxDescription::cell(sheet, u"A2"_s)[u"bold"_s].toBool());
    QVERIFY(XlsxDescription::cell(sheet, u"B2"_s)[u"bold"_s].toBool());
    QCOMPARE(sheet[u"freeze"_s].toString(), u"A3"_s);
    const QJsonArray tables = sheet[u"tables"_s].toArray();
    QCOMPARE(tables.size(), 1);
    QCOMPARE(tables[0][u"ref"_s].toString(), u"A2:B4"_s);
    QCOMPARE(tables[0][u"headers"_s].toArray(), (QJsonArray{u"Name"_s, u"Amount"_s}));
}

void TestXlsxBook::constantMemoryUsesAnAutofilter() {
    XlsxBook::Options options;
    options.constantMemory = true;
    const QJsonObject sheet =
        roundTrip({{u"Name"_s, XlsxCell::Text}, {u"Visits"_s, XlsxCell::Integer}}, {{u"a"_s, 1}, {u"b"_s, 2}}, options);
    QCOMPARE(sheet[u"tables"_s].toArray().size(), 0);
    QCOMPARE(sheet[u"autofilter"_s].toString(), u"A2:B4"_s);
    QCOMPARE(sheet[u"freeze"_s].toString(), u"A3"_s);
    QVERIFY(XlsxDescription::cell(sheet, u"A2"_s)[u"bold"_s].toBool());
    QCOMPARE(XlsxDescription::cell(sheet, u"B4"_s)[u"v"_s].toInt(), 2);
}

void TestXlsxBook::lightsAreColouredByConditionalFormats_data() {
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("in memory") << false;
    QTest::newRow("streamed") << true;
}

void TestXlsxBook::lightsAreColouredByConditionalFormats() {
    QFETCH(bool, constantMemory);
    XlsxBook::Options options;
    options.constantMemory = constantMemory;
    options.green = u"绿"_s;
    options.yellow = u"黄"_s;
    options.red = u"红"_s;
    const QJsonObject sheet = roundTrip({{u"Deal"_s, XlsxCell::Text}, {u"Light"_s, XlsxCell::Light}},
                                        {{u"a"_s, u"绿"_s}, {u"b"_s, u"红"_s}, {u"c"_s, u"黄"_s}}, options);
    QCOMPARE(XlsxDescription::cell(sheet, u"B4"_s)[u"v"_s].toString(), u"红"_s);
    QMap<QString, QString> fillOf; // formula → fill colour
    for (const QJsonValue& c : sheet[u"conditional"_s].toArray()) {
        QCOMPARE(c[u"range"_s].toString(), u"B3:B5"_s);
        QCOMPARE(c[u"operator"_s].toString(), u"equal"_s);
        fillOf[c[u"formula"_s][0].toString()] = c[u"fill"_s].toString();
    }
    QCOMPARE(fillOf.keys(), (QStringList{u"\"红\""_s, u"\"绿\""_s, u"\"黄\""_s}));
    QVERIFY(fillOf[u"\"绿\""_s].endsWith(u"C6EFCE"_s));
    QVERIFY(fillOf[u"\"黄\""_s].endsWith(u"FFEB9C"_s));
    QVERIFY(fillOf[u"\"红\""_s].endsWith(u"FFC7CE"_s));
}

void TestXlsxBook::idsInHiddenColumns() {
    const QJsonObject sheet = roundTrip({{u"Owner"_s, XlsxCell::Text}, {u"Owner id"_s, XlsxCell::Text, true}},
                                        {{u"Li Lei"_s, u"li@acme.cn"_s}});
    QCOMPARE(XlsxDescription::cell(sheet, u"B3"_s)[u"v"_s].toString(), u"li@acme.cn"_s);
    QHash<int, bool> hidden;
    for (const QJsonValue& c : sheet[u"cols"_s].toArray())
        for (int i = c[u"min"_s].toInt(); i <= c[u"max"_s].toInt(); ++i)
            hidden[i] = c[u"hidden"_s].toBool();
    QCOMPARE(hidden.value(1, true), false);
    QCOMPARE(hidden.value(2, false), true);
}

void TestXlsxBook::idsDoNotWidenAColumnAnotherTableShows() {
    const QString path = m_dir.filePath(u"stacked.xlsx"_s);
    auto book = XlsxBook::create(path, {});
    VERIFY_OK(book);
    VERIFY_OK((*book)->beginSheet(u"Data"_s, u"scope"_s));
    VERIFY_OK((*book)->beginTable(u"Counts"_s, {{u"Team"_s}, {u"N"_s, XlsxCell::Integer}}));
    VERIFY_OK((*book)->addRow({u"East"_s, 3}));
    VERIFY_OK((*book)->endTable());
    VERIFY_OK((*book)->beginTable(u"Reps"_s, {{u"Rep"_s}, {u"Rep id"_s, XlsxCell::Text, true}}));
    VERIFY_OK((*book)->addRow({u"Li Lei"_s, u"1a3a3323-1f5a-4e8a-adca-70b7711742d1"_s}));
    VERIFY_OK((*book)->endTable());
    VERIFY_OK((*book)->commit());
    const auto d = XlsxDescription::read(path);
    VERIFY_OK(d);
    for (const QJsonValue& c : XlsxDescription::sheet(*d, u"Data"_s)[u"cols"_s].toArray()) {
        if (c[u"min"_s].toInt() == 2) {
            QCOMPARE(c[u"hidden"_s].toBool(), false); // the first table shows it
            QVERIFY2(c[u"width"_s].toDouble() < 12, qPrintable(QString::number(c[u"width"_s].toDouble())));
        }
    }
}

void TestXlsxBook::printSetupAndProperties() {
    const QString path = m_dir.filePath(u"print.xlsx"_s);
    XlsxBook::Options options;
    options.title = u"Funnel"_s;
    options.subject = u"Stride report"_s;
    options.author = u"王经理"_s;
    options.company = u"Acme 华东"_s;
    options.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    auto book = XlsxBook::create(path, options);
    VERIFY_OK(book);
    VERIFY_OK((*book)->beginSheet(u"Funnel"_s, u"scope"_s));
    VERIFY_OK((*book)->beginTable(u"Summary"_s, {{u"Total"_s, XlsxCell::Integer}}));
    VERIFY_OK((*book)->addRow({3}));
    VERIFY_OK((*book)->endTable());
    VERIFY_OK((*book)->commit());
    const auto d = XlsxDescription::read(path);
    VERIFY_OK(d);
    const QJsonObject props = (*d)[u"properties"_s].toObject();
    QCOMPARE(props[u"title"_s].toString(), u"Funnel"_s);
    QCOMPARE(props[u"subject"_s].toString(), u"Stride report"_s);
    QCOMPARE(props[u"creator"_s].toString(), u"王经理"_s);
    QCOMPARE(props[u"company"_s].toString(), u"Acme 华东"_s);
    QCOMPARE(props[u"created"_s].toString(), u"2026-11-20T08:00:00"_s);
    const QJsonObject sheet = XlsxDescription::sheet(*d, u"Funnel"_s);
    QCOMPARE(XlsxDescription::cell(sheet, u"A2"_s)[u"v"_s].toString(),
             u"Summary"_s); // the caption
    QCOMPARE(sheet[u"freeze"_s].toString(), u"A4"_s);
    const QJsonObject print = sheet[u"print"_s].toObject();
    QCOMPARE(print[u"orientation"_s].toString(), u"landscape"_s);
    QVERIFY(print[u"fit_to_page"_s].toBool());
    QCOMPARE(print[u"fit_width"_s].toInt(), 1);
    QCOMPARE(print[u"fit_height"_s].toInt(), 0);
    QCOMPARE(print[u"title_rows"_s].toString(), u"$3:$3"_s);
    QCOMPARE(print[u"footer"_s].toString(), u"&P / &N"_s);
}

void TestXlsxBook::splitsPastTheRowLimit_data() {
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("streamed with autofilters") << true;
    QTest::newRow("in memory with tables") << false;
}

void TestXlsxBook::splitsPastTheRowLimit() {
    QFETCH(bool, constantMemory);
    const QString path = m_dir.filePath(u"split%1.xlsx"_s.arg(constantMemory));
    XlsxBook::Options options;
    options.constantMemory = constantMemory;
    options.maxRowsPerSheet = 10; // scope + header + 8 rows
    auto book = XlsxBook::create(path, options);
    VERIFY_OK(book);
    VERIFY_OK((*book)->beginSheet(u"Visits"_s, u"All visits"_s));
    VERIFY_OK((*book)->beginTable({}, {{u"Visit"_s, XlsxCell::Integer}, {u"Note"_s, XlsxCell::Text}}, true));
    for (int i = 1; i <= 20; ++i)
        VERIFY_OK((*book)->addRow({i, u"note %1"_s.arg(i)}));
    QCOMPARE((*book)->tableRows(), 20);
    const auto range = (*book)->endTable();
    VERIFY_OK(range);
    QCOMPARE(range->sheet, u"Visits (3)"_s);
    QCOMPARE(range->rows(), 4);
    VERIFY_OK((*book)->commit());

    const auto d = XlsxDescription::read(path);
    VERIFY_OK(d);
    QCOMPARE((*d)[u"sheet_names"_s].toArray(), (QJsonArray{u"Visits"_s, u"Visits (2)"_s, u"Visits (3)"_s}));
    int next = 1;
    for (const QString& name : {u"Visits"_s, u"Visits (2)"_s, u"Visits (3)"_s}) {
        const QJsonObject sheet = XlsxDescription::sheet(*d, name);
        QCOMPARE(XlsxDescription::cell(sheet, u"A1"_s)[u"v"_s].toString(), u"All visits"_s);
        QCOMPARE(XlsxDescription::cell(sheet, u"B2"_s)[u"v"_s].toString(), u"Note"_s);
        QCOMPARE(sheet[u"freeze"_s].toString(), u"A3"_s);
        const int rows = name.endsWith(u"(3)"_s) ? 4 : 8;
        QCOMPARE(sheet[u"max_row"_s].toInt(), 2 + rows);
        const QString ref = u"A2:B%1"_s.arg(2 + rows);
        if (constantMemory)
            QCOMPARE(sheet[u"autofilter"_s].toString(), ref);
        else
            QCOMPARE(sheet[u"tables"_s][0][u"ref"_s].toString(), ref);
        for (int r = 0; r < rows; ++r)
            QCOMPARE(XlsxDescription::cell(sheet, XlsxDescription::ref(2 + r, 0))[u"v"_s].toInt(), next++);
    }
    QCOMPARE(next, 21);
}

void TestXlsxBook::formulaLikeTextStaysText_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("hyperlink formula") << u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
    QTest::newRow("plus command") << u"+cmd|' /C calc'!A0"_s;
    QTest::newRow("minus arithmetic") << u"-1+2"_s;
    QTest::newRow("at function") << u"@SUM(A1:A2)"_s;
    QTest::newRow("equals sign only") << u"="_s;
}

void TestXlsxBook::formulaLikeTextStaysText() {
    QFETCH(QString, text);
    for (const bool constantMemory : {false, true}) {
        XlsxBook::Options options;
        options.constantMemory = constantMemory;
        const QJsonObject sheet = roundTrip({{text, XlsxCell::Text}}, {{text}}, options);
        for (const QString& ref : {u"A2"_s, u"A3"_s}) {
            const QJsonObject cell = XlsxDescription::cell(sheet, ref);
            QCOMPARE(cell[u"v"_s].toString(), text);
            QCOMPARE(cell[u"t"_s].toString(), u"s"_s);
            QCOMPARE(cell[u"formula"_s].toBool(), false);
            QVERIFY2(QStringList({u"s"_s, u"inlineStr"_s}).contains(cell[u"xml_t"_s].toString()),
                     qPrintable(cell[u"xml_t"_s].toString()));
        }
    }
}

void TestXlsxBook::loneSurrogatesAreReplaced() {
    QString broken = u"ab"_s;
    broken.insert(1, QChar(0xD800));
    const QJsonObject sheet = roundTrip({{u"Name"_s, XlsxCell::Text}}, {{broken}, {u"客户 😀"_s}});
    QCOMPARE(XlsxDescription::cell(sheet, u"A3"_s)[u"v"_s].toString(), u"a\uFFFDb"_s);
    QCOMPARE(XlsxDescription::cell(sheet, u"A4"_s)[u"v"_s].toString(), u"客户 😀"_s);
}

// Writes `row` twice into the sheet "Data" of a new book, through
// addRow(QVariantList) (way 0) or addRow(const XlsxValue*, int) (way 1), and
// reads the sheet back into `sheet`.
void TestXlsxBook::writeValueRow(int way, const ValueRow& row, QJsonObject& sheet) {
    XlsxBook::Options options;
    options.constantMemory = true;
    options.timeZone = QTimeZone("Asia/Shanghai");
    options.createdAt = 1763600000;
    const QString path = m_dir.filePath(u"values%1.xlsx"_s.arg(way));
    auto book = XlsxBook::create(path, options);
    VERIFY_OK(book);
    VERIFY_OK((*book)->beginSheet(u"Data"_s, u"Scope"_s));
    VERIFY_OK((*book)->beginTable({}, row.columns, false));
    for (int i = 0; i < 2; ++i) // twice: the second row meets widths already known
        VERIFY_OK(way == 0 ? (*book)->addRow(row.variants)
                           : (*book)->addRow(row.values.data(), int(row.values.size())));
    VERIFY_OK((*book)->endTable());
    VERIFY_OK((*book)->commit());
    const auto description = XlsxDescription::read(path);
    VERIFY_OK(description);
    sheet = XlsxDescription::sheet(*description, u"Data"_s);
}

// addRow(const XlsxValue*, int), which list exports feed with what SQLite
// holds, writes the same sheet as addRow() of the QVariants QtSql would have
// read: every kind of column with every type of value, broken and long text,
// widths included.
void TestXlsxBook::valuesWriteWhatTheirVariantsWrite() {
    const QList<ValueCase> cases = valueCases();
    const ValueRow row = valueRow(cases);
    QJsonObject sheets[2];
    for (int way = 0; way < 2; ++way) {
        writeValueRow(way, row, sheets[way]);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(!sheets[0].value(u"cells"_s).toObject().isEmpty());
    for (const QString& key : sheets[0].keys()) {
        if (key == u"cells"_s) {
            compareCells(sheets[0], sheets[0].value(key).toObject(), sheets[1].value(key).toObject());
            if (QTest::currentTestFailed())
                return;
        } else {
            QVERIFY2(sheets[0].value(key) == sheets[1].value(key), qPrintable(key));
        }
    }
}

void TestXlsxBook::sheetName_data() {
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Funnel"_s << QStringList() << u"Funnel"_s;
    QTest::newRow("forbidden characters") << u"East: A/B [north]?*\\"_s << QStringList() << u"East_ A_B _north____"_s;
    QTest::newRow("longer than 31 characters is cut")
        << u"Eastern region enterprise sales team one"_s << QStringList() << u"Eastern region enterprise sales"_s;
    QTest::newRow("Chinese name of 40 characters")
        << QString(40, QChar(0x534E)) << QStringList() << QString(31, QChar(0x534E));
    QTest::newRow("blank") << u"   "_s << QStringList() << u"Sheet"_s;
    QTest::newRow("apostrophes at the ends") << u"'Team'"_s << QStringList() << u"Team"_s;
    QTest::newRow("taken, case-insensitively") << u"funnel"_s << QStringList{u"Funnel"_s} << u"funnel (2)"_s;
    QTest::newRow("second copy") << u"Funnel"_s << QStringList{u"Funnel"_s, u"Funnel (2)"_s} << u"Funnel (3)"_s;
    QTest::newRow("suffix fits within 31")
        << u"Eastern region enterprise sales"_s << QStringList{u"Eastern region enterprise sales"_s}
        << u"Eastern region enterprise s (2)"_s;
    QTest::newRow("reserved name History") << u"History"_s << QStringList() << u"History (2)"_s;
    QTest::newRow("emoji not cut in half")
        << QString(30, u'x') + u"😀😀"_s << QStringList() << QString(30, u'x') + u"😀"_s;
}

void TestXlsxBook::sheetName() {
    QFETCH(QString, wanted);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(XlsxBook::sheetName(wanted, taken), expected);
}

void TestXlsxBook::duplicateHeadersStayDistinctInTables() {
    const QString path = m_dir.filePath(u"names.xlsx"_s);
    auto book = XlsxBook::create(path, {});
    VERIFY_OK(book);
    // Sheet names from team names users type: forbidden characters, duplicates.
    VERIFY_OK((*book)->beginSheet(u"Team: East/1"_s, u"scope"_s));
    VERIFY_OK((*book)->beginTable({}, {{u"Name"_s}, {u"name"_s}, {QString()}}));
    VERIFY_OK((*book)->addRow({u"a"_s, u"b"_s, u"c"_s}));
    VERIFY_OK((*book)->endTable());
    const auto second = (*book)->beginSheet(u"team: east/1"_s, u"scope"_s);
    VERIFY_OK(second);
    QCOMPARE(*second, u"team_ east_1 (2)"_s);
    VERIFY_OK((*book)->commit());
    const auto d = XlsxDescription::read(path);
    VERIFY_OK(d);
    QCOMPARE((*d)[u"sheet_names"_s].toArray(), (QJsonArray{u"Team_ East_1"_s, u"team_ east_1 (2)"_s}));
    const QJsonObject sheet = XlsxDescription::sheet(*d, u"Team_ East_1"_s);
    QCOMPARE(sheet[u"tables"_s][0][u"headers"_s].toArray(), (QJsonArray{u"Name"_s, u"name (2)"_s, u"Column 3"_s}));
}

void TestXlsxBook::unwritablePathIsAnErrorAndLeavesNothing_data() {
    QTest::addColumn<QString>("folder");
    QTest::newRow("missing folder") << u"missing/deeper"_s;
    QTest::newRow("read-only folder") << u"readonly"_s;
}

void TestXlsxBook::unwritablePathIsAnErrorAndLeavesNothing() {
    QFETCH(QString, folder);
    QTemporaryDir dir;
    if (folder == u"readonly"_s) {
        QVERIFY(QDir(dir.path()).mkdir(folder));
        QFile::setPermissions(dir.filePath(folder), QFile::ReadOwner | QFile::ExeOwner);
        if (QFileInfo(dir.filePath(folder)).isWritable())
            QSKIP("running as root: a read-only folder is still writable");
    }
    const QString path = dir.filePath(folder + u"/out.xlsx"_s);
    auto book = XlsxBook::create(path, {});
    QVERIFY(!book);
    QVERIFY2(book.error().startsWith(u"cannot write %1: "_s.arg(path)), qPrintable(book.error()));
    QCOMPARE(book.code(), Stride::ErrorCode::Io);
    QVERIFY(!QFileInfo::exists(path));
    if (folder == u"readonly"_s) {
        QCOMPARE(QDir(dir.filePath(folder)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
        QFile::setPermissions(dir.filePath(folder), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

void TestXlsxBook::uncommittedBookLeavesNothing() {
    QTemporaryDir dir;
    for (const bool constantMemory : {false, true}) {
        XlsxBook::Options options;
        options.constantMemory = constantMemory;
        {
            auto book = XlsxBook::create(dir.filePath(u"out.xlsx"_s), options);
            VERIFY_OK(book);
            VERIFY_OK((*book)->beginSheet(u"Data"_s, u"scope"_s));
            VERIFY_OK((*book)->beginTable({}, {{u"A"_s, XlsxCell::Integer}}));
            for (int i = 0; i < 1000; ++i)
                VERIFY_OK((*book)->addRow({i}));
            QVERIFY(!QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // the temporary file
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
}

void TestXlsxBook::commitReplacesAnExistingFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export");
    old.close();
    auto book = XlsxBook::create(path, {});
    VERIFY_OK(book);
    VERIFY_OK((*book)->beginSheet(u"Data"_s, u"new"_s));
    QCOMPARE(QFileInfo(path).size(), qint64(15)); // untouched until commit
    VERIFY_OK((*book)->commit());
    const auto d = XlsxDescription::read(path);
    VERIFY_OK(d);
    QCOMPARE(XlsxDescription::cell(XlsxDescription::sheet(*d, u"Data"_s), u"A1"_s)[u"v"_s].toString(), u"new"_s);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"book.xlsx"_s});
}

void TestXlsxBook::committedFileHasTheUsualPermissions() {
    // Like any new file of the user (their umask), not private to the owner as
    // temporary files are.
    QTemporaryDir dir;
    QFile plain(dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString path = dir.filePath(u"book.xlsx"_s);
    auto book = XlsxBook::create(path, {});
    VERIFY_OK(book);
    VERIFY_OK((*book)->beginSheet(u"Data"_s, {}));
    VERIFY_OK((*book)->commit());
    QCOMPARE(QFileInfo(path).permissions(), QFileInfo(plain.fileName()).permissions());
}

QTEST_GUILESS_MAIN(TestXlsxBook)
#include "tst_xlsxbook.moc"
