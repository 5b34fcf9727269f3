// Sync against a real stride-server process over HTTPS on 127.0.0.1: merge and conflicts, visibility,
// retried pushes, bad input, and concurrent pushers/pullers. Runs on SQLite, and on PostgreSQL when the
// ctest entry sets STRIDE_TEST_BACKEND=postgres (STRIDE_TEST_POSTGRES names the cluster).
#include "serverfixture.h"
#include "storage/analyticsrollups.h"
#include "storage/orgpolicyrepository.h"
#include "storage/textsearch.h"
#include "sync/conflictlist.h"
#include "sync/pushjob.h"
#include "sync/syncreplica.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestSyncServer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void signInIsCheckedAndDisabledUsersAreRefusedAtOnce();
    void differentFieldsAreBothKept();
    void sameFieldLaterArrivalWinsAndLoserIsRestorable();
    void losingDeviceLearnsOfTheConflictAtItsNextPull();
    void badValuesAreRejectedWithAReasonAndWriteNothing();
    void syncStartsWhenTheServerIsReachableAgain();
    void replacedServerDatabaseNeedsAttentionAndChangesNothing();
    void deleteWinsOverEdit();
    void visitsAreAppendOnly();
    void repCannotPullOrPushAnotherTeamsCustomers();
    void reassignmentMovesRowsBetweenReplicas();
    void supervisorSeesExactlyTheTeam();
    void initialSyncRebuildsSearchAndSummariesOnceAndPutsTriggersBack();
    void resyncFromZeroRebuildsTheSearchIndexAndPutsItsOptionsBack();
    void retriedPushAfterDroppedResponseAppliesNothingTwice();
    void pagesBuiltAheadMissNoLaterChange();
    void badRequestsGetClear4xxAndChangeNothing_data();
    void badRequestsGetClear4xxAndChangeNothing();
    void expiredAndForgedTokensAreRefused();
    void wrongCertificateIsAnErrorAndReplicaUntouched();
    void concurrentPushersAndPullersNeverSkipAChange();
    void repChangingTeamMovesTheirRows();
    void policyReachesProtocol3ClientsOnly();
    void methodRowsAreCheckedWhenAnAdminWritesThem();
    void accessLogHasNoSecretsAndSigtermStopsCleanly(); // stops the server: last

private:
    std::unique_ptr<ClientDevice> device(const QString& user);
    SyncEndpoint endpoint(const QString& ca = {});
    QNetworkReply* raw(const QByteArray& verb, const QString& path, const QByteArray& body,
                       const QList<QPair<QByteArray, QByteArray>>& headers);
    QString token(const QString& user);

    ServerFixture m_server;
    QNetworkAccessManager m_nam;
    int m_devices = 0;
};

SyncEndpoint TestSyncServer::endpoint(const QString& ca) {
    Result<SyncEndpoint> e = SyncEndpoint::make(m_server.url(), ca.isEmpty() ? m_server.caFile() : ca);
    if (!e)
        qFatal("endpoint: %s", qPrintable(e.error()));
    e->timeoutMs = 20000;
    return *e;
}

std::unique_ptr<ClientDevice> TestSyncServer::device(const QString& user) {
    auto d = std::make_unique<ClientDevice>(m_server.tempPath(u"device-%1.sqlite"_s.arg(++m_devices)), endpoint());
    if (!d->signIn(user))
        return nullptr;
    return d;
}

void TestSyncServer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // The server says when it has built a page ahead (pagesBuiltAheadMissNoLaterChange waits for that).
    qputenv("QT_LOGGING_RULES", "stride.server.debug=true");
    const QString why = m_server.setUp({u"--access-ttl"_s, u"3"_s, u"--max-body"_s, u"262144"_s});
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    // The organisation's teams and people, made by the server's commands.
    QVERIFY(m_server.addTeam(u"t1"_s, u"North"_s));
    QVERIFY(m_server.addTeam(u"t2"_s, u"South"_s));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, u"admin"_s));
    QVERIFY(m_server.addUser(u"repA"_s, u"rep"_s, u"t1"_s, u"rA"_s));
    QVERIFY(m_server.addUser(u"repA2"_s, u"rep"_s, u"t1"_s, u"rA2"_s));
    QVERIFY(m_server.addUser(u"repB"_s, u"rep"_s, u"t2"_s, u"rB"_s));
    QVERIFY(m_server.addUser(u"sup1"_s, u"supervisor"_s, u"t1"_s, u"s1"_s));
    QVERIFY(m_server.addUser(u"gone"_s, u"rep"_s, u"t1"_s, u"rGone"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));

    // Their customers, written by the admin like any other client.
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok); // the teams and people first
    EntityStore& s = admin->store();
    QVERIFY(s.apply({
        {u"customers"_s, u"cA1"_s, {{u"name"_s, u"Alpha"_s}, {u"owner_id"_s, u"rA"_s}, {u"tier"_s, u"B"_s}}, false},
        {u"customers"_s, u"cA2"_s, {{u"name"_s, u"Apex"_s}, {u"owner_id"_s, u"rA"_s}}, false},
        {u"customers"_s, u"cA3"_s, {{u"name"_s, u"Arc"_s}, {u"owner_id"_s, u"rA2"_s}}, false},
        {u"customers"_s, u"cB1"_s, {{u"name"_s, u"Beta"_s}, {u"owner_id"_s, u"rB"_s}}, false},
        {u"contacts"_s, u"k1"_s, {{u"customer_id"_s, u"cA1"_s}, {u"name"_s, u"Kim"_s}}, false},
        {u"contacts"_s, u"k2"_s, {{u"customer_id"_s, u"cB1"_s}, {u"name"_s, u"Kai"_s}}, false},
        {u"opportunities"_s,
         u"o1"_s,
         {{u"customer_id"_s, u"cA1"_s}, {u"owner_id"_s, u"rA"_s}, {u"title"_s, u"Pumps"_s}, {u"stage"_s, u"lead"_s}},
         false},
        {u"payment_milestones"_s,
         u"pm1"_s,
         {{u"opportunity_id"_s, u"o1"_s}, {u"due_at"_s, 1800000000}, {u"amount"_s, 1000.0}},
         false},
    }));
    const SyncReport r = admin->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 8);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers"_s), 4);
}

void TestSyncServer::cleanupTestCase() {
    m_server.stop();
}

void TestSyncServer::signInIsCheckedAndDisabledUsersAreRefusedAtOnce() {
    ClientDevice d(m_server.tempPath(u"signin.sqlite"_s), endpoint());
    QSignalSpy spy(&d.engine(), &SyncEngine::signedIn);
    d.engine().signIn(u"repA"_s, u"wrong-password"_s);
    QVERIFY(spy.wait(20000));
    const Status s = spy.at(0).at(0).value<Status>();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"wrong user name or password"_s), qPrintable(s.error()));

    QVERIFY(d.signIn(u"gone"_s));
    QVERIFY(d.sync().ok);
    QCOMPARE(m_server.runServerTool({u"user"_s, u"disable"_s, u"--db"_s, m_server.dbUrl(), u"--name"_s, u"gone"_s}), 0);
    const SyncReport r = d.sync();
    QVERIFY(!r.ok);
    QCOMPARE(d.engine().state(), SyncState::SignedOut);
    QVERIFY(!d.signIn(u"gone"_s));
}

