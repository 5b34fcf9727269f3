// Sign-in against guessing, against a real stride-server over HTTPS on 127.0.0.1 whose clock the test holds
// (serve --clock-file): failures of one name delay its sign-ins longer and longer (429 with Retry-After, the
// password not even checked) and then lock it until `stride-server user unlock`, whichever addresses they come
// from; one address failing on many names is held up too; the addresses a user signed in from keep working; the
// state outlives a restart; an old password hash is re-made at today's iteration count; and the audit trail
// records every event without a secret. Source addresses are picked from 127.0.0.0/8 (all loopback on Linux).
// Runs on SQLite, and on PostgreSQL through the *_postgres entry.
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

struct Answer {
    int status = 0;
    QByteArray retryAfter; // the Retry-After header, when sent
    QJsonObject body;
};

constexpr qint64 kStart = 1800000000; // the server's frozen time when a test starts
const QString kRight = u"password1"_s;
const QString kWrong = u"not-the-password"_s;

} // namespace

class TestSignIn final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void failuresWaitLongerAndLongerAndTheRightPasswordWaitsToo();
    void failuresFromManyAddressesAddUpOnOneName();
    void oneAddressFailingOnManyNamesIsHeldUp();
    void twentyFailuresLockTheNameUntilAnAdminUnlocksIt();
    void theThrottleOutlivesARestart();
    void wrongCurrentPasswordsAreThrottledLikeSignIns();
    void anOldHashIsRemadeAtTheDefaultCountOnSignIn();
    void theAuditTrailHasEveryEventAndNoSecret();
    void refusalsAndLongNamesCannotFloodTheAuditTrail();

private:
    bool startServer();
    void setClock(qint64 secs);
    void advance(qint64 secs) { setClock(m_now + secs); }
    // One HTTPS request on a connection of its own from `from` (a 127.x.y.z address).
    Answer request(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& bearer = {},
                   const QString& from = u"127.0.0.1"_s);
    Answer login(const QString& user, const QString& password, const QString& from = u"127.0.0.1"_s);
    QStringList auditEvents(const QString& user = {});
    // A stride-server command; its standard output only (PostgreSQL's notices go to standard error).
    int tool(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr);

    std::unique_ptr<ServerFixture> m_server;
    qint64 m_now = kStart;
};

void TestSignIn::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestSignIn::init() {
    m_server = std::make_unique<ServerFixture>();
    const QString why = m_server->setUp({u"--clock-file"_s, m_server->tempPath(u"clock"_s)});
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    setClock(kStart);
}

void TestSignIn::cleanup() {
    m_server.reset();
}

bool TestSignIn::startServer() {
    return m_server->start();
}

void TestSignIn::setClock(qint64 secs) {
    m_now = secs;
    QFile f(m_server->tempPath(u"clock"_s));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::number(secs));
}

Answer TestSignIn::request(const QByteArray& method, const QString& path, const QJsonObject& body,
                           const QString& bearer, const QString& from) {
    QSslSocket socket;
    if (!socket.bind(QHostAddress(from))) {
        qWarning() << "cannot bind" << from << socket.errorString();
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_server->port()));
    if (!socket.waitForEncrypted(20000)) {
        qWarning() << "no TLS connection from" << from << socket.errorString();
        return {};
    }
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray head = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nStride-Protocol: 1\r\n";
    if (!bearer.isEmpty())
        head += "Authorization: Bearer " + bearer.toLatin1() + "\r\n";
    head +=
        "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(payload.size()) +
        "\r\n\r\n";
    socket.write(head + payload);
    QByteArray data;
    // The server closes the connection after its answer (Connection: close).
    while (socket.waitForReadyRead(20000))
        data += socket.readAll();
    data += socket.readAll();
    Answer a;
    const qsizetype split = data.indexOf("\r\n\r\n");
    if (split < 0) {
        qWarning() << "no answer from the server:" << data;
        return a;
    }
    const QList<QByteArray> lines = data.left(split).split('\n');
    a.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith("retry-after:"))
            a.retryAfter = line.mid(12).trimmed();
    }
    a.body = QJsonDocument::fromJson(data.mid(split + 4)).object();
    return a;
}

Answer TestSignIn::login(const QString& user, const QString& password, const QString& from) {
    return request("POST", u"/api/v1/login"_s, {{u"protocol"_s, 1}, {u"user"_s, user}, {u"password"_s, password}}, {},
                   from);
}

