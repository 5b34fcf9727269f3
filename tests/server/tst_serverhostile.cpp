// stride-server against clients that do not play by the rules: one refresh token raced from many connections or
// presented again, a logout's access token used after it, bodies with text JSON forbids or no store can keep, and
// a stop while pool threads hold connections. Runs on SQLite, and on PostgreSQL through the *_postgres entry
// (STRIDE_TEST_BACKEND=postgres, STRIDE_TEST_POSTGRES names the cluster).
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

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Answer {
    int status = 0;
    QJsonObject body;
};

struct Tokens {
    QString access;
    QString refresh;
};

} // namespace

class TestServerHostile final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshTokenWorksOnceWhenRaced();
    void reusedRefreshTokenEndsEverySessionOfItsSignIn();
    void logoutEndsTheAccessTokenAtOnce();
    void badTextIsRefusedOnEveryEndpoint_data();
    void badTextIsRefusedOnEveryEndpoint();
    void validEscapesAreStoredAsSent();
    void repCannotWriteRowsNamingOthers();
    void sigtermClosesEachThreadsConnectionOnItsThread(); // stops the server: last

private:
    QNetworkRequest request(const QString& path, const Headers& headers) const;
    QNetworkReply* send(QNetworkAccessManager& nam, const QByteArray& verb, const QString& path, const QByteArray& body,
                        const Headers& headers);
    Answer call(const QByteArray& verb, const QString& path, const QByteArray& body, const Headers& headers = {});
    static Answer answerOf(QNetworkReply* reply);
    Tokens login(const QString& user, const QString& password = u"password1"_s);
    Answer refresh(const QString& refreshToken);
    Answer pull(const QString& accessToken);
    // POST /push of `entries` (JSON objects, mutation ids from 1) from `device`; the answer's results.
    Answer push(const QString& user, const QString& device, const QByteArray& entries);
    // Several connections, each already through its TLS handshake, so that requests sent on all of them at once
    // reach the server's pool threads together.
    void warmConnections(int count);

    ServerFixture m_server;
    QNetworkAccessManager m_nam;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_parallel;
};