void TestSyncServer::differentFieldsAreBothKept() {
    auto a = device(u"repA"_s);
    auto b = device(u"repA"_s);
    QVERIFY(a && b);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QVERIFY(a->store().save(u"customers"_s, u"cA2"_s, {{u"industry"_s, u"pumps"_s}}).ok());
    QVERIFY(b->store().save(u"customers"_s, u"cA2"_s, {{u"region"_s, u"east"_s}}).ok());
    QVERIFY(a->sync().ok);
    const SyncReport rb = b->sync();
    QVERIFY(rb.ok);
    QCOMPARE(rb.conflicts, 0);
    QVERIFY(a->sync().ok);
    for (ClientDevice* d : {a.get(), b.get()}) {
        QCOMPARE(d->value(u"customers"_s, u"cA2"_s, u"industry"_s).toString(), u"pumps"_s);
        QCOMPARE(d->value(u"customers"_s, u"cA2"_s, u"region"_s).toString(), u"east"_s);
    }
    QCOMPARE(m_server.count(u"SELECT count(*) FROM conflicts WHERE row_id = 'cA2'"_s), 0);
}

void TestSyncServer::sameFieldLaterArrivalWinsAndLoserIsRestorable() {
    auto a = device(u"repA"_s);
    auto b = device(u"repA"_s);
    QVERIFY(a && b);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QVERIFY(a->store().save(u"customers"_s, u"cA1"_s, {{u"tier"_s, u"A"_s}}).ok());
    QVERIFY(b->store().save(u"customers"_s, u"cA1"_s, {{u"tier"_s, u"C"_s}}).ok());
    QVERIFY(a->sync().ok);
    const SyncReport rb = b->sync();
    QVERIFY(rb.ok);
    QCOMPARE(rb.conflicts, 1);
    QCOMPARE(b->engine().state(), SyncState::NeedsAttention);
    QVERIFY(a->sync().ok);
    QCOMPARE(a->value(u"customers"_s, u"cA1"_s, u"tier"_s).toString(), u"C"_s); // later arrival wins

    SyncReplica replica(b->db());
    Result<QList<ConflictRecord>> conflicts = replica.conflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().field, u"tier"_s);
    QCOMPARE(conflicts->first().lostValue.toString(), u"A"_s);
    QCOMPARE(conflicts->first().wonValue.toString(), u"C"_s);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM conflicts WHERE row_id = 'cA1' AND field = 'tier'"_s), 1);

    ConflictList list(b->store());
    QVERIFY(list.restore(conflicts->first().id).ok());
    QVERIFY(replica.conflicts()->isEmpty());
    QVERIFY(b->sync().ok);
    QVERIFY(a->sync().ok);
    QCOMPARE(a->value(u"customers"_s, u"cA1"_s, u"tier"_s).toString(), u"A"_s);
}

void TestSyncServer::losingDeviceLearnsOfTheConflictAtItsNextPull() {
    auto a = device(u"repA"_s);
    auto b = device(u"repA"_s);
    QVERIFY(a && b);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QVERIFY(a->store().save(u"customers"_s, u"cA1"_s, {{u"tags"_s, u"from-a"_s}}).ok());
    QVERIFY(b->store().save(u"customers"_s, u"cA1"_s, {{u"tags"_s, u"from-b"_s}}).ok());
    QCOMPARE(a->sync().conflicts, 0); // a's value arrives first and is applied
    QCOMPARE(b->sync().conflicts, 1); // b's later arrival wins over it
    QCOMPARE(m_server.count(u"SELECT count(*) FROM conflicts WHERE row_id = 'cA1' AND field = 'tags'"_s), 1);

    // a is told at its next pull: its conflict list holds its lost value, and it can restore it.
    const SyncReport ra = a->sync();
    QVERIFY(ra.ok);
    QCOMPARE(ra.conflicts, 1);
    QCOMPARE(a->engine().state(), SyncState::NeedsAttention);
    QCOMPARE(a->value(u"customers"_s, u"cA1"_s, u"tags"_s).toString(), u"from-b"_s);
    SyncReplica replica(a->db());
    Result<QList<ConflictRecord>> conflicts = replica.conflicts();
    QVERIFY(conflicts.ok());
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().entity, u"customers"_s);
    QCOMPARE(conflicts->first().rowId, u"cA1"_s);
    QCOMPARE(conflicts->first().field, u"tags"_s);
    QCOMPARE(conflicts->first().lostValue.toString(), u"from-a"_s);
    QCOMPARE(conflicts->first().wonValue.toString(), u"from-b"_s);
    // Told once: the notice travels with the page whose change numbers hold it, and the cursor moved past it.
    QCOMPARE(a->sync().conflicts, 0);
    QCOMPARE(replica.conflicts()->size(), 1);
    // Another device of another account never hears of it.
    auto other = device(u"repA2"_s);
    QVERIFY(other);
    QCOMPARE(other->sync().conflicts, 0);

    ConflictList list(a->store());
    QVERIFY(list.restore(conflicts->first().id).ok());
    QVERIFY(replica.conflicts()->isEmpty());
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QCOMPARE(b->value(u"customers"_s, u"cA1"_s, u"tags"_s).toString(), u"from-a"_s);
}

void TestSyncServer::badValuesAreRejectedWithAReasonAndWriteNothing() {
    auto a = device(u"repA"_s);
    QVERIFY(a);
    QVERIFY(a->sync().ok);
    const QMap<QString, QString> before = m_server.checksums();
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    // Straight to the server, as a client that skipped its own checks would send them.
    const QList<Protocol::PushEntry> entries{
        {1, u"customers"_s, u"cA1"_s, false, {{u"tier"_s, u"Z"_s}}, {}, 0},
        {2, u"contacts"_s, u"kbad"_s, false, {{u"customer_id"_s, u"cA1"_s}, {u"title"_s, u"CTO"_s}}, {}, 0},
        {3,
         u"opportunities"_s,
         u"obad"_s,
         false,
         {{u"customer_id"_s, u"cA1"_s}, {u"title"_s, u"Valves"_s}, {u"stage"_s, u"maybe"_s}},
         {},
         0},
        {4,
         u"visits"_s,
         u"vbad"_s,
         false,
         {{u"customer_id"_s, u"cA1"_s}, {u"visited_at"_s, qint64(1790000000)}, {u"channel"_s, u"fax"_s}},
         {},
         0},
        {5, u"customers"_s, u"cA2"_s, false, {{u"name"_s, u""_s}}, {}, 0},
    };
    const QStringList reasons{u"customers.tier must be one of A, B, C, not 'Z'"_s, u"contacts.name is required"_s,
                              u"opportunities.stage must be one of"_s, u"visits.channel must be one of"_s,
                              u"customers.name must not be empty"_s};
    PushJob job(a->engine().network(), a->engine().endpoint(), {u"bad-values-device"_s, entries});
    job.setAccessToken(a->engine().session().accessToken);
    QSignalSpy done(&job, &SyncJob::finished);
    job.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(job.error(), SyncJob::Error::None);
    QCOMPARE(job.response().results.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Protocol::PushResult& r = job.response().results.at(i);
        QCOMPARE(r.status, Protocol::EntryStatus::Rejected);
        QVERIFY2(r.reason.contains(reasons.at(i)), qPrintable(r.reason));
    }
    QCOMPARE(m_server.checksums(), before);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
    QCOMPARE(m_server.count(u"SELECT last_mutation_id FROM devices WHERE device_id = 'bad-values-device'"_s), 5);
}

void TestSyncServer::syncStartsWhenTheServerIsReachableAgain() {
    auto a = device(u"repA"_s);
    QVERIFY(a);
    QVERIFY(a->sync().ok);
    const int port = m_server.port();
    QCOMPARE(m_server.stop(), 0);
    a->engine().setAutomatic(true);
    QSignalSpy finished(&a->engine(), &SyncEngine::syncFinished);
    // An edit while the server is down: the sync it starts finds nobody and the engine goes offline.
    QVERIFY(a->store().save(u"customers"_s, u"cA2"_s, {{u"address"_s, u"written offline"_s}}).ok());
    QVERIFY(finished.wait(10000));
    QCOMPARE(a->engine().state(), SyncState::Offline);
    QVERIFY(a->engine().nextRetryMs() >= 0);
    // The server comes back on the same address; nobody calls syncNow().
    QVERIFY2(m_server.start(port), qPrintable(m_server.serverLog()));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_server.count(u"SELECT count(*) FROM customers WHERE id = 'cA2' AND address = 'written offline'"_s), 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(a->engine().state(), SyncState::Idle, 10000);
    QCOMPARE(*SyncReplica(a->db()).pendingCount(), 0);
    a->engine().setAutomatic(false);
}

