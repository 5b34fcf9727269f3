// Restored replicas and restored servers, end to end with the real client (SyncEngine over real SQLite replica
// files) and a real stride-server (ServerFixture): a replica put back from a copy, a replica copied to a second
// machine, and a server put back from a backup taken while a client pushed. In every case no edit is acknowledged
// without being applied, the outbox empties only after a real apply, and every replica ends equal to the server.
// Runs on SQLite and, through the *_postgres entry, on PostgreSQL.
#include "serverfixture.h"
#include "sync/syncreplica.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

const QStringList kSuffixes{QString(), u"-wal"_s, u"-shm"_s};

// A replica file as a user would copy it, with its write-ahead log if one is left.
bool copyReplica(const QString& from, const QString& to) {
    for (const QString& s : kSuffixes) {
        QFile::remove(to + s);
        if (QFile::exists(from + s) && !QFile::copy(from + s, to + s))
            return false;
    }
    return true;
}

// The PostgreSQL client tools installed with the server the postgres suite runs on (scripts/pg-test-cluster).
QString pgTool(const QString& name) {
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return versions.isEmpty() ? name : u"/usr/lib/postgresql/%1/bin/%2"_s.arg(versions.last(), name);
}

// Runs `sql` on the cluster's maintenance database (STRIDE_TEST_POSTGRES).
bool onCluster(const QString& sql) {
    const QUrl base(qEnvironmentVariable("STRIDE_TEST_POSTGRES"));
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"restored-admin"_s);
        admin.setHostName(base.host());
        admin.setPort(base.port(5432));
        admin.setUserName(base.userName());
        admin.setDatabaseName(base.path().mid(1).isEmpty() ? u"postgres"_s : base.path().mid(1));
        ok = admin.open() && QSqlQuery(admin).exec(sql);
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"restored-admin"_s);
    return ok;
}

qint64 scalar(Database& db, const QString& sql) {
    Result<QSqlQuery> q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString text(Database& db, const QString& sql) {
    Result<QSqlQuery> q = db.exec(sql);
    return q && q->next() ? q->value(0).toString() : QString();
}

} // namespace

class TestRestoredReplica final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replicaRestoredFromACopyPushesItsEditAgain();
    void replicaCopiedToASecondMachineKeepsBothMachinesEdits();
    void restoredServerGetsBackWhatClientsHold(); // replaces the server's store: last

private:
    std::unique_ptr<ClientDevice> device(const QString& file);
    QString serverName(const QString& id);
    // The customers the rep sees, on the server and in `d`'s replica.
    void compareWithServer(ClientDevice& d);

    ServerFixture m_server;
    QString m_restoredPg; // a database made for a restore, dropped at the end
};

void TestRestoredReplica::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"repA"_s, u"rep"_s, u"t1"_s, u"rA"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestRestoredReplica::cleanupTestCase() {
    m_server.stop();
    if (!m_restoredPg.isEmpty())
        onCluster(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_restoredPg));
}

std::unique_ptr<ClientDevice> TestRestoredReplica::device(const QString& file) {
    const bool fresh = !QFile::exists(m_server.tempPath(file));
    auto d = std::make_unique<ClientDevice>(m_server.tempPath(file), m_server.endpoint());
    if (!d->signIn(u"repA"_s))
        return nullptr;
    // A new replica gets the rep's rows first (a customer's owner must be known to it).
    if (fresh) {
        const SyncReport r = d->sync();
        if (!r.ok)
            qWarning() << "the first sync failed:" << r.error;
    }
    return d;
}

