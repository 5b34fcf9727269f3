// The wire types shared by client and server: strict decoding names the problem; encoding round-trips.
#include "protocol/protocol.h"
#include "protocol/pullpagereader.h"
#include "pullpagewriter.h"
#include "storage/schema.h"
#include "sync/syncendpoint.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestProtocol final : public QObject {
    Q_OBJECT

private slots:
    void pushRequestRoundTrips();
    void badPushRequestsAreRefused_data();
    void badPushRequestsAreRefused();
    void pullResponseRoundTrips_data();
    void pullResponseRoundTrips();
    void pagesLeaveOutWhatTheClientsProtocolDoesNotKnow_data();
    void pagesLeaveOutWhatTheClientsProtocolDoesNotKnow();
    void garbledPullResponsesAreRefused_data();
    void garbledPullResponsesAreRefused();
    void pageReaderRefusesWhatJsonRefuses_data();
    void pageReaderRefusesWhatJsonRefuses();
    void pageReaderRefusesEveryTruncatedPage();
    void pageReaderDecodesTextLikeQJson_data();
    void pageReaderDecodesTextLikeQJson();
    void pageReaderReadsNumbers_data();
    void pageReaderReadsNumbers();
    void endpointChecksItsOptions_data();
    void endpointChecksItsOptions();
};

void TestProtocol::pushRequestRoundTrips() {
    Protocol::PushRequest r;
    r.deviceId = u"dev"_s;
    r.entries << Protocol::PushEntry{
        3,
        u"customers"_s,
        u"c1"_s,
        false,
        {{u"name"_s, u"Ä 客户"_s}, {u"satisfaction"_s, 71.5}, {u"created_at"_s, qint64(1)}},
        {{u"name"_s, QVariant()}},
        7};
    r.entries << Protocol::PushEntry{4, u"contacts"_s, u"k1"_s, true, {}, {}, 2};
    Result<Protocol::PushRequest> back = Protocol::pushRequestFromJson(Protocol::toJson(r));
    VERIFY_OK(back);
    QCOMPARE(back->entries.size(), 2);
    QCOMPARE(back->entries[0].fields.value(u"name"_s).toString(), u"Ä 客户"_s);
    QCOMPARE(back->entries[0].fields.value(u"satisfaction"_s).toDouble(), 71.5);
    QCOMPARE(back->entries[0].fields.value(u"created_at"_s).toLongLong(), 1);
    QVERIFY(back->entries[0].base.value(u"name"_s).isNull());
    QCOMPARE(back->entries[0].baseVersion, 7);
    QVERIFY(back->entries[1].remove);
}

void TestProtocol::badPushRequestsAreRefused_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no device") << QByteArray(R"({"entries":[]})") << u"missing 'device_id'"_s;
    QTest::newRow("entries not an array")
        << QByteArray(R"({"device_id":"d","entries":{}})") << u"'entries' must be an array"_s;
    QTest::newRow("fraction as integer")
        << QByteArray(
               R"({"device_id":"d","entries":[{"mutation_id":1,"entity":"customers","id":"c","op":"upsert","fields":{"created_at":1.5}}]})")
        << u"customers.created_at must be an integer"_s;
    QTest::newRow("zero mutation id")
        << QByteArray(R"({"device_id":"d","entries":[{"mutation_id":0,"entity":"customers","id":"c","op":"upsert"}]})")
        << u"'mutation_id' must be positive"_s;
    QTest::newRow("empty id")
        << QByteArray(R"({"device_id":"d","entries":[{"mutation_id":1,"entity":"customers","id":"","op":"upsert"}]})")
        << u"'id' must be 1 to 64 characters"_s;
    QTest::newRow("base of unknown field")
        << QByteArray(
               R"({"device_id":"d","entries":[{"mutation_id":1,"entity":"customers","id":"c","op":"upsert","base":{"secret":1}}]})")
        << u"customers has no field 'secret'"_s;
}

void TestProtocol::badPushRequestsAreRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Result<QJsonObject> o = Protocol::parseObject(json);
    QVERIFY(o.ok());
    Result<Protocol::PushRequest> r = Protocol::pushRequestFromJson(*o);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
}

void TestProtocol::pullResponseRoundTrips_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("fromBytes");
    // PullPageReader reads the writer's member order; through a QJsonObject the members come back sorted by name
    // ("rows" before "columns" is not, "runs" before "cursor" is).
    QTest::newRow("protocol 2: runs of row arrays, from the bytes") << 2 << true;
    QTest::newRow("protocol 2: runs of row arrays, from a QJsonObject") << 2 << false;
    QTest::newRow("protocol 1: one object per change, from the bytes") << 1 << true;
    QTest::newRow("protocol 1: one object per change, from a QJsonObject") << 1 << false;
}