void TestSyncServer::deleteWinsOverEdit() {
    auto a = device(u"repA"_s);
    auto b = device(u"repA"_s);
    QVERIFY(a && b);
    QVERIFY(a->sync().ok && b->sync().ok);
    QVERIFY(a->store().save(u"contacts"_s, u"kdel"_s, {{u"customer_id"_s, u"cA2"_s}, {u"name"_s, u"Del"_s}}).ok());
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QVERIFY(a->store().remove(u"contacts"_s, u"kdel"_s).ok());
    QVERIFY(b->store().save(u"contacts"_s, u"kdel"_s, {{u"title"_s, u"CEO"_s}}).ok());
    QVERIFY(a->sync().ok);
    const SyncReport rb = b->sync();
    QVERIFY(rb.ok);
    QCOMPARE(rb.conflicts, 1);
    QCOMPARE(b->value(u"contacts"_s, u"kdel"_s, u"deleted"_s).toInt(), 1);
    QCOMPARE(m_server.count(u"SELECT deleted FROM contacts WHERE id = 'kdel'"_s), 1);
    QVERIFY(m_server.count(u"SELECT count(*) FROM contacts WHERE id = 'kdel' AND title IS NULL"_s) == 1);
}

void TestSyncServer::visitsAreAppendOnly() {
    auto a = device(u"repA"_s);
    auto b = device(u"repA"_s);
    QVERIFY(a && b);
    QVERIFY(a->sync().ok && b->sync().ok);
    for (ClientDevice* d : {a.get(), b.get()})
        QVERIFY(d->store()
                    .save(u"visits"_s, {},
                          {{u"customer_id"_s, u"cA1"_s},
                           {u"rep_id"_s, u"rA"_s},
                           {u"visited_at"_s, 1790000000},
                           {u"channel"_s, u"phone"_s}})
                    .ok());
    QVERIFY(a->sync().ok);
    const SyncReport rb = b->sync();
    QVERIFY(rb.ok);
    QCOMPARE(rb.conflicts, 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM visits WHERE customer_id = 'cA1'"_s), 2);
    // Editing a visit after the fact is refused, and it shows in "needs attention".
    Result<QSqlQuery> q = b->db().exec(u"SELECT id FROM visits LIMIT 1"_s);
    QVERIFY(q.ok() && q->next());
    const QString visit = q->value(0).toString();
    q->finish();
    QVERIFY(b->store().save(u"visits"_s, visit, {{u"summary"_s, u"rewritten"_s}}).ok());
    const SyncReport edit = b->sync();
    QVERIFY(edit.ok);
    QCOMPARE(edit.rejected, 1);
    QCOMPARE(SyncReplica(b->db()).rejected()->size(), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM visits WHERE summary = 'rewritten'"_s), 0);
    // Once read, the entry is dismissed: it leaves "needs attention", and a second dismiss is an error.
    SyncReplica replica(b->db());
    const qint64 mutation = replica.rejected()->first().mutationId;
    const int attention = *replica.attentionCount();
    QVERIFY(replica.dismissRejected(mutation, 1700000000).ok());
    QCOMPARE(replica.rejected()->size(), 0);
    QCOMPARE(replica.rejected(true)->size(), 1);
    QCOMPARE(*replica.attentionCount(), attention - 1);
    const Status again = replica.dismissRejected(mutation, 1700000001);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"not open"_s), qPrintable(again.error()));
}

void TestSyncServer::repCannotPullOrPushAnotherTeamsCustomers() {
    auto a = device(u"repA"_s);
    QVERIFY(a);
    QVERIFY(a->sync().ok);
    QVERIFY(a->has(u"customers"_s, u"cA1"_s));
    QVERIFY(!a->has(u"customers"_s, u"cB1"_s));
    QVERIFY(!a->has(u"contacts"_s, u"k2"_s));
    QVERIFY(!a->has(u"customers"_s, u"cA3"_s)); // a teammate's customer is not a rep's either
    QVERIFY(a->has(u"reps"_s, u"rB"_s));        // reference data is visible to all

    const qint64 seqBefore = m_server.count(u"SELECT value FROM sync_counter"_s);
    // Forge edits of rows the rep cannot see: an update, a child row, and a customer given to another rep.
    QVERIFY(a->db()
                .execute(u"INSERT INTO customers (id, version, name, owner_id) VALUES ('cB1', 5, 'Mine now', 'rB')"_s)
                .ok());
    QVERIFY(a->store().save(u"customers"_s, u"cB1"_s, {{u"name"_s, u"Hijacked"_s}}).ok());
    QVERIFY(a->store().save(u"contacts"_s, {}, {{u"customer_id"_s, u"cB1"_s}, {u"name"_s, u"Spy"_s}}).ok());
    QVERIFY(a->store().save(u"customers"_s, {}, {{u"name"_s, u"Gift"_s}, {u"owner_id"_s, u"rB"_s}}).ok());
    QVERIFY(a->store().save(u"teams"_s, u"t1"_s, {{u"name"_s, u"Renamed by a rep"_s}}).ok());
    const SyncReport r = a->sync();
    QVERIFY(r.ok);
    QCOMPARE(r.rejected, 4);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seqBefore);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE name IN ('Hijacked', 'Gift')"_s), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM contacts WHERE name = 'Spy'"_s), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM teams WHERE name = 'North'"_s), 1);
    QCOMPARE(SyncReplica(a->db()).rejected()->size(), 4);
}

void TestSyncServer::reassignmentMovesRowsBetweenReplicas() {
    auto a = device(u"repA"_s);
    auto a2 = device(u"repA2"_s);
    auto b = device(u"repB"_s);
    auto admin = device(u"admin"_s);
    QVERIFY(a && a2 && b && admin);
    for (ClientDevice* d : {a.get(), a2.get(), b.get(), admin.get()})
        QVERIFY(d->sync().ok);
    QVERIFY(a->has(u"customers"_s, u"cA2"_s));
    QVERIFY(!b->has(u"customers"_s, u"cA2"_s));
    QVERIFY(admin->store().save(u"contacts"_s, u"k3"_s, {{u"customer_id"_s, u"cA2"_s}, {u"name"_s, u"Kit"_s}}).ok());
    QVERIFY(admin->sync().ok);
    QVERIFY(a->sync().ok);
    QVERIFY(a->has(u"contacts"_s, u"k3"_s));

    QVERIFY(admin->store().save(u"customers"_s, u"cA2"_s, {{u"owner_id"_s, u"rB"_s}}).ok());
    QVERIFY(admin->sync().ok);
    const SyncReport ra = a->sync();
    QVERIFY(ra.ok);
    QVERIFY(ra.removed >= 2);
    QVERIFY(!a->has(u"customers"_s, u"cA2"_s));
    QVERIFY(!a->has(u"contacts"_s, u"k3"_s));
    QVERIFY(b->sync().ok);
    QVERIFY(b->has(u"customers"_s, u"cA2"_s));
    QVERIFY(b->has(u"contacts"_s, u"k3"_s));
    QCOMPARE(b->value(u"customers"_s, u"cA2"_s, u"owner_id"_s).toString(), u"rB"_s);
    // Back to a teammate of the first rep: the South rep loses it again.
    QVERIFY(admin->store().save(u"customers"_s, u"cA2"_s, {{u"owner_id"_s, u"rA"_s}}).ok());
    QVERIFY(admin->sync().ok);
    QVERIFY(b->sync().ok);
    QVERIFY(!b->has(u"customers"_s, u"cA2"_s));
    QVERIFY(a->sync().ok);
    QVERIFY(a->has(u"customers"_s, u"cA2"_s));
    QVERIFY(a->has(u"contacts"_s, u"k3"_s));
}

