// SignInThrottle's policy against a real store (an SQLite file) and a fixed clock: the doubling delay and its cap,
// the lock, trusted addresses that keep the real user in, and the generous per-address count.
#include "clock.h"
#include "serverdatabase.h"
#include "signinthrottle.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Server;
using Verdict = SignInThrottle::Verdict;

Q_DECLARE_METATYPE(Stride::Server::SignInThrottle::Verdict)

class TestSignInThrottle final : public QObject {
    Q_OBJECT

private slots:
    void addressesAreCountedByTheirBlock_data();
    void addressesAreCountedByTheirBlock();
    void init();
    void cleanup();
    void delayDoublesAfterTheFreeFailuresUpToTheCap_data();
    void delayDoublesAfterTheFreeFailuresUpToTheCap();
    void failuresOfOneNameDelayThenLock_data();
    void failuresOfOneNameDelayThenLock();
    void anAddressTheUserSignedInFromPassesTheDelayAndTheLock();
    void aTrustedAddressThatKeepsFailingLosesItsTrust();
    void aSuccessFromAnUntrustedAddressClearsTheCount();
    void aSuccessFromATrustedAddressLeavesOthersFailuresCounted();
    void oneAddressFailingOnManyNamesIsDelayedAfterAGenerousCount();
    void anAddressCountStartsAgainAfterAQuietHour();
    void unlockClearsTheLockAndTheFailures();
    void madeUpNamesAreForgottenAfterAMonth();

private:
    void fail(const QString& login, const QString& address, int times = 1);
    SignInThrottle::Decision check(const QString& login, const QString& address);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SignInThrottle> m_throttle;
};

void TestSignInThrottle::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(m_dir->filePath(u"server.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
    // "alice" is an account; other names are made up.
    QVERIFY(m_db->execute(u"INSERT INTO accounts (id, name, role, salt, password_hash, iterations, created_at) "
                          "VALUES ('a1', 'alice', 'rep', 's', 'h', 1000, 0)"_s)
                .ok());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()));
    m_throttle = std::make_unique<SignInThrottle>(*m_db, *m_clock);
}

