// The wire types shared by client and server: strict decoding names the problem; encoding round-trips.
#include "sync/protocol.h"
#include "sync/syncendpoint.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestProtocol final : public QObject {
    Q_OBJECT

private slots:
    void pushRequestRoundTrips();
    void badPushRequestsAreRefused_data();
    void badPushRequestsAreRefused();
    void pullResponseRoundTrips();
    void garbledPullResponsesAreRefused_data();
    void garbledPullResponsesAreRefused();
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
    QVERIFY2(back.ok(), qPrintable(back.error()));
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

void TestProtocol::pullResponseRoundTrips() {
    Protocol::PullResponse p;
    p.cursor = 42;
    p.hasMore = true;
    Protocol::Change c;
    c.entity = u"visits"_s;
    c.id = u"v1"_s;
    c.version = 40;
    c.fields = {{u"channel"_s, u"phone"_s}, {u"duration_min"_s, qint64(15)}};
    p.changes << c;
    Protocol::Change removal;
    removal.entity = u"customers"_s;
    removal.id = u"c9"_s;
    removal.removal = true;
    p.changes << removal;
    Result<Protocol::PullResponse> back = Protocol::pullResponseFromJson(Protocol::toJson(p));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->cursor, 42);
    QVERIFY(back->hasMore);
    QCOMPARE(back->changes.size(), 2);
    QCOMPARE(back->changes[0].fields.value(u"duration_min"_s).toLongLong(), 15);
    QVERIFY(back->changes[1].removal);

    // The server's fast writer produces the same document, escapes included.
    p.changes[0].fields.insert(u"summary"_s, u"say \"hi\"\\\n\t客户"_s);
    p.changes[0].fields.insert(u"outcome"_s, QVariant());
    const QJsonDocument fast = QJsonDocument::fromJson(Protocol::toJsonBytes(p));
    QVERIFY(fast.isObject());
    QCOMPARE(fast.object(), Protocol::toJson(p));
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
}

void TestProtocol::garbledPullResponsesAreRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Result<QJsonObject> o = Protocol::parseObject(json);
    const QString message = o ? Protocol::pullResponseFromJson(*o).error() : o.error();
    QVERIFY2(message.contains(error), qPrintable(message));
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
        QVERIFY2(e.ok(), qPrintable(e.error()));
        if (!pin.isEmpty())
            QCOMPARE(e->pinnedSha256.size(), 32);
    } else {
        QVERIFY(!e.ok());
        QVERIFY2(e.error().contains(error), qPrintable(e.error()));
    }
}

QTEST_MAIN(TestProtocol)
#include "tst_protocol.moc"
