// `stride-server init` on a fresh store (SQLite, and PostgreSQL through the *_postgres entry): the sales method and
// the organisation's policy as synced rows with fixed ids, pulled by a new replica; idempotent, and never
// overwriting or resurrecting what an admin changed or deleted.
#include "analytics/valuescoreservice.h"
#include "domain/methoddefaults.h"
#include "serverfixture.h"
#include "storage/orgpolicyrepository.h"
#include "verifyok.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestServerInit final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void seedsTheMethodAndPolicyThatANewReplicaPulls();
    void secondInitChangesNothing();
    void neverOverwritesOrResurrectsAnAdminsEdits();
    void anAdminsNewWeightsScoreOnAnotherReplica();

private:
    std::unique_ptr<ClientDevice> device(const QString& user);
    int init(const QStringList& more, QByteArray* out = nullptr);

    ServerFixture m_server;
    int m_devices = 0;
};

std::unique_ptr<ClientDevice> TestServerInit::device(const QString& user) {
    Result<SyncEndpoint> e = SyncEndpoint::make(m_server.url(), m_server.caFile());
    if (!e)
        return nullptr;
    e->timeoutMs = 20000;
    auto d = std::make_unique<ClientDevice>(m_server.tempPath(u"device-%1.sqlite"_s.arg(++m_devices)), *e);
    if (!d->signIn(user))
        return nullptr;
    return d;
}

int TestServerInit::init(const QStringList& more, QByteArray* out) {
    return m_server.runServerTool(QStringList{u"init"_s, u"--db"_s, m_server.dbUrl()} + more, {}, out);
}

void TestServerInit::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_server.addUser(u"admin"_s, u"admin"_s, {}, u"admin"_s));
    QVERIFY(m_server.addUser(u"repA"_s, u"rep"_s, u"t1"_s, u"rA"_s));
}

void TestServerInit::cleanupTestCase() {
    m_server.stop();
}

void TestServerInit::refusesBadArguments_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name") << QStringList{} << u"usage"_s;
    QTest::newRow("unknown language") << QStringList{u"--name"_s, u"Acme"_s, u"--lang"_s, u"fr"_s}
                                      << u"--lang must be zh_CN or en"_s;
    QTest::newRow("unknown zone") << QStringList{u"--name"_s, u"Acme"_s, u"--timezone"_s, u"Mars/Olympus"_s}
                                  << u"not a known time zone"_s;
}

void TestServerInit::refusesBadArguments() {
    QFETCH(QStringList, args);
    QFETCH(QString, problem);
    QByteArray out;
    QCOMPARE(init(args, &out), 1);
    QVERIFY2(QString::fromUtf8(out).contains(problem), out.constData());
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_policy"_s), 0);
}

void TestServerInit::seedsTheMethodAndPolicyThatANewReplicaPulls() {
    QByteArray out;
    QCOMPARE(init({u"--name"_s, u"华东精工"_s, u"--lang"_s, u"zh_CN"_s}, &out), 0);
    QVERIFY2(out.contains("rows written"), out.constData());
    QCOMPARE(m_server.count(u"SELECT count(*) FROM standard_actions"_s),
             qint64(MethodDefaults::standardActions().size()));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM behaviour_types"_s),
             qint64(MethodDefaults::behaviourTypes().size()));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM rules"_s), qint64(MethodDefaults::rules().size()));
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_policy"_s), qint64(OrgPolicy::keys().size()));
    // Ordinary synced rows: change numbers, no hidden visibility.
    QCOMPARE(m_server.count(u"SELECT count(*) FROM org_policy WHERE seq <= 0 OR vis_rep IS NOT NULL"_s), 0);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM standard_actions WHERE id = 'sa-product-match-report' AND "
                            "deadline_hours = 24 AND trigger_stage = 'contact'"_s),
             1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM behaviour_types WHERE id = 'bt-pain-point-interview' AND "
                            "points = 5 AND name_zh = '痛点访谈'"_s),
             1);
    QCOMPARE(m_server.count(u"SELECT count(*) FROM rules WHERE id = 'rule-tier-a-visit' AND name_zh IS NOT NULL"_s), 1);

    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
    auto rep = device(u"repA"_s);
    QVERIFY(rep);
    const SyncReport r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    Result<OrgPolicy> policy = OrgPolicyRepository(rep->db()).load();
    VERIFY_OK(policy);
    OrgPolicy expected = OrgPolicy::defaults(u"zh_CN"_s);
    expected.name = u"华东精工"_s;
    QCOMPARE(*policy, expected);
    QCOMPARE(policy->timeZone, u"Asia/Shanghai"_s);
    QCOMPARE(rep->value(u"rules"_s, u"rule-competitor-follow-up"_s, u"name_zh"_s).toString(),
             u"拜访中提及竞品：3 天内跟进"_s);
    QCOMPARE(rep->value(u"standard_actions"_s, u"sa-case-study"_s, u"deadline_hours"_s).toInt(), 48);
}

