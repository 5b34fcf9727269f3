#include "analytics/behaviourpoints.h"
#include "analytics/coveragekpi.h"
#include "analytics/dwelllights.h"
#include "analytics/forecast.h"
#include "analytics/funnel.h"
#include "analytics/opportunityhealth.h"
#include "analytics/paymentcountdown.h"
#include "analytics/processhealth.h"
#include "analytics/processsandbox.h"
#include "analytics/riskattribution.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "verifyok.h"

#include <QSqlQuery>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;

// Golden figures of the seeded demo organisation (600 customers, seed 42, history ending 2026-11-20, evaluated
// at 2026-11-20 18:00 UTC): a change to a formula or to the generator shows here. When a change is intended,
// re-pin from the "actual" block this test prints on a mismatch.
class TestAnalyticsGolden : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(18, 0), Qt::UTC)};

    static QString num(double v) { return QString::number(v, 'f', 4); }
    static QString num(const std::optional<double>& v) { return v ? num(*v) : u"no data"_s; }

    QMap<QString, QString> fingerprint() {
        QMap<QString, QString> m;
        const AnalyticsFilter org;
        auto funnel = Funnel::compute(*m_db, org);
        if (funnel) {
            QStringList reached;
            for (const FunnelStage& s : funnel->stages)
                reached << QString::number(s.reached);
            m[u"funnel.reached"_s] = reached.join(u',');
            m[u"funnel.total/won/lost"_s] = u"%1/%2/%3"_s.arg(funnel->total).arg(funnel->won).arg(funnel->lost);
            m[u"funnel.demo.median_days"_s] = num(funnel->stages.at(3).medianDays);
            m[u"funnel.top_lost_reason"_s] = funnel->lostReasons.value(0).reason;
        }
        if (auto d = DwellLights::compute(*m_db, org, m_clock))
            m[u"dwell.green/yellow/red"_s] = u"%1/%2/%3"_s.arg(d->green).arg(d->yellow).arg(d->red);
        if (auto h = ProcessHealth::compute(*m_db, org, m_clock)) {
            m[u"health.org.due/done"_s] = u"%1/%2"_s.arg(h->org.due).arg(h->org.done);
            QMap<QString, int> lights;
            for (const HealthLine& l : h->reps)
                ++lights[lightName(l.light)];
            m[u"health.reps.green/yellow/red"_s] =
                u"%1/%2/%3"_s.arg(lights.value(u"green"_s)).arg(lights.value(u"yellow"_s)).arg(lights.value(u"red"_s));
        }
        if (auto c = CoverageKpi::compute(*m_db, org, m_clock)) {
            QStringList months;
            for (const CoverageMonth& cm : c->org.months)
                months << num(cm.coverage);
            m[u"coverage.org"_s] = months.join(u',');
        }
        if (auto r = RiskAttribution::compute(*m_db, org, m_clock)) {
            m[u"risk.lost"_s] = u"%1/%2/%3/%4"_s.arg(r->lost.cases)
                                    .arg(r->lost.slowService)
                                    .arg(r->lost.demoWithoutQuote)
                                    .arg(r->lost.noFollowUp);
            m[u"risk.churned"_s] = u"%1/%2/%3/%4"_s.arg(r->churned.cases)
                                       .arg(r->churned.slowService)
                                       .arg(r->churned.demoWithoutQuote)
                                       .arg(r->churned.noFollowUp);
        }
        if (auto o = OpportunityHealth::compute(*m_db, org, m_clock))
            m[u"opp-health.n/mean/below"_s] = u"%1/%2/%3"_s.arg(o->items.size()).arg(num(o->meanScore)).arg(o->below);
        if (auto p = BehaviourPoints::compute(*m_db, BehaviourPoints::month(m_clock.now().date()), m_clock))
            m[u"points.top"_s] = u"%1/%2"_s.arg(p->leaderboard.value(0).points).arg(p->leaderboard.size());
        if (auto f = Forecast::compute(*m_db, org, m_clock))
            m[u"forecast.deals/backed/deviation"_s] =
                u"%1/%2/%3"_s.arg(f->board.deals).arg(num(f->board.backedShare)).arg(num(f->board.deviation));
        if (auto pay = PaymentCountdown::compute(*m_db, org, m_clock))
            m[u"payments.overdue/reminder/upcoming"_s] =
                u"%1/%2/%3"_s.arg(pay->overdue.count).arg(pay->reminder.count).arg(pay->upcoming.count);
        if (auto s = ProcessSandbox::compute(*m_db, org, m_clock, u"call_minutes"_s, u"needs_rate"_s))
            m[u"sandbox.r"_s] = u"%1/%2"_s.arg(num(s->xVsWin.r), num(s->yVsWin.r));
        return m;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::open(m_dir.filePath(u"demo.db"_s));
        VERIFY_OK(db);
        m_db = std::move(*db);
        DemoOptions o;
        o.customers = 600;
        o.seed = 42;
        o.today = QDate(2026, 11, 20);
        auto summary = DemoGenerator::generate(*m_db, o);
        VERIFY_OK(summary);
    }

    // The demo's own escalations carry the keys DwellLights::escalate() uses: a recompute adds none twice.
    void escalatingTheDemoAddsNoDuplicate() {
        auto count = [&](const QString& sql) {
            QSqlQuery q = m_db->prepare(sql);
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        const QString demoKeys = u"SELECT count(*) FROM tasks WHERE source_key LIKE 'dwell:%:demo:%'"_s;
        const qint64 before = count(demoKeys);
        QVERIFY(before > 0);
        auto lights = DwellLights::compute(*m_db, AnalyticsFilter{}, m_clock);
        VERIFY_OK(lights);
        EntityStore store(*m_db, m_clock);
        auto created = DwellLights::escalate(store, *lights);
        VERIFY_OK(created);
        QCOMPARE(count(u"SELECT count(*) FROM (SELECT source_key FROM tasks WHERE source_key IS NOT NULL "
                       "GROUP BY source_key HAVING count(*) > 1)"_s),
                 0);
        // A red demo the generator escalated is found by its key, so escalate() wrote fewer tasks than red lights.
        QVERIFY(*created < lights->red);
        auto again = DwellLights::escalate(store, *lights);
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }

    void pinnedFigures() {
        // Re-pinned when the generator started writing key-action evidence (completion 81.6 %: 2 green, 4 yellow,
        // 1 red rep; monthly coverage 29–86 %), which also shifted the random stream behind the other figures.
        // Re-pinned when the payment follow-up became due per milestone (health due 1119 → 1134, coverage lower in
        // the months with missed milestone follow-ups) and payments counted signed deals only (26/19/32 → 20/12/32,
        // "15 days left" now a reminder).
        const QMap<QString, QString> expected{
            {u"coverage.org"_s, u"85.7143,28.5714,57.1429,42.8571,57.1429,71.4286"_s},
            {u"dwell.green/yellow/red"_s, u"88/26/47"_s},
            {u"forecast.deals/backed/deviation"_s, u"29/0.6897/0.5137"_s},
            {u"funnel.demo.median_days"_s, u"11.0142"_s},
            {u"funnel.reached"_s, u"502,431,295,197,129,81"_s},
            {u"funnel.top_lost_reason"_s, u"competitor"_s},
            {u"funnel.total/won/lost"_s, u"502/81/260"_s},
            {u"health.org.due/done"_s, u"1134/935"_s},
            {u"health.reps.green/yellow/red"_s, u"2/5/0"_s},
            {u"opp-health.n/mean/below"_s, u"161/54.9068/86"_s},
            {u"payments.overdue/reminder/upcoming"_s, u"20/12/32"_s},
            {u"points.top"_s, u"624/7"_s},
            {u"risk.churned"_s, u"35/1/1/3"_s},
            {u"risk.lost"_s, u"260/2/12/58"_s},
            {u"sandbox.r"_s, u"-0.4646/0.7560"_s},
        };
        const QMap<QString, QString> actual = fingerprint();
        if (actual != expected) {
            QString dump;
            for (auto it = actual.cbegin(); it != actual.cend(); ++it)
                dump += u"            {u\"%1\"_s, u\"%2\"_s},\n"_s.arg(it.key(), it.value());
            qWarning().noquote() << "actual:\n" << dump;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(actual.value(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsGolden)
#include "tst_analyticsgolden.moc"