int TestSignIn::tool(const QStringList& args, QByteArray* out, QByteArray* err) {
    QProcess p;
    p.start(ServerFixture::serverBinary(), args);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList TestSignIn::auditEvents(const QString& user) {
    QStringList args{u"audit"_s, u"--db"_s, m_server->dbUrl(), u"--format"_s, u"json"_s};
    if (!user.isEmpty())
        args << u"--user"_s << user;
    QByteArray out;
    if (tool(args, &out) != 0) {
        qWarning() << "audit failed:" << out;
        return {};
    }
    QStringList events;
    for (const QJsonValue v : QJsonDocument::fromJson(out).array())
        events << v.toObject().value(u"event"_s).toString();
    return events;
}

void TestSignIn::failuresWaitLongerAndLongerAndTheRightPasswordWaitsToo() {
    QVERIFY(m_server->addUser(u"ana"_s, u"rep"_s, u"t1"_s, u"rAna"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login(u"ana"_s, kWrong).status, 401);
    // Each wait doubles; the right password is refused while it lasts, without being checked.
    for (const QByteArray wait : {"1", "2", "4"}) {
        const Answer held = login(u"ana"_s, kRight);
        QCOMPARE(held.status, 429);
        QCOMPARE(held.retryAfter, wait);
        QCOMPARE(held.body.value(u"error"_s).toString(), u"too_many_attempts"_s);
        QCOMPARE(held.body.value(u"retry_after"_s).toInteger(), wait.toLongLong());
        advance(wait.toLongLong() - 1);
        QCOMPARE(login(u"ana"_s, kRight).status, 429);
        advance(1);
        if (wait != "4")
            QCOMPARE(login(u"ana"_s, kWrong).status, 401);
    }
    QCOMPARE(login(u"ana"_s, kRight).status, 200);
    // The success cleared the count: four new failures are free again.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login(u"ana"_s, kWrong, u"127.0.0.2"_s).status, 401);
    QCOMPARE(login(u"ana"_s, kRight, u"127.0.0.3"_s).status, 200);
    QVERIFY(m_server->serverLog().contains(u"sign-in failed for \"ana\" from \"127.0.0.2\""_s));
}

void TestSignIn::failuresFromManyAddressesAddUpOnOneName() {
    QVERIFY(m_server->addUser(u"ben"_s, u"rep"_s, u"t1"_s, u"rBen"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    QCOMPARE(login(u"ben"_s, kRight, u"127.0.0.1"_s).status, 200);
    for (int i = 2; i <= 6; ++i)
        QCOMPARE(login(u"ben"_s, kWrong, u"127.0.0.%1"_s.arg(i)).status, 401);
    // A new address is held up for the name...
    const Answer held = login(u"ben"_s, kRight, u"127.0.0.7"_s);
    QCOMPARE(held.status, 429);
    QCOMPARE(held.retryAfter, QByteArray("1"));
    // ...but not the address ben signed in from: the guesses elsewhere do not keep him out.
    QCOMPARE(login(u"ben"_s, kRight, u"127.0.0.1"_s).status, 200);
}

void TestSignIn::oneAddressFailingOnManyNamesIsHeldUp() {
    QVERIFY(m_server->addUser(u"cara"_s, u"rep"_s, u"t1"_s, u"rCara"_s));
    QVERIFY(m_server->addUser(u"dan"_s, u"rep"_s, u"t1"_s, u"rDan"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    QCOMPARE(login(u"dan"_s, kRight, u"127.0.1.1"_s).status, 200);
    // An office behind one address: 49 failures on different names hold nobody up.
    for (int i = 0; i < 49; ++i)
        QCOMPARE(login(u"spray%1"_s.arg(i), kWrong, u"127.0.1.1"_s).status, 401);
    QCOMPARE(login(u"cara"_s, kWrong, u"127.0.1.1"_s).status, 401);
    const Answer held = login(u"cara"_s, kRight, u"127.0.1.1"_s);
    QCOMPARE(held.status, 429);
    QCOMPARE(held.retryAfter, QByteArray("1"));
    QVERIFY(held.body.value(u"message"_s).toString().contains(u"from this address"_s));
    QCOMPARE(login(u"cara"_s, kRight, u"127.0.1.2"_s).status, 200);
    QCOMPARE(login(u"dan"_s, kRight, u"127.0.1.1"_s).status, 200);
}

void TestSignIn::twentyFailuresLockTheNameUntilAnAdminUnlocksIt() {
    QVERIFY(m_server->addUser(u"eve"_s, u"rep"_s, u"t1"_s, u"rEve"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    QCOMPARE(login(u"eve"_s, kRight, u"127.0.2.1"_s).status, 200);
    for (int i = 0; i < 20; ++i) {
        advance(1000); // past every delay: only the lock is at work
        QCOMPARE(login(u"eve"_s, kWrong, u"127.0.2.2"_s).status, 401);
    }
    advance(86400);
    for (const QString& from : {u"127.0.2.2"_s, u"127.0.2.3"_s}) {
        const Answer locked = login(u"eve"_s, kRight, from);
        QCOMPARE(locked.status, 403);
        QCOMPARE(locked.body.value(u"error"_s).toString(), u"account_locked"_s);
        QVERIFY(locked.retryAfter.isEmpty());
    }
    // The address eve works from is not locked out.
    QCOMPARE(login(u"eve"_s, kRight, u"127.0.2.1"_s).status, 200);
    QVERIFY(m_server->serverLog().contains(u"sign-in name \"eve\" locked after 20 failures"_s));

    QByteArray out;
    QCOMPARE(tool({u"user"_s, u"unlock"_s, u"--db"_s, m_server->dbUrl()}, &out), 1);
    QByteArray err;
    QCOMPARE(tool({u"user"_s, u"unlock"_s, u"--db"_s, m_server->dbUrl(), u"nobody"_s}, &out, &err), 2);
    QVERIFY2(err.contains("stride-server user unlock: no user 'nobody'"), err.constData());
    QCOMPARE(tool({u"user"_s, u"unlock"_s, u"--db"_s, m_server->dbUrl(), u"eve"_s}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("unlocked eve"));
    QCOMPARE(login(u"eve"_s, kRight, u"127.0.2.3"_s).status, 200);
    QCOMPARE(tool({u"user"_s, u"unlock"_s, u"--db"_s, m_server->dbUrl(), u"--name"_s, u"eve"_s}, &out), 0);
    QCOMPARE(out.trimmed(), QByteArray("eve was not locked"));
}

void TestSignIn::theThrottleOutlivesARestart() {
    QVERIFY(m_server->addUser(u"fay"_s, u"rep"_s, u"t1"_s, u"rFay"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    for (int i = 0; i < 7; ++i) {
        advance(100);
        QCOMPARE(login(u"fay"_s, kWrong).status, 401);
    }
    QCOMPARE(login(u"fay"_s, kRight).retryAfter, QByteArray("4"));
    QCOMPARE(m_server->stop(), 0);
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    const Answer held = login(u"fay"_s, kRight);
    QCOMPARE(held.status, 429);
    QCOMPARE(held.retryAfter, QByteArray("4"));
    advance(4);
    QCOMPARE(login(u"fay"_s, kRight).status, 200);
}

void TestSignIn::wrongCurrentPasswordsAreThrottledLikeSignIns() {
    // Whoever holds a stolen access token cannot guess the password through /password instead.
    QVERIFY(m_server->addUser(u"hal"_s, u"rep"_s, u"t1"_s, u"rHal"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    const Answer s = login(u"hal"_s, kRight);
    QCOMPARE(s.status, 200);
    const QString access = s.body.value(u"access_token"_s).toString();
    auto change = [&](const QString& old) {
        return request("POST", u"/api/v1/password"_s,
                       {{u"protocol"_s, 1}, {u"old_password"_s, old}, {u"new_password"_s, u"hal-new-password"_s}},
                       access);
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(change(kWrong).body.value(u"error"_s).toString(), u"wrong_password"_s);
    const Answer held = change(kRight);
    QCOMPARE(held.status, 429);
    QCOMPARE(held.retryAfter, QByteArray("1"));
    // The count is the name's: a sign-in from a new address waits too, while the one hal signed in from does not.
    QCOMPARE(login(u"hal"_s, kRight, u"127.0.4.1"_s).status, 429);
    QCOMPARE(login(u"hal"_s, kRight).status, 200);
    advance(1);
    QCOMPARE(change(kRight).status, 200);
}

void TestSignIn::anOldHashIsRemadeAtTheDefaultCountOnSignIn() {
    // "old" was given a hash when the count was 120,000; "new" gets today's default (no test override).
    m_server->setPasswordIterations(120000);
    QVERIFY(m_server->addUser(u"old"_s, u"rep"_s, u"t1"_s, u"rOld"_s));
    m_server->setPasswordIterations(0);
    QVERIFY(m_server->addUser(u"new"_s, u"rep"_s, u"t1"_s, u"rNew"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    auto stored = [this](const QString& name) {
        QSqlQuery q(m_server->store());
        q.prepare(u"SELECT iterations, password_hash, salt FROM accounts WHERE name = ?"_s);
        q.addBindValue(name);
        return q.exec() && q.next() ? QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}
                                    : QStringList();
    };
    const QStringList before = stored(u"old"_s);
    QCOMPARE(before.value(0), u"120000"_s);
    QCOMPARE(stored(u"new"_s).value(0), u"600000"_s);

    QCOMPARE(login(u"old"_s, kWrong).status, 401);
    QCOMPARE(stored(u"old"_s), before); // only the right password is re-hashed
    QElapsedTimer t;
    t.start();
    QCOMPARE(login(u"old"_s, kRight).status, 200);
    const qint64 rehashMs = t.restart();
    const QStringList after = stored(u"old"_s);
    QCOMPARE(after.value(0), u"600000"_s);
    QVERIFY(after.value(1) != before.value(1));
    QVERIFY(after.value(2) != before.value(2));
    QCOMPARE(login(u"old"_s, kRight).status, 200); // the new hash holds the same password
    QCOMPARE(stored(u"old"_s), after);             // and is not re-made again
    const qint64 signInMs = t.restart();
    QCOMPARE(login(u"new"_s, kRight).status, 200);
    qInfo("sign-in at 600,000 iterations: %lld ms; with the re-hash from 120,000: %lld ms", signInMs, rehashMs);
    QVERIFY(auditEvents(u"old"_s).contains(u"signin"_s));
}

void TestSignIn::theAuditTrailHasEveryEventAndNoSecret() {
    QVERIFY(m_server->addUser(u"gus"_s, u"rep"_s, u"t1"_s, u"rGus"_s));
    QVERIFY(m_server->addUser(u"boss"_s, u"admin"_s, {}, u"boss"_s, u"boss-secret-pw"_s));
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    QStringList secrets{kRight, kWrong, u"boss-secret-pw"_s, u"gus-new-password"_s};

    QCOMPARE(login(u"gus"_s, kWrong, u"127.0.3.9"_s).status, 401);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login(u"gus"_s, kWrong, u"127.0.3.9"_s).status, 401);
    QCOMPARE(login(u"gus"_s, kRight, u"127.0.3.9"_s).status, 429);
    advance(1);
    Answer s = login(u"gus"_s, kRight, u"127.0.3.9"_s);
    QCOMPARE(s.status, 200);
    const QString refreshToken = s.body.value(u"refresh_token"_s).toString();
    secrets << s.body.value(u"access_token"_s).toString() << refreshToken;

    // A reused refresh token, a password change, a logout.
    Answer r = request("POST", u"/api/v1/refresh"_s, {{u"protocol"_s, 1}, {u"refresh_token"_s, refreshToken}});
    QCOMPARE(r.status, 200);
    secrets << r.body.value(u"access_token"_s).toString() << r.body.value(u"refresh_token"_s).toString();
    QCOMPARE(request("POST", u"/api/v1/refresh"_s, {{u"protocol"_s, 1}, {u"refresh_token"_s, refreshToken}}).status,
             401);
    s = login(u"gus"_s, kRight);
    QCOMPARE(s.status, 200);
    Answer changed =
        request("POST", u"/api/v1/password"_s,
                {{u"protocol"_s, 1}, {u"old_password"_s, kRight}, {u"new_password"_s, u"gus-new-password"_s}},
                s.body.value(u"access_token"_s).toString());
    QCOMPARE(changed.status, 200);
    const QString access = changed.body.value(u"access_token"_s).toString();
    secrets << s.body.value(u"access_token"_s).toString() << s.body.value(u"refresh_token"_s).toString() << access
            << changed.body.value(u"refresh_token"_s).toString();

    // A push a rep may not make, and an admin's change of a team.
    const QJsonObject teamRow{{u"mutation_id"_s, 1},
                              {u"entity"_s, u"teams"_s},
                              {u"id"_s, u"t1"_s},
                              {u"op"_s, u"upsert"_s},
                              {u"fields"_s, QJsonObject{{u"name"_s, u"Renamed"_s}}}};
    Answer pushed =
        request("POST", u"/api/v1/push"_s,
                {{u"protocol"_s, 1}, {u"device_id"_s, u"gus-device"_s}, {u"entries"_s, QJsonArray{teamRow}}}, access);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"rejected"_s);
    s = login(u"boss"_s, u"boss-secret-pw"_s);
    QCOMPARE(s.status, 200);
    secrets << s.body.value(u"access_token"_s).toString() << s.body.value(u"refresh_token"_s).toString();
    pushed = request("POST", u"/api/v1/push"_s,
                     {{u"protocol"_s, 1}, {u"device_id"_s, u"boss-device"_s}, {u"entries"_s, QJsonArray{teamRow}}},
                     s.body.value(u"access_token"_s).toString());
    QCOMPARE(pushed.status, 200);
    QVERIFY(pushed.body.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString() != u"rejected"_s);
    QCOMPARE(request("POST", u"/api/v1/logout"_s, {{u"protocol"_s, 1}}, access).status, 200);

    // Twenty failures lock a made-up name; the command line unlocks it.
    for (int i = 0; i < 20; ++i) {
        advance(1000);
        QCOMPARE(login(u"intruder"_s, kWrong, u"127.0.3.10"_s).status, 401);
    }
    QCOMPARE(login(u"intruder"_s, kWrong, u"127.0.3.10"_s).status, 403);
    QCOMPARE(tool({u"user"_s, u"unlock"_s, u"--db"_s, m_server->dbUrl(), u"intruder"_s}), 0);
    QCOMPARE(tool({u"user"_s, u"disable"_s, u"--db"_s, m_server->dbUrl(), u"--name"_s, u"gus"_s}), 0);

    const QStringList events = auditEvents();
    for (const QString& e : {u"team_added"_s, u"user_added"_s, u"signin_failed"_s, u"signin_refused"_s, u"signin"_s,
                             u"refresh_reuse"_s, u"password_changed"_s, u"push_rejected"_s, u"people_changed"_s,
                             u"logout"_s, u"locked"_s, u"unlocked"_s, u"user_disabled"_s})
        QVERIFY2(events.contains(e), qPrintable(e + u" is missing from "_s + events.join(u", "_s)));
    const QStringList gus = auditEvents(u"gus"_s);
    QVERIFY(!gus.isEmpty() && !gus.contains(u"locked"_s) && gus.contains(u"push_rejected"_s));

    QByteArray out;
    QCOMPARE(tool({u"audit"_s, u"--db"_s, m_server->dbUrl(), u"--since"_s, u"2100-01-01"_s}, &out), 0);
    QVERIFY2(out.startsWith("time\tevent") && !out.contains("signin"), out.constData()); // the header line only
    QCOMPARE(tool({u"audit"_s, u"--db"_s, m_server->dbUrl(), u"--since"_s, u"yesterday"_s}), 1);
    QCOMPARE(tool({u"audit"_s, u"--db"_s, m_server->dbUrl(), u"--format"_s, u"xml"_s}), 1);
    QCOMPARE(tool({u"audit"_s}), 1);
    QCOMPARE(tool({u"audit"_s, u"--db"_s, m_server->dbUrl()}, &out), 0);
    QVERIFY(out.contains("signin_failed\t-\tgus\t127.0.3.9\twrong password"));

    // No password, token, salt or hash anywhere in the table.
    QSqlQuery q(m_server->store());
    QVERIFY(q.exec(u"SELECT salt, password_hash FROM accounts"_s));
    while (q.next())
        secrets << q.value(0).toString() << q.value(1).toString();
    QVERIFY(q.exec(u"SELECT token_hash FROM tokens"_s));
    while (q.next())
        secrets << q.value(0).toString();
    QVERIFY(q.exec(u"SELECT id, at, event, actor, subject, address, detail FROM audit"_s));
    int rows = 0;
    while (q.next()) {
        ++rows;
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << q.value(i).toString();
        const QString row = cells.join(u'|');
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!row.contains(secret), qPrintable(row));
        }
    }
    QVERIFY(rows > 30);
}

void TestSignIn::refusalsAndLongNamesCannotFloodTheAuditTrail() {
    QVERIFY2(startServer(), qPrintable(m_server->serverLog()));
    // A "name" longer than any name is refused before the throttle or the audit trail store it.
    const Answer longName = login(QString(300, u'x'), kWrong);
    QCOMPARE(longName.status, 400);
    QVERIFY(auditEvents(QString(300, u'x')).isEmpty());
    // A throttled client sending as fast as it can leaves one refusal a minute, not one a request.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login(u"flood"_s, kWrong, u"127.0.4.1"_s).status, 401);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(login(u"flood"_s, kWrong, u"127.0.4.1"_s).status, 429);
    QCOMPARE(auditEvents(u"flood"_s).count(u"signin_refused"_s), 1);
    advance(61);
    (void)login(u"flood"_s, kWrong, u"127.0.4.1"_s);
    (void)login(u"flood"_s, kWrong, u"127.0.4.1"_s);
    QVERIFY(auditEvents(u"flood"_s).count(u"signin_refused"_s) <= 2);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
