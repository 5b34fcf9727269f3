// Stage history converges across replicas: two devices move the same deal while offline, both sync, and every
// replica and the server end with one open stay, in the deal's stage, and the same history (against a real
// stride-server, docs/sync-protocol.md "Stage history").
#include "serverfixture.h"
#include "storage/opportunityrepository.h"
#include "storage/stageconsistency.h"
#include "verifyok.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

namespace {

// "stage:entered_at:left_at" of every stay of the deal, by id.
QStringList historyOf(Database& db, const QString& opportunityId) {
    QStringList out;
    Result<QSqlQuery> q = db.exec(u"SELECT id, stage, entered_at, left_at FROM stage_history WHERE opportunity_id = ? "
                                  "AND deleted = 0 ORDER BY id"_s,
                                  {opportunityId});
    while (q && q->next())
        out << u"%1:%2:%3:%4"_s.arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).isNull() ? u"open"_s : q->value(3).toString());
    return out;
}

} // namespace

class TestStageSync final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void offlineMovesOnTwoReplicasLeaveOneOpenStay();
    void serverMigration7ClosesTheDuplicatesItHolds();
    void aDealLostOnOneReplicaAndMovedOnAnotherKeepsNoLostReason();

private:
    std::unique_ptr<ClientDevice> device(const QString& name);

    ServerFixture m_server;
};

std::unique_ptr<ClientDevice> TestStageSync::device(const QString& name) {
    return std::make_unique<ClientDevice>(m_server.tempPath(name + u".sqlite"_s), m_server.endpoint());
}

void TestStageSync::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"li.na@acme.cn"_s, u"rep"_s, u"t-east"_s, u"r-li"_s));
    QVERIFY(m_server.addUser(u"zhao@acme.cn"_s, u"supervisor"_s, u"t-east"_s, u"r-zhao"_s));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
}

void TestStageSync::cleanupTestCase() {
    m_server.stop();
}

void TestStageSync::offlineMovesOnTwoReplicasLeaveOneOpenStay() {
    auto rep = device(u"li"_s);
    auto supervisor = device(u"zhao"_s);
    QVERIFY(rep->signIn(u"li.na@acme.cn"_s));
    QVERIFY(supervisor->signIn(u"zhao@acme.cn"_s));
    SyncReport r = rep->sync(); // the reps rows the customer points at
    QVERIFY2(r.ok, qPrintable(r.error));
    Result<QString> customer =
        rep->store().save(u"customers"_s, QString(), {{u"name"_s, u"华东教育"_s}, {u"owner_id"_s, u"r-li"_s}});
    VERIFY_OK(customer);
    Opportunity o;
    o.customerId = *customer;
    o.ownerId = u"r-li"_s;
    o.title = u"二期"_s;
    o.amount = 600000;
    o.industry = u"education"_s;
    o.budgetBand = u"¥500k-1M"_s;
    o.decisionChain = u"CTO decides"_s;
    o.demandStage = u"evaluating"_s;
    OpportunityRepository repOpps(rep->store());
    Result<QString> id = repOpps.save(o);
    VERIFY_OK(id);
    r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    r = supervisor->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(supervisor->has(u"opportunities"_s, *id));

    // Offline, each closes the lead stay it sees open and opens its own.
    QVERIFY(repOpps.changeStage(*id, Stage::Contact).ok());
    OpportunityRepository supOpps(supervisor->store());
    QVERIFY(supOpps.changeStage(*id, Stage::Contact, {}, u"r-zhao"_s).ok());
    QVERIFY(supOpps.changeStage(*id, Stage::Needs, {}, u"r-zhao"_s).ok());

    for (ClientDevice* d : {rep.get(), supervisor.get(), rep.get()}) {
        r = d->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    // The later arrival (the supervisor's) holds the deal's stage and the one open stay.
    const auto open = [&](Database& db) {
        Result<QSqlQuery> q = db.exec(
            u"SELECT group_concat(stage) FROM stage_history WHERE opportunity_id = ? AND deleted = 0 AND left_at "
            "IS NULL"_s,
            {*id});
        return q && q->next() ? q->value(0).toString() : u"?"_s;
    };
    QCOMPARE(open(rep->db()), u"needs"_s);
    QCOMPARE(open(supervisor->db()), u"needs"_s);
    QCOMPARE(rep->value(u"opportunities"_s, *id, u"stage"_s).toString(), u"needs"_s);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND deleted = 0 AND left_at "
                            "IS NULL"_s,
                            {*id}),
             1);
    const QStringList history = historyOf(rep->db(), *id);
    QCOMPARE(history.size(), 4); // lead, the rep's contact, the supervisor's contact and needs
    QCOMPARE(historyOf(supervisor->db(), *id), history);
    for (ClientDevice* d : {rep.get(), supervisor.get()}) {
        const Result<QList<StageConsistency::Problem>> problems = StageConsistency(d->store()).find();
        VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().detail));
    }
    // A further sync changes nothing: the result is settled.
    r = supervisor->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(historyOf(supervisor->db(), *id), history);
}