void TestProtocol::pullResponseRoundTrips() {
    QFETCH(int, version);
    QFETCH(bool, fromBytes);
    const Server::PullPageWriter w(version);
    const EntityDef& visits = *Schema::entity(u"visits"_s);
    const EntityDef& customers = *Schema::entity(u"customers"_s);
    auto values = [&](const EntityDef& def, const QVariantMap& m) {
        return [&def, m](int i) { return m.value(def.fields.at(i).name); };
    };
    auto indexOf = [](const QString& name) {
        for (int i = 0; i < Schema::entities().size(); ++i) {
            if (Schema::entities().at(i).name == name)
                return i;
        }
        return -1;
    };
    const int visitsIndex = indexOf(u"visits"_s);
    const int customersIndex = indexOf(u"customers"_s);
    std::vector<Server::PullPageWriter::Item> items{
        {40, visitsIndex, false,
         w.upsert(visits, u"v1"_s, 40, 1700000000, false,
                  values(visits, {{u"channel"_s, u"phone"_s},
                                  {u"duration_min"_s, qint64(15)},
                                  {u"summary"_s, u"say \"hi\"\\\n\t客户"_s}}))},
        {41, visitsIndex, false, w.upsert(visits, u"v2"_s, 41, 1700000001, true, values(visits, {}))},
        {42, customersIndex, true, w.removal(customers, u"c9"_s)},
        {42, customersIndex, false,
         w.upsert(customers, u"c8"_s, 42, 5, false, values(customers, {{u"satisfaction"_s, 80.5}}))},
    };
    const Protocol::ConflictNotice notice{u"customers"_s, u"c8"_s, u"tier"_s, u"A"_s, u"B"_s};
    const QByteArray bytes = w.page(42, true, false, items, {notice});
    Result<QJsonObject> o = Protocol::parseObject(bytes);
    VERIFY_OK(o);
    QCOMPARE(o->value(u"protocol"_s).toInt(), version);
    Result<Protocol::PullResponse> back =
        fromBytes ? Protocol::PullPageReader::read(bytes) : Protocol::pullResponseFromJson(*o);
    VERIFY_OK(back);
    QCOMPARE(back->cursor, 42);
    QVERIFY(back->hasMore);
    QCOMPARE(back->changeCount(), 4);
    // Order is the server's: consecutive changes of one entity and kind share a run.
    QCOMPARE(back->runs.size(), 3);
    QCOMPARE(back->runs[0].entity, u"visits"_s);
    QCOMPARE(back->runs[0].rowCount(), 2);
    QVERIFY(back->runs[1].removal);
    QCOMPARE(back->text(back->runs[1].value(0, 0)), u"c9"_s);
    const Protocol::PullRun& first = back->runs[0];
    auto value = [&](const Protocol::PullRun& run, qsizetype row, const QString& column) {
        return back->variant(run.value(row, run.columns.indexOf(column)));
    };
    QCOMPARE(value(first, 0, u"id"_s).toString(), u"v1"_s);
    QCOMPARE(first.value(0, first.columns.indexOf(u"duration_min"_s)).type, Protocol::PullValue::Type::Integer);
    QCOMPARE(value(first, 0, u"duration_min"_s).toLongLong(), 15);
    QCOMPARE(value(first, 0, u"summary"_s).toString(), u"say \"hi\"\\\n\t客户"_s);
    QCOMPARE(first.value(0, first.columns.indexOf(u"outcome"_s)).type, Protocol::PullValue::Type::Null);
    QVERIFY(value(first, 1, u"deleted"_s).toBool());
    QCOMPARE(value(back->runs[2], 0, u"satisfaction"_s).toDouble(), 80.5);
    if (version >= 2) {
        QCOMPARE(back->conflicts.size(), 1);
        QCOMPARE(back->conflicts[0].lostValue.toString(), u"A"_s);
        QCOMPARE(back->conflicts[0].wonValue.toString(), u"B"_s);
    } else {
        QVERIFY(back->conflicts.isEmpty()); // protocol 1 clients do not know notices
    }
}

