// `stride-cli customer add` and `visit add` act as the replica's signed-in user: real stride-cli processes against
// a real stride-server (tests/sync's ServerFixture).
#include "clirun.h"
#include "serverfixture.h"
#include "storage/replicauserstore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

using Run = Test::CliRun;

Run runCli(const QStringList& args, const QByteArray& input = {}) {
    return Test::CliRun::run(args, input);
}

QVariant scalar(const QString& path, const QString& sql, const QVariantList& binds = {}) {
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    Result<QSqlQuery> q = (*db)->exec(sql, binds);
    return q && q->next() ? q->value(0) : QVariant();
}

} // namespace

class TestCliOwner final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void customerAddOwnsTheCustomerAsTheSignedInRepAndTheServerAcceptsIt();
    void visitAddIsMadeByTheSignedInRep();
    void loginWithDbRecordsTheUser();
    void aReplicaWithoutAUserNeedsAnOwner_data();
    void aReplicaWithoutAUserNeedsAnOwner();
    void aDirectorOwnsANewCustomerThroughTheirOwnRep();
    void aUserWithoutARepRowMustNameTheOwner_data();
    void aUserWithoutARepRowMustNameTheOwner();
    void aStageMoveIsMadeByTheSignedInRep_data();
    void aStageMoveIsMadeByTheSignedInRep();

private:
    QStringList serverArgs(const QString& user) const;
    Run sync(const QString& replica, const QString& user);

    ServerFixture m_server;
    QString m_rep; // a rep's replica, synced once
};

QStringList TestCliOwner::serverArgs(const QString& user) const {
    return {u"--server"_s, m_server.url(),        u"--ca"_s,         m_server.caFile(), u"--user"_s,
            user,          u"--password-stdin"_s, u"--no-keychain"_s};
}

Run TestCliOwner::sync(const QString& replica, const QString& user) {
    return runCli(QStringList{u"sync"_s, u"--db"_s, replica} + serverArgs(user), "password1\n");
}

void TestCliOwner::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(ServerFixture::cliBinary()))
        QSKIP("stride-cli is not built");
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, {}));
    QVERIFY(m_server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
    QVERIFY(m_server.addUser(u"wang@acme.cn"_s, u"director"_s, {}, u"r-wang"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));

    // `stride-server user add` makes the account only; the rep's row is written by an admin, as the demo does.
    Result<SyncEndpoint> ep = SyncEndpoint::make(m_server.url(), m_server.caFile());
    QVERIFY(ep.ok());
    ClientDevice admin(m_server.tempPath(u"admin.sqlite"_s), *ep);
    QVERIFY(admin.signIn(u"admin"_s));
    QVERIFY(admin.store().apply({
        {u"teams"_s, u"t-east"_s, {{u"name"_s, u"华东"_s}}, false},
        {u"reps"_s,
         u"r-li"_s,
         {{u"name"_s, u"李娜"_s}, {u"role"_s, u"rep"_s}, {u"team_id"_s, u"t-east"_s}, {u"email"_s, u"li.na@acme.cn"_s}},
         false},
        {u"reps"_s, u"r-wang"_s, {{u"name"_s, u"王总"_s}, {u"role"_s, u"director"_s}}, false},
    }));
    const SyncReport r = admin.sync();
    QVERIFY2(r.ok && r.rejected == 0, qPrintable(r.error));

    m_rep = m_server.tempPath(u"rep.sqlite"_s);
    const Run first = sync(m_rep, u"li.na@acme.cn"_s);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
}

void TestCliOwner::cleanupTestCase() {
    m_server.stop();
}

