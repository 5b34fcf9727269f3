// Server migrations that rewrite synced rows, on SQLite and (as servermigration_postgres) on PostgreSQL.
//
// Migration 6: customers.tier held the demo generator's guess (or a value typed in as one); it is now an admin's pin,
// so every old value is cleared, each live row under a change number of its own above all earlier ones, so that every
// replica pulls the clear (a pull asks for rows whose change number is above its cursor).

#include "serverdatabase.h"
#include "serverfixture.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "sync/syncengine.h"
#include "verifyok.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Server;
using Stride::Test::ClientDevice;
using Stride::Test::ServerFixture;

class TestServerMigration final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migration6ClearsOldTiersWithNewChangeNumbers() {
        Test::ServerFixture f;
        const QString problem = f.setUp();
        if (problem.contains(u"STRIDE_TEST_POSTGRES is not set"_s))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            auto store = ServerDatabase::open(f.dbUrl());
            VERIFY_OK(store);
            ServerDatabase& db = **store;
            // A store as it was before migration 6: customers with and without the old guesses, changes 1–4, and
            // the counter further on (other tables changed since).
            const QList<QVariantList> rows{
                {u"c-1"_s, 1, 0, u"A"_s},
                {u"c-2"_s, 2, 0, u"C"_s},
                {u"c-3"_s, 3, 0, QVariant()},
                {u"c-4"_s, 4, 1, u"B"_s}, // a tombstone: not sent again
            };
            for (const QVariantList& r : rows)
                QVERIFY(
                    db.execute(u"INSERT INTO customers (id, version, updated_at, deleted, seq, vis_rep, name, tier) "
                               "VALUES (?, ?, 0, ?, ?, 'rep-1', 'Acme', ?)"_s,
                               {r[0], r[1], r[2], r[1], r[3]}));
            QVERIFY(db.execute(u"UPDATE sync_counter SET value = 10 WHERE id = 1"_s));
            QVERIFY(db.execute(u"DELETE FROM schema_migrations WHERE version = 6"_s));
        }
        auto store = ServerDatabase::open(f.dbUrl()); // migrates again: 6 runs
        VERIFY_OK(store);
        ServerDatabase& db = **store;
        Result<QSqlQuery> q = db.exec(u"SELECT id, tier, seq, version FROM customers ORDER BY id"_s);
        VERIFY_OK(q);
        QStringList got;
        while (q->next())
            got << u"%1 %2 %3 %4"_s.arg(q->value(0).toString(), q->value(1).isNull() ? u"-"_s : q->value(1).toString())
                       .arg(q->value(2).toLongLong())
                       .arg(q->value(3).toLongLong());
        QCOMPARE(got, (QStringList{u"c-1 - 11 11"_s, u"c-2 - 12 12"_s, u"c-3 - 3 3"_s, u"c-4 B 4 4"_s}));
        q = db.exec(u"SELECT value FROM sync_counter WHERE id = 1"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), 12);
        q = db.exec(u"SELECT count(*) FROM schema_migrations WHERE version = 6"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    // End to end: a replica that pulled an old guess receives the clear at its next sync, as an ordinary change (no
    // conflict, nothing pushed back), and the replica of a supervisor who never saw it gets the row without one.
    void replicasPullTheClear() {
        ServerFixture server;
        const QString why = server.setUp();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
        QVERIFY(server.addUser(u"zhao@acme.cn"_s, u"supervisor"_s, u"t-east"_s, u"r-zhao"_s));
        QVERIFY2(server.start(), qPrintable(server.serverLog()));
        Result<SyncEndpoint> endpoint = SyncEndpoint::make(server.url(), server.caFile());
        QVERIFY(endpoint);
        endpoint->timeoutMs = 20000;
        ClientDevice rep(server.tempPath(u"li.sqlite"_s), *endpoint);
        QVERIFY(rep.signIn(u"li.na@acme.cn"_s));
        SyncReport r = rep.sync(); // the rep's own reps row first (customers refer to it)
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(rep.store()
                    .save(u"customers"_s, u"c-old"_s,
                          {{u"name"_s, u"华东精密"_s}, {u"owner_id"_s, u"r-li"_s}, {u"tier"_s, u"A"_s}})
                    .ok());
        r = rep.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(rep.value(u"customers"_s, u"c-old"_s, u"tier"_s).toString(), u"A"_s);
        auto versionOf = [&rep] {
            Result<QSqlQuery> v = rep.db().exec(u"SELECT version FROM customers WHERE id = 'c-old'"_s);
            const qint64 out = v && v->next() ? v->value(0).toLongLong() : -1;
            if (v)
                v->finish();
            return out;
        };
        const qint64 before = versionOf();
        QVERIFY(before > 0);

        // The store as it was before migration 6, then the upgrade at the next start.
        const int port = server.port();
        server.stop();
        {
            QSqlQuery q(server.store());
            QVERIFY(q.exec(u"DELETE FROM schema_migrations WHERE version = 6"_s));
        }
        QVERIFY2(server.start(port), qPrintable(server.serverLog()));
        QCOMPARE(server.count(u"SELECT count(*) FROM customers WHERE tier IS NOT NULL"_s), 0);

        r = rep.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(rep.value(u"customers"_s, u"c-old"_s, u"tier"_s).isNull());
        QVERIFY(versionOf() > before);
        QCOMPARE(rep.value(u"customers"_s, u"c-old"_s, u"name"_s).toString(), u"华东精密"_s);
        Result<QSqlQuery> q =
            rep.db().exec(u"SELECT (SELECT count(*) FROM outbox), (SELECT count(*) FROM conflicts)"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        QCOMPARE(q->value(1).toInt(), 0);
        q->finish();

        ClientDevice supervisor(server.tempPath(u"zhao.sqlite"_s), *endpoint);
        QVERIFY(supervisor.signIn(u"zhao@acme.cn"_s));
        r = supervisor.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(supervisor.has(u"customers"_s, u"c-old"_s));
        QVERIFY(supervisor.value(u"customers"_s, u"c-old"_s, u"tier"_s).isNull());
        server.stop();
    }

    // On a store with no old tiers the migration changes nothing, not even the counter.
    void migration6OnCleanStoreChangesNothing() {
        Test::ServerFixture f;
        const QString problem = f.setUp();
        if (problem.contains(u"STRIDE_TEST_POSTGRES is not set"_s))
            QSKIP(qPrintable(problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            auto store = ServerDatabase::open(f.dbUrl());
            VERIFY_OK(store);
            QVERIFY((*store)->execute(u"INSERT INTO customers (id, version, updated_at, deleted, seq, name) VALUES "
                                      "('c-1', 5, 0, 0, 5, 'Acme')"_s));
            QVERIFY((*store)->execute(u"UPDATE sync_counter SET value = 5 WHERE id = 1"_s));
            QVERIFY((*store)->execute(u"DELETE FROM schema_migrations WHERE version = 6"_s));
        }
        auto store = ServerDatabase::open(f.dbUrl());
        VERIFY_OK(store);
        Result<QSqlQuery> q =
            (*store)->exec(u"SELECT (SELECT value FROM sync_counter WHERE id = 1), seq FROM customers"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), 5);
        QCOMPARE(q->value(1).toLongLong(), 5);
    }
};

QTEST_GUILESS_MAIN(TestServerMigration)
#include "tst_servermigration.moc"