void TestProtocol::pagesLeaveOutWhatTheClientsProtocolDoesNotKnow_data() {
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("fromBytes");
    QTest::newRow("protocol 3 sees rules.name_zh") << 3 << true;
    QTest::newRow("protocol 2 does not, from the bytes") << 2 << true;
    QTest::newRow("protocol 2 does not, from a QJsonObject") << 2 << false;
    QTest::newRow("protocol 1 does not") << 1 << false;
}

// Protocol 3 added rules.name_zh and the org_policy entity: an older client is never sent them.
void TestProtocol::pagesLeaveOutWhatTheClientsProtocolDoesNotKnow() {
    QFETCH(int, version);
    QFETCH(bool, fromBytes);
    QCOMPARE(Protocol::kVersion, 4);
    QVERIFY(Protocol::isSupported(2));
    const EntityDef& rules = *Schema::entity(u"rules"_s);
    QCOMPARE(rules.field(u"name_zh"_s)->sinceProtocol, 3);
    QCOMPARE(Schema::entity(u"org_policy"_s)->sinceProtocol, 3);
    QCOMPARE(rules.forProtocol(2).fieldNames(),
             (QStringList{u"name"_s, u"condition_json"_s, u"action_json"_s, u"active"_s}));
    int rulesIndex = 0;
    while (Schema::entities().at(rulesIndex).name != u"rules"_s)
        ++rulesIndex;
    const QVariantMap row{{u"name"_s, u"Dual-track follow-up"_s},
                          {u"name_zh"_s, u"双线跟进"_s},
                          {u"condition_json"_s, u"{}"_s},
                          {u"action_json"_s, u"{}"_s},
                          {u"active"_s, qint64(1)}};
    const Server::PullPageWriter w(version);
    std::vector<Server::PullPageWriter::Item> items{
        {7, rulesIndex, false, w.upsert(rules, u"rule-dual-track"_s, 7, 1700000000, false, [&](int i) {
             return row.value(rules.fields.at(i).name);
         })}};
    const QByteArray bytes = w.page(7, false, false, items, {});
    QCOMPARE(bytes.contains("name_zh"), version >= 3);
    QCOMPARE(bytes.contains("双线跟进"), version >= 3);
    Result<QJsonObject> o = Protocol::parseObject(bytes);
    VERIFY_OK(o);
    Result<Protocol::PullResponse> back =
        fromBytes ? Protocol::PullPageReader::read(bytes) : Protocol::pullResponseFromJson(*o);
    VERIFY_OK(back);
    QCOMPARE(back->runs.size(), 1);
    const Protocol::PullRun& run = back->runs.first();
    QCOMPARE(run.columns.contains(u"name_zh"_s), version >= 3);
    QCOMPARE(back->variant(run.value(0, run.columns.indexOf(u"name"_s))).toString(), u"Dual-track follow-up"_s);
    QCOMPARE(back->variant(run.value(0, run.columns.indexOf(u"active"_s))).toLongLong(), 1);
}

void TestProtocol::garbledPullResponsesAreRefused_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("truncated") << QByteArray(R"({"cursor":3,"changes":[{"op":"upsert")") << u"malformed JSON"_s;
    QTest::newRow("cursor as text") << QByteArray(R"({"cursor":"3","changes":[]})") << u"'cursor' must be a number"_s;
    QTest::newRow("no changes") << QByteArray(R"({"cursor":3})") << u"'changes' must be an array"_s;
    QTest::newRow("unknown entity")
        << QByteArray(R"({"cursor":3,"changes":[{"op":"upsert","entity":"x","id":"1","version":1}]})")
        << u"unknown entity 'x'"_s;
    QTest::newRow("wrong field type")
        << QByteArray(
               R"({"cursor":3,"changes":[{"op":"upsert","entity":"customers","id":"1","version":1,"fields":{"name":[1]}}]})")
        << u"customers.name must be a string"_s;
    QTest::newRow("unknown op")
        << QByteArray(R"({"cursor":3,"changes":[{"op":"merge","entity":"customers","id":"1","version":1}]})")
        << u"unknown change op 'merge'"_s;
    QTest::newRow("runs: row of the wrong length")
        << QByteArray(
               R"({"cursor":3,"runs":[{"entity":"customers","op":"upsert","columns":["id","version","name"],"rows":[["1",2]]}]})")
        << u"a customers row has 2 values for 3 columns"_s;
    QTest::newRow("runs: unknown column")
        << QByteArray(
               R"({"cursor":3,"runs":[{"entity":"customers","op":"upsert","columns":["id","secret"],"rows":[]}]})")
        << u"customers has no field 'secret'"_s;
    QTest::newRow("runs: wrong value type")
        << QByteArray(
               R"({"cursor":3,"runs":[{"entity":"visits","op":"upsert","columns":["id","duration_min"],"rows":[["v","long"]]}]})")
        << u"visits.duration_min must be an integer"_s;
    QTest::newRow("runs: first column not id")
        << QByteArray(R"({"cursor":3,"runs":[{"entity":"visits","op":"upsert","columns":["version","id"],"rows":[]}]})")
        << u"the first column of a run must be 'id'"_s;
    QTest::newRow("runs: removal without an id")
        << QByteArray(R"({"cursor":3,"runs":[{"entity":"visits","op":"remove","rows":[7]}]})")
        << u"a removal must name a row id"_s;
    QTest::newRow("conflict notice of an unknown field")
        << QByteArray(
               R"({"cursor":3,"runs":[],"conflicts":[{"entity":"customers","id":"c","field":"x","lost_value":1}]})")
        << u"customers has no field 'x'"_s;
}