void TestServerInit::secondInitChangesNothing() {
    const QMap<QString, QString> before = m_server.checksums();
    const qint64 counter = m_server.count(u"SELECT value FROM sync_counter"_s);
    QByteArray out;
    QCOMPARE(init({u"--name"_s, u"Another name"_s, u"--lang"_s, u"en"_s}, &out), 0);
    QVERIFY2(out.contains("already in place"), out.constData());
    QCOMPARE(m_server.checksums(), before);
    QCOMPARE(m_server.count(u"SELECT value FROM sync_counter"_s), counter);
}

void TestServerInit::neverOverwritesOrResurrectsAnAdminsEdits() {
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok);
    OrgPolicyRepository policy(admin->store());
    QVERIFY(policy.set(OrgPolicy::kScoreTiers, QJsonObject{{u"a"_s, 85}, {u"b"_s, 55}}, u"admin"_s));
    QVERIFY(admin->store().save(u"behaviour_types"_s, u"bt-pain-point-interview"_s, {{u"points"_s, 7}}).ok());
    QVERIFY(admin->store().remove(u"rules"_s, u"rule-tier-c-visit"_s).ok());
    QVERIFY(admin->store().remove(u"standard_actions"_s, u"sa-payment-follow-up"_s).ok());
    const SyncReport pushed = admin->sync();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.rejected, 0);

    const QMap<QString, QString> before = m_server.checksums();
    QCOMPARE(init({u"--name"_s, u"华东精工"_s}), 0);
    QCOMPARE(m_server.checksums(), before);
    QCOMPARE(m_server.count(u"SELECT deleted FROM rules WHERE id = 'rule-tier-c-visit'"_s), 1);
    QCOMPARE(m_server.count(u"SELECT points FROM behaviour_types WHERE id = 'bt-pain-point-interview'"_s), 7);

    auto rep = device(u"repA"_s);
    QVERIFY(rep);
    QVERIFY(rep->sync().ok);
    Result<OrgPolicy> p = OrgPolicyRepository(rep->db()).load();
    VERIFY_OK(p);
    QCOMPARE(p->score.tierA, 85.0);
    QCOMPARE(p->score.tierB, 55.0);
    QVERIFY(!rep->has(u"rules"_s, u"rule-tier-c-visit"_s) ||
            rep->value(u"rules"_s, u"rule-tier-c-visit"_s, u"deleted"_s).toInt() == 1);
}

// The app's path: an admin edits the policy (OrgPolicyRepository::set, queued like any edit) and syncs; a rep's
// replica pulls it and its value scores use the new weights.
void TestServerInit::anAdminsNewWeightsScoreOnAnotherReplica() {
    auto admin = device(u"admin"_s);
    QVERIFY(admin);
    QVERIFY(admin->sync().ok);
    QVERIFY(admin->store().apply({
        {u"teams"_s, u"t1"_s, {{u"name"_s, u"North"_s}}, false},
        {u"reps"_s, u"rA"_s, {{u"name"_s, u"Ann"_s}, {u"role"_s, u"rep"_s}, {u"team_id"_s, u"t1"_s}}, false},
        {u"customers"_s,
         u"cA1"_s,
         {{u"name"_s, u"Alpha"_s},
          {u"owner_id"_s, u"rA"_s},
          {u"satisfaction"_s, 80.0},
          {u"trial_participation"_s, 40.0}},
         false},
    }));
    QVERIFY(admin->sync().ok);

    auto rep = device(u"repA"_s);
    QVERIFY(rep);
    QVERIFY(rep->sync().ok);
    ValueScoreService before(rep->db());
    QVERIFY(before.recomputeAll());
    QCOMPARE(before.scoreOf(u"cA1"_s)->score, 0.3 * 80 + 0.3 * 40);

    OrgPolicyRepository policy(admin->store());
    QVERIFY(policy.set(OrgPolicy::kScoreWeights, QJsonObject{{u"p"_s, 0.2}, {u"s"_s, 0.7}, {u"t"_s, 0.1}}, u"admin"_s));
    const SyncReport pushed = admin->sync();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.rejected, 0);

    ValueScoreService scores(rep->db());
    scores.watch(rep->store());
    QSignalSpy rescored(&scores, &ValueScoreService::scoresChanged);
    const SyncReport pulled = rep->sync();
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    QTRY_VERIFY(rescored.count() >= 1); // the pulled policy rescored everyone
    QCOMPARE(scores.policy().weightS, 0.7);
    QCOMPARE(scores.scoreOf(u"cA1"_s)->score, 0.7 * 80 + 0.1 * 40);
    QCOMPARE(rep->value(u"org_policy"_s, OrgPolicy::kScoreWeights, u"updated_by"_s).toString(), u"admin"_s);
}

QTEST_GUILESS_MAIN(TestServerInit)
#include "tst_serverinit.moc"