void TestSignInThrottle::cleanup() {
    m_throttle.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSignInThrottle::fail(const QString& login, const QString& address, int times) {
    for (int i = 0; i < times; ++i) {
        Result<SignInThrottle::Decision> d = m_throttle->check(login, address);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QVERIFY(m_throttle->failed(login, address, d->trusted).ok());
    }
}

SignInThrottle::Decision TestSignInThrottle::check(const QString& login, const QString& address) {
    Result<SignInThrottle::Decision> d = m_throttle->check(login, address);
    if (!d)
        qWarning() << d.error();
    return d ? *d : SignInThrottle::Decision{};
}

void TestSignInThrottle::addressesAreCountedByTheirBlock_data() {
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("IPv4 as it is") << u"203.0.113.7"_s << u"203.0.113.7"_s;
    QTest::newRow("IPv6 by its /64") << u"2001:db8:1:2:aaaa:bbbb:cccc:dddd"_s << u"2001:db8:1:2::/64"_s;
    QTest::newRow("another address of the same /64") << u"2001:db8:1:2::1"_s << u"2001:db8:1:2::/64"_s;
    QTest::newRow("the next /64 apart") << u"2001:db8:1:3::1"_s << u"2001:db8:1:3::/64"_s;
    QTest::newRow("IPv6 loopback") << u"::1"_s << u"::/64"_s;
    QTest::newRow("IPv4-mapped IPv6 as IPv4") << u"::ffff:198.51.100.9"_s << u"198.51.100.9"_s;
    QTest::newRow("not an address: as it is") << u"(password change of ana)"_s << u"(password change of ana)"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestSignInThrottle::addressesAreCountedByTheirBlock() {
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(SignInThrottle::addressKey(address), key);
}

void TestSignInThrottle::delayDoublesAfterTheFreeFailuresUpToTheCap_data() {
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("free");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("no failure") << 0 << 5 << qint64(0);
    QTest::newRow("four of five free") << 4 << 5 << qint64(0);
    QTest::newRow("the fifth waits a second") << 5 << 5 << qint64(1);
    QTest::newRow("the sixth two") << 6 << 5 << qint64(2);
    QTest::newRow("the tenth 32 s") << 10 << 5 << qint64(32);
    QTest::newRow("the fourteenth 512 s") << 14 << 5 << qint64(512);
    QTest::newRow("the fifteenth reaches the 15-minute cap") << 15 << 5 << qint64(900);
    QTest::newRow("a thousand stay at the cap") << 1000 << 5 << qint64(900);
    QTest::newRow("an address: 49 of 50 free") << 49 << 50 << qint64(0);
    QTest::newRow("an address: the fiftieth waits a second") << 50 << 50 << qint64(1);
}

void TestSignInThrottle::delayDoublesAfterTheFreeFailuresUpToTheCap() {
    QFETCH(int, failures);
    QFETCH(int, free);
    QFETCH(qint64, expected);
    QCOMPARE(SignInThrottle::delayAfter(failures, free, 1, 900), expected);
}

void TestSignInThrottle::failuresOfOneNameDelayThenLock_data() {
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("laterSecs");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<qint64>("retryAfter");
    QTest::newRow("four: allowed") << 4 << 0 << Verdict::Allowed << qint64(0);
    QTest::newRow("five: a second") << 5 << 0 << Verdict::AccountDelayed << qint64(1);
    QTest::newRow("five, a second later: allowed") << 5 << 1 << Verdict::Allowed << qint64(0);
    QTest::newRow("eight: 8 s") << 8 << 0 << Verdict::AccountDelayed << qint64(8);
    QTest::newRow("eight, 7 s later: 1 s") << 8 << 7 << Verdict::AccountDelayed << qint64(1);
    QTest::newRow("fifteen: the cap") << 15 << 0 << Verdict::AccountDelayed << qint64(900);
    QTest::newRow("nineteen, 15 min later: allowed") << 19 << 900 << Verdict::Allowed << qint64(0);
    QTest::newRow("twenty: locked") << 20 << 0 << Verdict::Locked << qint64(0);
    QTest::newRow("twenty, a week later: still locked") << 20 << 7 * 86400 << Verdict::Locked << qint64(0);
    QTest::newRow("a made-up name locks the same way") << 20 << 60 << Verdict::Locked << qint64(0);
}

void TestSignInThrottle::failuresOfOneNameDelayThenLock() {
    QFETCH(int, failures);
    QFETCH(int, laterSecs);
    QFETCH(Verdict, verdict);
    QFETCH(qint64, retryAfter);
    const QString login =
        QString::fromLatin1(QTest::currentDataTag()).startsWith(u"a made-up"_s) ? u"nobody"_s : u"alice"_s;
    // Each failure from an address of its own: only the name's count is at work.
    for (int i = 0; i < failures; ++i)
        fail(login, u"10.0.0.%1"_s.arg(i + 1));
    m_clock->advanceSecs(laterSecs);
    const SignInThrottle::Decision d = check(login, u"10.0.1.1"_s);
    QCOMPARE(d.verdict, verdict);
    QCOMPARE(d.retryAfterSecs, retryAfter);
}

void TestSignInThrottle::anAddressTheUserSignedInFromPassesTheDelayAndTheLock() {
    QVERIFY(m_throttle->succeeded(u"alice"_s, u"192.0.2.7"_s, false).ok());
    fail(u"alice"_s, u"203.0.113.9"_s, 5);
    QCOMPARE(check(u"alice"_s, u"203.0.113.9"_s).verdict, Verdict::AccountDelayed);
    const SignInThrottle::Decision office = check(u"alice"_s, u"192.0.2.7"_s);
    QCOMPARE(office.verdict, Verdict::Allowed);
    QVERIFY(office.trusted);
    m_clock->advanceSecs(3600);
    fail(u"alice"_s, u"203.0.113.9"_s, 15);
    QCOMPARE(check(u"alice"_s, u"203.0.113.9"_s).verdict, Verdict::Locked);
    QCOMPARE(check(u"alice"_s, u"198.51.100.1"_s).verdict, Verdict::Locked);
    QCOMPARE(check(u"alice"_s, u"192.0.2.7"_s).verdict, Verdict::Allowed);
    // Trust lasts 30 days after the last success.
    m_clock->advanceSecs(31 * 86400);
    QCOMPARE(check(u"alice"_s, u"192.0.2.7"_s).verdict, Verdict::Locked);
}

void TestSignInThrottle::aTrustedAddressThatKeepsFailingLosesItsTrust() {
    QVERIFY(m_throttle->succeeded(u"alice"_s, u"192.0.2.7"_s, false).ok());
    fail(u"alice"_s, u"192.0.2.7"_s, 4);
    QVERIFY(check(u"alice"_s, u"192.0.2.7"_s).trusted);
    fail(u"alice"_s, u"192.0.2.7"_s, 1);
    QVERIFY(!check(u"alice"_s, u"192.0.2.7"_s).trusted);
    // From then on its failures count against the name like anyone's.
    fail(u"alice"_s, u"192.0.2.7"_s, 5);
    QCOMPARE(check(u"alice"_s, u"192.0.2.7"_s).verdict, Verdict::AccountDelayed);
}

void TestSignInThrottle::aSuccessFromAnUntrustedAddressClearsTheCount() {
    fail(u"alice"_s, u"203.0.113.9"_s, 5);
    m_clock->advanceSecs(1);
    QCOMPARE(check(u"alice"_s, u"198.51.100.1"_s).verdict, Verdict::Allowed);
    QVERIFY(m_throttle->succeeded(u"alice"_s, u"198.51.100.1"_s, false).ok());
    fail(u"alice"_s, u"203.0.113.9"_s, 4);
    QCOMPARE(check(u"alice"_s, u"203.0.113.9"_s).verdict, Verdict::Allowed);
}

void TestSignInThrottle::aSuccessFromATrustedAddressLeavesOthersFailuresCounted() {
    QVERIFY(m_throttle->succeeded(u"alice"_s, u"192.0.2.7"_s, false).ok());
    fail(u"alice"_s, u"203.0.113.9"_s, 5);
    const SignInThrottle::Decision office = check(u"alice"_s, u"192.0.2.7"_s);
    QVERIFY(office.trusted);
    QVERIFY(m_throttle->succeeded(u"alice"_s, u"192.0.2.7"_s, office.trusted).ok());
    QCOMPARE(check(u"alice"_s, u"203.0.113.9"_s).verdict, Verdict::AccountDelayed);
}

void TestSignInThrottle::oneAddressFailingOnManyNamesIsDelayedAfterAGenerousCount() {
    QVERIFY(m_throttle->succeeded(u"alice"_s, u"192.0.2.1"_s, false).ok());
    for (int i = 0; i < 49; ++i)
        fail(u"user%1"_s.arg(i), u"192.0.2.1"_s);
    // An office behind one NAT address: 49 failures on different names slow nobody down.
    QCOMPARE(check(u"bob"_s, u"192.0.2.1"_s).verdict, Verdict::Allowed);
    fail(u"user49"_s, u"192.0.2.1"_s);
    const SignInThrottle::Decision d = check(u"bob"_s, u"192.0.2.1"_s);
    QCOMPARE(d.verdict, Verdict::AddressDelayed);
    QCOMPARE(d.retryAfterSecs, qint64(1));
    // The other addresses, and a user who signed in from this one before, are not held up.
    QCOMPARE(check(u"bob"_s, u"192.0.2.2"_s).verdict, Verdict::Allowed);
    QCOMPARE(check(u"alice"_s, u"192.0.2.1"_s).verdict, Verdict::Allowed);
    fail(u"user50"_s, u"192.0.2.1"_s, 3);
    QCOMPARE(check(u"bob"_s, u"192.0.2.1"_s).retryAfterSecs, qint64(8));
}

void TestSignInThrottle::anAddressCountStartsAgainAfterAQuietHour() {
    for (int i = 0; i < 50; ++i)
        fail(u"user%1"_s.arg(i), u"192.0.2.1"_s);
    QCOMPARE(check(u"bob"_s, u"192.0.2.1"_s).verdict, Verdict::AddressDelayed);
    m_clock->advanceSecs(3601);
    QCOMPARE(check(u"bob"_s, u"192.0.2.1"_s).verdict, Verdict::Allowed);
    fail(u"user1"_s, u"192.0.2.1"_s);
    QCOMPARE(check(u"bob"_s, u"192.0.2.1"_s).verdict, Verdict::Allowed);
}

void TestSignInThrottle::unlockClearsTheLockAndTheFailures() {
    for (int i = 0; i < 20; ++i)
        fail(u"alice"_s, u"10.0.0.%1"_s.arg(i + 1));
    QCOMPARE(check(u"alice"_s, u"10.0.1.1"_s).verdict, Verdict::Locked);
    Result<bool> cleared = m_throttle->unlock(u"alice"_s);
    QVERIFY(cleared.ok());
    QVERIFY(*cleared);
    QCOMPARE(check(u"alice"_s, u"10.0.1.1"_s).verdict, Verdict::Allowed);
    fail(u"alice"_s, u"10.0.1.1"_s, 4);
    QCOMPARE(check(u"alice"_s, u"10.0.1.1"_s).verdict, Verdict::Allowed);
    cleared = m_throttle->unlock(u"bob"_s);
    QVERIFY(cleared.ok());
    QVERIFY(!*cleared);
}

void TestSignInThrottle::madeUpNamesAreForgottenAfterAMonth() {
    fail(u"nobody"_s, u"10.0.0.1"_s, 3);
    fail(u"alice"_s, u"10.0.0.1"_s, 3);
    m_clock->advanceSecs(29 * 86400);
    fail(u"someone"_s, u"10.0.0.2"_s);
    Result<QSqlQuery> kept = m_db->exec(u"SELECT count(*) FROM signin_accounts WHERE login = 'nobody'"_s);
    QVERIFY(kept.ok() && kept->next());
    QCOMPARE(kept->value(0).toInt(), 1); // 29 days on, still counted
    kept->finish();
    m_clock->advanceSecs(86400 + 1);
    fail(u"anyone"_s, u"10.0.0.2"_s);
    Result<QSqlQuery> q = m_db->exec(u"SELECT login, failures FROM signin_accounts ORDER BY login"_s);
    QVERIFY(q.ok());
    QStringList rows;
    while (q->next())
        rows << q->value(0).toString() + u'=' + q->value(1).toString();
    // "nobody" was forgotten after 30 quiet days, "someone" (29 days later) not yet, the account never.
    QCOMPARE(rows, (QStringList{u"alice=3"_s, u"anyone=1"_s, u"someone=1"_s}));
}

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