void TestSyncServer::supervisorSeesExactlyTheTeam() {
    auto sup = device(u"sup1"_s);
    QVERIFY(sup);
    QVERIFY(sup->sync().ok);
    Result<QSqlQuery> q = sup->db().exec(u"SELECT id FROM customers ORDER BY id"_s);
    QVERIFY(q.ok());
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    q->finish();
    const qint64 teamCustomers = m_server.count(u"SELECT count(*) FROM customers WHERE vis_team = 't1'"_s);
    QCOMPARE(qint64(ids.size()), teamCustomers);
    QVERIFY(ids.contains(u"cA1"_s));
    QVERIFY(ids.contains(u"cA3"_s));
    QVERIFY(!ids.contains(u"cB1"_s));
    QVERIFY(sup->has(u"payment_milestones"_s, u"pm1"_s)); // under the team's opportunity
    QCOMPARE(ServerFixture::replicaChecksums(sup->db()).value(u"reps"_s), m_server.checksums().value(u"reps"_s));
}

namespace {

qint64 scalar(Database& db, const QString& sql) {
    Result<QSqlQuery> q = db.exec(sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

// Every row of every analytics summary table, as text, sorted: what a rebuild must reproduce.
QStringList summaryRows(Database& db) {
    QStringList tables;
    Result<QSqlQuery> t = db.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'analytics\\_%' "
                                  "ESCAPE '\\' ORDER BY name"_s);
    while (t && t->next())
        tables << t->value(0).toString();
    QStringList rows;
    for (const QString& table : std::as_const(tables)) {
        Result<QSqlQuery> q = db.exec(u"SELECT * FROM %1"_s.arg(table));
        while (q && q->next()) {
            QStringList values{table};
            for (int i = 0; i < q->record().count(); ++i)
                values << q->value(i).toString();
            rows << values.join(u'|');
        }
    }
    rows.sort();
    return rows;
}

} // namespace

void TestSyncServer::initialSyncRebuildsSearchAndSummariesOnceAndPutsTriggersBack() {
    // The initial sync applies pages with the derived-table triggers off and rebuilds once at the end.
    auto d = device(u"sup1"_s);
    QVERIFY(d);
    d->engine().setLimits(50, 1 << 20, 100, 3); // several bulk pages, several rows per statement in some
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    SyncReplica replica(d->db());
    QCOMPARE(*replica.snapshotInProgress(), false);
    QCOMPARE(ServerFixture::searchIndexProblem(d->db()), QString());
    // The bulk pages' checkpoints ran on a helper and their cache was small; the connection is as before again.
    QCOMPARE(scalar(d->db(), u"PRAGMA wal_autocheckpoint"_s), 1000);
    QCOMPARE(scalar(d->db(), u"PRAGMA cache_size"_s), -32000); // as Database sets it, after the bulk pages' 8 MB
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM sync_state WHERE key IN ('search_stale', 'summaries_stale')"_s), 0);
    for (const SearchSource& src : TextSearch::sources()) {
        const QString table = QString::fromLatin1(src.table);
        QCOMPARE(
            scalar(d->db(), u"SELECT count(*) FROM search_index WHERE kind = '%1'"_s.arg(QLatin1StringView(src.kind))),
            scalar(d->db(), u"SELECT count(*) FROM %1 WHERE deleted = 0"_s.arg(table)));
    }
    QVERIFY(scalar(d->db(), u"SELECT count(*) FROM search_index WHERE search_index MATCH 'alpha'"_s) == 1);
    const QStringList summaries = summaryRows(d->db());
    QVERIFY(summaries.filter(u"analytics_opportunity|o1|"_s).size() == 1);
    QVERIFY(AnalyticsRollups::rebuild(d->db()).ok());
    QCOMPARE(summaryRows(d->db()), summaries);

    // The triggers are back once the snapshot is done: local edits keep both up to date at once.
    QVERIFY(d->store().save(u"customers"_s, u"cA1"_s, {{u"name"_s, u"Zanzibar Pumps"_s}}).ok());
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM search_index WHERE search_index MATCH 'zanzibar'"_s), 1);
    QVERIFY(d->store().save(u"opportunities"_s, u"o1"_s, {{u"stage"_s, u"demo"_s}}).ok());
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM analytics_opportunity WHERE opportunity_id = 'o1' AND stage = "
                             "'demo'"_s),
             1);
}

void TestSyncServer::resyncFromZeroRebuildsTheSearchIndexAndPutsItsOptionsBack() {
    // A replica pulled again from cursor 0 (a reset) gets every row as an update of a row it holds and has
    // indexed; the rebuild replaces the index whole, as one segment, and leaves FTS5's options as it found them.
    auto d = device(u"sup1"_s);
    QVERIFY(d);
    QVERIFY(d->sync().ok);
    QVERIFY(d->store().save(u"customers"_s, u"cA2"_s, {{u"name"_s, u"Quokka Valves"_s}}).ok());
    QVERIFY(d->db().execute(u"UPDATE sync_state SET value = '0' WHERE key = 'cursor'"_s).ok());
    QVERIFY(d->db().execute(u"INSERT INTO search_index (search_index, rank) VALUES ('automerge', 7)"_s).ok());
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM search_index_config WHERE k = 'hashsize'"_s), 0);
    d->engine().setLimits(50, 1 << 20, 100, 2);
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(*SyncReplica(d->db()).snapshotInProgress(), false);
    QCOMPARE(ServerFixture::searchIndexProblem(d->db()), QString());
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM search_index WHERE search_index MATCH 'quokka'"_s), 1);
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM search_index WHERE search_index MATCH 'apex'"_s), 0);
    QCOMPARE(scalar(d->db(), u"SELECT v FROM search_index_config WHERE k = 'automerge'"_s), 7);
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM search_index_config WHERE k = 'hashsize'"_s), 0);
    QCOMPARE(scalar(d->db(), u"SELECT count(DISTINCT segid) FROM search_index_idx"_s), 1);
    // The restored options are in force: the next local edit goes through the triggers as before.
    QVERIFY(d->store().save(u"customers"_s, u"cA2"_s, {{u"name"_s, u"Wombat Valves"_s}}).ok());
    QCOMPARE(scalar(d->db(), u"SELECT count(*) FROM search_index WHERE search_index MATCH 'wombat'"_s), 1);
    QCOMPARE(ServerFixture::searchIndexProblem(d->db()), QString());
}

void TestSyncServer::retriedPushAfterDroppedResponseAppliesNothingTwice() {
    auto a = device(u"repA"_s);
    QVERIFY(a);
    QVERIFY(a->sync().ok);
    QVERIFY(a->store().save(u"customers"_s, u"cA1"_s, {{u"address"_s, u"1 Main St"_s}}).ok());
    QVERIFY(
        a->store()
            .save(u"orders"_s, {}, {{u"customer_id"_s, u"cA1"_s}, {u"ordered_at"_s, 1790000000}, {u"amount"_s, 99.5}})
            .ok());
    SyncReplica replica(a->db());
    Result<QList<Protocol::PushEntry>> batch = replica.pendingBatch(10, 1 << 20);
    QVERIFY(batch.ok());
    QCOMPARE(batch->size(), 2);
    // The server commits this push, but its answer never reaches the replica.
    PushJob lost(a->engine().network(), a->engine().endpoint(), {*replica.deviceId(), *batch});
    lost.setAccessToken(a->engine().session().accessToken);
    QSignalSpy done(&lost, &SyncJob::finished);
    lost.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(lost.error(), SyncJob::Error::None);
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    const qint64 orders = m_server.count(u"SELECT count(*) FROM orders WHERE customer_id = 'cA1'"_s);
    QCOMPARE(*replica.pendingCount(), 2);
    const SyncReport r = a->sync(); // sends the same mutation ids again
    QVERIFY(r.ok);
    QCOMPARE(r.pushed, 2);
    QCOMPARE(*replica.pendingCount(), 0);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM orders WHERE customer_id = 'cA1'"_s), orders);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM conflicts WHERE row_id = 'cA1' AND field = 'address'"_s), 0);
}

