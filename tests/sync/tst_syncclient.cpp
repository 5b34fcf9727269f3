// The client against a misbehaving HTTPS server (an in-test QSslServer with canned answers): garbled,
// truncated, oversized or foreign-protocol responses end the sync with a clear error and leave the replica
// exactly as it was (rows, outbox, cursor).
#include "serverfixture.h"
#include "sync/syncreplica.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

QByteArray response(int status, const QByteArray& protocol, const QByteArray& body, qint64 contentLength = -1) {
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n";
    if (!protocol.isEmpty())
        r += "Stride-Protocol: " + protocol + "\r\n";
    r += "Content-Length: " + QByteArray::number(contentLength >= 0 ? contentLength : body.size()) +
         "\r\nConnection: close\r\n\r\n";
    return r + body;
}

const QByteArray kSession = R"({"protocol":1,"access_token":"a","refresh_token":"r","expires_in":900,)"
                            R"("user":{"name":"u","role":"rep","team_id":"t","rep_id":"r1"}})";

} // namespace

class TestSyncClient final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void badAnswersLeaveTheReplicaUntouched_data();
    void badAnswersLeaveTheReplicaUntouched();
    void offlineRetriesBackOffWithJitterAndLocalEditsTriggerSync();
    void nextPageIsAskedForWhileThisOneArrives();
    void pageAskedForEarlyIsDroppedWhenTheWholePageDisagrees();

private:
    // This test's misbehaving server, trusted through the test CA.
    Result<SyncEndpoint> endpoint() const {
        return SyncEndpoint::make(u"https://127.0.0.1:%1"_s.arg(m_server.serverPort()), m_certs.caFile());
    }

    ServerFixture m_certs;
    QSslServer m_server;
    QByteArray m_answer;
    // When set, answers pulls itself (given the cursor asked for); other requests still get m_answer.
    std::function<void(QTcpSocket*, qint64 cursor)> m_pull;
};

void TestSyncClient::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_certs.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QFile keyFile(m_certs.tempPath(u"cert-key.pem"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate::fromPath(m_certs.caFile()).value(0));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
    m_server.setSslConfiguration(tls);
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                buffer->clear();
                const bool refresh = head.startsWith("POST /api/v1/refresh");
                if (refresh || !m_pull) {
                    socket->write(refresh ? response(200, "1", kSession) : m_answer);
                    socket->disconnectFromHost();
                    return;
                }
                const QRegularExpressionMatch m =
                    QRegularExpression(u"cursor=(\\d+)"_s).match(QString::fromLatin1(head));
                m_pull(socket, m.hasMatch() ? m.captured(1).toLongLong() : -1);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void TestSyncClient::badAnswersLeaveTheReplicaUntouched_data() {
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("error");
    const QByteArray okPush = R"({"protocol":1,"results":[]})";
    QTest::newRow("garbled JSON") << response(200, "1", "{\"protocol\":1,\"res") << u"garbled answer"_s;
    QTest::newRow("not JSON at all") << response(200, "1", "<html>hello</html>") << u"garbled answer"_s;
    QTest::newRow("truncated body") << response(200, "1", okPush.left(10), okPush.size()) << u"was cut off"_s;
    QTest::newRow("unknown protocol version") << response(200, "99", okPush) << u"speaks sync protocol '99'"_s;
    QTest::newRow("no protocol header") << response(200, {}, okPush) << u"speaks sync protocol 'none'"_s;
    QTest::newRow("answers for entries never sent")
        << response(200, "1", R"({"protocol":1,"results":[{"mutation_id":999,"status":"applied","version":1}]})")
        << u"was not sent"_s;
    QTest::newRow("too few answers") << response(200, "1", okPush) << u"answered 0 of 1 entries"_s;
    QTest::newRow("huge answer") << response(200, "1", "[" + QByteArray(qint64(3) * 1024 * 1024, ' ') + "]")
                                 << u"larger than"_s;
    QTest::newRow("server error page") << response(500, {}, "<h1>oops</h1>") << u"answered HTTP 500"_s;
    QTest::newRow("refuses our protocol")
        << response(400, "2", R"({"protocol":2,"error":"unsupported_protocol","message":"protocol 1 is too old"})")
        << u"does not accept this client's protocol"_s;
}

void TestSyncClient::badAnswersLeaveTheReplicaUntouched() {
    QFETCH(QByteArray, answer);
    QFETCH(QString, error);
    m_answer = answer;
    Result<SyncEndpoint> e = endpoint();
    QVERIFY(e.ok());
    e->maxResponseBytes = qint64(1024) * 1024;
    e->timeoutMs = 10000;
    const QString path =
        m_certs.tempPath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s);
    ClientDevice device(path, *e);
    QVERIFY(device.store().save(u"customers"_s, u"c1"_s, {{u"name"_s, u"Kept"_s}, {u"tier"_s, u"A"_s}}).ok());
    SyncReplica replica(device.db());
    const auto rows = ServerFixture::replicaChecksums(device.db());
    const qint64 cursor = *replica.cursor(e->keyPrefix());
    device.engine().setRefreshToken(u"r"_s);
    const SyncReport r = device.sync(20000);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(error), qPrintable(r.error));
    QCOMPARE(ServerFixture::replicaChecksums(device.db()), rows);
    QCOMPARE(*replica.pendingCount(), 1);
    QCOMPARE(*replica.cursor(e->keyPrefix()), cursor);
    QVERIFY(device.engine().state() == SyncState::Failed || device.engine().state() == SyncState::Offline);
}