// A store that took the old command line's pushes holds deals with several open stays; migration 7 closes all but
// the one in the deal's stage, with new change numbers, so a replica's next pull brings the fix.
void TestStageSync::serverMigration7ClosesTheDuplicatesItHolds() {
    auto rep = device(u"li-old"_s);
    QVERIFY(rep->signIn(u"li.na@acme.cn"_s));
    SyncReport r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    Result<QString> customer =
        rep->store().save(u"customers"_s, QString(), {{u"name"_s, u"旧客户"_s}, {u"owner_id"_s, u"r-li"_s}});
    VERIFY_OK(customer);
    Opportunity o;
    o.customerId = *customer;
    o.ownerId = u"r-li"_s;
    o.title = u"旧商机"_s;
    o.amount = 300000;
    o.industry = u"education"_s;
    o.budgetBand = u"¥100k-500k"_s;
    o.decisionChain = u"CTO decides"_s;
    o.demandStage = u"evaluating"_s;
    Result<QString> id = OpportunityRepository(rep->store()).save(o);
    VERIFY_OK(id);
    r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));

    // What the old path left on the server: two more stays, all open, the deal in the last one's stage.
    const qint64 c = m_server.count(u"SELECT value FROM sync_counter WHERE id = 1"_s);
    QSqlQuery q(m_server.store());
    for (const auto& [hid, stage, offset] : {std::tuple{u"dup-1"_s, u"contact"_s, 10}, {u"dup-2"_s, u"needs"_s, 20}}) {
        q.prepare(
            u"INSERT INTO stage_history (id, version, updated_at, deleted, seq, vis_rep, vis_team, opportunity_id, "
            "stage, entered_at, left_at, by_rep_id) SELECT ?, ?, 0, 0, ?, vis_rep, vis_team, opportunity_id, ?, "
            "entered_at + ?, NULL, by_rep_id FROM stage_history WHERE opportunity_id = ? AND stage = 'lead'"_s);
        const qint64 seq = c + offset / 10;
        for (const QVariant& v : QVariantList{hid, seq, seq, stage, offset, *id})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(
        u"UPDATE opportunities SET stage = 'needs', lost_reason = 'price', closed_at = 1000, seq = %1, version = "
        "%1 WHERE id = '%2'"_s.arg(c + 3)
            .arg(*id)));
    QVERIFY(q.exec(u"UPDATE sync_counter SET value = %1 WHERE id = 1"_s.arg(c + 3)));
    QVERIFY(q.exec(u"DELETE FROM schema_migrations WHERE version = 7"_s));
    q.finish();
    const auto openOnServer = [&] {
        return m_server.count(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND deleted = 0 AND "
                              "left_at IS NULL"_s,
                              {*id});
    };
    QCOMPARE(openOnServer(), 3);

    m_server.stop();
    QVERIFY2(m_server.start(m_server.port()), qPrintable(m_server.serverLog()));
    QCOMPARE(openOnServer(), 1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL AND "
                            "stage = 'needs'"_s,
                            {*id}),
             1);
    QVERIFY(m_server.count(u"SELECT min(seq) FROM stage_history WHERE opportunity_id = ? AND stage IN ('lead', "
                           "'contact')"_s,
                           {*id}) > c + 3); // new change numbers: replicas pull the fix
    r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    const Result<QList<StageConsistency::Problem>> problems = StageConsistency(rep->store()).find();
    VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().detail));
    QCOMPARE(historyOf(rep->db(), *id).filter(u":open"_s).size(), 1);
    QVERIFY(rep->value(u"opportunities"_s, *id, u"lost_reason"_s).toString().isEmpty());
    QVERIFY(rep->value(u"opportunities"_s, *id, u"closed_at"_s).isNull());
    QCOMPARE(historyOf(rep->db(), *id).filter(u":contact:"_s).value(0).section(u':', 3),
             u"%1"_s.arg(m_server.count(u"SELECT entered_at FROM stage_history WHERE id = 'dup-2'"_s)));
}