void TestCliOwner::customerAddOwnsTheCustomerAsTheSignedInRepAndTheServerAcceptsIt() {
    const Run add = runCli({u"customer"_s, u"add"_s, u"--db"_s, m_rep, u"name=杭州测试有限公司"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const QString id = add.out.trimmed();
    QVERIFY(!id.isEmpty());
    QCOMPARE(scalar(m_rep, u"SELECT owner_id FROM customers WHERE id = ?"_s, {id}).toString(), u"r-li"_s);

    const Run pushed = sync(m_rep, u"li.na@acme.cn"_s);
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    QVERIFY2(pushed.out.contains(u"rejected 0"_s), qPrintable(pushed.out));
    QVERIFY2(!pushed.err.contains(u"attention"_s), qPrintable(pushed.err));
    QCOMPARE(scalar(m_rep, u"SELECT count(*) FROM rejected"_s).toInt(), 0);
    QCOMPARE(scalar(m_rep, u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id = ? AND owner_id = 'r-li' AND vis_rep = 'r-li'"_s,
                            {id}),
             1);
}

void TestCliOwner::visitAddIsMadeByTheSignedInRep() {
    const Run add = runCli({u"customer"_s, u"add"_s, u"--db"_s, m_rep, u"name=宁波客户"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run visit =
        runCli({u"visit"_s, u"add"_s, u"--db"_s, m_rep, u"--customer"_s, add.out.trimmed(), u"--channel"_s, u"phone"_s,
                u"--summary"_s, u"首次电话"_s, u"no_action_reason=客户明确本季度无需求"_s});
    QVERIFY2(visit.exitCode == 0, qPrintable(visit.err));
    QCOMPARE(scalar(m_rep, u"SELECT rep_id FROM visits WHERE id = ?"_s, {visit.out.trimmed()}).toString(), u"r-li"_s);
    const Run pushed = sync(m_rep, u"li.na@acme.cn"_s);
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
    QVERIFY2(pushed.out.contains(u"rejected 0"_s), qPrintable(pushed.out));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM visits WHERE id = ? AND rep_id = 'r-li'"_s, {visit.out.trimmed()}),
             1);
}

void TestCliOwner::loginWithDbRecordsTheUser() {
    const QString path = m_server.tempPath(u"login.sqlite"_s);
    const Run login = runCli(QStringList{u"login"_s, u"--db"_s, path} + serverArgs(u"li.na@acme.cn"_s), "password1\n");
    QVERIFY2(login.exitCode == 0, qPrintable(login.err));
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    const Result<ReplicaUser> u = ReplicaUserStore::load(**db);
    QVERIFY(u.ok());
    QCOMPARE(*u, (ReplicaUser{u"li.na@acme.cn"_s, u"rep"_s, u"r-li"_s, u"t-east"_s}));
}

void TestCliOwner::aReplicaWithoutAUserNeedsAnOwner_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("table");
    QTest::newRow("customer add") << QStringList{u"customer"_s, u"add"_s, u"name=杭州测试有限公司"_s} << u"customers"_s;
    QTest::newRow("visit add") << QStringList{u"visit"_s, u"add"_s, u"--customer"_s, u"c1"_s,
                                              u"no_action_reason=客户明确本季度无需求"_s}
                               << u"visits"_s;
}
void TestCliOwner::aReplicaWithoutAUserNeedsAnOwner() {
    QFETCH(QStringList, args);
    QFETCH(QString, table);
    // A replica that was never signed in (here: with a customer to visit and a rep, written locally).
    const QString path = m_server.tempPath(u"nouser-%1.sqlite"_s.arg(table));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(db.ok());
        EntityStore store(**db);
        QVERIFY(store.apply({{u"reps"_s, u"r1"_s, {{u"name"_s, u"Ann"_s}, {u"role"_s, u"rep"_s}}, false},
                             {u"customers"_s, u"c1"_s, {{u"name"_s, u"Alpha"_s}, {u"owner_id"_s, u"r1"_s}}, false}}));
    }
    const qint64 before = scalar(path, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
    const Run r = runCli(args + QStringList{u"--db"_s, path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no signed-in user"_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QCOMPARE(scalar(path, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong(), before);
    // Naming the owner (or the visiting rep) is enough.
    const Run named =
        runCli(args + QStringList{u"--db"_s, path} +
               (table == u"customers"_s ? QStringList{u"owner_id=r1"_s} : QStringList{u"--rep"_s, u"r1"_s}));
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QCOMPARE(scalar(path, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong(), before + 1);
}

void TestCliOwner::aDirectorOwnsANewCustomerThroughTheirOwnRep() {
    const QString path = m_server.tempPath(u"director.sqlite"_s);
    const Run first = sync(path, u"wang@acme.cn"_s);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Run add = runCli({u"customer"_s, u"add"_s, u"--db"_s, path, u"name=温州客户"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(scalar(path, u"SELECT owner_id FROM customers WHERE id = ?"_s, {add.out.trimmed()}).toString(),
             u"r-wang"_s);
    // Or for a rep of theirs, named.
    const Run named = runCli({u"customer"_s, u"add"_s, u"--db"_s, path, u"name=台州客户"_s, u"owner_id=r-li"_s});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    const Run pushed = sync(path, u"wang@acme.cn"_s);
    QVERIFY2(pushed.exitCode == 0 && pushed.out.contains(u"rejected 0"_s), qPrintable(pushed.out + pushed.err));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id IN (?, ?)"_s,
                            {add.out.trimmed(), named.out.trimmed()}),
             2);
}

void TestCliOwner::aUserWithoutARepRowMustNameTheOwner_data() {
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("repId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("an account without a rep") << u"admin"_s << QString() << u"has no rep of their own"_s;
    QTest::newRow("a rep row not in the replica") << u"director"_s << u"r-ghost"_s << u"no rep r-ghost"_s;
}
void TestCliOwner::aUserWithoutARepRowMustNameTheOwner() {
    QFETCH(QString, role);
    QFETCH(QString, repId);
    QFETCH(QString, expected);
    const QString path = m_server.tempPath(u"norep-%1.sqlite"_s.arg(role));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(ReplicaUserStore::save(**db, {u"boss@acme.cn"_s, role, repId, QString()}));
        EntityStore store(**db);
        QVERIFY(store.apply({{u"reps"_s, u"r1"_s, {{u"name"_s, u"Ann"_s}, {u"role"_s, u"rep"_s}}, false}}));
    }
    const Run add = runCli({u"customer"_s, u"add"_s, u"--db"_s, path, u"name=温州客户"_s});
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(expected) && add.err.contains(u"owner_id="_s), qPrintable(add.err));
    QCOMPARE(scalar(path, u"SELECT count(*) FROM customers"_s).toInt(), 0);
    const Run named = runCli({u"customer"_s, u"add"_s, u"--db"_s, path, u"name=温州客户"_s, u"owner_id=r1"_s});
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
}

void TestCliOwner::aStageMoveIsMadeByTheSignedInRep_data() {
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QString>("by");
    QTest::newRow("signed in") << true << u"r2"_s;
    QTest::newRow("never signed in: the deal's owner") << false << u"r1"_s;
}
void TestCliOwner::aStageMoveIsMadeByTheSignedInRep() {
    QFETCH(bool, signedIn);
    QFETCH(QString, by);
    const QString path = m_server.tempPath(u"stage-%1.sqlite"_s.arg(signedIn));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(db.ok());
        EntityStore store(**db);
        QVERIFY(store.apply({{u"reps"_s, u"r1"_s, {{u"name"_s, u"Ann"_s}, {u"role"_s, u"rep"_s}}, false},
                             {u"reps"_s, u"r2"_s, {{u"name"_s, u"Sam"_s}, {u"role"_s, u"supervisor"_s}}, false},
                             {u"customers"_s, u"c1"_s, {{u"name"_s, u"Alpha"_s}, {u"owner_id"_s, u"r1"_s}}, false},
                             {u"opportunities"_s,
                              u"o1"_s,
                              {{u"customer_id"_s, u"c1"_s},
                               {u"owner_id"_s, u"r1"_s},
                               {u"title"_s, u"Pumps"_s},
                               {u"stage"_s, u"lead"_s}},
                              false}}));
        if (signedIn)
            QVERIFY(ReplicaUserStore::save(**db, {u"sam@acme.cn"_s, u"supervisor"_s, u"r2"_s, QString()}));
    }
    const Run moved = runCli({u"opportunity"_s, u"stage"_s, u"o1"_s, u"contact"_s, u"--db"_s, path});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QCOMPARE(scalar(path, u"SELECT by_rep_id FROM stage_history WHERE opportunity_id = 'o1' AND stage = 'contact'"_s)
                 .toString(),
             by);
}

QTEST_GUILESS_MAIN(TestCliOwner)
#include "tst_cliowner.moc"