void TestProtocol::garbledPullResponsesAreRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Result<QJsonObject> o = Protocol::parseObject(json);
    Result<Protocol::PullResponse> r =
        o ? Protocol::pullResponseFromJson(*o) : Result<Protocol::PullResponse>(fail(o.error()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    // The client's own reader of page bytes says the same.
    bool malformed = false;
    Result<Protocol::PullResponse> direct = Protocol::PullPageReader::read(json, &malformed);
    QVERIFY(!direct.ok());
    QVERIFY2(direct.error().contains(error), qPrintable(direct.error()));
    QCOMPARE(malformed, !o.ok());
}

void TestProtocol::pageReaderRefusesWhatJsonRefuses_data() {
    QTest::addColumn<QByteArray>("json");

    const QByteArray ok = R"("cursor":1,"runs":[{"entity":"visits","op":"remove","rows":["v1"]}])";
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("only spaces") << QByteArray("  \n ");
    QTest::newRow("an array, not an object") << "[{" + ok + "}]";
    QTest::newRow("garbage after the object") << "{" + ok + "} x";
    QTest::newRow("two objects") << "{" + ok + "}{}";
    QTest::newRow("trailing comma in an object") << "{" + ok + ",}";
    QTest::newRow("trailing comma in an array") << QByteArray(R"({"cursor":1,"runs":[],"x":[1,]})");
    QTest::newRow("missing comma") << QByteArray(R"({"cursor":1 "runs":[]})");
    QTest::newRow("missing colon") << QByteArray(R"({"cursor" 1,"runs":[]})");
    QTest::newRow("single quotes") << QByteArray(R"({'cursor':1,"runs":[]})");
    QTest::newRow("unquoted name") << QByteArray(R"({cursor:1,"runs":[]})");
    QTest::newRow("leading zero") << QByteArray(R"({"cursor":01,"runs":[]})");
    QTest::newRow("lone minus") << QByteArray(R"({"cursor":-,"runs":[]})");
    QTest::newRow("fraction without digits") << QByteArray(R"({"cursor":1.,"runs":[]})");
    QTest::newRow("exponent without digits") << QByteArray(R"({"cursor":1e,"runs":[]})");
    QTest::newRow("plus sign") << QByteArray(R"({"cursor":+1,"runs":[]})");
    QTest::newRow("NaN") << QByteArray(R"({"cursor":NaN,"runs":[]})");
    QTest::newRow("misspelt literal") << QByteArray(R"({"cursor":1,"has_more":tru,"runs":[]})");
    QTest::newRow("unterminated string") << QByteArray(R"({"cursor":1,"runs":[{"entity":"visits)");
    QTest::newRow("raw newline in a string")
        << QByteArray("{\"cursor\":1,\"runs\":[{\"entity\":\"vis\nits\",\"op\":\"remove\",\"rows\":[]}]}");
    QTest::newRow("raw tab in a value") << QByteArray(
        "{\"cursor\":1,\"runs\":[{\"entity\":\"visits\",\"op\":\"remove\",\"rows\":[\"a\tb\"]}]}");
    QTest::newRow("unknown escape") << QByteArray(R"({"cursor":1,"runs":[],"x":"\q"})");
    QTest::newRow("short unicode escape") << QByteArray(R"({"cursor":1,"runs":[],"x":"\u12"})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"cursor\":1,\"runs\":[],\"x\":\"\xff\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"cursor\":1,\"runs\":[],\"x\":\"\xc0\xaf\"}");
    QTest::newRow("UTF-8 surrogate") << QByteArray("{\"cursor\":1,\"runs\":[],\"x\":\"\xed\xa0\x80\"}");
    QTest::newRow("cut UTF-8 sequence") << QByteArray("{\"cursor\":1,\"runs\":[],\"x\":\"\xe5\xae\"}");
    // The rest of what a validating parser (simdjson) refuses, where the reader meets it: a row's value (the fast
    // path for Chinese text), a member's name, text after an escape.
    const QByteArray row = R"({"cursor":1,"runs":[{"entity":"visits","op":"remove","rows":["v)";
    QTest::newRow("UTF-8 above U+10FFFF in a value") << row + "\xf4\x90\x80\x80\"]}]}";
    QTest::newRow("overlong 3-byte UTF-8 in a value") << row + "\xe0\x80\xaf\"]}]}";
    QTest::newRow("overlong 4-byte UTF-8 in a value") << row + "\xf0\x80\x80\xaf\"]}]}";
    QTest::newRow("5-byte UTF-8 lead in a value") << row + "\xf8\x88\x80\x80\x80\"]}]}";
    QTest::newRow("lone continuation byte in a value") << row + "\x80\"]}]}";
    QTest::newRow("3-byte lead then ASCII in a value") << row + "\xe5\x61\x62\"]}]}";
    QTest::newRow("invalid UTF-8 in a member name") << QByteArray("{\"cursor\":1,\"runs\":[],\"\xff\":1}");
    QTest::newRow("invalid UTF-8 after an escape") << row + "\\n\xed\xa0\x80\"]}]}";
    QTest::newRow("unclosed row") << QByteArray(
        R"({"cursor":1,"runs":[{"entity":"visits","op":"remove","rows":["v1"})");
    QTest::newRow("too deeply nested") << "{\"cursor\":1,\"runs\":[],\"x\":" + QByteArray(5000, '[') +
                                              QByteArray(5000, ']') + "}";
}

