#include "io/csvreader.h"
#include "verifyok.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Stride::CsvReader;

class TestCsvReader final : public QObject {
    Q_OBJECT
private slots:
    void parsesRecords_data();
    void parsesRecords();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void readsAFile();
    void decodesEncodings_data();
    void decodesEncodings();
    void refusesBytesNotInTheNamedEncoding_data();
    void refusesBytesNotInTheNamedEncoding();
    void namesEncodings();
    void readsAHeaderOnlyFile();
};

using Rows = QList<QStringList>;

void TestCsvReader::parsesRecords_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain fields, LF") << "a,b,c\n1,2,3\n"_ba << Rows{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                                      << QList<int>{1, 2};
    QTest::newRow("CRLF line ends") << "a,b\r\n1,2\r\n"_ba << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                    << QList<int>{1, 2};
    QTest::newRow("no line break at the end")
        << "a,b\n1,2"_ba << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("a trailing empty line")
        << "a,b\n1,2\n\n"_ba << Rows{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("blank lines between records are skipped")
        << "a\n\n\r\nb\n"_ba << Rows{{u"a"_s}, {u"b"_s}} << QList<int>{1, 4};
    QTest::newRow("header only") << "name,role\n"_ba << Rows{{u"name"_s, u"role"_s}} << QList<int>{1};
    QTest::newRow("empty file") << QByteArray() << Rows{} << QList<int>{};
    QTest::newRow("empty fields") << "a,,c\n,,\n"_ba << Rows{{u"a"_s, u""_s, u"c"_s}, {u""_s, u""_s, u""_s}}
                                  << QList<int>{1, 2};
    QTest::newRow("a comma at the end of the last line") << "a,"_ba << Rows{{u"a"_s, u""_s}} << QList<int>{1};
    QTest::newRow("quoted field with a comma")
        << "\"Li, Na\",rep\n"_ba << Rows{{u"Li, Na"_s, u"rep"_s}} << QList<int>{1};
    QTest::newRow("doubled quotes inside a quoted field")
        << "\"say \"\"hi\"\"\",x\n"_ba << Rows{{u"say \"hi\""_s, u"x"_s}} << QList<int>{1};
    QTest::newRow("embedded line break keeps the next record's line right")
        << "\"two\nlines\",x\nnext,y\n"_ba << Rows{{u"two\nlines"_s, u"x"_s}, {u"next"_s, u"y"_s}} << QList<int>{1, 3};
    QTest::newRow("embedded CRLF") << "\"a\r\nb\",c\r\n"_ba << Rows{{u"a\r\nb"_s, u"c"_s}} << QList<int>{1};
    QTest::newRow("a quoted empty field is a record") << "\"\"\n"_ba << Rows{{u""_s}} << QList<int>{1};
    QTest::newRow("UTF-8 with a byte-order mark")
        << "\xEF\xBB\xBFname,team\n\xE6\x9D\x8E\xE5\xA8\x9C,\xE5\x8D\x8E\xE4\xB8\x9C\n"_ba
        << Rows{{u"name"_s, u"team"_s}, {u"李娜"_s, u"华东"_s}} << QList<int>{1, 2};
    QTest::newRow("UTF-8 without a byte-order mark")
        << "\xE6\x9D\x8E\xE5\xA8\x9C,x\n"_ba << Rows{{u"李娜"_s, u"x"_s}} << QList<int>{1};
    QTest::newRow("spaces are kept") << " a , b \n"_ba << Rows{{u" a "_s, u" b "_s}} << QList<int>{1};
}

void TestCsvReader::parsesRecords() {
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);
    Stride::Result<QList<CsvReader::Record>> r = CsvReader::parse(bytes);
    VERIFY_OK(r);
    Rows got;
    QList<int> gotLines;
    for (const CsvReader::Record& rec : std::as_const(*r)) {
        got << rec.fields;
        gotLines << rec.line;
    }
    QCOMPARE(got, rows);
    QCOMPARE(gotLines, lines);
}

void TestCsvReader::refusesMalformedFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("an unclosed quote names the line it opens on")
        << "a\nb,\"open\nstill open\n"_ba << u"line 2: a quoted field is not closed"_s;
    QTest::newRow("text after a closing quote") << "a\n\"x\"y,z\n"_ba << u"line 2: 'y' after the closing quote"_s;
    QTest::newRow("a quote inside an unquoted field") << "ab\"c\n"_ba << u"line 1: a quote inside a field"_s;
    QTest::newRow("bytes that are neither UTF-8 nor GB18030")
        << "name\n\xFF\xFF\n"_ba << u"neither UTF-8 nor GB18030"_s;
}

void TestCsvReader::refusesMalformedFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Stride::Result<QList<CsvReader::Record>> r = CsvReader::parse(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(message), qPrintable(r.error()));
}