QString TestRestoredReplica::serverName(const QString& id) {
    QSqlQuery q(m_server.store());
    q.prepare(u"SELECT name FROM customers WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : u"(none)"_s;
}

void TestRestoredReplica::compareWithServer(ClientDevice& d) {
    QCOMPARE(ServerFixture::replicaChecksums(d.db()).value(u"customers"_s),
             m_server.checksums(u"rA"_s).value(u"customers"_s));
}

void TestRestoredReplica::replicaRestoredFromACopyPushesItsEditAgain() {
    const QString file = m_server.tempPath(u"laptop.sqlite"_s);
    const QString copy = m_server.tempPath(u"laptop-copy.sqlite"_s);
    {
        auto d = device(u"laptop.sqlite"_s);
        QVERIFY(d);
        QVERIFY(d->store().save(u"customers"_s, u"cL"_s, {{u"name"_s, u"v0"_s}, {u"owner_id"_s, u"rA"_s}}).ok());
        const SyncReport r = d->sync();
        QVERIFY2(r.ok && r.pushed == 1, qPrintable(r.error));
    }
    QVERIFY(copyReplica(file, copy));
    {
        auto d = device(u"laptop.sqlite"_s);
        QVERIFY(d);
        QVERIFY(d->store().save(u"customers"_s, u"cL"_s, {{u"name"_s, u"first"_s}}).ok());
        const SyncReport r = d->sync();
        QVERIFY2(r.ok && r.pushed == 1, qPrintable(r.error));
        QCOMPARE(serverName(u"cL"_s), u"first"_s);
    }
    QVERIFY(copyReplica(copy, file)); // the copy restored over the replica
    auto d = device(u"laptop.sqlite"_s);
    QVERIFY(d);
    const QString deviceBefore = *SyncReplica(d->db()).deviceId();
    QVERIFY(d->store().save(u"customers"_s, u"cL"_s, {{u"name"_s, u"second"_s}}).ok());
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.pushed, 1);
    // The second edit is applied; "first", which it overwrote without having seen it, is in the conflict log.
    QCOMPARE(serverName(u"cL"_s), u"second"_s);
    QVERIFY2(!r.notices.isEmpty() && r.notices.first().contains(u"restored from a copy"_s),
             qPrintable(r.notices.join(u"; "_s)));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM conflicts WHERE row_id = 'cL' AND field = 'name' AND lost_value = "
                            "'\"first\"'"_s),
             1);
    QCOMPARE(*SyncReplica(d->db()).pendingCount(), 0);
    QVERIFY(*SyncReplica(d->db()).deviceId() != deviceBefore);
    QCOMPARE(d->value(u"customers"_s, u"cL"_s, u"name"_s).toString(), u"second"_s);
    compareWithServer(*d);
    // And the next sync is an ordinary one.
    QVERIFY(d->store().save(u"customers"_s, u"cL"_s, {{u"name"_s, u"third"_s}}).ok());
    const SyncReport next = d->sync();
    QVERIFY2(next.ok && next.pushed == 1 && next.notices.isEmpty(), qPrintable(next.error));
    QCOMPARE(serverName(u"cL"_s), u"third"_s);
    compareWithServer(*d);
}

