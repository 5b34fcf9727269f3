#include "analytics/valuescore.h"
#include "analytics/valuescoreservice.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"
#include "verifyok.h"

#include <QJsonObject>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

class TestValueScore final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Worked examples: each expected figure is computed by hand in the comment of its row.
    void handComputed_data() {
        QTest::addColumn<QList<double>>("amounts");
        QTest::addColumn<int>("who");
        QTest::addColumn<double>("satisfaction");
        QTest::addColumn<double>("trial");
        QTest::addColumn<double>("expectedP");
        QTest::addColumn<double>("expectedScore");
        QTest::addColumn<QString>("expectedTier");
        // 5 customers 0,100,200,300,400: #4 has 4 below → P = 100·4/4 = 100; 0.4·100 + 0.3·90 + 0.3·50 = 82 → A
        QTest::newRow("top buyer, no ties")
            << QList<double>{0, 100, 200, 300, 400} << 4 << 90.0 << 50.0 << 100.0 << 82.0 << u"A"_s;
        // #2 (200): 2 below of 4 others → P = 50; 0.4·50 + 0.3·80 + 0.3·60 = 62 → B
        QTest::newRow("middle buyer") << QList<double>{0, 100, 200, 300, 400} << 2 << 80.0 << 60.0 << 50.0 << 62.0
                                      << u"B"_s;
        // 100,200,200,300: #1 has 1 below, 1 tie → P = 100·(1 + 0.5)/3 = 50; 0.4·50 + 0 + 0 = 20 → C
        QTest::newRow("tie shares the rank")
            << QList<double>{100, 200, 200, 300} << 1 << 0.0 << 0.0 << 50.0 << 20.0 << u"C"_s;
        // same list, #2 is the other half of the tie: the same P
        QTest::newRow("tie, other member")
            << QList<double>{100, 200, 200, 300} << 2 << 0.0 << 0.0 << 50.0 << 20.0 << u"C"_s;
        // all equal 500: 0 below, 3 ties → P = 100·1.5/3 = 50
        QTest::newRow("everyone bought the same")
            << QList<double>{500, 500, 500, 500} << 0 << 100.0 << 100.0 << 50.0 << 80.0 << u"A"_s;
        // no orders → P = 0 by rule; 0.3·70 + 0.3·30 = 30 → C
        QTest::newRow("customer with no orders")
            << QList<double>{0, 100, 200} << 0 << 70.0 << 30.0 << 0.0 << 30.0 << u"C"_s;
        QTest::newRow("all inputs at 0") << QList<double>{0, 0, 0} << 1 << 0.0 << 0.0 << 0.0 << 0.0 << u"C"_s;
        // three customers 100 each plus one at 0: each 100 has 1 below + 2 ties → P = 100·2/3 = 66.67; score =
        // 0.4·66.67 + 60 = 86.67
        QTest::newRow("all inputs at 100, percentile tied")
            << QList<double>{100, 100, 100, 0} << 0 << 100.0 << 100.0 << 200.0 / 3 << 0.4 * 200.0 / 3 + 60 << u"A"_s;
        QTest::newRow("single customer") << QList<double>{42} << 0 << 100.0 << 100.0 << 100.0 << 100.0 << u"A"_s;
        // boundaries: score exactly 80 → A; exactly 60 → B
        QTest::newRow("score exactly 80 is tier A")
            << QList<double>{0, 10} << 1 << 100.0 << 33.333333333333336 << 100.0 << 80.0 << u"A"_s;
        QTest::newRow("score exactly 60 is tier B")
            << QList<double>{0, 10} << 0 << 100.0 << 100.0 << 0.0 << 60.0 << u"B"_s;
        QTest::newRow("satisfaction above 100 is clamped")
            << QList<double>{0} << 0 << 250.0 << -5.0 << 0.0 << 30.0 << u"C"_s;
    }
    void handComputed() {
        QFETCH(QList<double>, amounts);
        QFETCH(int, who);
        QFETCH(double, satisfaction);
        QFETCH(double, trial);
        QFETCH(double, expectedP);
        QFETCH(double, expectedScore);
        QFETCH(QString, expectedTier);
        QList<ValueScoreInput> inputs;
        for (int i = 0; i < amounts.size(); ++i)
            inputs << ValueScoreInput{QString::number(i), amounts[i], i == who ? satisfaction : 50.0,
                                      i == who ? trial : 50.0};
        const QList<ValueScoreBreakdown> out = ValueScore::compute(inputs);
        QCOMPARE(out.size(), amounts.size());
        QVERIFY2(qAbs(out[who].p - expectedP) < 1e-9, qPrintable(QString::number(out[who].p)));
        QVERIFY2(qAbs(out[who].score - expectedScore) < 1e-9, qPrintable(QString::number(out[who].score)));
        QCOMPARE(out[who].tier, expectedTier);
    }

    void unknownSatisfactionCountsAsZero() {
        const auto out = ValueScore::compute({{u"a"_s, 0, std::nullopt, std::nullopt}});
        QCOMPARE(out.first().s, 0.0);
        QCOMPARE(out.first().t, 0.0);
    }

    void emptyOrganisation() { QVERIFY(ValueScore::compute({}).isEmpty()); }

    // The service reads the 3-month window from the database and recomputes when an input changes.
    void recomputesWhenAnInputChanges() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(db);
        FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
        EntityStore store(**db, clock);
        ValueScoreService service(**db, clock);
        service.watch(store);
        QSignalSpy spy(&service, &ValueScoreService::scoresChanged);
        for (const char16_t* id : {u"a", u"b", u"c"}) {
            QVERIFY(store.save(
                u"customers"_s, QString::fromUtf16(id),
                {{u"name"_s, QString::fromUtf16(id)}, {u"satisfaction"_s, 80}, {u"trial_participation"_s, 40}}));
        }
        const qint64 inWindow = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 tooOld = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
        QVERIFY(store.save(u"orders"_s, {},
                           {{u"customer_id"_s, u"a"_s}, {u"ordered_at"_s, inWindow}, {u"amount"_s, 1000}}));
        QVERIFY(
            store.save(u"orders"_s, {}, {{u"customer_id"_s, u"b"_s}, {u"ordered_at"_s, inWindow}, {u"amount"_s, 500}}));
        // Outside the 3-month window (before 2026-03-30): does not count.
        QVERIFY(
            store.save(u"orders"_s, {}, {{u"customer_id"_s, u"c"_s}, {u"ordered_at"_s, tooOld}, {u"amount"_s, 9000}}));
        // A burst of writes (as a sync announces page after page) is one recompute, after the event-loop turn.
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(spy.count(), 1);
        // Nothing else queued: a second recompute would be posted by now and run in these event-loop turns.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        auto a = service.scoreOf(u"a"_s);
        VERIFY_OK(a);
        QCOMPARE(a->p, 100.0);                   // 2 below of 2 others
        QCOMPARE(a->score, 0.4 * 100 + 24 + 12); // 76 → B
        QCOMPARE(a->tier, u"B"_s);
        auto c = service.scoreOf(u"c"_s);
        QVERIFY(c);
        QCOMPARE(c->purchaseAmount, 0.0);
        QCOMPARE(c->p, 0.0);
        // Raising an existing customer's satisfaction rescores that customer at once, keeping its P.
        QVERIFY(store.save(u"customers"_s, u"c"_s, {{u"satisfaction"_s, 100}, {u"trial_participation"_s, 100}}));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(service.scoreOf(u"c"_s)->score, 60.0);
        QCOMPARE(service.scoreOf(u"c"_s)->tier, u"B"_s);
        QCOMPARE(service.scoreOf(u"a"_s)->score, 76.0);
        // Removing a customer changes everyone's percentile: a full recompute follows.
        QVERIFY(store.remove(u"customers"_s, u"b"_s));
        QTRY_COMPARE(spy.count(), 3);
        QVERIFY(!service.scoreOf(u"b"_s));
        QCOMPARE(service.scoreOf(u"a"_s)->p, 100.0); // 1 below (c, who bought nothing) of 1 other
        QVERIFY(!service.scoreOf(u"nobody"_s));
    }

    // Weights and tiers are the organisation's policy: a change of it (written here, or pulled) rescores everyone.
    void weightsAndTiersAreTheOrganisationsPolicy() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"s.db"_s));
        QVERIFY(db);
        FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
        EntityStore store(**db, clock);
        QVERIFY(store.save(u"customers"_s, u"a"_s,
                           {{u"name"_s, u"a"_s}, {u"satisfaction"_s, 80}, {u"trial_participation"_s, 40}}));
        // An old replica's own settings are ignored.
        QVERIFY((*db)->execute(u"INSERT INTO settings (key, value) VALUES ('score/weight_s', '1')"_s));
        ValueScoreService service(**db, clock);
        service.watch(store);
        QVERIFY(service.recomputeAll());
        QCOMPARE(service.scoreOf(u"a"_s)->score, 0.3 * 80 + 0.3 * 40); // P = 0 for a customer who bought nothing
        QCOMPARE(service.scoreOf(u"a"_s)->tier, u"C"_s);

        QSignalSpy spy(&service, &ValueScoreService::scoresChanged);
        OrgPolicyRepository policy(store);
        QVERIFY(
            policy.set(OrgPolicy::kScoreWeights, QJsonObject{{u"p"_s, 0.0}, {u"s"_s, 1.0}, {u"t"_s, 0.0}}, u"admin"_s));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(service.policy().weightS, 1.0);
        QCOMPARE(service.scoreOf(u"a"_s)->score, 80.0);
        QCOMPARE(service.scoreOf(u"a"_s)->tier, u"A"_s);
        QVERIFY(policy.set(OrgPolicy::kScoreTiers, QJsonObject{{u"a"_s, 90}, {u"b"_s, 50}}, u"admin"_s));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(service.scoreOf(u"a"_s)->tier, u"B"_s);

        // A fixed policy given to the service wins over the organisation's.
        ValueScoreService fixed(**db, clock, ValueScorePolicy{});
        QVERIFY(fixed.recomputeAll());
        QCOMPARE(fixed.scoreOf(u"a"_s)->score, 0.3 * 80 + 0.3 * 40);
    }
};

QTEST_GUILESS_MAIN(TestValueScore)
#include "tst_valuescore.moc"