void TestSyncServer::pagesBuiltAheadMissNoLaterChange() {
    // The server builds the page after each one it serves (PagePrefetch) before it is asked for: a page built
    // ahead is an older snapshot, so an edit committed after it must come with a later page, never be skipped.
    auto pull = [this](qint64 cursor) {
        const QList<QPair<QByteArray, QByteArray>> h{{"Stride-Protocol", "2"},
                                                     {"Authorization", "Bearer " + token(u"admin"_s).toLatin1()}};
        QNetworkReply* r = raw("GET", u"/api/v1/pull?cursor=%1&limit=3&device=ahead"_s.arg(cursor), {}, h);
        r->deleteLater();
        return QJsonDocument::fromJson(r->readAll()).object();
    };
    QJsonObject page = pull(0);
    QVERIFY(page.value(u"has_more"_s).toBool());
    qint64 cursor = page.value(u"cursor"_s).toInteger();
    // The page after `cursor` is built before the edit below.
    const QString builtAhead = u"page built ahead: device \"ahead\" cursor %1"_s.arg(cursor);
    QTRY_VERIFY2_WITH_TIMEOUT(m_server.serverLog().contains(builtAhead), qPrintable(m_server.serverLog()), 20000);
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok);
    QVERIFY(admin->store().save(u"customers"_s, u"cA1"_s, {{u"address"_s, u"1 Prefetch Lane"_s}}).ok());
    QVERIFY(admin->sync().ok);
    bool seen = false;
    for (int n = 0; n < 500; ++n) {
        page = pull(cursor);
        QVERIFY2(page.contains(u"cursor"_s), QJsonDocument(page).toJson().constData());
        for (const QJsonValue& run : page.value(u"runs"_s).toArray()) {
            const QJsonObject o = run.toObject();
            if (o.value(u"entity"_s).toString() != u"customers"_s)
                continue;
            const QJsonArray columns = o.value(u"columns"_s).toArray();
            const qsizetype address = columns.toVariantList().indexOf(u"address"_s);
            for (const QJsonValue& row : o.value(u"rows"_s).toArray()) {
                const QJsonArray values = row.toArray();
                if (values.at(0).toString() == u"cA1"_s && values.at(address).toString() == u"1 Prefetch Lane"_s)
                    seen = true;
            }
        }
        cursor = page.value(u"cursor"_s).toInteger();
        if (!page.value(u"has_more"_s).toBool())
            break;
    }
    QVERIFY(seen);
}

// Protocol 3 brought the organisation's policy and rules' Chinese names: a protocol-2 client is never sent either
// (its pages parse as before), a protocol-3 client gets both, and a replica stores the policy it pulled.
void TestSyncServer::policyReachesProtocol3ClientsOnly() {
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok);
    OrgPolicyRepository adminPolicy(admin->store());
    QVERIFY(adminPolicy.set(OrgPolicy::kScoreWeights, QJsonObject{{u"p"_s, 0.5}, {u"s"_s, 0.25}, {u"t"_s, 0.25}},
                            u"admin"_s));
    QVERIFY(admin->store()
                .save(u"rules"_s, u"rule-protocol-3"_s,
                      {{u"name"_s, u"Dual-track follow-up"_s},
                       {u"name_zh"_s, u"双线跟进"_s},
                       {u"condition_json"_s, u"{\"all\":[{\"field\":\"tier\",\"op\":\"eq\",\"value\":\"A\"}]}"_s},
                       {u"action_json"_s, u"{\"type\":\"visit_due\",\"every_days\":7}"_s}})
                .ok());
    const SyncReport pushed = admin->sync();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.rejected, 0);

    const QString access = token(u"repA"_s);
    // Every page from the start, in one protocol: entity → the columns of its runs.
    auto pullAll = [&](const QByteArray& protocol) {
        QMap<QString, QStringList> seen;
        qint64 cursor = 0;
        for (int n = 0; n < 100; ++n) {
            QNetworkReply* r = raw("GET", u"/api/v1/pull?cursor=%1&limit=10000"_s.arg(cursor), {},
                                   {{"Stride-Protocol", protocol}, {"Authorization", "Bearer " + access.toLatin1()}});
            r->deleteLater();
            const QJsonObject page = QJsonDocument::fromJson(r->readAll()).object();
            if (page.value(u"protocol"_s).toInt() != protocol.toInt() || r->rawHeader("Stride-Protocol") != protocol)
                qWarning() << "answered in another protocol:" << page.value(u"protocol"_s)
                           << r->rawHeader("Stride-Protocol");
            for (const QJsonValue& run : page.value(u"runs"_s).toArray()) {
                const QJsonObject o = run.toObject();
                QStringList& columns = seen[o.value(u"entity"_s).toString()];
                for (const QJsonValue& c : o.value(u"columns"_s).toArray())
                    columns << c.toString();
                columns.removeDuplicates();
            }
            cursor = page.value(u"cursor"_s).toInteger();
            if (!page.value(u"has_more"_s).toBool())
                break;
        }
        return seen;
    };
    const QMap<QString, QStringList> v2 = pullAll("2");
    QVERIFY(v2.contains(u"rules"_s));
    QVERIFY(!v2.contains(u"org_policy"_s));
    QVERIFY(!v2.value(u"rules"_s).contains(u"name_zh"_s));
    const QMap<QString, QStringList> v3 = pullAll("3");
    QVERIFY(v3.contains(u"org_policy"_s));
    QVERIFY(v3.value(u"rules"_s).contains(u"name_zh"_s));

    auto rep = device(u"repA"_s);
    QVERIFY(rep);
    const SyncReport pulled = rep->sync();
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    QCOMPARE(rep->value(u"rules"_s, u"rule-protocol-3"_s, u"name_zh"_s).toString(), u"双线跟进"_s);
    Result<OrgPolicy> policy = OrgPolicyRepository(rep->db()).load();
    VERIFY_OK(policy);
    QCOMPARE(policy->score.weightP, 0.5);
    QCOMPARE(policy->score.weightT, 0.25);
    QCOMPARE(rep->value(u"org_policy"_s, OrgPolicy::kScoreWeights, u"updated_by"_s).toString(), u"admin"_s);
}

