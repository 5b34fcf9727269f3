// Stage history converges across replicas: two devices move the same deal while offline, both sync, and every
// replica and the server end with one open stay, in the deal's stage, and the same history (against a real
// stride-server, docs/sync-protocol.md "Stage history").
#include "serverfixture.h"
#include "storage/opportunityrepository.h"
#include "storage/stageconsistency.h"

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

private:
    SyncEndpoint endpoint();
    std::unique_ptr<ClientDevice> device(const QString& name);

    ServerFixture m_server;
};

SyncEndpoint TestStageSync::endpoint() {
    Result<SyncEndpoint> e = SyncEndpoint::make(m_server.url(), m_server.caFile());
    if (!e)
        qFatal("endpoint: %s", qPrintable(e.error()));
    e->timeoutMs = 20000;
    return *e;
}

std::unique_ptr<ClientDevice> TestStageSync::device(const QString& name) {
    return std::make_unique<ClientDevice>(m_server.tempPath(name + u".sqlite"_s), endpoint());
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
    QVERIFY2(customer.ok(), qPrintable(customer.error()));
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
    QVERIFY2(id.ok(), qPrintable(id.error()));
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
        QVERIFY2(problems.ok(), qPrintable(problems.error()));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().detail));
    }
    // A further sync changes nothing: the result is settled.
    r = supervisor->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(historyOf(supervisor->db(), *id), history);
}

QTEST_GUILESS_MAIN(TestStageSync)
#include "tst_stagesync.moc"
