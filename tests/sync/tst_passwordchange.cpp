// SyncEngine::changePassword against a real stride-server: the current password is checked there, and this
// device goes on with the new session the server answers with.
#include "serverfixture.h"
#include "storage/replicauserstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {
struct Answer {
    SyncJob::Error error = SyncJob::Error::None;
    QString code;
};

Answer change(SyncEngine& engine, const QString& oldPassword, const QString& newPassword) {
    QSignalSpy spy(&engine, &SyncEngine::passwordChangeFinished);
    engine.changePassword(oldPassword, newPassword);
    if (spy.isEmpty() && !spy.wait(30000))
        return {SyncJob::Error::Timeout, u"no answer"_s};
    return {spy.at(0).at(0).value<SyncJob::Error>(), spy.at(0).at(1).toString()};
}
} // namespace

class TestPasswordChange final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkedOnTheServerAndTheDeviceStaysSignedIn();
    void withoutASessionNothingIsSent();

private:
    ServerFixture m_server;
};

void TestPasswordChange::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestPasswordChange::cleanupTestCase() {
    m_server.stop();
}

void TestPasswordChange::checkedOnTheServerAndTheDeviceStaysSignedIn() {
    ClientDevice d(m_server.tempPath(u"li.sqlite"_s), m_server.endpoint());
    QVERIFY(d.signIn(u"li.na@acme.cn"_s));
    const Answer wrong = change(d.engine(), u"not-my-password"_s, u"new-secret-1"_s);
    if (wrong.code == u"not_found"_s)
        QSKIP("this stride-server has no POST /password");
    QCOMPARE(wrong.error, SyncJob::Error::Forbidden);
    QCOMPARE(wrong.code, u"wrong_password"_s);
    const Answer weak = change(d.engine(), u"password1"_s, u"short"_s);
    QCOMPARE(weak.code, u"weak_password"_s);

    const QString before = d.engine().session().refreshToken;
    QSignalSpy session(&d.engine(), &SyncEngine::sessionChanged);
    const Answer ok = change(d.engine(), u"password1"_s, u"new-secret-1"_s);
    QCOMPARE(ok.error, SyncJob::Error::None);
    QCOMPARE(session.count(), 1); // the new refresh token is handed on to be kept
    QVERIFY(d.engine().session().refreshToken != before);
    const SyncReport r = d.sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(ReplicaUserStore::load(d.db())->repId, u"r-li"_s);

    ClientDevice other(m_server.tempPath(u"other.sqlite"_s), m_server.endpoint());
    QVERIFY(!other.signIn(u"li.na@acme.cn"_s, u"password1"_s));
    QVERIFY(other.signIn(u"li.na@acme.cn"_s, u"new-secret-1"_s));
}

void TestPasswordChange::withoutASessionNothingIsSent() {
    ClientDevice d(m_server.tempPath(u"none.sqlite"_s), m_server.endpoint());
    const Answer a = change(d.engine(), u"password1"_s, u"new-secret-2"_s);
    QCOMPARE(a.error, SyncJob::Error::Auth);
    QCOMPARE(a.code, u"not_signed_in"_s);
}

QTEST_GUILESS_MAIN(TestPasswordChange)
#include "tst_passwordchange.moc"