// The method's rows (policy, rules, standard actions, behaviour types) are checked for content when an admin
// writes them, each refusal naming the problem; anyone else is refused outright.
void TestSyncServer::methodRowsAreCheckedWhenAnAdminWritesThem() {
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok);
    const auto policy = [](const QString& key, const QString& value) {
        return QVariantMap{{u"key"_s, key}, {u"value"_s, value}, {u"updated_by"_s, u"admin"_s}};
    };
    const auto rule = [](const QString& condition, const QString& action) {
        return QVariantMap{{u"name"_s, u"r"_s}, {u"condition_json"_s, condition}, {u"action_json"_s, action}};
    };
    const QString tierA = uR"({"all":[{"field":"tier","op":"eq","value":"A"}]})"_s;
    const QString visitDue = uR"({"type":"visit_due","every_days":7})"_s;
    const QVariantMap action{{u"name"_s, u"Quote"_s},
                             {u"action_code"_s, u"customised_quote"_s},
                             {u"trigger_stage"_s, u"demo"_s},
                             {u"deadline_hours"_s, qint64(72)}};
    const QVariantMap type{{u"code"_s, u"poc"_s}, {u"name"_s, u"POC"_s}, {u"points"_s, qint64(10)}};
    struct Case {
        QString entity, id;
        QVariantMap fields;
        QString reason; // empty: applied
    };
    const QList<Case> cases{
        {u"org_policy"_s, u"score.weights"_s, policy(u"score.weights"_s, uR"({"p":0.5,"s":0.3,"t":0.3})"_s),
         u"the weights sum to 1.1, not 1"_s},
        {u"org_policy"_s, u"score.tiers"_s, policy(u"score.tiers"_s, uR"({"a":60,"b":80})"_s), u"tiers out of order"_s},
        {u"org_policy"_s, u"dwell.thresholds"_s, policy(u"dwell.thresholds"_s, uR"({"demo":[8,7]})"_s),
         u"yellow (8 days) is after red (7 days)"_s},
        {u"org_policy"_s, u"lead.required_fields"_s,
         policy(u"lead.required_fields"_s, uR"(["industry","shoe_size"])"_s), u"unknown field 'shoe_size'"_s},
        {u"org_policy"_s, u"score.mood"_s, policy(u"score.mood"_s, u"1"_s), u"unknown key 'score.mood'"_s},
        {u"org_policy"_s, u"org.name"_s, policy(u"org.timezone"_s, u"\"UTC\""_s), u"must be the row's id"_s},
        {u"org_policy"_s, u"org.timezone"_s, policy(u"org.timezone"_s, u"\"Mars/Olympus\""_s),
         u"not a known time zone"_s},
        {u"rules"_s, u"rule-bad-field"_s, rule(uR"({"all":[{"field":"shoe_size","op":"gt","value":40}]})"_s, visitDue),
         u"unknown condition field 'shoe_size'"_s},
        {u"rules"_s, u"rule-bad-action"_s, rule(tierA, uR"({"type":"send_flowers"})"_s),
         u"unknown action type 'send_flowers'"_s},
        {u"standard_actions"_s, u"sa-bad-deadline"_s, {}, u"the deadline must be a positive number of hours, not 0"_s},
        {u"behaviour_types"_s, u"bt-bad-points"_s, {}, u"points must not be negative, not -3"_s},
        // Valid rows are applied; an edit that breaks one is refused like a new row.
        {u"org_policy"_s, u"score.weights"_s, policy(u"score.weights"_s, uR"({"p":0.5,"s":0.25,"t":0.25})"_s), {}},
        {u"rules"_s, u"rule-ok"_s, rule(tierA, visitDue), {}},
        {u"rules"_s, u"rule-ok"_s, {{u"action_json"_s, uR"({"type":"visit_due"})"_s}}, u"visit cadence needs"_s},
        {u"standard_actions"_s, u"sa-ok"_s, action, {}},
        {u"standard_actions"_s, u"sa-ok"_s, {{u"deadline_hours"_s, qint64(-4)}}, u"positive number of hours"_s},
        {u"standard_actions"_s, u"sa-ok"_s, {{u"trigger_stage"_s, u"maybe"_s}}, u"trigger_stage must be one of"_s},
        {u"behaviour_types"_s, u"bt-ok"_s, type, {}},
        {u"behaviour_types"_s, u"bt-ok"_s, {{u"points"_s, qint64(-1)}}, u"points must not be negative"_s},
    };
    QList<Protocol::PushEntry> entries;
    QStringList reasons;
    for (const Case& c : cases) {
        QVariantMap fields = c.fields;
        if (c.id == u"sa-bad-deadline"_s) { // a valid action but for its deadline
            fields = action;
            fields.insert(u"deadline_hours"_s, qint64(0));
        } else if (c.id == u"bt-bad-points"_s) {
            fields = type;
            fields.insert(u"points"_s, qint64(-3));
        }
        entries << Protocol::PushEntry{entries.size() + 1, c.entity, c.id, false, fields, {}, 0};
        reasons << c.reason;
    }
    PushJob job(admin->engine().network(), admin->engine().endpoint(), {u"method-checks-device"_s, entries});
    job.setAccessToken(admin->engine().session().accessToken);
    QSignalSpy done(&job, &SyncJob::finished);
    job.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(job.error(), SyncJob::Error::None);
    QCOMPARE(job.response().results.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Protocol::PushResult& r = job.response().results.at(i);
        const QString what = u"entry %1 (%2 %3): %4"_s.arg(i + 1).arg(entries.at(i).entity, entries.at(i).id, r.reason);
        if (reasons.at(i).isEmpty()) {
            QVERIFY2(r.status != Protocol::EntryStatus::Rejected, qPrintable(what));
        } else {
            QVERIFY2(r.status == Protocol::EntryStatus::Rejected, qPrintable(what));
            QVERIFY2(r.reason.contains(reasons.at(i)), qPrintable(what));
        }
    }
    QCOMPARE(m_server.count(u"SELECT points FROM behaviour_types WHERE id = 'bt-ok'"_s), 10);
    QCOMPARE(m_server.count(u"SELECT deadline_hours FROM standard_actions WHERE id = 'sa-ok'"_s), 72);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_policy WHERE id IN ('score.tiers', 'score.mood')"_s), 0);

    // Anyone but an admin is refused, however good the value.
    auto rep = device(u"repA"_s);
    QVERIFY(rep);
    QVERIFY(rep->sync().ok);
    QVERIFY(OrgPolicyRepository(rep->store())
                .set(OrgPolicy::kScoreTiers, QJsonObject{{u"a"_s, 90}, {u"b"_s, 70}}, u"repA"_s));
    const SyncReport r = rep->sync();
    QCOMPARE(r.rejected, 1);
    Result<QSqlQuery> q = rep->db().exec(u"SELECT reason FROM rejected WHERE entity = 'org_policy'"_s);
    QVERIFY(q && q->next());
    QVERIFY2(q->value(0).toString().contains(u"only an admin may change org_policy"_s),
             qPrintable(q->value(0).toString()));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_policy WHERE id = 'score.tiers'"_s), 0);
}

QString TestSyncServer::token(const QString& user) {
    auto d = device(user);
    return d ? d->engine().session().accessToken : QString();
}