void TestProtocol::pageReaderRefusesWhatJsonRefuses() {
    QFETCH(QByteArray, json);
    // QJsonDocument lets a few through that RFC 8259 refuses; the page reader refuses them too (the server never
    // writes them).
    static const QSet<QByteArray> laxInQJson{"fraction without digits", "raw newline in a string", "raw tab in a value",
                                             "unknown escape"};
    QCOMPARE(Protocol::parseObject(json).ok(), laxInQJson.contains(QTest::currentDataTag()));
    bool malformed = false;
    Result<Protocol::PullResponse> r = Protocol::PullPageReader::read(json, &malformed);
    QVERIFY(!r.ok());
    QVERIFY(malformed);
    QVERIFY2(r.error().contains(u"malformed JSON"_s) || r.error().contains(u"must be a JSON object"_s),
             qPrintable(r.error()));
}

void TestProtocol::pageReaderRefusesEveryTruncatedPage() {
    // A page cut anywhere (a dropped connection, a proxy's limit) is never taken for a shorter valid one.
    const Server::PullPageWriter w(2);
    const EntityDef& visits = *Schema::entity(u"visits"_s);
    int visitsIndex = 0;
    while (Schema::entities().at(visitsIndex).name != u"visits"_s)
        ++visitsIndex;
    std::vector<Server::PullPageWriter::Item> items;
    for (int i = 0; i < 3; ++i) {
        const QVariantMap fields{{u"channel"_s, u"onsite"_s},
                                 {u"duration_min"_s, qint64(-30 * i)},
                                 {u"summary"_s, u"第%1次 \"visit\"\n\u00e9\U0001F600 1.5e3"_s.arg(i)}};
        items.push_back({i + 1, visitsIndex, false,
                         w.upsert(visits, u"v%1"_s.arg(i), i + 1, 1700000000 + i, i == 2,
                                  [&](int f) { return fields.value(visits.fields.at(f).name); })});
    }
    const QByteArray page = w.page(3, false, false, items, {});
    QVERIFY(Protocol::PullPageReader::read(page).ok());
    for (qsizetype n = 0; n < page.size(); ++n) {
        bool malformed = false;
        Result<Protocol::PullResponse> r = Protocol::PullPageReader::read(page.left(n), &malformed);
        QVERIFY2(!r.ok(), qPrintable(u"a page cut after %1 bytes was accepted"_s.arg(n)));
        QVERIFY2(malformed, qPrintable(r.error()));
    }
}

