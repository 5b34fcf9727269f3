// Crash safety: `stride-cli sync` is killed (SIGKILL) at random points during push and pull, and the server is
// killed mid-sync now and then; afterwards every replica converges on the server's rows (per-table checksums),
// no entry is applied twice and none is lost. STRIDE_CRASH_RUNS sets the number of kills (default 50);
// scripts/soak-sync runs many more.
#include "serverfixture.h"
#include "sync/syncreplica.h"
#include "verifyok.h"

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestSyncCrash final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedClientsAndServerConverge();

private:
    int runCli(const QString& replica, const QString& user, int killAfterMs);
    void edit(const QString& replica, int run, const QString& field);

    ServerFixture m_server;
    int m_created = 0;
};

void TestSyncCrash::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (!QFile::exists(ServerFixture::cliBinary()))
        QSKIP("stride-cli is not built");
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin1"_s, u"admin"_s, {}, u"a1"_s));
    QVERIFY(m_server.addUser(u"admin2"_s, u"admin"_s, {}, u"a2"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestSyncCrash::edit(const QString& replica, int run, const QString& field) {
    Result<std::unique_ptr<Database>> db = Database::open(replica);
    VERIFY_OK(db);
    EntityStore store(**db);
    QList<EntityWrite> writes;
    for (int k = 0; k < 4; ++k) {
        const QString id = u"crash-%1-%2-%3"_s.arg(QFileInfo(replica).baseName()).arg(run).arg(k);
        writes << EntityWrite{u"customers"_s, id, {{u"name"_s, u"Customer %1"_s.arg(id)}}, false};
        writes << EntityWrite{u"orders"_s,
                              id + u"-o"_s,
                              {{u"customer_id"_s, id}, {u"ordered_at"_s, 1790000000 + run}, {u"amount"_s, 10.0 + k}},
                              false};
        m_created += 1;
    }
    QVERIFY(store.apply(writes).ok());
    // Edits of rows made earlier, each replica on its own field.
    Result<QSqlQuery> q = (*db)->exec(u"SELECT id FROM customers ORDER BY id LIMIT 3 OFFSET ?"_s, {run % 7});
    QVERIFY(q.ok());
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    q->finish();
    for (const QString& id : std::as_const(ids))
        QVERIFY(store.save(u"customers"_s, id, {{field, u"%1-%2"_s.arg(field).arg(run)}}).ok());
}

int TestSyncCrash::runCli(const QString& replica, const QString& user, int killAfterMs) {
    QProcess p;
    p.start(ServerFixture::cliBinary(),
            {u"sync"_s, u"--db"_s, replica, u"--server"_s, m_server.url(), u"--ca"_s, m_server.caFile(), u"--user"_s,
             user, u"--password-stdin"_s, u"--no-keychain"_s, u"--batch"_s, u"3"_s, u"--page"_s, u"7"_s});
    p.write("password1\n");
    p.closeWriteChannel();
    if (killAfterMs >= 0) {
        if (!p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no cleanup at all
            p.waitForFinished(5000);
            return -9;
        }
    } else {
        p.waitForFinished(120000);
    }
    if (p.exitCode() != 0)
        qInfo() << "sync exited" << p.exitCode() << p.readAllStandardError();
    return p.exitCode();
}

void TestSyncCrash::killedClientsAndServerConverge() {
    const int runs = qMax(1, qEnvironmentVariableIntValue("STRIDE_CRASH_RUNS") > 0
                                 ? qEnvironmentVariableIntValue("STRIDE_CRASH_RUNS")
                                 : 50);
    const quint32 seed = qEnvironmentVariableIsSet("STRIDE_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("STRIDE_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo() << "crash runs:" << runs << "seed:" << seed << "(STRIDE_CRASH_SEED to repeat)";
    QRandomGenerator random(seed);
    const QStringList replicas{m_server.tempPath(u"r1.sqlite"_s), m_server.tempPath(u"r2.sqlite"_s)};
    const QStringList users{u"admin1"_s, u"admin2"_s};
    const QStringList fields{u"industry"_s, u"region"_s}; // free text: tiers are A, B or C (ValueRules)
    int killed = 0;
    for (int run = 0; run < runs; ++run) {
        const int which = run % 2;
        edit(replicas[which], run, fields[which]);
        if (QTest::currentTestFailed())
            return;
        if (run % 10 == 9) {
            // The server dies in the middle of a sync and comes back on the same port.
            QProcess p;
            p.start(ServerFixture::cliBinary(),
                    {u"sync"_s, u"--db"_s, replicas[which], u"--server"_s, m_server.url(), u"--ca"_s, m_server.caFile(),
                     u"--user"_s, users[which], u"--password-stdin"_s, u"--no-keychain"_s, u"--batch"_s, u"2"_s});
            p.write("password1\n");
            p.closeWriteChannel();
            // Fault injection, not a wait for something: the kill lands at a random point of the sync (the
            // run's seed is printed), which is what the test is about; no condition could stand for it.
            QTest::qWait(int(random.bounded(150, 400)));
            const int port = m_server.port();
            m_server.kill();
            p.waitForFinished(60000);
            QVERIFY2(m_server.start(port), qPrintable(m_server.serverLog()));
            continue;
        }
        if (runCli(replicas[which], users[which], int(random.bounded(20, 700))) == -9)
            ++killed;
    }
    qInfo() << "killed" << killed << "of" << runs << "client runs";

    // Converge: every replica syncs until clean, twice round so each sees the other's last edits.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < replicas.size(); ++i)
            QCOMPARE(runCli(replicas[i], users[i], -1), 0);
    }
    const QMap<QString, QString> server = m_server.checksums();
    for (const QString& path : replicas) {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(*SyncReplica(**db).pendingCount(), 0);
        QCOMPARE(ServerFixture::replicaChecksums(**db), server);
        // The full-text index, rebuilt after the initial sync and kept by the triggers since, matches the rows.
        QCOMPARE(ServerFixture::searchIndexProblem(**db), QString());
    }
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id LIKE 'crash-%'"_s), qint64(m_created));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM orders WHERE id LIKE 'crash-%'"_s), qint64(m_created));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM mutation_results"_s),
             m_server.count(u"SELECT sum(last_mutation_id) FROM devices"_s));
}

QTEST_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