void TestRestoredReplica::replicaCopiedToASecondMachineKeepsBothMachinesEdits() {
    {
        auto d = device(u"desk.sqlite"_s);
        QVERIFY(d);
        QVERIFY(d->store().save(u"customers"_s, u"cD"_s, {{u"name"_s, u"Desk"_s}, {u"owner_id"_s, u"rA"_s}}).ok());
        QVERIFY(d->sync().ok);
        // An edit still waiting when the file is copied: both machines hold it; it must be applied once.
        QVERIFY(d->store().save(u"customers"_s, u"cD"_s, {{u"tags"_s, u"copied"_s}}).ok());
    }
    QVERIFY(copyReplica(m_server.tempPath(u"desk.sqlite"_s), m_server.tempPath(u"home.sqlite"_s)));
    auto desk = device(u"desk.sqlite"_s);
    auto home = device(u"home.sqlite"_s);
    QVERIFY(desk && home);
    QCOMPARE(*SyncReplica(desk->db()).deviceId(), *SyncReplica(home->db()).deviceId());

    QVERIFY(desk->store().save(u"customers"_s, u"cD"_s, {{u"industry"_s, u"from desk"_s}}).ok());
    SyncReport r = desk->sync();
    QVERIFY2(r.ok && r.pushed == 2 && r.notices.isEmpty(), qPrintable(r.error));
    QVERIFY(home->store().save(u"customers"_s, u"cD"_s, {{u"region"_s, u"from home"_s}}).ok());
    r = home->sync();
    QVERIFY2(r.ok && r.rejected == 0, qPrintable(r.error));
    QCOMPARE(r.notices.size(), 1);
    QCOMPARE(*SyncReplica(home->db()).pendingCount(), 0);
    QVERIFY(*SyncReplica(desk->db()).deviceId() != *SyncReplica(home->db()).deviceId());

    // Then alternately, as two machines in use would.
    for (int round = 0; round < 3; ++round) {
        QVERIFY(desk->store().save(u"customers"_s, u"cD"_s, {{u"industry"_s, u"desk %1"_s.arg(round)}}).ok());
        r = desk->sync();
        QVERIFY2(r.ok && r.pushed == 1 && r.notices.isEmpty(), qPrintable(r.error));
        QVERIFY(home->store().save(u"customers"_s, u"cD"_s, {{u"region"_s, u"home %1"_s.arg(round)}}).ok());
        r = home->sync();
        QVERIFY2(r.ok && r.pushed == 1 && r.notices.isEmpty(), qPrintable(r.error));
    }
    QVERIFY(desk->sync().ok);
    QSqlQuery q(m_server.store());
    QVERIFY(q.exec(u"SELECT industry, region, tags FROM customers WHERE id = 'cD'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"desk 2"_s);
    QCOMPARE(q.value(1).toString(), u"home 2"_s);
    QCOMPARE(q.value(2).toString(), u"copied"_s);
    for (ClientDevice* d : {desk.get(), home.get()}) {
        QCOMPARE(*SyncReplica(d->db()).pendingCount(), 0);
        compareWithServer(*d);
    }
}

void TestRestoredReplica::restoredServerGetsBackWhatClientsHold() {
    const bool postgres = ServerFixture::wantsPostgres();
    auto pusher = device(u"pusher.sqlite"_s);
    auto other = device(u"other.sqlite"_s);
    QVERIFY(pusher && other);
    QVERIFY(pusher->sync().ok);
    QVERIFY(other->sync().ok);
    const QString oldInstance = text(pusher->db(), u"SELECT value FROM sync_state WHERE key = 'server_instance'"_s);
    QVERIFY(!oldInstance.isEmpty());

    // A backup of the live store, taken while the client pushes.
    for (int i = 0; i < 60; ++i) {
        QVERIFY(
            pusher->store()
                .save(u"customers"_s, u"cB%1"_s.arg(i), {{u"name"_s, u"before %1"_s.arg(i)}, {u"owner_id"_s, u"rA"_s}})
                .ok());
    }
    pusher->engine().setLimits(5, qint64(1024) * 1024, 100);
    const QString backup = m_server.tempPath(u"backup.sqlite"_s);
    QSignalSpy synced(&pusher->engine(), &SyncEngine::syncFinished);
    QSignalSpy pushed(&pusher->engine(), &SyncEngine::progress);
    pusher->engine().syncNow();
    QVERIFY(pushed.wait(30000)); // the first batch is in
    QProcess tool;
    QSignalSpy backedUp(&tool, &QProcess::finished);
    // PostgreSQL: pg_dump, as the README says (one snapshot, while the server writes).
    if (postgres)
        tool.start(pgTool(u"pg_dump"_s), {u"--format=custom"_s, u"--file"_s, backup, u"--dbname"_s, m_server.dbUrl()});
    else
        tool.start(ServerFixture::serverBinary(), {u"backup"_s, u"--db"_s, m_server.dbUrl(), u"--out"_s, backup});
    QVERIFY(backedUp.wait(60000)); // the client's sync goes on meanwhile
    QVERIFY2(tool.exitCode() == 0, tool.readAllStandardError().constData());
    QVERIFY(synced.count() > 0 || synced.wait(60000));
    QVERIFY2(pusher->engine().lastReport().ok, qPrintable(pusher->engine().lastReport().error));
    QVERIFY(QFile::exists(backup) && !QFile::exists(backup + u".partial"_s));

    // After the backup: more edits both clients hold, acknowledged by the server that is about to be lost.
    QVERIFY(pusher->store().save(u"customers"_s, u"cB1"_s, {{u"name"_s, u"after the backup"_s}}).ok());
    QVERIFY(pusher->store()
                .save(u"customers"_s, u"cAfter"_s, {{u"name"_s, u"made after"_s}, {u"owner_id"_s, u"rA"_s}})
                .ok());
    QVERIFY(pusher->sync().ok);
    QVERIFY(other->sync().ok);
    QVERIFY(
        other->store().save(u"customers"_s, u"cOther"_s, {{u"name"_s, u"other's"_s}, {u"owner_id"_s, u"rA"_s}}).ok());
    QVERIFY(other->sync().ok);
    const qint64 customers = m_server.count(u"SELECT count(*) FROM customers"_s);

    // The office restores the backup on another machine (another store file) and serves it.
    const int port = m_server.port();
    QCOMPARE(m_server.stop(), 0);
    QString restored = m_server.tempPath(u"restored.sqlite"_s);
    QByteArray said;
    if (postgres) {
        m_restoredPg = u"stride_restored_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QVERIFY(onCluster(u"CREATE DATABASE %1"_s.arg(m_restoredPg)));
        QUrl url(m_server.dbUrl());
        url.setPath(u"/"_s + m_restoredPg);
        restored = url.toString();
        QProcess pgRestore;
        pgRestore.start(pgTool(u"pg_restore"_s), {u"--no-owner"_s, u"--dbname"_s, restored, backup});
        QVERIFY(pgRestore.waitForFinished(60000));
        QVERIFY2(pgRestore.exitCode() == 0, pgRestore.readAllStandardError().constData());
        QCOMPARE(m_server.runServerTool({u"restore"_s, u"--db"_s, restored}, {}, &said), 0);
    } else {
        QCOMPARE(m_server.runServerTool({u"restore"_s, u"--from"_s, backup, u"--db"_s, restored}, {}, &said), 0);
        QVERIFY(m_server.runServerTool({u"restore"_s, u"--from"_s, backup, u"--db"_s, restored}) == 2);
    }
    QVERIFY2(said.contains("new instance id"), said.constData());
    m_server.useStore(restored);
    QVERIFY2(m_server.start(port), qPrintable(m_server.serverLog()));
    QVERIFY(m_server.count(u"SELECT count(*) FROM customers"_s) < customers); // it lost something
    const qint64 conflicts = m_server.count(u"SELECT count(*) FROM conflicts"_s);

    // A third client signs in to the restored server first and edits a row that the others re-push.
    {
        auto fresh = device(u"fresh.sqlite"_s);
        QVERIFY(fresh);
        QVERIFY(fresh->sync().ok);
        QVERIFY(fresh->store().save(u"customers"_s, u"cB2"_s, {{u"tags"_s, u"after the restore"_s}}).ok());
        QVERIFY(fresh->sync().ok);
    }
    // The clients that are ahead sync on: they notice the restore at once; a restore ends every session, so they
    // sign in again and then push what the restored server lacks.
    for (ClientDevice* d : {pusher.get(), other.get()}) {
        const SyncReport first = d->sync();
        QVERIFY(!first.ok);
        QCOMPARE(first.errorKind, SyncJob::Error::Auth);
        QCOMPARE(first.notices.size(), 1);
        QVERIFY2(first.notices.first().contains(u"restored from a backup"_s), qPrintable(first.notices.first()));
        const QString instance = text(d->db(), u"SELECT value FROM sync_state WHERE key = 'server_instance'"_s);
        QVERIFY(!instance.isEmpty() && instance != oldInstance);
        QVERIFY(d->signIn(u"repA"_s));
        const SyncReport r = d->sync();
        QVERIFY2(r.ok && r.rejected == 0 && r.notices.isEmpty(), qPrintable(r.error));
        QCOMPARE(*SyncReplica(d->db()).pendingCount(), 0);
    }
    QVERIFY(pusher->sync().ok);
    QVERIFY(other->sync().ok);
    // Nothing the clients held is lost, and the edit made on the restored server stays.
    QCOMPARE(serverName(u"cB1"_s), u"after the backup"_s);
    QCOMPARE(serverName(u"cAfter"_s), u"made after"_s);
    QCOMPARE(serverName(u"cOther"_s), u"other's"_s);
    for (int i = 0; i < 60; ++i)
        QVERIFY2(serverName(u"cB%1"_s.arg(i)) != u"(none)"_s, qPrintable(u"cB%1"_s.arg(i)));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers"_s), customers);
    // The edit made on the restored server met the clients' copy of the row: kept, or logged as the loser of a
    // conflict (the later arrival wins), never dropped in silence.
    const qint64 lostEdit = m_server.count(u"SELECT count(*) FROM conflicts WHERE row_id = 'cB2' AND field = 'tags' "
                                           "AND lost_value = '\"after the restore\"'"_s);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id = 'cB2' AND tags = 'after the restore'"_s) +
                 lostEdit,
             1);
    // Rows the restored server held as the clients last saw them took the clients' values without a conflict.
    QCOMPARE(m_server.count(u"SELECT count(*) FROM conflicts"_s), conflicts + lostEdit);
    for (ClientDevice* d : {pusher.get(), other.get()}) {
        QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM outbox"_s), 0);
        compareWithServer(*d);
    }
}

QTEST_GUILESS_MAIN(TestRestoredReplica)
#include "tst_restoredreplica.moc"