void TestServerHostile::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, u"admin"_s));
    QVERIFY(m_server.addUser(u"repA"_s, u"rep"_s, u"t1"_s, u"rA"_s));
    QVERIFY(m_server.addUser(u"repB"_s, u"rep"_s, u"t2"_s, u"rB"_s));
    QVERIFY(m_server.addUser(u"victim"_s, u"rep"_s, u"t1"_s, u"rV"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

QNetworkRequest TestServerHostile::request(const QString& path, const Headers& headers) const {
    QNetworkRequest req(QUrl(m_server.url() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    req.setRawHeader("Stride-Protocol", "1");
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    return req;
}

QNetworkReply* TestServerHostile::send(QNetworkAccessManager& nam, const QByteArray& verb, const QString& path,
                                       const QByteArray& body, const Headers& headers) {
    return nam.sendCustomRequest(request(path, headers), verb, body);
}

Answer TestServerHostile::answerOf(QNetworkReply* reply) {
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

Answer TestServerHostile::call(const QByteArray& verb, const QString& path, const QByteArray& body,
                               const Headers& headers) {
    QNetworkReply* reply = send(m_nam, verb, path, body, headers);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(20000);
    return answerOf(reply);
}

Tokens TestServerHostile::login(const QString& user, const QString& password) {
    const QJsonObject body{{u"protocol"_s, 1}, {u"user"_s, user}, {u"password"_s, password}};
    const Answer a = call("POST", u"/api/v1/login"_s, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (a.status != 200)
        qWarning() << "login of" << user << "answered" << a.status << a.body;
    return {a.body.value(u"access_token"_s).toString(), a.body.value(u"refresh_token"_s).toString()};
}

Answer TestServerHostile::refresh(const QString& refreshToken) {
    const QJsonObject body{{u"protocol"_s, 1}, {u"refresh_token"_s, refreshToken}};
    return call("POST", u"/api/v1/refresh"_s, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Answer TestServerHostile::pull(const QString& accessToken) {
    return call("GET", u"/api/v1/pull?limit=10"_s, {}, {{"Authorization", "Bearer " + accessToken.toLatin1()}});
}

Answer TestServerHostile::push(const QString& user, const QString& device, const QByteArray& entries) {
    const Tokens t = login(user);
    const QByteArray body = R"({"protocol":1,"device_id":")" + device.toUtf8() + R"(","entries":[)" + entries + "]}";
    return call("POST", u"/api/v1/push"_s, body, {{"Authorization", "Bearer " + t.access.toLatin1()}});
}

void TestServerHostile::warmConnections(int count) {
    while (int(m_parallel.size()) < count)
        m_parallel.push_back(std::make_unique<QNetworkAccessManager>());
    QList<QNetworkReply*> replies;
    for (int i = 0; i < count; ++i)
        replies << send(*m_parallel.at(size_t(i)), "GET", u"/api/v1/health"_s, {}, {});
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 30000);
    qDeleteAll(replies);
}

void TestServerHostile::refreshTokenWorksOnceWhenRaced() {
    constexpr int kParallel = 8;
    constexpr int kTrials = 10;
    for (int trial = 0; trial < kTrials; ++trial) {
        const Tokens t = login(u"repA"_s);
        QVERIFY(!t.refresh.isEmpty());
        warmConnections(kParallel);
        const QByteArray body = QJsonDocument(QJsonObject{{u"protocol"_s, 1}, {u"refresh_token"_s, t.refresh}})
                                    .toJson(QJsonDocument::Compact);
        QList<QNetworkReply*> replies;
        for (int i = 0; i < kParallel; ++i)
            replies << send(*m_parallel.at(size_t(i)), "POST", u"/api/v1/refresh"_s, body, {});
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 30000);
        int won = 0;
        int refused = 0;
        Tokens winner;
        for (QNetworkReply* r : replies) {
            const Answer a = answerOf(r);
            if (a.status == 200) {
                ++won;
                winner = {a.body.value(u"access_token"_s).toString(), a.body.value(u"refresh_token"_s).toString()};
            } else if (a.status == 401) {
                ++refused;
            } else {
                QFAIL(qPrintable(u"trial %1: a refresh answered %2 %3"_s.arg(trial).arg(a.status).arg(
                    QString::fromUtf8(QJsonDocument(a.body).toJson(QJsonDocument::Compact)))));
            }
        }
        QVERIFY2(won == 1, qPrintable(u"trial %1: %2 refreshes of one token succeeded"_s.arg(trial).arg(won)));
        QCOMPARE(refused, kParallel - 1);
        // The old token presented again ends the sign-in: the winner's new tokens stop working too.
        QCOMPARE(refresh(t.refresh).status, 401);
        QCOMPARE(refresh(winner.refresh).status, 401);
        QCOMPARE(pull(winner.access).status, 401);
    }
}

void TestServerHostile::reusedRefreshTokenEndsEverySessionOfItsSignIn() {
    const Tokens laptop = login(u"repA"_s);
    const Tokens phone = login(u"repA"_s); // another sign-in of the same person: not the stolen one
    const Answer first = refresh(laptop.refresh);
    QCOMPARE(first.status, 200);
    const Tokens rotated{first.body.value(u"access_token"_s).toString(),
                         first.body.value(u"refresh_token"_s).toString()};
    QCOMPARE(pull(rotated.access).status, 200);

    const Answer reused = refresh(laptop.refresh);
    QCOMPARE(reused.status, 401);
    QVERIFY2(reused.body.value(u"message"_s).toString().contains(u"already used"_s),
             qPrintable(reused.body.value(u"message"_s).toString()));
    // Every token descended from that sign-in has ended, the access token the old one was traded for included.
    QCOMPARE(pull(rotated.access).status, 401);
    QCOMPARE(pull(laptop.access).status, 401);
    QCOMPARE(refresh(rotated.refresh).status, 401);
    // The other sign-in goes on.
    QCOMPARE(pull(phone.access).status, 200);
    QCOMPARE(refresh(phone.refresh).status, 200);
    // The operator is told.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.serverLog().contains(u"refresh token reused for account repA"_s), 10000);
}

void TestServerHostile::logoutEndsTheAccessTokenAtOnce() {
    const Tokens t = login(u"repA"_s);
    const Tokens other = login(u"repA"_s);
    QCOMPARE(pull(t.access).status, 200);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"protocol"_s, 1}, {u"refresh_token"_s, t.refresh}}).toJson(QJsonDocument::Compact);
    const Answer out = call("POST", u"/api/v1/logout"_s, body, {{"Authorization", "Bearer " + t.access.toLatin1()}});
    QCOMPARE(out.status, 200);
    const Answer after = pull(t.access);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.body.value(u"error"_s).toString(), u"unauthorized"_s);
    QCOMPARE(refresh(t.refresh).status, 401);
    // Only that sign-in ended.
    QCOMPARE(pull(other.access).status, 200);
}

void TestServerHostile::badTextIsRefusedOnEveryEndpoint_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("signIn"); // the user whose access token the call carries; empty: none
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    // Raw JSON text of a string's content (between its quotes), and what the answer's message must name.
    const QList<std::tuple<const char*, QByteArray, QString>> texts{
        {"lone high surrogate", "Bad \\ud800x", u"lone high surrogate \\ud800"_s},
        {"lone high surrogate at the end", "Bad \\udbff", u"lone high surrogate \\udbff"_s},
        {"lone low surrogate", "Bad \\udc00 text", u"lone low surrogate \\udc00"_s},
        {"high surrogate then a non-low escape", "Bad \\ud800\\u0041", u"lone high surrogate"_s},
        {"two high surrogates", "Bad \\ud800\\ud800", u"lone high surrogate"_s},
        {"raw NUL", QByteArray("Bad \0 byte", 10), u"raw control character U+0000"_s},
        {"raw 0x1F", "Bad \x1f byte", u"raw control character U+001f"_s},
        {"raw newline", "Bad\nline", u"raw control character U+000a"_s},
        {"escaped NUL", "Bad \\u0000 byte", u"must not contain U+0000"_s},
    };
    for (const auto& [name, text, message] : texts) {
        const QByteArray push = R"({"protocol":1,"device_id":"hostile-device","entries":[{"mutation_id":1,)"
                                R"("entity":"customers","id":"cBad","op":"upsert","fields":{"name":")" +
                                text + R"(","owner_id":"rA"}}]})";
        QTest::addRow("push, %s", name) << u"/api/v1/push"_s << u"repA"_s << push << message;
        const QByteArray people = R"({"protocol":1,"device_id":"hostile-admin","entries":[{"mutation_id":1,)"
                                  R"("entity":"reps","id":"rBad","op":"upsert","fields":{"name":")" +
                                  text + R"(","role":"rep","team_id":"t1","active":1}}]})";
        QTest::addRow("people (admin push), %s", name) << u"/api/v1/push"_s << u"admin"_s << people << message;
        QTest::addRow("login, %s", name) << u"/api/v1/login"_s << QString()
                                         << R"({"protocol":1,"user":")" + text + R"(","password":"password1"})"
                                         << message;
        QTest::addRow("login password, %s", name)
            << u"/api/v1/login"_s << QString() << R"({"protocol":1,"user":"victim","password":")" + text + R"("})"
            << message;
        QTest::addRow("refresh, %s", name)
            << u"/api/v1/refresh"_s << QString() << R"({"protocol":1,"refresh_token":")" + text + R"("})" << message;
        QTest::addRow("logout, %s", name)
            << u"/api/v1/logout"_s << u"victim"_s << R"({"protocol":1,"refresh_token":")" + text + R"("})" << message;
        QTest::addRow("password, %s", name)
            << u"/api/v1/password"_s << u"victim"_s
            << R"({"protocol":1,"old_password":"password1","new_password":"Long enough )" + text + R"("})" << message;
        // A key is a string too.
        QTest::addRow("push key, %s", name)
            << u"/api/v1/push"_s << u"repA"_s
            << R"({"protocol":1,"device_id":"hostile-device","entries":[],")" + text + R"(":1})" << message;
    }
}