QNetworkReply* TestSyncServer::raw(const QByteArray& verb, const QString& path, const QByteArray& body,
                                   const QList<QPair<QByteArray, QByteArray>>& headers) {
    QNetworkRequest req(QUrl(m_server.url() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    req.setSslConfiguration(tls);
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply* reply = m_nam.sendCustomRequest(req, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(20000);
    return reply;
}

void TestSyncServer::badRequestsGetClear4xxAndChangeNothing_data() {
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("protocol");
    QTest::addColumn<bool>("auth");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray entry =
        R"({"mutation_id":1,"entity":"customers","id":"cZ","op":"upsert","fields":{"name":"Z","owner_id":"rA"}})";
    auto push = [](const QByteArray& entries) {
        return QByteArray(R"({"protocol":1,"device_id":"bad-device","entries":[)") + entries + "]}";
    };
    QTest::newRow("malformed JSON") << QByteArray("POST") << u"/api/v1/push"_s << QByteArray("{\"protocol\":1,")
                                    << QByteArray("1") << true << 400 << u"malformed JSON"_s;
    QTest::newRow("body is an array") << QByteArray("POST") << u"/api/v1/push"_s << QByteArray("[1,2]")
                                      << QByteArray("1") << true << 400 << u"JSON object"_s;
    QTest::newRow("mutation id is a string")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(R"({"mutation_id":"1","entity":"customers","id":"cZ","op":"upsert","fields":{}})") << QByteArray("1")
        << true << 400 << u"'mutation_id' must be a number"_s;
    QTest::newRow("integer field given text")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(R"({"mutation_id":1,"entity":"customers","id":"cZ","op":"upsert","fields":{"created_at":"soon"}})")
        << QByteArray("1") << true << 400 << u"customers.created_at must be an integer"_s;
    QTest::newRow("text field given a number")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(R"({"mutation_id":1,"entity":"customers","id":"cZ","op":"upsert","fields":{"name":12}})")
        << QByteArray("1") << true << 400 << u"customers.name must be a string"_s;
    QTest::newRow("unknown entity")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(R"({"mutation_id":1,"entity":"salaries","id":"x","op":"upsert","fields":{}})") << QByteArray("1")
        << true << 400 << u"unknown entity 'salaries'"_s;
    QTest::newRow("unknown field")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(R"({"mutation_id":1,"entity":"customers","id":"cZ","op":"upsert","fields":{"vis_rep":"rA"}})")
        << QByteArray("1") << true << 400 << u"customers has no field 'vis_rep'"_s;
    QTest::newRow("unknown op") << QByteArray("POST") << u"/api/v1/push"_s
                                << push(R"({"mutation_id":1,"entity":"customers","id":"cZ","op":"drop"})")
                                << QByteArray("1") << true << 400 << u"'op' must be upsert or delete"_s;
    QTest::newRow("decreasing mutation ids")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(entry + "," + QByteArray(entry).replace("\"mutation_id\":1", "\"mutation_id\":1")) << QByteArray("1")
        << true << 400 << u"mutation ids must increase"_s;
    QTest::newRow("oversized body")
        << QByteArray("POST") << u"/api/v1/push"_s
        << push(QByteArray(R"({"mutation_id":1,"entity":"customers","id":"cZ","op":"upsert","fields":{"name":")") +
                QByteArray(400000, 'x') + "\"}}")
        << QByteArray("1") << true << 413 << u"larger than this server accepts"_s;
    QTest::newRow("future protocol version") << QByteArray("POST") << u"/api/v1/push"_s << push(entry)
                                             << QByteArray("99") << true << 400 << u"protocol '99' is not supported"_s;
    QTest::newRow("no protocol header") << QByteArray("GET") << u"/api/v1/pull"_s << QByteArray() << QByteArray()
                                        << true << 400 << u"missing the Stride-Protocol header"_s;
    QTest::newRow("protocol in body disagrees") << QByteArray("POST") << u"/api/v1/push"_s
                                                << QByteArray(R"({"protocol":7,"device_id":"bad-device","entries":[]})")
                                                << QByteArray("1") << true << 400 << u"protocol 7 in the body"_s;
    QTest::newRow("missing token") << QByteArray("POST") << u"/api/v1/push"_s << push(entry) << QByteArray("1") << false
                                   << 401 << u"missing bearer token"_s;
    QTest::newRow("login without password")
        << QByteArray("POST") << u"/api/v1/login"_s << QByteArray(R"({"protocol":1,"user":"repA"})") << QByteArray("1")
        << false << 400 << u"missing 'password'"_s;
    QTest::newRow("unknown endpoint") << QByteArray("GET") << u"/api/v1/customers"_s << QByteArray() << QByteArray("1")
                                      << false << 404 << u"no such endpoint"_s;
    QTest::newRow("negative pull limit") << QByteArray("GET") << u"/api/v1/pull?limit=-5"_s << QByteArray()
                                         << QByteArray("1") << true << 400 << u"non-negative integers"_s;
}

void TestSyncServer::badRequestsGetClear4xxAndChangeNothing() {
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, protocol);
    QFETCH(bool, auth);
    QFETCH(int, status);
    QFETCH(QString, message);
    static QString access;
    if (access.isEmpty())
        access = token(u"repA"_s);
    const qint64 seq = m_server.count(u"SELECT value FROM sync_counter"_s);
    const qint64 results = m_server.count(u"SELECT count(*) FROM mutation_results"_s);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!protocol.isEmpty())
        headers << qMakePair(QByteArray("Stride-Protocol"), protocol);
    if (auth)
        headers << qMakePair(QByteArray("Authorization"), "Bearer " + access.toLatin1());
    QNetworkReply* reply = raw(verb, path, body, headers);
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object();
    QVERIFY2(error.value(u"message"_s).toString().contains(message), qPrintable(error.value(u"message"_s).toString()));
    QVERIFY(!error.value(u"error"_s).toString().isEmpty());
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), seq);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM mutation_results"_s), results);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id = 'cZ'"_s), 0);
    QNetworkReply* health = raw("GET", u"/api/v1/health"_s, {}, {});
    health->deleteLater();
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestSyncServer::expiredAndForgedTokensAreRefused() {
    auto d = device(u"repA"_s);
    QVERIFY(d);
    QVERIFY(d->sync().ok);
    const QString access = d->engine().session().accessToken;
    const QByteArray pull = "/api/v1/pull";
    QList<QPair<QByteArray, QByteArray>> h{{"Stride-Protocol", "1"}, {"Authorization", "Bearer " + access.toLatin1()}};
    QNetworkReply* fresh = raw("GET", QString::fromLatin1(pull), {}, h);
    fresh->deleteLater();
    QCOMPARE(fresh->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QList<QPair<QByteArray, QByteArray>> forged{{"Stride-Protocol", "1"},
                                                {"Authorization", "Bearer " + QByteArray(43, 'A')}};
    QNetworkReply* bad = raw("GET", QString::fromLatin1(pull), {}, forged);
    bad->deleteLater();
    QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(bad->readAll().contains("invalid access token"));

    // The server runs with --access-ttl 3: ask again until the token has expired (a few seconds of wall clock).
    int status = 0;
    QByteArray answer;
    auto askAgain = [&] {
        QNetworkReply* expired = raw("GET", QString::fromLatin1(pull), {}, h);
        expired->deleteLater();
        status = expired->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer = expired->readAll();
        return status != 200;
    };
    QTRY_VERIFY_WITH_TIMEOUT(askAgain(), 20000);
    QCOMPARE(status, 401);
    QVERIFY2(answer.contains("token_expired"), answer.constData());
    // The engine refreshes by itself and carries on.
    QVERIFY(d->store().save(u"customers"_s, u"cA1"_s, {{u"budget_band"_s, u"high"_s}}).ok());
    const SyncReport r = d->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
}

void TestSyncServer::wrongCertificateIsAnErrorAndReplicaUntouched() {
    ClientDevice d(m_server.tempPath(u"wrongcert.sqlite"_s), endpoint(m_server.otherCaFile()));
    QVERIFY(d.store().save(u"customers"_s, u"cW"_s, {{u"name"_s, u"Local"_s}}).ok());
    const auto before = ServerFixture::replicaChecksums(d.db());
    QSignalSpy spy(&d.engine(), &SyncEngine::signedIn);
    d.engine().signIn(u"repA"_s, u"password1"_s);
    QVERIFY(spy.wait(20000));
    const Status s = spy.at(0).at(0).value<Status>();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(u"not trusted"_s), qPrintable(s.error()));
    QCOMPARE(ServerFixture::replicaChecksums(d.db()), before);
    QCOMPARE(*SyncReplica(d.db()).pendingCount(), 1);

    Result<SyncEndpoint> pinned = SyncEndpoint::make(m_server.url(), m_server.caFile(), QString(64, u'a'));
    QVERIFY(pinned.ok());
    ClientDevice p(m_server.tempPath(u"pinned.sqlite"_s), *pinned);
    QSignalSpy pinSpy(&p.engine(), &SyncEngine::signedIn);
    p.engine().signIn(u"repA"_s, u"password1"_s);
    QVERIFY(pinSpy.wait(20000));
    QVERIFY(pinSpy.at(0).at(0).value<Status>().error().contains(u"pinned"_s));
}

