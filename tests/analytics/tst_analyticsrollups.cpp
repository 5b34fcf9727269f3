#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/funnel.h"
#include "analytics/opportunityhealth.h"
#include "analytics/processhealth.h"
#include "analytics/processsandbox.h"
#include "analytics/riskattribution.h"
#include "demo/demogenerator.h"
#include "storage/analyticsrollups.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "storage/migrations.h"
#include "verifyok.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// The analytics summaries (AnalyticsRollups) are kept by triggers. Edits made through EntityStore — new,
// changed and removed visits, tasks, stage entries, opportunities, orders and a standard action — must leave
// every summary equal to a recomputation from the source rows, the key-action ledger equal to its definition
// evaluated directly on the source tables, and the figures built on them equal to the figures after a rebuild.
class TestAnalyticsRollups : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC)};

    QStringList rows(const QString& sql) {
        QStringList out;
        QSqlQuery q = m_db->prepare(sql);
        if (!q.exec())
            qFatal("query failed: %s", qPrintable(sql));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(u'|');
        }
        return out;
    }
    QString value(const QString& sql, const QVariantList& binds = {}) {
        auto q = m_db->exec(sql, binds);
        return q && q->next() ? q->value(0).toString() : QString();
    }

    // Every summary table, zero rows of the month counters left out (a removed visit leaves a 0 behind).
    QMap<QString, QStringList> summaries() {
        return {
            {u"opportunity"_s, rows(u"SELECT * FROM analytics_opportunity ORDER BY 1"_s)},
            {u"stay"_s, rows(u"SELECT * FROM analytics_stay ORDER BY 1"_s)},
            {u"action"_s, rows(u"SELECT * FROM analytics_action ORDER BY 1, 2"_s)},
            {u"visit_month"_s, rows(u"SELECT * FROM analytics_visit_month WHERE visits <> 0 ORDER BY 1, 2"_s)},
            {u"visit_type_month"_s,
             rows(u"SELECT * FROM analytics_visit_type_month WHERE visits <> 0 ORDER BY 1, 2, 3"_s)},
            {u"visit_flag"_s, rows(u"SELECT * FROM analytics_visit_flag ORDER BY 1"_s)},
            {u"customer_orders"_s, rows(u"SELECT * FROM analytics_customer_orders ORDER BY 1"_s)},
            {u"customer_visit"_s, rows(u"SELECT * FROM analytics_customer_visit ORDER BY 1"_s)},
        };
    }

    // StandardActionLedger's definition evaluated on the source tables, independent of the summaries.
    QStringList directLedger() {
        return rows(
            u"SELECT h.id, a.id, o.id, o.customer_id, o.owner_id, a.action_code, h.entered_at, h.entered_at + "
            "a.deadline_hours * 3600, EXISTS (SELECT 1 FROM visits v JOIN behaviour_types b ON b.id = "
            "v.behaviour_type_id WHERE v.customer_id = o.customer_id AND v.deleted = 0 AND v.visited_at BETWEEN "
            "h.entered_at AND h.entered_at + a.deadline_hours * 3600 AND b.code = a.action_code) OR EXISTS (SELECT 1 "
            "FROM tasks t WHERE t.opportunity_id = o.id AND t.deleted = 0 AND t.source_key = a.action_code || ':' || "
            "o.id AND t.done_at BETWEEN h.entered_at AND h.entered_at + a.deadline_hours * 3600) FROM stage_history h "
            "JOIN opportunities o ON o.id = h.opportunity_id JOIN standard_actions a ON a.trigger_stage = h.stage "
            "WHERE h.deleted = 0 AND o.deleted = 0 AND a.deleted = 0 AND a.active = 1 AND o.owner_id IS NOT NULL "
            "ORDER BY 1, 2"_s);
    }
    QStringList summaryLedger() {
        return rows(u"SELECT history_id, action_id, opportunity_id, customer_id, rep_id, code, triggered_at, due_at, "
                    "done FROM analytics_action ORDER BY 1, 2"_s);
    }

    static QString num(const std::optional<double>& v) { return v ? QString::number(*v, 'f', 6) : u"-"_s; }

    QStringList figures() {
        QStringList f;
        const AnalyticsFilter org;
        auto funnel = Funnel::compute(*m_db, org);
        for (const FunnelStage& s : funnel->stages)
            f << u"funnel %1 %2 %3 %4 %5"_s.arg(s.stage).arg(s.current).arg(s.reached).arg(num(s.meanDays),
                                                                                           num(s.medianDays));
        auto health = ProcessHealth::compute(*m_db, org, m_clock);
        f << u"health org %1/%2"_s.arg(health->org.done).arg(health->org.due);
        for (const HealthLine& l : health->reps) {
            QStringList missing;
            for (const MissingAction& m : l.topMissing)
                missing << u"%1:%2"_s.arg(m.actionCode).arg(m.missed);
            f << u"health %1 %2/%3 %4"_s.arg(l.id).arg(l.done).arg(l.due).arg(missing.join(u','));
        }
        auto coverage = CoverageKpi::compute(*m_db, org, m_clock);
        for (const CoverageMonth& m : coverage->org.months)
            f << u"coverage %1 %2/%3"_s.arg(m.month).arg(m.coveredReps).arg(m.dueReps);
        // A period with partial months at both ends exercises the summary + raw-visit split.
        AnalyticsFilter odd;
        odd.from = QDateTime(QDate(2026, 8, 17), QTime(9, 30), Qt::UTC).toSecsSinceEpoch();
        odd.to = QDateTime(QDate(2026, 10, 3), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        for (const AnalyticsFilter& p : {BehaviourPoints::month(m_clock.now().date()), odd}) {
            auto points = BehaviourPoints::compute(*m_db, p, m_clock);
            for (const LeaderboardEntry& e : points->leaderboard)
                f << u"points %1 %2 %3"_s.arg(e.repId).arg(e.points).arg(e.actions);
        }
        for (const QString& metric : ProcessSandbox::metrics()) {
            auto sandbox = ProcessSandbox::compute(*m_db, odd, m_clock, metric, u"needs_rate"_s);
            for (const SandboxRep& s : sandbox->reps)
                f << u"sandbox %1 %2 %3 %4"_s.arg(metric, s.repId, num(s.x), num(s.y));
        }
        auto risk = RiskAttribution::compute(*m_db, org, m_clock);
        f << u"risk churned %1 %2"_s.arg(risk->churned.cases).arg(risk->churned.slowService);
        auto opp = OpportunityHealth::compute(*m_db, org, m_clock);
        f << u"opp-health %1 %2"_s.arg(num(opp->meanScore)).arg(opp->below);
        return f;
    }

    // The summaries as triggers left them against a rebuild from scratch, and the figures on both.
    void verifyAgainstRebuild() {
        QCOMPARE(summaryLedger(), directLedger());
        const QMap<QString, QStringList> kept = summaries();
        const QStringList keptFigures = figures();
        QVERIFY(m_db->execute(u"SAVEPOINT rebuild"_s));
        QVERIFY(AnalyticsRollups::rebuild(*m_db));
        const QMap<QString, QStringList> rebuilt = summaries();
        const QStringList rebuiltFigures = figures();
        QVERIFY(m_db->execute(u"ROLLBACK TO rebuild"_s));
        QVERIFY(m_db->execute(u"RELEASE rebuild"_s));
        for (auto it = rebuilt.cbegin(); it != rebuilt.cend(); ++it)
            QVERIFY2(kept.value(it.key()) == it.value(), qPrintable(u"summary %1 drifted"_s.arg(it.key())));
        QCOMPARE(keptFigures, rebuiltFigures);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(u"demo.db"_s));
        VERIFY_OK(db);
        m_db = std::move(*db);
        DemoOptions o;
        o.customers = 240;
        o.seed = 7;
        o.today = QDate(2026, 11, 20);
        auto summary = DemoGenerator::generate(*m_db, o);
        VERIFY_OK(summary);
    }

    // The generator loads with the triggers dropped and rebuilds the summaries once: they must match.
    void demoLoadMatchesRebuild() {
        QVERIFY(value(u"SELECT count(*) FROM analytics_action"_s).toInt() > 100);
        verifyAgainstRebuild();
    }

    // The team / rep paths of the figures (other query plans) add up to the org's figures, and a rep's median
    // stay equals the median computed directly from stage_history.
    void scopedFiguresAddUp() {
        const AnalyticsFilter org;
        auto orgRisk = RiskAttribution::compute(*m_db, org, m_clock);
        auto orgFunnel = Funnel::compute(*m_db, org);
        QVERIFY(orgRisk && orgFunnel);
        qint64 lost = 0, churned = 0, total = 0, stays = 0, flags = 0;
        for (const QString& team : rows(u"SELECT id FROM teams ORDER BY id"_s)) {
            AnalyticsFilter f;
            f.teamId = team;
            auto risk = RiskAttribution::compute(*m_db, f, m_clock);
            auto funnel = Funnel::compute(*m_db, f);
            QVERIFY(risk && funnel);
            lost += risk->lost.cases;
            churned += risk->churned.cases;
            flags += risk->lost.demoWithoutQuote + risk->churned.noFollowUp;
            total += funnel->total;
            for (const FunnelStage& st : funnel->stages)
                stays += st.stays;
        }
        QVERIFY(orgRisk->lost.cases > 0 && orgRisk->churned.cases > 0);
        QCOMPARE(lost, orgRisk->lost.cases);
        QCOMPARE(churned, orgRisk->churned.cases);
        QCOMPARE(flags, orgRisk->lost.demoWithoutQuote + orgRisk->churned.noFollowUp);
        QCOMPARE(total, orgFunnel->total);
        qint64 orgStays = 0;
        for (const FunnelStage& st : orgFunnel->stages)
            orgStays += st.stays;
        QCOMPARE(stays, orgStays);

        AnalyticsFilter rep;
        rep.repId = value(u"SELECT owner_id FROM opportunities GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"_s);
        auto funnel = Funnel::compute(*m_db, rep);
        QVERIFY(funnel);
        QList<double> days;
        for (const QString& d :
             rows(u"SELECT (h.left_at - h.entered_at) / 86400.0 FROM stage_history h JOIN opportunities o ON o.id = "
                  "h.opportunity_id WHERE o.owner_id = '%1' AND o.deleted = 0 AND h.deleted = 0 AND h.stage = 'lead' "
                  "AND h.left_at IS NOT NULL ORDER BY 1"_s.arg(rep.repId)))
            days << d.toDouble();
        QVERIFY(days.size() >= 2);
        const qsizetype n = days.size();
        const double median = n % 2 ? days.at(n / 2) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2;
        QCOMPARE(funnel->stages.at(0).stays, qint64(n));
        QVERIFY(qAbs(*funnel->stages.at(0).medianDays - median) < 1e-9);
    }

    void visitEvidenceAndItsRemoval() {
        EntityStore store(*m_db, m_clock);
        const QStringList open = rows(u"SELECT history_id, action_id, customer_id, rep_id, code, triggered_at FROM "
                                      "analytics_action WHERE done = 0 ORDER BY due_at DESC LIMIT 1"_s);
        QCOMPARE(open.size(), 1);
        const QStringList c = open.first().split(u'|');
        const QString type = value(u"SELECT id FROM behaviour_types WHERE code = ?"_s, {c.at(4)});
        auto visit = store.save(u"visits"_s, {},
                                {{u"customer_id"_s, c.at(2)},
                                 {u"rep_id"_s, c.at(3)},
                                 {u"visited_at"_s, c.at(5).toLongLong() + 3600},
                                 {u"channel"_s, u"phone"_s},
                                 {u"duration_min"_s, 12},
                                 {u"summary"_s, u"客户反馈价格高，需要审批"_s},
                                 {u"behaviour_type_id"_s, type}});
        VERIFY_OK(visit);
        QCOMPARE(
            value(u"SELECT done FROM analytics_action WHERE history_id = ? AND action_id = ?"_s, {c.at(0), c.at(1)}),
            u"1"_s);
        QCOMPARE(value(u"SELECT price || approval FROM analytics_visit_flag WHERE visit_id = ?"_s, {*visit}), u"11"_s);
        verifyAgainstRebuild();

        // Moved outside the window, then removed: the instance is missed again.
        QVERIFY(store.save(u"visits"_s, *visit,
                           {{u"visited_at"_s, c.at(5).toLongLong() - 86400}, {u"channel"_s, u"onsite"_s}}));
        QCOMPARE(
            value(u"SELECT done FROM analytics_action WHERE history_id = ? AND action_id = ?"_s, {c.at(0), c.at(1)}),
            u"0"_s);
        verifyAgainstRebuild();
        QVERIFY(store.remove(u"visits"_s, *visit));
        QCOMPARE(value(u"SELECT count(*) FROM analytics_visit_flag WHERE visit_id = ?"_s, {*visit}), u"0"_s);
        verifyAgainstRebuild();
    }

    // analytics_customer_visit (schema 7) against its definition while one customer's latest visit is added,
    // moved back in time, moved to another customer and removed.
    void lastVisitFollowsEdits() {
        EntityStore store(*m_db, m_clock);
        const auto direct = [this] {
            return rows(u"SELECT customer_id, MAX(visited_at) FROM visits WHERE deleted = 0 AND customer_id IS NOT "
                        "NULL GROUP BY customer_id ORDER BY 1"_s);
        };
        const auto last = [this](const QString& customer) {
            return value(u"SELECT last_at FROM analytics_customer_visit WHERE customer_id = ?"_s, {customer});
        };
        QCOMPARE(rows(u"SELECT * FROM analytics_customer_visit ORDER BY 1"_s), direct());
        const QStringList two = rows(u"SELECT id, owner_id FROM customers WHERE deleted = 0 ORDER BY id LIMIT 2"_s);
        QCOMPARE(two.size(), 2);
        const QString a = two.at(0).section(u'|', 0, 0), rep = two.at(0).section(u'|', 1, 1);
        const QString b = two.at(1).section(u'|', 0, 0);
        const QString before = last(a), beforeB = last(b);
        const qint64 latest = m_clock.nowSecs() + 3600; // later than every demo visit
        auto visit = store.save(u"visits"_s, {},
                                {{u"customer_id"_s, a},
                                 {u"rep_id"_s, rep},
                                 {u"visited_at"_s, latest},
                                 {u"channel"_s, u"phone"_s},
                                 {u"duration_min"_s, 3}});
        VERIFY_OK(visit);
        QCOMPARE(last(a), QString::number(latest));
        QCOMPARE(rows(u"SELECT * FROM analytics_customer_visit ORDER BY 1"_s), direct());
        QVERIFY(store.save(u"visits"_s, *visit, {{u"visited_at"_s, 86400}})); // 1970: no longer the latest
        QCOMPARE(last(a), before);
        QVERIFY(store.save(u"visits"_s, *visit, {{u"customer_id"_s, b}, {u"visited_at"_s, latest + 60}}));
        QCOMPARE(last(a), before);
        QCOMPARE(last(b), QString::number(latest + 60));
        verifyAgainstRebuild();
        QVERIFY(store.remove(u"visits"_s, *visit));
        QCOMPARE(last(b), beforeB);
        QCOMPARE(rows(u"SELECT * FROM analytics_customer_visit ORDER BY 1"_s), direct());
        verifyAgainstRebuild();
    }

    // A replica written under schema 6 is upgraded by migration 7: the customers' latest visits are filled from
    // the visits already there, the new indexes exist (the figures name them) and the new triggers keep the
    // summary from then on.
    void migrationSevenOverSchemaSix() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v6.db"_s);
        {
            auto v6 = Database::open(path, Database::Access::ReadWrite, 6);
            VERIFY_OK(v6);
            Database& d = **v6;
            QVERIFY(d.execute(u"INSERT INTO customers (id, name) VALUES ('c1', 'one'), ('c2', 'two'), ('c3', "
                              "'three')"_s));
            QVERIFY(d.execute(u"INSERT INTO visits (id, customer_id, visited_at, channel, deleted) VALUES ('v1', "
                              "'c1', 100, 'phone', 0), ('v2', 'c1', 300, 'onsite', 0), ('v3', 'c1', 500, 'chat', "
                              "1), ('v4', 'c2', 200, 'video', 0), ('v5', 'c3', 400, 'phone', 1)"_s));
        }
        auto opened = Database::open(path);
        VERIFY_OK(opened);
        Database& d = **opened;
        QCOMPARE(d.schemaVersion(), latestSchemaVersion());
        const auto all = [&d] {
            QStringList out;
            auto q = d.exec(u"SELECT customer_id || '=' || last_at FROM analytics_customer_visit ORDER BY 1"_s);
            while (q && q->next())
                out << q->value(0).toString();
            return out;
        };
        // c1: its deleted visit at 500 does not count; c3: only a deleted visit, no row.
        QCOMPARE(all(), (QStringList{u"c1=300"_s, u"c2=200"_s}));
        for (const QString& index : {u"analytics_opportunity_funnel"_s, u"analytics_stay_median"_s,
                                     u"analytics_opportunity_lost_cover"_s, u"analytics_visit_type_month_rep"_s}) {
            auto q = d.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?"_s, {index});
            QVERIFY(q && q->next());
            QVERIFY2(q->value(0).toInt() == 1, qPrintable(index));
        }
        QVERIFY(d.execute(u"UPDATE visits SET deleted = 0 WHERE id = 'v5'"_s));
        QVERIFY(d.execute(u"UPDATE visits SET deleted = 1 WHERE id = 'v2'"_s));
        QCOMPARE(all(), (QStringList{u"c1=100"_s, u"c2=200"_s, u"c3=400"_s}));
        QVERIFY(d.execute(u"DELETE FROM visits WHERE customer_id = 'c2'"_s));
        QCOMPARE(all(), (QStringList{u"c1=100"_s, u"c3=400"_s}));
    }

    void taskEvidence() {
        EntityStore store(*m_db, m_clock);
        const QStringList open = rows(u"SELECT history_id, action_id, opportunity_id, rep_id, code, due_at FROM "
                                      "analytics_action WHERE done = 0 ORDER BY due_at LIMIT 1"_s);
        QCOMPARE(open.size(), 1);
        const QStringList c = open.first().split(u'|');
        auto task = store.save(u"tasks"_s, {},
                               {{u"owner_id"_s, c.at(3)},
                                {u"opportunity_id"_s, c.at(2)},
                                {u"title"_s, u"key action"_s},
                                {u"source"_s, u"standard_action"_s},
                                {u"source_key"_s, c.at(4) + u':' + c.at(2)},
                                {u"done_at"_s, c.at(5).toLongLong()}});
        VERIFY_OK(task);
        QCOMPARE(
            value(u"SELECT done FROM analytics_action WHERE history_id = ? AND action_id = ?"_s, {c.at(0), c.at(1)}),
            u"1"_s);
        QVERIFY(store.save(u"tasks"_s, *task, {{u"done_at"_s, c.at(5).toLongLong() + 1}}));
        QCOMPARE(
            value(u"SELECT done FROM analytics_action WHERE history_id = ? AND action_id = ?"_s, {c.at(0), c.at(1)}),
            u"0"_s);
        verifyAgainstRebuild();
    }

    void opportunityAndStageEdits() {
        EntityStore store(*m_db, m_clock);
        const QString opp = value(u"SELECT id FROM opportunities WHERE stage = 'needs' AND deleted = 0 ORDER BY id "
                                  "LIMIT 1"_s);
        const QString otherRep = value(u"SELECT id FROM reps WHERE role = 'rep' AND id <> (SELECT owner_id FROM "
                                       "opportunities WHERE id = ?) ORDER BY id LIMIT 1"_s,
                                       {opp});
        QVERIFY(!opp.isEmpty() && !otherRep.isEmpty());
        const qint64 demoAt = m_clock.nowSecs() - qint64(10) * 86400;
        const QString current =
            value(u"SELECT id FROM stage_history WHERE opportunity_id = ? AND left_at IS NULL"_s, {opp});
        QList<EntityWrite> move{
            {u"stage_history"_s, current, {{u"left_at"_s, demoAt}}, false},
            {u"stage_history"_s,
             EntityStore::newId(),
             {{u"opportunity_id"_s, opp}, {u"stage"_s, u"demo"_s}, {u"entered_at"_s, demoAt}},
             false},
            {u"opportunities"_s,
             opp,
             {{u"stage"_s, u"demo"_s}, {u"stage_entered_at"_s, demoAt}, {u"owner_id"_s, otherRep}},
             false},
        };
        QVERIFY(store.apply(move));
        QCOMPARE(value(u"SELECT top || owner_id FROM analytics_opportunity WHERE opportunity_id = ?"_s, {opp}),
                 u"3"_s + otherRep);
        QCOMPARE(value(u"SELECT count(*) FROM analytics_action WHERE opportunity_id = ? AND code = "
                       "'customised_quote' AND rep_id = ?"_s,
                       {opp, otherRep}),
                 u"1"_s);
        verifyAgainstRebuild();

        QVERIFY(store.remove(u"stage_history"_s, current));
        verifyAgainstRebuild();
        QVERIFY(store.remove(u"opportunities"_s, opp));
        QCOMPARE(value(u"SELECT count(*) FROM analytics_action WHERE opportunity_id = ?"_s, {opp}), u"0"_s);
        QCOMPARE(value(u"SELECT count(*) FROM analytics_opportunity WHERE opportunity_id = ?"_s, {opp}), u"0"_s);
        verifyAgainstRebuild();
    }

    void catalogueAndOrderEdits() {
        EntityStore store(*m_db, m_clock);
        const QString action = value(u"SELECT id FROM standard_actions WHERE action_code = 'needs_confirmation'"_s);
        QVERIFY(store.save(u"standard_actions"_s, action, {{u"deadline_hours"_s, 240}}));
        verifyAgainstRebuild();
        QVERIFY(store.save(u"standard_actions"_s, action, {{u"active"_s, 0}}));
        QCOMPARE(value(u"SELECT count(*) FROM analytics_action WHERE action_id = ?"_s, {action}), u"0"_s);
        verifyAgainstRebuild();

        const QString order = value(u"SELECT id FROM orders WHERE deleted = 0 ORDER BY ordered_at DESC LIMIT 1"_s);
        QVERIFY(store.remove(u"orders"_s, order));
        const QString customer = value(u"SELECT customer_id FROM orders WHERE id = ?"_s, {order});
        QVERIFY(store.save(u"orders"_s, {},
                           {{u"customer_id"_s, customer},
                            {u"ordered_at"_s, m_clock.nowSecs() - qint64(400) * 86400},
                            {u"amount"_s, 1000.0}}));
        verifyAgainstRebuild();
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRollups)
#include "tst_analyticsrollups.moc"