void TestSyncClient::offlineRetriesBackOffWithJitterAndLocalEditsTriggerSync() {
    // A port nobody listens on: every attempt fails as "offline".
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    Result<SyncEndpoint> e = SyncEndpoint::make(u"https://127.0.0.1:%1"_s.arg(deadPort), m_certs.caFile());
    QVERIFY(e.ok());
    ClientDevice device(m_certs.tempPath(u"offline.sqlite"_s), *e);
    device.engine().setRefreshToken(u"r"_s);
    device.engine().setAutomatic(true);
    QSignalSpy finished(&device.engine(), &SyncEngine::syncFinished);
    QSignalSpy states(&device.engine(), &SyncEngine::stateChanged);

    // A local edit starts a sync by itself.
    QVERIFY(device.store().save(u"customers"_s, u"c1"_s, {{u"name"_s, u"Offline"_s}}).ok());
    QVERIFY(finished.wait(5000));
    QCOMPARE(device.engine().state(), SyncState::Offline);
    QCOMPARE(device.engine().lastReport().errorKind, SyncJob::Error::Network);
    // First retry within 0.5–1 s, the next within 1–2 s: doubling, with jitter, always re-armed.
    int next = device.engine().nextRetryMs();
    QVERIFY2(next >= 400 && next <= 1000, qPrintable(QString::number(next)));
    QVERIFY(finished.wait(3000));
    next = device.engine().nextRetryMs();
    QVERIFY2(next >= 900 && next <= 2000, qPrintable(QString::number(next)));
    QVERIFY(finished.wait(4000));
    next = device.engine().nextRetryMs();
    QVERIFY2(next >= 1900 && next <= 4000, qPrintable(QString::number(next)));
    QVERIFY(states.size() >= 2);
    QCOMPARE(*SyncReplica(device.db()).pendingCount(), 1);
    device.engine().setAutomatic(false);
}

namespace {

// A protocol 2 page of customers `ids`; `tail` goes after the conflicts (a repeated member, say).
QByteArray customersPage(qint64 cursor, bool hasMore, const QStringList& ids, const QByteArray& tail = {}) {
    QByteArray rows;
    for (const QString& id : ids)
        rows += QByteArray(rows.isEmpty() ? "" : ",") + R"([")" + id.toUtf8() + R"(",1,1,false,"Customer )" +
                id.toUtf8() + R"("])";
    return R"({"protocol":2,"cursor":)" + QByteArray::number(cursor) + R"(,"has_more":)" +
           (hasMore ? "true" : "false") +
           R"(,"reset":false,"runs":[{"entity":"customers","op":"upsert","columns":["id","version","updated_at","deleted","name"],"rows":[)" +
           rows + R"(]}],"conflicts":[])" + tail + "}";
}

} // namespace

