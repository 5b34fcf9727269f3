// How stride-server reads a request body before any endpoint looks at it (JsonBody::parse: the text check, one
// JSON object, a supported protocol), in process. The bodies that reach the stores through the real server are in
// tst_serverhostile; these rows are the ones the fuzzer (tests/fuzz/fuzz_pushbody.cpp) found or that sit next to
// them.
#include "jsonbody.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride::Server;

class TestJsonBody final : public QObject {
    Q_OBJECT
private slots:
    void refusesTextTheStoresCannotKeep_data();
    void refusesTextTheStoresCannotKeep();
    void acceptsEveryEscapeJsonAllows_data();
    void acceptsEveryEscapeJsonAllows();
};

namespace {

// A push whose one string (a customer's name) holds `text` as raw JSON between its quotes.
QByteArray pushNaming(const QByteArray& text) {
    return R"({"protocol":4,"device_id":"d","entries":[{"mutation_id":1,"entity":"customers","id":"c1",)"
           R"("op":"upsert","fields":{"name":")" +
           text + R"("}}]})";
}

} // namespace

void TestJsonBody::refusesTextTheStoresCannotKeep_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("raw NUL") << QByteArray("a \0 b", 5) << u"raw control character U+0000"_s;
    // Qt's parser takes an unknown escape as the character after the backslash: "\<NUL>" became U+0000, which
    // PostgreSQL cannot store (found by fuzz-pushbody).
    QTest::newRow("backslash before a raw NUL") << QByteArray("Demo \\\0n", 8) << u"raw control character U+0000"_s;
    QTest::newRow("backslash before a raw newline") << QByteArray("a\\\nb") << u"raw control character U+000a"_s;
    QTest::newRow("backslash before a raw 0x1F") << QByteArray("a\\\x1f") << u"raw control character U+001f"_s;
    QTest::newRow("unknown escape \\q") << QByteArray("a\\qb") << u"invalid escape \\q"_s;
    QTest::newRow("unknown escape \\x") << QByteArray("a\\x41") << u"invalid escape \\x"_s;
    QTest::newRow("escaped NUL") << QByteArray("a\\u0000") << u"must not contain U+0000"_s;
    QTest::newRow("lone high surrogate") << QByteArray("\\ud800x") << u"lone high surrogate \\ud800"_s;
    QTest::newRow("lone low surrogate") << QByteArray("\\udc00") << u"lone low surrogate \\udc00"_s;
}

void TestJsonBody::refusesTextTheStoresCannotKeep() {
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Outcome<QJsonObject> body = JsonBody::parse(pushNaming(text));
    QVERIFY(!body);
    QCOMPARE(body.error().status, 400);
    QCOMPARE(body.error().code, u"bad_request"_s);
    QVERIFY2(body.error().message.contains(message), qPrintable(body.error().message));
}

void TestJsonBody::acceptsEveryEscapeJsonAllows_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("quote and backslash") << QByteArray(R"(a\"b\\c)") << u"a\"b\\c"_s;
    QTest::newRow("slash") << QByteArray(R"(a\/b)") << u"a/b"_s;
    QTest::newRow("control escapes") << QByteArray(R"(\b\f\n\r\t)") << u"\b\f\n\r\t"_s;
    QTest::newRow("escaped control character") << QByteArray(R"(unit\u001f)") << u"unit\x1f"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"(\ud83d\ude00)") << u"\U0001F600"_s;
    QTest::newRow("UTF-8 written out") << QByteArray("华东") << u"华东"_s;
}

void TestJsonBody::acceptsEveryEscapeJsonAllows() {
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    const Outcome<QJsonObject> body = JsonBody::parse(pushNaming(text));
    QVERIFY2(body.ok(), qPrintable(body.error().message));
    const QJsonObject fields = (*body)[u"entries"_s].toArray().at(0).toObject()[u"fields"_s].toObject();
    QCOMPARE(fields[u"name"_s].toString(), name);
}

QTEST_GUILESS_MAIN(TestJsonBody)
#include "tst_jsonbody.moc"
