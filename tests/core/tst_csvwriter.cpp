#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "verifyok.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stride::CsvReader;
using Stride::CsvWriter;

// The CSV writer of core/io shared by stride-cli report and the exports: RFC 4180, a byte-order mark by default,
// formula-like text neutralised and numbers written as numbers.
class TestCsvWriter final : public QObject {
    Q_OBJECT
private slots:
    void field_data();
    void field();
    void byteOrderMarkByDefault();
    void withoutByteOrderMark();
    void readsBackWithTheReader();
    void emptyLoneCellsReadBackAsRows();
    void writesAFile();
};

void TestCsvWriter::field_data() {
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text") << QVariant(u"Rep a"_s) << u"Rep a"_s;
    QTest::newRow("Chinese text") << QVariant(u"华东销售1组"_s) << u"华东销售1组"_s;
    QTest::newRow("comma is quoted") << QVariant(u"a,b"_s) << u"\"a,b\""_s;
    QTest::newRow("quote is doubled") << QVariant(u"say \"hi\""_s) << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line break is quoted") << QVariant(u"one\ntwo"_s) << u"\"one\ntwo\""_s;
    QTest::newRow("formula =") << QVariant(u"=SUM(A1:A9)"_s) << u"'=SUM(A1:A9)"_s;
    QTest::newRow("formula +") << QVariant(u"+86 21"_s) << u"'+86 21"_s;
    QTest::newRow("formula -") << QVariant(u"-2+3"_s) << u"'-2+3"_s;
    QTest::newRow("formula @") << QVariant(u"@cmd"_s) << u"'@cmd"_s;
    QTest::newRow("leading tab") << QVariant(u"\t=1"_s) << u"'\t=1"_s;
    QTest::newRow("leading carriage return") << QVariant(u"\r=1"_s) << u"\"'\r=1\""_s;
    QTest::newRow("formula with comma: neutralised, then quoted")
        << QVariant(u"=HYPERLINK(\"x\",\"y\")"_s) << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    QTest::newRow("= inside text is harmless") << QVariant(u"a=b"_s) << u"a=b"_s;
    QTest::newRow("negative integer stays a number") << QVariant(qint64(-322)) << u"-322"_s;
    QTest::newRow("negative int") << QVariant(-5) << u"-5"_s;
    QTest::newRow("negative double stays a number") << QVariant(-12.5) << u"-12.5"_s;
    QTest::newRow("double, at most 4 decimals") << QVariant(100.0 / 3) << u"33.3333"_s;
    QTest::newRow("whole double") << QVariant(120000.0) << u"120000"_s;
    QTest::newRow("null is empty") << QVariant() << QString();
    QTest::newRow("bool") << QVariant(true) << u"true"_s;
}

void TestCsvWriter::field() {
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter().field(value), expected);
}

void TestCsvWriter::byteOrderMarkByDefault() {
    const QByteArray bytes = CsvWriter().table({u"name"_s, u"days_left"_s}, {{u"客户"_s, qint64(-322)}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                               "name,days_left\r\n") +
                        u"客户"_s.toUtf8() + QByteArray(",-322\r\n"));
}

void TestCsvWriter::withoutByteOrderMark() {
    CsvWriter::Options options;
    options.byteOrderMark = false;
    const QByteArray bytes = CsvWriter(options).table({u"a"_s, u"b"_s}, {{1}, {u"x"_s, 2}});
    QCOMPARE(bytes, QByteArray("a,b\r\n1,\r\nx,2\r\n")); // a short row is padded with empty cells
}

void TestCsvWriter::readsBackWithTheReader() {
    const QList<QVariantList> rows{{u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, qint64(-3)}};
    const auto records = CsvReader::parse(CsvWriter().table({u"w"_s, u"x"_s, u"y"_s, u"z"_s}, rows));
    VERIFY_OK(records);
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(1).fields, (QStringList{u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"-3"_s}));
}

// A line with one empty cell must not be written as a blank line, which the reader skips: a one-column table
// lost its rows with an empty or null cell (found by fuzz-csv).
void TestCsvWriter::emptyLoneCellsReadBackAsRows() {
    const QByteArray bytes = CsvWriter().table({u"note"_s}, {{u"first"_s}, {QVariant()}, {u""_s}, {u"last"_s}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBFnote\r\nfirst\r\n\"\"\r\n\"\"\r\nlast\r\n"));
    const auto records = CsvReader::parse(bytes);
    VERIFY_OK(records);
    QCOMPARE(records->size(), 5);
    QCOMPARE(records->at(2).fields, QStringList{QString()});
    QCOMPARE(records->at(3).fields, QStringList{QString()});
    QCOMPARE(records->at(4).fields, QStringList{u"last"_s});
    QCOMPARE(CsvWriter::line({QString()}), u"\"\""_s);
    QCOMPARE(CsvWriter::line({QString(), QString()}), u","_s); // two empty cells already make a line
}

void TestCsvWriter::writesAFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    QVERIFY(CsvWriter().writeFile(path, {u"a"_s}, {{u"=1"_s}}).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                        "a\r\n'=1\r\n"));
    QVERIFY(!CsvWriter().writeFile(dir.filePath(u"missing/out.csv"_s), {u"a"_s}, {}).ok());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