// One laptop loses the deal while another, offline, moves it on: the later arrival's stage wins, and with it go the
// lost reason and closed_at the other laptop set, on the server and on both replicas.
void TestStageSync::aDealLostOnOneReplicaAndMovedOnAnotherKeepsNoLostReason() {
    auto rep = device(u"li-3"_s);
    auto supervisor = device(u"zhao-3"_s);
    QVERIFY(rep->signIn(u"li.na@acme.cn"_s));
    QVERIFY(supervisor->signIn(u"zhao@acme.cn"_s));
    SyncReport r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    Result<QString> customer =
        rep->store().save(u"customers"_s, QString(), {{u"name"_s, u"西湖医疗"_s}, {u"owner_id"_s, u"r-li"_s}});
    VERIFY_OK(customer);
    Opportunity o;
    o.customerId = *customer;
    o.ownerId = u"r-li"_s;
    o.title = u"影像设备"_s;
    o.amount = 800000;
    o.industry = u"healthcare"_s;
    o.budgetBand = u"¥500k-1M"_s;
    o.decisionChain = u"purchasing committee"_s;
    o.demandStage = u"evaluating"_s;
    OpportunityRepository repOpps(rep->store());
    Result<QString> id = repOpps.save(o);
    VERIFY_OK(id);
    QVERIFY(repOpps.changeStage(*id, Stage::Contact).ok());
    for (ClientDevice* d : {rep.get(), supervisor.get()}) {
        r = d->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QVERIFY(repOpps.changeStage(*id, Stage::Lost, u"budget cut"_s).ok());
    QVERIFY(OpportunityRepository(supervisor->store()).changeStage(*id, Stage::Needs, {}, u"r-zhao"_s).ok());
    for (ClientDevice* d : {rep.get(), supervisor.get(), rep.get()}) {
        r = d->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QCOMPARE(m_server.count(u"SELECT count(*) FROM opportunities WHERE id = ? AND stage = 'needs' AND closed_at IS "
                            "NULL AND COALESCE(lost_reason, '') = ''"_s,
                            {*id}),
             1);
    for (ClientDevice* d : {rep.get(), supervisor.get()}) {
        QCOMPARE(d->value(u"opportunities"_s, *id, u"stage"_s).toString(), u"needs"_s);
        QVERIFY(d->value(u"opportunities"_s, *id, u"closed_at"_s).isNull());
        QVERIFY(d->value(u"opportunities"_s, *id, u"lost_reason"_s).toString().isEmpty());
        const Result<QList<StageConsistency::Problem>> problems = StageConsistency(d->store()).find();
        VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().detail));
    }
}

QTEST_GUILESS_MAIN(TestStageSync)
#include "tst_stagesync.moc"