void TestCsvReader::readsAFile() {
    QTemporaryDir dir;
    QFile f(dir.filePath(u"people.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,role\r\nli.na,rep\r\n");
    f.close();
    Stride::Result<QList<CsvReader::Record>> r = CsvReader::readFile(f.fileName());
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(1).fields, (QStringList{u"li.na"_s, u"rep"_s}));
    Stride::Result<QList<CsvReader::Record>> missing = CsvReader::readFile(dir.filePath(u"none.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"none.csv"_s), qPrintable(missing.error()));
}

void TestCsvReader::decodesEncodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("detected"); // CsvReader::Encoding
    const int utf8 = int(CsvReader::Encoding::Utf8);
    const int gb = int(CsvReader::Encoding::Gb18030);
    // 李娜 in GBK (what Excel on a Chinese Windows saves as "CSV"), a GB18030 four-byte character (€ is A2E3 in
    // GBK; U+20AC), and the same text in UTF-8 with and without the byte-order mark.
    QTest::newRow("GBK, detected") << "name\n\xC0\xEE\xC4\xC8\n"_ba << u"auto"_s << u"name\n李娜\n"_s << gb;
    QTest::newRow("GBK, named") << "\xC0\xEE\xC4\xC8"_ba << u"gbk"_s << u"李娜"_s << gb;
    QTest::newRow("GB18030 four-byte sequence") << "\x81\x30\x81\x30"_ba << u"gb18030"_s << QString(QChar(0x80)) << gb;
    QTest::newRow("UTF-8 with a byte-order mark")
        << "\xEF\xBB\xBFname\n\xE6\x9D\x8E\xE5\xA8\x9C\n"_ba << u"auto"_s << u"name\n李娜\n"_s << utf8;
    QTest::newRow("UTF-8 without a byte-order mark") << "\xE6\x9D\x8E\xE5\xA8\x9C"_ba << u"auto"_s << u"李娜"_s << utf8;
    QTest::newRow("UTF-8 named, with a byte-order mark") << "\xEF\xBB\xBF"
                                                            "a,b"_ba
                                                         << u"utf-8"_s << u"a,b"_s << utf8;
    QTest::newRow("ASCII is UTF-8") << "a,b\r\n"_ba << u"auto"_s << u"a,b\r\n"_s << utf8;
}

void TestCsvReader::decodesEncodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(int, detected);
    const Stride::Result<CsvReader::Encoding> e = CsvReader::encodingFromName(encoding);
    VERIFY_OK(e);
    const Stride::Result<QString> decoded = CsvReader::decode(bytes, *e);
    VERIFY_OK(decoded);
    QCOMPARE(*decoded, text);
    QCOMPARE(int(CsvReader::detect(bytes)), detected);
}

void TestCsvReader::refusesBytesNotInTheNamedEncoding_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("message");
    QTest::newRow("GBK read as UTF-8") << "\xC0\xEE\xC4\xC8"_ba << u"utf-8"_s << u"not UTF-8"_s;
    QTest::newRow("a lone lead byte read as GB18030") << "ab\x81"_ba << u"gb18030"_s << u"not GB18030"_s;
}

void TestCsvReader::refusesBytesNotInTheNamedEncoding() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, message);
    const Stride::Result<QString> decoded = CsvReader::decode(bytes, *CsvReader::encodingFromName(encoding));
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().contains(message), qPrintable(decoded.error()));
}

void TestCsvReader::namesEncodings() {
    QCOMPARE(*CsvReader::encodingFromName(u"UTF8"_s), CsvReader::Encoding::Utf8);
    QCOMPARE(*CsvReader::encodingFromName(u"GB2312"_s), CsvReader::Encoding::Gb18030);
    QCOMPARE(*CsvReader::encodingFromName(u"Auto"_s), CsvReader::Encoding::Auto);
    const Stride::Result<CsvReader::Encoding> bad = CsvReader::encodingFromName(u"latin1"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.code(), Stride::ErrorCode::Usage);
    QVERIFY2(bad.error().contains(u"auto, utf-8 or gb18030"_s), qPrintable(bad.error()));
    QCOMPARE(CsvReader::encodingName(CsvReader::Encoding::Gb18030), u"gb18030"_s);
}

void TestCsvReader::readsAHeaderOnlyFile() {
    for (const QByteArray& bytes : {"name,address"_ba, "name,address\r\n"_ba, "\xEF\xBB\xBFname,address\n\n"_ba}) {
        const Stride::Result<QList<CsvReader::Record>> r = CsvReader::parse(bytes);
        VERIFY_OK(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->at(0).fields, (QStringList{u"name"_s, u"address"_s}));
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
