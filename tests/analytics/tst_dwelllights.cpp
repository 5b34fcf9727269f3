#include "analytics/dwelllights.h"
#include "analyticsfixture.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"
#include "verifyok.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Now = day 30. Demo thresholds by default: yellow > 5 d, red > 7 d.
//   d1 a demo since 25, no visit        → idle 5.0 → green (strictly greater needed)
//   d2 a demo since 24                  → idle 6   → yellow
//   d3 a demo since 20, visits 19 and 21 → idle 9 (the visit before entry does not count) → red, supervisor s
//   d4 b demo since 22                  → idle 8   → red, supervisor s2 through team t2
//   d5 c needs since 10                 → idle 20  → red, nobody to escalate to
//   d6 a won                            → not a light
class TestDwellLights : public QObject {
    Q_OBJECT
    std::unique_ptr<Test::AnalyticsFixture> f;
    FixedClock clock{Test::AnalyticsFixture::at(30)};

    const DwellItem* item(const DwellResult& r, const QString& id) {
        for (const DwellItem& i : r.items)
            if (i.opportunityId == id)
                return &i;
        return nullptr;
    }

private slots:
    void init() {
        f = std::make_unique<Test::AnalyticsFixture>();
        QVERIFY(f->ok());
        f->team(u"t1"_s, u"s"_s);
        f->team(u"t2"_s, u"s2"_s);
        f->team(u"t3"_s);
        f->rep(u"s"_s, u"t1"_s, u"supervisor"_s);
        f->rep(u"s2"_s, u"t2"_s, u"supervisor"_s);
        f->rep(u"a"_s, u"t1"_s, u"rep"_s, u"s"_s);
        f->rep(u"b"_s, u"t2"_s);
        f->rep(u"c"_s, u"t3"_s);
        f->customer(u"ca"_s, u"a"_s);
        f->customer(u"ca3"_s, u"a"_s);
        f->customer(u"cb"_s, u"b"_s);
        f->customer(u"cc"_s, u"c"_s);
        f->opportunity(u"d1"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"demo"_s}, {1, 25});
        f->opportunity(u"d2"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"demo"_s}, {1, 24});
        f->opportunity(u"d3"_s, u"ca3"_s, u"a"_s, {u"lead"_s, u"demo"_s}, {1, 20});
        f->visit(u"ca3"_s, u"a"_s, 19);
        f->visit(u"ca3"_s, u"a"_s, 21);
        f->opportunity(u"d4"_s, u"cb"_s, u"b"_s, {u"lead"_s, u"demo"_s}, {1, 22});
        f->opportunity(u"d5"_s, u"cc"_s, u"c"_s, {u"lead"_s, u"needs"_s}, {1, 10});
        f->opportunity(u"d6"_s, u"ca"_s, u"a"_s, {u"lead"_s, u"won"_s}, {1, 2});
    }

    void lights_data() {
        QTest::addColumn<QString>("opportunity");
        QTest::addColumn<double>("idleDays");
        QTest::addColumn<int>("light");
        QTest::addColumn<QString>("supervisor");
        QTest::newRow("exactly at the yellow threshold stays green") << u"d1"_s << 5.0 << int(Light::Green) << u"s"_s;
        QTest::newRow("6 days in demo is yellow") << u"d2"_s << 6.0 << int(Light::Yellow) << u"s"_s;
        QTest::newRow("visit after entry resets the idle clock") << u"d3"_s << 9.0 << int(Light::Red) << u"s"_s;
        QTest::newRow("team supervisor when the rep has none") << u"d4"_s << 8.0 << int(Light::Red) << u"s2"_s;
        QTest::newRow("needs threshold 7/10") << u"d5"_s << 20.0 << int(Light::Red) << QString();
    }
    void lights() {
        QFETCH(QString, opportunity);
        QFETCH(double, idleDays);
        QFETCH(int, light);
        QFETCH(QString, supervisor);
        auto r = DwellLights::compute(f->db(), {}, clock);
        VERIFY_OK(r);
        QCOMPARE(r->items.size(), 5); // d6 is won
        const DwellItem* it = item(*r, opportunity);
        QVERIFY(it);
        QCOMPARE(it->idleDays, idleDays);
        QCOMPARE(int(it->light), light);
        QCOMPARE(it->supervisorId, supervisor);
        QCOMPARE(r->green, 1);
        QCOMPARE(r->yellow, 1);
        QCOMPARE(r->red, 3);
        QCOMPARE(r->perStage.value(u"demo"_s), (QList<qint64>{1, 1, 2}));
        QCOMPARE(r->items.first().opportunityId, u"d5"_s); // most idle first
    }

    // Thresholds are the organisation's policy (org_policy dwell.thresholds); the old replica-local setting is not
    // read any more.
    void thresholdsAreThePolicy() {
        QVERIFY(f->db().execute(u"INSERT INTO settings (key, value) VALUES ('analytics.dwell_thresholds', ?)"_s,
                                {u"{\"demo\": [1, 2]}"_s}));
        auto before = DwellLights::compute(f->db(), {}, clock);
        QVERIFY(before.ok());
        QVERIFY(int(item(*before, u"d1"_s)->light) != int(Light::Red));

        OrgPolicyRepository policy(f->db());
        QVERIFY(policy.set(OrgPolicy::kDwellThresholds, QJsonObject{{u"demo"_s, QJsonArray{1, 2}}}, u"admin"_s));
        auto r = DwellLights::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        QCOMPARE(int(item(*r, u"d1"_s)->light), int(Light::Red));
        QCOMPARE(int(item(*r, u"d5"_s)->light), int(Light::Red)); // needs keeps its default
        QCOMPARE(DwellLights::thresholds(f->db())->value(u"demo"_s).redDays, 2.0);

        // A value no server would accept (yellow after red) counts as absent: the default applies.
        QVERIFY(f->db().execute(u"UPDATE org_policy SET value = '{\"demo\": [9, 2]}' WHERE id = 'dwell.thresholds'"_s));
        QCOMPARE(DwellLights::thresholds(f->db())->value(u"demo"_s), DwellLights::defaults().value(u"demo"_s));
        QVERIFY(policy.set(OrgPolicy::kDwellThresholds, QJsonObject{{u"demo"_s, QJsonArray{5, 7}}}, u"admin"_s));
    }

    void teamFilter() {
        auto r = DwellLights::compute(f->db(), AnalyticsFilter{0, 0, u"t2"_s, {}}, clock);
        QVERIFY(r.ok());
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items.first().opportunityId, u"d4"_s);
        auto none = DwellLights::compute(f->db(), AnalyticsFilter{0, 0, {}, u"s"_s}, clock);
        QVERIFY(none.ok());
        QVERIFY(none->items.isEmpty());
    }

    void escalationCreatedOnce() {
        EntityStore store(f->db(), clock);
        auto r = DwellLights::compute(f->db(), {}, clock);
        QVERIFY(r.ok());
        auto created = DwellLights::escalate(store, *r);
        VERIFY_OK(created);
        QCOMPARE(*created, 2); // d3 → s, d4 → s2; d5 has no supervisor
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source = 'escalation' AND owner_id = 's' AND "
                          "opportunity_id = 'd3'"_s),
                 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE owner_id = 's2' AND opportunity_id = 'd4'"_s), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM outbox WHERE entity = 'tasks'"_s), 2); // a synced user-visible edit

        // Recompute an hour later: nothing new.
        clock.advanceSecs(3600);
        r = DwellLights::compute(f->db(), {}, clock);
        QCOMPARE(*DwellLights::escalate(store, *r), 0);
        // Done or deleted escalations are not recreated either.
        QVERIFY(f->db().execute(u"UPDATE tasks SET done_at = 1, deleted = 1 WHERE opportunity_id = 'd3'"_s));
        QCOMPARE(*DwellLights::escalate(store, *DwellLights::compute(f->db(), {}, clock)), 0);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source = 'escalation'"_s), 2);

        // A new stay in demo is a new trigger.
        QVERIFY(f->db().execute(u"UPDATE opportunities SET stage_entered_at = ? WHERE id = 'd3'"_s,
                                {Test::AnalyticsFixture::day(22)}));
        QCOMPARE(*DwellLights::escalate(store, *DwellLights::compute(f->db(), {}, clock)), 1);
        QCOMPARE(f->count(u"SELECT COUNT(*) FROM tasks WHERE source = 'escalation'"_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestDwellLights)
#include "tst_dwelllights.moc"
