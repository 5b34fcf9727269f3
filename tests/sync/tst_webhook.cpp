// docs/sales-method.md rule 18: a deal entering a configured stage posts a JSON event to the webhook URL; a failing
// receiver is retried with backoff and never holds up the push.
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestWebhook final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stageChangePostsAnEventAndRetries();

private:
    ServerFixture m_server;
    QTcpServer m_receiver;
    QList<QJsonObject> m_events;
    int m_attempts = 0;
};

void TestWebhook::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_receiver.listen(QHostAddress::LocalHost));
    connect(&m_receiver, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_receiver.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
                const int length =
                    lengthAt < 0
                        ? 0
                        : buffer->mid(lengthAt + 15, buffer->indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toInt();
                if (buffer->size() < end + 4 + length)
                    return;
                ++m_attempts;
                // The first delivery fails: the server must try again.
                if (m_attempts == 1) {
                    socket->write("HTTP/1.1 503 Busy\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                } else {
                    m_events << QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                }
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const QString why =
        m_server.setUp({u"--webhook"_s, u"http://127.0.0.1:%1/hooks/stride"_s.arg(m_receiver.serverPort()),
                        u"--webhook-stages"_s, u"objection,won"_s});
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, u"admin"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestWebhook::stageChangePostsAnEventAndRetries() {
    ClientDevice d(m_server.tempPath(u"hook.sqlite"_s), *SyncEndpoint::make(m_server.url(), m_server.caFile()));
    QVERIFY(d.signIn(u"admin"_s));
    QVERIFY(d.store()
                .apply({{u"reps"_s, u"r1"_s, {{u"name"_s, u"Rea"_s}, {u"role"_s, u"rep"_s}}, false},
                        {u"customers"_s, u"c1"_s, {{u"name"_s, u"Hook Co"_s}, {u"owner_id"_s, u"r1"_s}}, false},
                        {u"opportunities"_s,
                         u"o1"_s,
                         {{u"customer_id"_s, u"c1"_s},
                          {u"title"_s, u"Big deal"_s},
                          {u"stage"_s, u"demo"_s},
                          {u"amount"_s, 5000.0}},
                         false}})
                .ok());
    QVERIFY(d.sync().ok);
    QCOMPARE(m_attempts, 0); // 'demo' is not a configured stage
    QVERIFY(d.store().save(u"opportunities"_s, u"o1"_s, {{u"stage"_s, u"won"_s}}).ok());
    QElapsedTimer pushTime;
    pushTime.start();
    QVERIFY(d.sync().ok);
    QVERIFY(pushTime.elapsed() < 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_events.isEmpty(), 20000);
    QVERIFY(m_attempts >= 2);
    const QJsonObject e = m_events.first();
    QCOMPARE(e.value(u"event"_s).toString(), u"opportunity.stage_changed"_s);
    QCOMPARE(e.value(u"opportunity_id"_s).toString(), u"o1"_s);
    QCOMPARE(e.value(u"from_stage"_s).toString(), u"demo"_s);
    QCOMPARE(e.value(u"to_stage"_s).toString(), u"won"_s);
    QCOMPARE(e.value(u"amount"_s).toDouble(), 5000.0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.count(u"SELECT count(*) FROM webhook_events WHERE delivered_at IS NOT NULL"_s),
                              1, 5000);
}

QTEST_MAIN(TestWebhook)
#include "tst_webhook.moc"
