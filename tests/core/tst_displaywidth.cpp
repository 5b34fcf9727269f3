#include "io/displaywidth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Stride::DisplayWidth;

// Terminal columns of mixed Chinese and Latin text, for the aligned tables of stride-cli report.
class TestDisplayWidth final : public QObject {
    Q_OBJECT
private slots:
    void width_data();
    void width();
    void padded();
    void wrap_data();
    void wrap();
};

void TestDisplayWidth::width_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("columns");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ASCII") << u"Rep a"_s << 5;
    QTest::newRow("Chinese characters take two") << u"王芳"_s << 4;
    QTest::newRow("mixed") << u"华东销售1组"_s << 11;
    QTest::newRow("CJK punctuation is wide") << u"报价，演示。"_s << 12;
    QTest::newRow("fullwidth Latin") << u"ＡＢ"_s << 4;
    QTest::newRow("yen sign is narrow") << u"¥1,234"_s << 6;
    QTest::newRow("Hangul") << u"한국"_s << 4;
    QTest::newRow("Japanese kana") << u"カナ"_s << 4;
    QTest::newRow("combining accent takes none") << u"e\u0301"_s << 1;
    QTest::newRow("emoji outside the BMP") << u"😀"_s << 2;
    QTest::newRow("CJK extension B outside the BMP") << u"𠀀"_s << 2;
    QTest::newRow("zero-width space") << u"a\u200Bb"_s << 2;
}

void TestDisplayWidth::width() {
    QFETCH(QString, text);
    QFETCH(int, columns);
    QCOMPARE(DisplayWidth::of(text), columns);
}

void TestDisplayWidth::padded() {
    QCOMPARE(DisplayWidth::padded(u"王芳"_s, 6), u"王芳  "_s);
    QCOMPARE(DisplayWidth::padded(u"Rep a"_s, 6), u"Rep a "_s);
    QCOMPARE(DisplayWidth::padded(u"王芳王芳"_s, 6), u"王芳王芳"_s);
}

void TestDisplayWidth::wrap_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("fits") << u"short"_s << 10 << QStringList{u"short"_s};
    QTest::newRow("empty is one empty line") << QString() << 10 << QStringList{QString()};
    QTest::newRow("breaks at spaces, keeps the count with its name")
        << u"Customised quote (3); Needs memo (12)"_s << 20
        << QStringList{u"Customised quote"_s, u"(3); Needs memo (12)"_s};
    QTest::newRow("Chinese breaks between characters")
        << u"首次触达后发送报告"_s << 8 << QStringList{u"首次触达"_s, u"后发送报"_s, u"告"_s};
    QTest::newRow("a wide character never straddles the edge") << u"ab首次"_s << 5 << QStringList{u"ab首"_s, u"次"_s};
    QTest::newRow("a word wider than the line is the one thing cut")
        << u"abcdefghij xy"_s << 4 << QStringList{u"abcd"_s, u"efgh"_s, u"ij"_s, u"xy"_s};
    QTest::newRow("line breaks in the text") << u"one\ntwo"_s << 10 << QStringList{u"one"_s, u"two"_s};
    QTest::newRow("runs of spaces collapse at a break") << u"aaa   bbb"_s << 4 << QStringList{u"aaa"_s, u"bbb"_s};
}

void TestDisplayWidth::wrap() {
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QStringList, lines);
    const QStringList got = DisplayWidth::wrap(text, width);
    QCOMPARE(got, lines);
    for (const QString& line : got)
        QVERIFY2(DisplayWidth::of(line) <= width, qPrintable(line));
}

QTEST_GUILESS_MAIN(TestDisplayWidth)
#include "tst_displaywidth.moc"