void TestServerHostile::badTextIsRefusedOnEveryEndpoint() {
    QFETCH(QString, path);
    QFETCH(QString, signIn);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    Headers headers;
    Tokens session;
    if (!signIn.isEmpty()) {
        session = login(signIn);
        QVERIFY(!session.access.isEmpty());
        headers << qMakePair(QByteArray("Authorization"), "Bearer " + session.access.toLatin1());
    }
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    const qint64 results = m_server.count(u"SELECT count(*) FROM mutation_results"_s);
    const Answer a = call("POST", path, body, headers);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.body.value(u"error"_s).toString(), u"bad_request"_s);
    QVERIFY2(a.body.value(u"message"_s).toString().contains(message),
             qPrintable(a.body.value(u"message"_s).toString()));
    // Nothing stored, nothing ended: no change number, no push result, no row, the password and session unchanged.
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM mutation_results"_s), results);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id = 'cBad'"_s), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM reps WHERE id = 'rBad'"_s), 0);
    if (!signIn.isEmpty())
        QCOMPARE(pull(session.access).status, 200);
    QVERIFY(!login(u"victim"_s).access.isEmpty());
}

void TestServerHostile::validEscapesAreStoredAsSent() {
    const Tokens t = login(u"repA"_s);
    // A surrogate pair, escaped control characters and a non-ASCII character written out are all fine.
    const QByteArray push = R"({"protocol":1,"device_id":"good-device","entries":[{"mutation_id":1,)"
                            R"("entity":"customers","id":"cGood","op":"upsert","fields":{"name":"Smile \ud83d\ude00)"
                            R"( tab\t line\n unit\u001f 中","owner_id":"rA"}}]})";
    const Answer a = call("POST", u"/api/v1/push"_s, push, {{"Authorization", "Bearer " + t.access.toLatin1()}});
    QCOMPARE(a.status, 200);
    QSqlQuery q(m_server.store());
    QVERIFY(q.exec(u"SELECT name FROM customers WHERE id = 'cGood'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"Smile \U0001F600 tab\t line\n unit\x1f 中"_s);
}

void TestServerHostile::repCannotWriteRowsNamingOthers() {
    // Each rep's customer, written by the admin.
    const Answer made = push(u"admin"_s, u"owner-admin"_s,
                             R"({"mutation_id":1,"entity":"customers","id":"cOwnA","op":"upsert",)"
                             R"("fields":{"name":"Own A","owner_id":"rA"}},)"
                             R"({"mutation_id":2,"entity":"customers","id":"cOwnB","op":"upsert",)"
                             R"("fields":{"name":"Own B","owner_id":"rB"}})");
    QCOMPARE(made.status, 200);
    for (const QJsonValue r : made.body.value(u"results"_s).toArray())
        QCOMPARE(r.toObject().value(u"status"_s).toString(), u"applied"_s);

    const Answer a = push(u"repA"_s, u"owner-repA"_s,
                          // a visit to repA's own customer, in repB's name
                          R"({"mutation_id":1,"entity":"visits","id":"vOther","op":"upsert","fields":{)"
                          R"("customer_id":"cOwnA","rep_id":"rB","visited_at":1790000000,"channel":"phone"}},)"
                          // repA's own task, on another team's customer
                          R"({"mutation_id":2,"entity":"tasks","id":"tOther","op":"upsert","fields":{)"
                          R"("owner_id":"rA","customer_id":"cOwnB","title":"Call","source":"manual"}},)"
                          // and the same two done right
                          R"({"mutation_id":3,"entity":"visits","id":"vOwn","op":"upsert","fields":{)"
                          R"("customer_id":"cOwnA","rep_id":"rA","visited_at":1790000000,"channel":"phone"}},)"
                          R"({"mutation_id":4,"entity":"tasks","id":"tOwn","op":"upsert","fields":{)"
                          R"("owner_id":"rA","customer_id":"cOwnA","title":"Call","source":"manual"}})");
    QCOMPARE(a.status, 200);
    const QJsonArray results = a.body.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).toObject().value(u"status"_s).toString(), u"rejected"_s);
    QVERIFY2(results.at(0).toObject().value(u"reason"_s).toString().contains(u"visits.rep_id 'rB' names another rep"_s),
             qPrintable(results.at(0).toObject().value(u"reason"_s).toString()));
    QCOMPARE(results.at(1).toObject().value(u"status"_s).toString(), u"rejected"_s);
    QVERIFY2(results.at(1)
                 .toObject()
                 .value(u"reason"_s)
                 .toString()
                 .contains(u"tasks.customer_id 'cOwnB' is outside what repA may see"_s),
             qPrintable(results.at(1).toObject().value(u"reason"_s).toString()));
    QCOMPARE(results.at(2).toObject().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(results.at(3).toObject().value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM visits WHERE id = 'vOther'"_s), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE id = 'tOther'"_s), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM visits WHERE id = 'vOwn' AND rep_id = 'rA'"_s), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE id = 'tOwn'"_s), 1);

    // Moving an existing task onto another team's customer is refused the same way.
    const Answer moved = push(u"repA"_s, u"owner-repA"_s,
                              R"({"mutation_id":5,"entity":"tasks","id":"tOwn","op":"upsert","fields":{)"
                              R"("customer_id":"cOwnB"},"base":{"customer_id":"cOwnA"}})");
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.body.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM tasks WHERE id = 'tOwn' AND customer_id = 'cOwnA'"_s), 1);
}

void TestServerHostile::sigtermClosesEachThreadsConnectionOnItsThread() {
    const Tokens t = login(u"repA"_s);
    // Requests on several connections at once, a few times over, so that several pool threads open connections.
    constexpr int kParallel = 6;
    warmConnections(kParallel);
    for (int round = 0; round < 3; ++round) {
        QList<QNetworkReply*> replies;
        for (int i = 0; i < kParallel; ++i)
            replies << send(*m_parallel.at(size_t(i)), "GET", u"/api/v1/pull?limit=10"_s, {},
                            {{"Authorization", "Bearer " + t.access.toLatin1()}});
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }), 30000);
        for (QNetworkReply* r : replies)
            QCOMPARE(answerOf(r).status, 200);
    }
    QCOMPARE(m_server.stop(), 0);
    const QString log = m_server.serverLog();
    QVERIFY2(!log.contains(u"does not belong to the calling thread"_s), qPrintable(log.right(2000)));
    QVERIFY2(!log.contains(u"QSqlDatabasePrivate"_s), qPrintable(log.right(2000)));
    QVERIFY(log.contains(u"stride-server: stopped"_s));
}

QTEST_MAIN(TestServerHostile)
#include "tst_serverhostile.moc"
