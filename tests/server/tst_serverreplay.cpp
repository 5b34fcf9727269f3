// A device's mutation ids against replays: after mutation 100 a push numbered 50 with other content (a replica
// restored from a copy, or copied to a second machine) is refused with 409 replica_restored and writes nothing,
// while the same mutation sent again (an honest retry after a lost answer) gets its stored result. Against a real
// stride-server over HTTPS on 127.0.0.1 (ServerFixture), on SQLite and, through the *_postgres entry, PostgreSQL.
#include "protocol/protocol.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

struct Answer {
    int status = 0;
    QJsonObject body;
};

QByteArray customer(qint64 mutation, const QString& id, const QString& name) {
    return QJsonDocument(QJsonObject{{u"mutation_id"_s, mutation},
                                     {u"entity"_s, u"customers"_s},
                                     {u"id"_s, id},
                                     {u"op"_s, u"upsert"_s},
                                     {u"fields"_s, QJsonObject{{u"name"_s, name}, {u"owner_id"_s, u"rA"_s}}},
                                     {u"base_version"_s, 0}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerReplay final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void replayedMutationIdIsRefusedAndWritesNothing_data();
    void replayedMutationIdIsRefusedAndWritesNothing();
    void sameMutationRetriedGetsItsStoredResult();

private:
    Answer call(const QString& path, const QByteArray& body, const QByteArray& bearer);
    Answer push(const QString& device, const QList<QByteArray>& entries);
    QString nameOf(const QString& id);

    ServerFixture m_server;
    QNetworkAccessManager m_nam;
    QString m_access;
};

void TestServerReplay::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"repA"_s, u"rep"_s, u"t1"_s, u"rA"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
    const Answer login =
        call(u"/api/v1/login"_s,
             QJsonDocument(QJsonObject{{u"protocol"_s, 1}, {u"user"_s, u"repA"_s}, {u"password"_s, u"password1"_s}})
                 .toJson(QJsonDocument::Compact),
             {});
    QCOMPARE(login.status, 200);
    m_access = login.body.value(u"access_token"_s).toString();
    // Mutation 50 then 100 of one device: its last acknowledged id is 100.
    const Answer first = push(u"dev-replay"_s, {customer(50, u"cR50"_s, u"fifty"_s)});
    QCOMPARE(first.status, 200);
    const Answer second = push(u"dev-replay"_s, {customer(100, u"cR100"_s, u"hundred"_s)});
    QCOMPARE(second.status, 200);
    QCOMPARE(m_server.count(u"SELECT last_mutation_id FROM devices WHERE device_id = 'dev-replay'"_s), 100);
}

Answer TestServerReplay::call(const QString& path, const QByteArray& body, const QByteArray& bearer) {
    QNetworkRequest req(QUrl(m_server.url() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("Stride-Protocol", "1");
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply* reply = m_nam.post(req, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(20000);
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

Answer TestServerReplay::push(const QString& device, const QList<QByteArray>& entries) {
    QByteArray list;
    for (const QByteArray& e : entries)
        list += (list.isEmpty() ? "" : ",") + e;
    const QByteArray body = R"({"protocol":1,"device_id":")" + device.toUtf8() + R"(","entries":[)" + list + "]}";
    return call(u"/api/v1/push"_s, body, m_access.toLatin1());
}

QString TestServerReplay::nameOf(const QString& id) {
    QSqlQuery q(m_server.store());
    q.prepare(u"SELECT name FROM customers WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : u"(none)"_s;
}

void TestServerReplay::replayedMutationIdIsRefusedAndWritesNothing_data() {
    QTest::addColumn<QList<QByteArray>>("entries");
    QTest::newRow("id 50 again with other content") << QList<QByteArray>{customer(50, u"cR50"_s, u"restored edit"_s)};
    QTest::newRow("id 50 again on another row") << QList<QByteArray>{customer(50, u"cNew"_s, u"copy's row"_s)};
    QTest::newRow("id below the last that was never sent")
        << QList<QByteArray>{customer(60, u"cR50"_s, u"restored edit"_s)};
    QTest::newRow("the last id with other content") << QList<QByteArray>{customer(100, u"cR100"_s, u"copy's edit"_s)};
    QTest::newRow("a true retry, then a replay")
        << QList<QByteArray>{customer(50, u"cR50"_s, u"fifty"_s), customer(51, u"cR50"_s, u"restored edit"_s)};
    QTest::newRow("a replay, then a new id")
        << QList<QByteArray>{customer(50, u"cNew"_s, u"copy's row"_s), customer(101, u"cR100"_s, u"later edit"_s)};
}

void TestServerReplay::replayedMutationIdIsRefusedAndWritesNothing() {
    QFETCH(QList<QByteArray>, entries);
    const QMap<QString, QString> before = m_server.checksums();
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    const qint64 results = m_server.count(u"SELECT count(*) FROM mutation_results"_s);
    const Answer a = push(u"dev-replay"_s, entries);
    QCOMPARE(a.status, 409);
    QCOMPARE(a.body.value(u"error"_s).toString(), QString::fromLatin1(Protocol::kReplicaRestored));
    QVERIFY(!a.body.contains(u"results"_s));
    QVERIFY2(a.body.value(u"message"_s).toString().contains(u"register as a new device"_s),
             qPrintable(a.body.value(u"message"_s).toString()));
    QCOMPARE(nameOf(u"cR50"_s), u"fifty"_s);
    QCOMPARE(nameOf(u"cR100"_s), u"hundred"_s);
    QCOMPARE(nameOf(u"cNew"_s), u"(none)"_s);
    QCOMPARE(m_server.checksums(), before);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM mutation_results"_s), results);
    QCOMPARE(m_server.count(u"SELECT last_mutation_id FROM devices WHERE device_id = 'dev-replay'"_s), 100);
}

void TestServerReplay::sameMutationRetriedGetsItsStoredResult() {
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    const qint64 version50 = m_server.count(u"SELECT version FROM customers WHERE id = 'cR50'"_s);
    const Answer retry = push(u"dev-replay"_s, {customer(50, u"cR50"_s, u"fifty"_s)});
    QCOMPARE(retry.status, 200);
    const QJsonArray results = retry.body.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).toObject().value(u"mutation_id"_s).toInteger(), 50);
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(results.at(0).toObject().value(u"version"_s).toInteger(), version50);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);

    // A retry together with the next new mutation: the retry answered from the store, the new one applied.
    const Answer mixed =
        push(u"dev-replay"_s, {customer(100, u"cR100"_s, u"hundred"_s), customer(101, u"cR100"_s, u"one-o-one"_s)});
    QCOMPARE(mixed.status, 200);
    const QJsonArray both = mixed.body.value(u"results"_s).toArray();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).toObject().value(u"status"_s).toString(), u"applied"_s);
    QVERIFY(both.at(1).toObject().value(u"status"_s).toString() != u"rejected"_s);
    QCOMPARE(nameOf(u"cR100"_s), u"one-o-one"_s);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq + 1);
    QCOMPARE(m_server.count(u"SELECT last_mutation_id FROM devices WHERE device_id = 'dev-replay'"_s), 101);
}

QTEST_GUILESS_MAIN(TestServerReplay)
#include "tst_serverreplay.moc"
