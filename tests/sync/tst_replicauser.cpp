// The replica records its signed-in user (ReplicaUserStore) at sign-in and after each successful sync, against a
// real stride-server.
#include "serverfixture.h"
#include "storage/replicauserstore.h"
#include "verifyok.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestReplicaUser final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInRecordsTheUserBeforeAnySync();
    void eachSyncRecordsTheSessionsUser();
    void aSessionResumedFromARefreshTokenIsRecorded();
    void aFailedSignInRecordsNothing();

private:
    std::unique_ptr<ClientDevice> device(const QString& name);

    ServerFixture m_server;
};

std::unique_ptr<ClientDevice> TestReplicaUser::device(const QString& name) {
    return std::make_unique<ClientDevice>(m_server.tempPath(name + u".sqlite"_s), m_server.endpoint());
}

void TestReplicaUser::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
    QVERIFY(m_server.addUser(u"zhao@acme.cn"_s, u"supervisor"_s, u"t-east"_s, u"r-zhao"_s));
    QVERIFY(m_server.addUser(u"wang@acme.cn"_s, u"director"_s, {}, u"r-wang"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestReplicaUser::cleanupTestCase() {
    m_server.stop();
}

void TestReplicaUser::signInRecordsTheUserBeforeAnySync() {
    auto d = device(u"li"_s);
    QVERIFY(!ReplicaUserStore::load(d->db())->signedIn());
    QVERIFY(d->signIn(u"li.na@acme.cn"_s));
    const Result<ReplicaUser> u = ReplicaUserStore::load(d->db());
    VERIFY_OK(u);
    QCOMPARE(*u, (ReplicaUser{u"li.na@acme.cn"_s, u"rep"_s, u"r-li"_s, u"t-east"_s}));
    QVERIFY(u->isRep());
}

void TestReplicaUser::eachSyncRecordsTheSessionsUser() {
    auto d = device(u"zhao"_s);
    QVERIFY(d->signIn(u"zhao@acme.cn"_s));
    // Whatever the replica held (an older sign-in, a role changed since): the sync's session decides.
    QVERIFY(ReplicaUserStore::save(d->db(), {u"someone.else"_s, u"rep"_s, u"r-old"_s, u"t-old"_s}));
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    const Result<ReplicaUser> u = ReplicaUserStore::load(d->db());
    QVERIFY(u.ok());
    QCOMPARE(*u, (ReplicaUser{u"zhao@acme.cn"_s, u"supervisor"_s, u"r-zhao"_s, u"t-east"_s}));
    QVERIFY(u->isSupervisor());
}

void TestReplicaUser::aSessionResumedFromARefreshTokenIsRecorded() {
    // The app and `stride-cli sync` resume from the keychain's refresh token without signing in again.
    QString token;
    {
        auto login = device(u"login"_s);
        QVERIFY(login->signIn(u"wang@acme.cn"_s));
        token = login->engine().session().refreshToken;
    }
    QVERIFY(!token.isEmpty());
    auto d = device(u"wang"_s);
    d->engine().setRefreshToken(token);
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    const Result<ReplicaUser> u = ReplicaUserStore::load(d->db());
    QVERIFY(u.ok());
    QCOMPARE(*u, (ReplicaUser{u"wang@acme.cn"_s, u"director"_s, u"r-wang"_s, QString()}));
    QVERIFY(u->seesAll());
}

void TestReplicaUser::aFailedSignInRecordsNothing() {
    auto d = device(u"wrong"_s);
    QSignalSpy spy(&d->engine(), &SyncEngine::signedIn);
    d->engine().signIn(u"li.na@acme.cn"_s, u"not-the-password"_s);
    QVERIFY(spy.wait(20000));
    QVERIFY(!spy.at(0).at(0).value<Status>().ok());
    QVERIFY(!ReplicaUserStore::load(d->db())->signedIn());
    const SyncReport r = d->sync();
    QVERIFY(!r.ok);
    QVERIFY(!ReplicaUserStore::load(d->db())->signedIn());
}

QTEST_GUILESS_MAIN(TestReplicaUser)
#include "tst_replicauser.moc"