void TestProtocol::pageReaderDecodesTextLikeQJson_data() {
    QTest::addColumn<QByteArray>("literal"); // a JSON string literal, quotes included
    QTest::newRow("plain ASCII") << QByteArray(R"("Acme Ltd")");
    QTest::newRow("empty") << QByteArray(R"("")");
    QTest::newRow("CJK as UTF-8") << QByteArray("\"\xe4\xb8\x8a\xe6\xb5\xb7\xe6\x9c\xba\xe6\xa2\xb0\"");
    QTest::newRow("emoji as UTF-8") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("short escapes") << QByteArray(R"("a\"b\\c\/d\be\ff\ng\rh\ti")");
    QTest::newRow("unicode escapes") << QByteArray(R"("\u00e9\u4E0A\u0000x")");
    QTest::newRow("surrogate pair escape") << QByteArray(R"("\ud83d\ude00!")");
    QTest::newRow("escape then UTF-8") << QByteArray("\"\\n\xe5\xae\xa2\xe6\x88\xb7\"");
}

void TestProtocol::pageReaderDecodesTextLikeQJson() {
    QFETCH(QByteArray, literal);
    const QByteArray page =
        R"({"cursor":1,"runs":[{"entity":"visits","op":"upsert","columns":["id","summary"],"rows":[["v1",)" + literal +
        "]]}]}";
    Result<Protocol::PullResponse> r = Protocol::PullPageReader::read(page);
    VERIFY_OK(r);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + literal + "]");
    QVERIFY(doc.isArray());
    QCOMPARE(r->text(r->runs.at(0).value(0, 1)), doc.array().at(0).toString());
}

void TestProtocol::pageReaderReadsNumbers_data() {
    QTest::addColumn<QByteArray>("literal"); // a JSON number, as a customer's satisfaction (a real column)
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QByteArray("80") << 80.0;
    QTest::newRow("negative fraction") << QByteArray("-0.5") << -0.5;
    QTest::newRow("exponent") << QByteArray("1.5e3") << 1500.0;
    QTest::newRow("below a double's range underflows to zero") << QByteArray("1e-400") << 0.0;
    QTest::newRow("negative, below a double's range") << QByteArray("-1e-400") << 0.0;
    QTest::newRow("integer beyond 64 bits") << QByteArray("18446744073709551616") << 18446744073709551616.0;
}

void TestProtocol::pageReaderReadsNumbers() {
    QFETCH(QByteArray, literal);
    QFETCH(double, value);
    const QByteArray page =
        R"({"cursor":1,"runs":[{"entity":"customers","op":"upsert","columns":["id","satisfaction"],"rows":[["c1",)" +
        literal + "]]}]}";
    Result<Protocol::PullResponse> r = Protocol::PullPageReader::read(page);
    VERIFY_OK(r);
    QCOMPARE(r->variant(r->runs.at(0).value(0, 1)).toDouble(), value);
}

void TestProtocol::endpointChecksItsOptions_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("error");
    QTest::newRow("valid") << u"https://127.0.0.1:8443"_s << QString() << QString() << QString();
    QTest::newRow("pin with colons") << u"https://localhost:1"_s << QString() << QStringList(32, u"ab"_s).join(u':')
                                     << QString();
    QTest::newRow("not a URL") << u"::"_s << QString() << QString() << u"is not a server URL"_s;
    QTest::newRow("ftp") << u"ftp://host"_s << QString() << QString() << u"must start with https://"_s;
    QTest::newRow("missing CA file") << u"https://h:1"_s << u"/nonexistent/ca.pem"_s << QString()
                                     << u"cannot read the CA file"_s;
    QTest::newRow("short pin") << u"https://h:1"_s << QString() << u"abcd"_s << u"64 hex digits"_s;
}

void TestProtocol::endpointChecksItsOptions() {
    QFETCH(QString, url);
    QFETCH(QString, ca);
    QFETCH(QString, pin);
    QFETCH(QString, error);
    Result<SyncEndpoint> e = SyncEndpoint::make(url, ca, pin);
    if (error.isEmpty()) {
        VERIFY_OK(e);
        if (!pin.isEmpty())
            QCOMPARE(e->pinnedSha256.size(), 32);
    } else {
        QVERIFY(!e.ok());
        QVERIFY2(e.error().contains(error), qPrintable(e.error()));
    }
}

QTEST_MAIN(TestProtocol)
#include "tst_protocol.moc"