void TestSyncClient::nextPageIsAskedForWhileThisOneArrives() {
    // The first page's opening bytes name its end; the rest of it comes 400 ms later. The next page must be
    // asked for in between, and both applied in order.
    QElapsedTimer clock;
    clock.start();
    qint64 secondAskedAt = -1;
    qint64 firstDoneAt = -1;
    const QByteArray first = customersPage(3, true, {u"e1"_s, u"e2"_s});
    m_pull = [&](QTcpSocket* socket, qint64 cursor) {
        if (cursor == 0) {
            const QByteArray whole = response(200, "2", first);
            const qsizetype split = whole.indexOf("\"runs\"");
            socket->write(whole.left(split));
            QTimer::singleShot(400, socket, [&, socket, whole, split] {
                firstDoneAt = clock.elapsed();
                socket->write(whole.mid(split));
                socket->disconnectFromHost();
            });
            return;
        }
        if (cursor == 3 && secondAskedAt < 0)
            secondAskedAt = clock.elapsed();
        socket->write(response(200, "2", customersPage(4, false, cursor == 3 ? QStringList{u"e3"_s} : QStringList{})));
        socket->disconnectFromHost();
    };
    const auto reset = qScopeGuard([this] { m_pull = nullptr; });
    Result<SyncEndpoint> e = endpoint();
    QVERIFY(e.ok());
    ClientDevice device(m_certs.tempPath(u"early.sqlite"_s), *e);
    device.engine().setRefreshToken(u"r"_s);
    const SyncReport r = device.sync(20000);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pulled, 3);
    QVERIFY(secondAskedAt >= 0);
    QVERIFY2(secondAskedAt < firstDoneAt,
             qPrintable(u"asked at %1 ms, first page done at %2 ms"_s.arg(secondAskedAt).arg(firstDoneAt)));
    QCOMPARE(*SyncReplica(device.db()).cursor(e->keyPrefix()), 4);
    for (const QString& id : {u"e1"_s, u"e2"_s, u"e3"_s})
        QVERIFY(device.has(u"customers"_s, id));
}

void TestSyncClient::pageAskedForEarlyIsDroppedWhenTheWholePageDisagrees() {
    // The opening bytes say the page ends at 5; the whole page (its last "cursor" member wins) says 6. The page
    // asked for at 5 must never be applied; the one at 6 is asked for and applied instead.
    QList<qint64> asked;
    m_pull = [&](QTcpSocket* socket, qint64 cursor) {
        asked << cursor;
        QByteArray page;
        if (cursor == 0)
            page = customersPage(5, true, {u"d1"_s}, R"(,"cursor":6)");
        else if (cursor == 5)
            page = customersPage(9, false, {u"poison"_s});
        else
            page = customersPage(7, false, {u"d6"_s});
        socket->write(response(200, "2", page));
        socket->disconnectFromHost();
    };
    const auto reset = qScopeGuard([this] { m_pull = nullptr; });
    Result<SyncEndpoint> e = endpoint();
    QVERIFY(e.ok());
    ClientDevice device(m_certs.tempPath(u"disagree.sqlite"_s), *e);
    device.engine().setRefreshToken(u"r"_s);
    const SyncReport r = device.sync(20000);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(asked.contains(6), qPrintable(QString::number(asked.size())));
    QVERIFY(device.has(u"customers"_s, u"d1"_s));
    QVERIFY(device.has(u"customers"_s, u"d6"_s));
    QVERIFY(!device.has(u"customers"_s, u"poison"_s));
    QCOMPARE(*SyncReplica(device.db()).cursor(e->keyPrefix()), 7);
}

QTEST_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