void TestSyncServer::concurrentPushersAndPullersNeverSkipAChange() {
    constexpr int kPushers = 4;
    constexpr int kRounds = 15;
    constexpr int kPerRound = 10;
    std::vector<std::unique_ptr<ClientDevice>> pushers;
    for (int i = 0; i < kPushers; ++i) {
        pushers.push_back(device(u"admin"_s));
        QVERIFY(pushers.back());
        QVERIFY(pushers.back()->sync().ok);
    }
    auto puller = device(u"admin"_s);
    QVERIFY(puller);
    QVERIFY(puller->sync().ok);
    puller->engine().setLimits(50, 1 << 20, 7); // small pages: many cursors while others commit
    int pullsDone = 0;
    // The puller pulls again 5 ms after each pull; deleting `pullAgain` ends that, a timer still pending included.
    auto pullAgain = std::make_unique<QObject>();
    QObject::connect(&puller->engine(), &SyncEngine::syncFinished, pullAgain.get(), [&] {
        ++pullsDone;
        QTimer::singleShot(5, pullAgain.get(), [&] { puller->engine().syncNow(); });
    });
    int finished = 0;
    for (int i = 0; i < kPushers; ++i) {
        ClientDevice* d = pushers[size_t(i)].get();
        auto round = std::make_shared<int>(0);
        auto step = std::make_shared<std::function<void()>>();
        *step = [d, i, round, step, &finished, &pullsDone] {
            if (*round == kRounds) {
                ++finished;
                return;
            }
            // The puller reaches the head only between commits: on a loaded machine four pushers can outrun its
            // small pages until they stop. Holding the last round until one pull has finished keeps the pull
            // concurrent with pushes by construction instead of by timing.
            if (*round == kRounds - 1 && pullsDone == 0) {
                QTimer::singleShot(20, &d->engine(), [step] { (*step)(); });
                return;
            }
            QList<EntityWrite> writes;
            for (int k = 0; k < kPerRound; ++k)
                writes << EntityWrite{u"customers"_s,
                                      u"cc-%1-%2-%3"_s.arg(i).arg(*round).arg(k),
                                      {{u"name"_s, u"Concurrent"_s}, {u"owner_id"_s, u"rB"_s}},
                                      false};
            if (Status s = d->store().apply(writes); !s)
                qWarning() << "local write failed:" << s.error();
            ++*round;
            d->engine().syncNow();
        };
        QObject::connect(&d->engine(), &SyncEngine::syncFinished, &d->engine(), [step] { (*step)(); });
        (*step)();
    }
    puller->engine().syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished, kPushers, 120000);
    pullAgain.reset();
    QTRY_VERIFY(puller->engine().state() != SyncState::Syncing); // the pull under way has finished
    QVERIFY(pullsDone > 0);
    QVERIFY(puller->sync().ok);
    const qint64 expected = qint64(kPushers) * kRounds * kPerRound;
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id LIKE 'cc-%'"_s), expected);
    Result<QSqlQuery> q = puller->db().exec(u"SELECT count(*) FROM customers WHERE id LIKE 'cc-%'"_s);
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toLongLong(), expected);
    QCOMPARE(ServerFixture::replicaChecksums(puller->db()).value(u"customers"_s),
             m_server.checksums().value(u"customers"_s));
}

void TestSyncServer::repChangingTeamMovesTheirRows() {
    auto sup = device(u"sup1"_s);
    auto admin = device(u"admin"_s);
    QVERIFY(sup && admin);
    QVERIFY(sup->sync().ok && admin->sync().ok);
    QVERIFY(sup->has(u"customers"_s, u"cA3"_s));
    QVERIFY(admin->store().save(u"reps"_s, u"rA2"_s, {{u"team_id"_s, u"t2"_s}}).ok());
    QVERIFY(admin->sync().ok);
    const SyncReport r = sup->sync();
    QVERIFY(r.ok);
    QVERIFY(r.removed >= 1);
    QVERIFY(!sup->has(u"customers"_s, u"cA3"_s));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE id = 'cA3' AND vis_team = 't2'"_s), 1);
    QVERIFY(admin->store().save(u"reps"_s, u"rA2"_s, {{u"team_id"_s, u"t1"_s}}).ok());
    QVERIFY(admin->sync().ok);
    QVERIFY(sup->sync().ok);
    QVERIFY(sup->has(u"customers"_s, u"cA3"_s));
}

void TestSyncServer::replacedServerDatabaseNeedsAttentionAndChangesNothing() {
    auto setInstance = [this](const QString& id) {
        QSqlQuery q(m_server.store());
        if (!q.prepare(u"UPDATE server_meta SET value = ? WHERE key = 'instance_id'"_s))
            return false;
        q.addBindValue(id);
        return q.exec() && q.numRowsAffected() == 1;
    };
    QSqlQuery read(m_server.store());
    QVERIFY(read.exec(u"SELECT value FROM server_meta WHERE key = 'instance_id'"_s) && read.next());
    const QString original = read.value(0).toString();
    read.finish();
    QCOMPARE(original.size(), 36); // a UUID made when the store was created

    auto a = device(u"repA"_s);
    QVERIFY(a);
    QVERIFY(a->sync().ok);
    SyncReplica replica(a->db());
    QCOMPARE(*replica.serverInstance(), original);
    QVERIFY(a->store().save(u"customers"_s, u"cA2"_s, {{u"address"_s, u"meant for the old organisation"_s}}).ok());
    const auto rows = ServerFixture::replicaChecksums(a->db());
    const qint64 cursor = *replica.cursor(endpoint().keyPrefix());

    // Another database behind the same address (as `stride-server demo` into a new store would make).
    const int port = m_server.port();
    QCOMPARE(m_server.stop(), 0);
    QVERIFY(setInstance(u"11111111-2222-3333-4444-555555555555"_s));
    QVERIFY2(m_server.start(port), qPrintable(m_server.serverLog()));
    const SyncReport r = a->sync();
    QVERIFY(!r.ok);
    QCOMPARE(r.errorKind, SyncJob::Error::ServerReplaced);
    QVERIFY2(r.error.contains(u"was replaced"_s) && r.error.contains(original), qPrintable(r.error));
    QCOMPARE(a->engine().state(), SyncState::NeedsAttention);
    QCOMPARE(a->engine().nextRetryMs(), -1);
    // Nothing pushed to the new database, nothing pulled into the replica.
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE address = 'meant for the old organisation'"_s), 0);
    QCOMPARE(ServerFixture::replicaChecksums(a->db()), rows);
    QCOMPARE(*replica.pendingCount(), 1);
    QCOMPARE(*replica.cursor(endpoint().keyPrefix()), cursor);
    QCOMPARE(*replica.serverInstance(), original);

    // The original database back: the same replica goes on where it stopped.
    QCOMPARE(m_server.stop(), 0);
    QVERIFY(setInstance(original));
    QVERIFY2(m_server.start(port), qPrintable(m_server.serverLog()));
    const SyncReport again = a->sync();
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(*replica.pendingCount(), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM customers WHERE address = 'meant for the old organisation'"_s), 1);
}

void TestSyncServer::accessLogHasNoSecretsAndSigtermStopsCleanly() {
    auto d = device(u"repA"_s);
    QVERIFY(d);
    QVERIFY(d->sync().ok);
    const QString access = d->engine().session().accessToken;
    const QString refresh = d->engine().session().refreshToken;
    QCOMPARE(m_server.stop(), 0); // SIGTERM: in-flight requests finish, then a clean exit
    const QStringList lines = m_server.serverLog().split(u'\n', Qt::SkipEmptyParts);
    int requests = 0;
    for (const QString& line : lines) {
        QVERIFY2(!line.contains(u"password1"_s), qPrintable(line));
        QVERIFY(!line.contains(access));
        QVERIFY(!line.contains(refresh));
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(u"path"_s)) {
            ++requests;
            QVERIFY(o.contains(u"status"_s) && o.contains(u"ms"_s) && o.contains(u"method"_s));
        }
    }
    QVERIFY(requests > 10);
    QVERIFY(m_server.serverLog().contains(u"stopped"_s));
}

QTEST_MAIN(TestSyncServer)
#include "tst_syncserver.moc"
