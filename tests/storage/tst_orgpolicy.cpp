// OrgPolicy (the organisation's policy: keys, defaults, checks) and OrgPolicyRepository (its rows in a replica,
// written through EntityStore).

#include "repositoryfixture.h"
#include "verifyok.h"

#include "domain/orgpolicy.h"
#include "storage/orgpolicyrepository.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Stride;
using Stride::Test::RepositoryFixture;

namespace {

QJsonValue json(const char* text) {
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

} // namespace

class TestOrgPolicy final : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_f.open()); }

    void defaultsFollowTheLanguage() {
        const OrgPolicy zh = OrgPolicy::defaults();
        QCOMPARE(zh.language, u"zh_CN"_s);
        QCOMPARE(zh.timeZone, u"Asia/Shanghai"_s);
        QCOMPARE(zh.score.weightP, 0.4);
        QCOMPARE(zh.score.tierA, 80.0);
        QCOMPARE(zh.dwell.value(u"demo"_s).yellowDays, 5.0);
        QCOMPARE(zh.dwell.value(u"demo"_s).redDays, 7.0);
        QCOMPARE(zh.requiredLeadFields, OrgPolicy::leadFields());
        const OrgPolicy en = OrgPolicy::defaults(u"en"_s);
        QCOMPARE(en.language, u"en"_s);
        QCOMPARE(en.timeZone, u"UTC"_s);
        // Every default passes its own check.
        for (const QString& key : OrgPolicy::keys()) {
            if (key == OrgPolicy::kName)
                continue; // no default name
            const Status s = OrgPolicy::validate(key, zh.value(key));
            QVERIFY2(s, qPrintable(key + u": "_s + s.error()));
        }
    }

    void validate_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // empty: accepted

        QTest::newRow("name") << OrgPolicy::kName << u"\"华东精工\""_s << QString();
        QTest::newRow("empty name") << OrgPolicy::kName << u"\"  \""_s << u"non-empty"_s;
        QTest::newRow("language en") << OrgPolicy::kLanguage << u"\"en\""_s << QString();
        QTest::newRow("unknown language") << OrgPolicy::kLanguage << u"\"fr\""_s << u"zh_CN"_s;
        QTest::newRow("zone") << OrgPolicy::kTimeZone << u"\"Europe/Berlin\""_s << QString();
        QTest::newRow("unknown zone") << OrgPolicy::kTimeZone << u"\"Mars/Olympus\""_s << u"Mars/Olympus"_s;
        QTest::newRow("weights") << OrgPolicy::kScoreWeights << u"{\"p\":0.5,\"s\":0.25,\"t\":0.25}"_s << QString();
        QTest::newRow("weights not summing to 1")
            << OrgPolicy::kScoreWeights << u"{\"p\":0.5,\"s\":0.3,\"t\":0.3}"_s << u"sum to 1.1"_s;
        QTest::newRow("weight above 1") << OrgPolicy::kScoreWeights << u"{\"p\":1.2,\"s\":-0.1,\"t\":-0.1}"_s
                                        << u"outside 0..1"_s;
        QTest::newRow("weight missing") << OrgPolicy::kScoreWeights << u"{\"p\":1}"_s << u"'s'"_s;
        QTest::newRow("unknown weight") << OrgPolicy::kScoreWeights << u"{\"p\":1,\"s\":0,\"t\":0,\"x\":0}"_s
                                        << u"unknown weight 'x'"_s;
        QTest::newRow("tiers") << OrgPolicy::kScoreTiers << u"{\"a\":85,\"b\":50}"_s << QString();
        QTest::newRow("tiers out of order") << OrgPolicy::kScoreTiers << u"{\"a\":60,\"b\":80}"_s << u"out of order"_s;
        QTest::newRow("tier above 100") << OrgPolicy::kScoreTiers << u"{\"a\":120,\"b\":80}"_s << u"out of order"_s;
        QTest::newRow("dwell") << OrgPolicy::kDwellThresholds << u"{\"demo\":[3,6]}"_s << QString();
        QTest::newRow("dwell yellow after red")
            << OrgPolicy::kDwellThresholds << u"{\"demo\":[8,7]}"_s << u"yellow (8 days) is after red (7 days)"_s;
        QTest::newRow("dwell unknown stage")
            << OrgPolicy::kDwellThresholds << u"{\"won\":[1,2]}"_s << u"unknown stage 'won'"_s;
        QTest::newRow("dwell not a pair") << OrgPolicy::kDwellThresholds << u"{\"demo\":[5]}"_s << u"[yellow, red]"_s;
        QTest::newRow("required fields") << OrgPolicy::kRequiredLeadFields << u"[\"industry\"]"_s << QString();
        QTest::newRow("no required fields") << OrgPolicy::kRequiredLeadFields << u"[]"_s << QString();
        QTest::newRow("unknown required field")
            << OrgPolicy::kRequiredLeadFields << u"[\"industry\",\"shoe_size\"]"_s << u"unknown field 'shoe_size'"_s;
        QTest::newRow("unknown key") << u"score.mood"_s << u"1"_s << u"unknown key 'score.mood'"_s;
    }
    void validate() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const Status s = OrgPolicy::validate(key, json(value.toUtf8().constData()));
        if (problem.isEmpty()) {
            VERIFY_OK(s);
        } else {
            QVERIFY(!s);
            QVERIFY2(s.error().contains(problem), qPrintable(s.error()));
            QVERIFY2(s.error().contains(key), qPrintable(s.error()));
        }
    }

    void emptyReplicaHasDefaultsWithUtcDays() {
        OrgPolicyRepository repo(*m_f.db);
        Result<OrgPolicy> p = repo.load();
        VERIFY_OK(p);
        OrgPolicy expected = OrgPolicy::defaults();
        expected.timeZone = u"UTC"_s; // no zone pulled yet: days stay where they were
        QCOMPARE(*p, expected);
        Result<QJsonValue> w = repo.value(OrgPolicy::kScoreWeights);
        VERIFY_OK(w);
        QCOMPARE(w->toObject().value(u"p"_s).toDouble(), 0.4);
        QVERIFY(!repo.value(u"nope"_s));
    }

    void setWritesThroughTheOutbox() {
        OrgPolicyRepository repo(*m_f.store);
        QSignalSpy changed(&repo, &OrgPolicyRepository::changed);
        VERIFY_OK(repo.set(OrgPolicy::kScoreWeights, json("{\"p\":0.5,\"s\":0.25,\"t\":0.25}"), u"admin"_s));
        QCOMPARE(changed.size(), 1);
        const auto out = m_f.outbox(u"org_policy"_s, OrgPolicy::kScoreWeights);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().op, u"upsert"_s);
        QCOMPARE(out.first().fields.value(u"key"_s).toString(), OrgPolicy::kScoreWeights);
        QCOMPARE(out.first().fields.value(u"updated_by"_s).toString(), u"admin"_s);
        const QJsonDocument stored = QJsonDocument::fromJson(out.first().fields.value(u"value"_s).toString().toUtf8());
        QCOMPARE(stored.object().value(u"p"_s).toDouble(), 0.5);

        VERIFY_OK(repo.set(OrgPolicy::kTimeZone, u"Asia/Shanghai"_s, u"admin"_s));
        VERIFY_OK(repo.set(OrgPolicy::kDwellThresholds, json("{\"demo\":[3,6]}"), u"admin"_s));
        VERIFY_OK(repo.set(OrgPolicy::kRequiredLeadFields, json("[\"demand_stage\",\"industry\"]"), u"admin"_s));
        Result<OrgPolicy> p = repo.load();
        VERIFY_OK(p);
        QCOMPARE(p->score.weightP, 0.5);
        QCOMPARE(p->score.weightS, 0.25);
        QCOMPARE(p->timeZone, u"Asia/Shanghai"_s);
        QCOMPARE(p->dwell.value(u"demo"_s).yellowDays, 3.0);
        QCOMPARE(p->dwell.value(u"lead"_s).redDays, 14.0); // left out: its default
        QCOMPARE(p->requiredLeadFields, (QStringList{u"industry"_s, u"demand_stage"_s}));
        QCOMPARE(changed.size(), 4);
    }

    void setRefusesABadValueAndWritesNothing() {
        OrgPolicyRepository repo(*m_f.db);
        const Status s = repo.set(OrgPolicy::kScoreTiers, json("{\"a\":50,\"b\":70}"), u"admin"_s);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(u"out of order"_s), qPrintable(s.error()));
        QCOMPARE(m_f.outboxCount(), 0);
    }

    void aBadStoredValueCountsAsAbsent() {
        QVERIFY(m_f.db->execute(u"INSERT INTO org_policy (id, key, value) VALUES (?, ?, ?)"_s,
                                {OrgPolicy::kScoreWeights, OrgPolicy::kScoreWeights, u"{\"p\":2}"_s}));
        QVERIFY(m_f.db->execute(u"INSERT INTO org_policy (id, key, value) VALUES (?, ?, ?)"_s,
                                {OrgPolicy::kLanguage, OrgPolicy::kLanguage, u"\"en\""_s}));
        Result<OrgPolicy> p = OrgPolicyRepository(*m_f.db).load();
        VERIFY_OK(p);
        QCOMPARE(p->score.weightP, 0.4);
        QCOMPARE(p->language, u"en"_s);
    }

private:
    RepositoryFixture m_f;
};

QTEST_GUILESS_MAIN(TestOrgPolicy)
#include "tst_orgpolicy.moc"
