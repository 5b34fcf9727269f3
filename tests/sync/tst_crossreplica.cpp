// One organisation on a real stride-server (SQLite, and PostgreSQL through the *_postgres entry), synced as a rep,
// their supervisor and the director: each replica prints the same value score, tier, similar-deal cycle and
// leaderboard rows for what all three can see (docs/sales-method.md "One truth on every laptop"). Before the
// server's aggregates, the rep's replica ranked P among the rep's own customers, took the similar-deal cycle from
// the rep's own won deals and listed only the rep on the leaderboard.
#include "analytics/behaviourpoints.h"
#include "analytics/forecast.h"
#include "analytics/orgaggregates.h"
#include "analytics/valuescoreservice.h"
#include "sampleorganisation.h"
#include "serverfixture.h"
#include "storage/orgcalendar.h"
#include "verifyok.h"

#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stride;
using namespace Stride::Test;

class TestCrossReplica final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRolePrintsTheSameFigures_data();
    void everyRolePrintsTheSameFigures();
    void stridecliScorePrintsTheSameLinesEverywhere();

private:
    // What a replica shows for one figure, as text.
    QString figure(ClientDevice& d, const QString& which);

    ServerFixture m_server;
    std::map<QString, std::unique_ptr<ClientDevice>> m_devices; // rep, supervisor, director
};

void TestCrossReplica::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    const QString why = m_server.setUp({u"--aggregates"_s, u"on"_s, u"--aggregates-debounce"_s, u"100"_s});
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(SampleOrganisation::setUpPeople(m_server));
    QVERIFY2(m_server.start(), qPrintable(m_server.serverLog()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        ClientDevice seed(m_server.tempPath(u"seed.sqlite"_s), m_server.endpoint());
        QVERIFY(seed.signIn(SampleOrganisation::kDirector));
        QVERIFY(seed.sync().ok);
        const Status seeded = SampleOrganisation::seed(seed.store(), now);
        VERIFY_OK(seeded);
        const SyncReport r = seed.sync();
        QVERIFY2(r.ok && r.rejected == 0, qPrintable(r.error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(SampleOrganisation::aggregatesCaughtUp(m_server), 20000);
    const std::pair<QString, QString> roles[] = {{u"rep"_s, SampleOrganisation::kRep},
                                                 {u"supervisor"_s, SampleOrganisation::kSupervisor},
                                                 {u"director"_s, SampleOrganisation::kDirector}};
    for (const auto& [role, user] : roles) {
        auto d = std::make_unique<ClientDevice>(m_server.tempPath(role + u".sqlite"_s), m_server.endpoint());
        QVERIFY2(d->signIn(user), qPrintable(user));
        const SyncReport r = d->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        ValueScoreService scores(d->db());
        QVERIFY(scores.recomputeAll().ok());
        m_devices[role] = std::move(d);
    }
}

void TestCrossReplica::cleanupTestCase() {
    m_devices.clear();
    m_server.stop();
}

QString TestCrossReplica::figure(ClientDevice& d, const QString& which) {
    const Clock& clock = Clock::system();
    if (which.startsWith(u"score "_s)) {
        ValueScoreService scores(d.db());
        const Result<ValueScoreBreakdown> b = scores.scoreOf(which.mid(6));
        if (!b)
            return b.error();
        return u"P %1 S %2 T %3 score %4 tier %5 as of %6"_s.arg(b->p, 0, 'f', 3)
            .arg(b->s, 0, 'f', 1)
            .arg(b->t, 0, 'f', 1)
            .arg(b->score, 0, 'f', 3)
            .arg(b->tier)
            .arg(b->orgAsOf);
    }
    if (which == u"similar-deal cycle"_s) {
        const Result<ForecastResult> f = Forecast::compute(d.db(), AnalyticsFilter{0, 0, {}, u"r-li"_s}, clock);
        if (!f)
            return f.error();
        for (const ForecastDeal& deal : f->deals) {
            if (deal.opportunityId != SampleOrganisation::kForecastDeal)
                continue;
            const SimilarCycle& c = deal.similar;
            return u"n %1 mean %2 spread %3 p25 %4 median %5 p75 %6"_s.arg(c.count)
                .arg(c.meanDays.value_or(-1), 0, 'f', 2)
                .arg(c.spreadDays.value_or(-1), 0, 'f', 2)
                .arg(c.p25Days.value_or(-1), 0, 'f', 2)
                .arg(c.medianDays.value_or(-1), 0, 'f', 2)
                .arg(c.p75Days.value_or(-1), 0, 'f', 2);
        }
        return u"the forecast deal is missing"_s;
    }
    if (which == u"coverage benchmark"_s) {
        const Result<CoverageBenchmarks> b = OrgAggregates::coverageBenchmarks(d.db());
        if (!b)
            return b.error();
        QStringList series;
        for (const CoverageSeries& s : QList<CoverageSeries>{b->org} + b->teams) {
            if (s.id != u"org"_s && s.id != u"t-east"_s)
                continue; // what all three may see
            QStringList months;
            for (const CoverageMonth& m : s.months)
                months << u"%1 %2/%3"_s.arg(m.month).arg(m.coveredReps).arg(m.dueReps);
            series << s.id + u": "_s + months.join(u", "_s);
        }
        return series.join(u"; "_s);
    }
    // The team's leaderboard this month, as each role opens it: the rep their own, the others the team.
    const OrgCalendar calendar = OrgCalendar::of(d.db(), clock);
    AnalyticsFilter scope;
    if (which == u"leaderboard as the rep"_s)
        scope.repId = u"r-li"_s;
    else
        scope.teamId = u"t-east"_s;
    const Result<BehaviourPointsResult> points =
        BehaviourPoints::compute(d.db(), BehaviourPoints::month(calendar.today(), scope, calendar), clock);
    if (!points)
        return points.error();
    QStringList rows;
    for (const LeaderboardEntry& e : points->leaderboard) {
        QStringList by;
        for (auto it = e.byCategory.cbegin(); it != e.byCategory.cend(); ++it)
            by << u"%1=%2"_s.arg(it.key()).arg(it.value());
        rows << u"#%1 %2 %3 %4 pts (%5)"_s.arg(e.rank).arg(e.repId, e.teamId).arg(e.points).arg(by.join(u", "_s));
    }
    return rows.join(u"; "_s);
}

void TestCrossReplica::everyRolePrintsTheSameFigures_data() {
    QTest::addColumn<QString>("which");
    for (const QString& c : {u"c-li-1"_s, u"c-li-2"_s, u"c-li-3"_s, u"c-li-4"_s})
        QTest::newRow(qPrintable(u"value score and tier of "_s + c)) << u"score "_s + c;
    QTest::newRow("similar-deal cycle of the rep's forecast deal") << u"similar-deal cycle"_s;
    QTest::newRow("leaderboard of the rep's team") << u"leaderboard"_s;
    QTest::newRow("leaderboard as the rep filters it") << u"leaderboard as the rep"_s;
    QTest::newRow("coverage of the organisation and the rep's team") << u"coverage benchmark"_s;
}

void TestCrossReplica::everyRolePrintsTheSameFigures() {
    QFETCH(QString, which);
    if (m_devices.size() != 3)
        QSKIP("no server");
    const QString director = figure(*m_devices.at(u"director"_s), which);
    const QString supervisor = figure(*m_devices.at(u"supervisor"_s), which);
    const QString rep = figure(*m_devices.at(u"rep"_s), which);
    qInfo().noquote() << which << "\n  director:  " << director << "\n  supervisor:" << supervisor
                      << "\n  rep:       " << rep;
    QCOMPARE(supervisor, director);
    QCOMPARE(rep, director);
    if (which == u"similar-deal cycle"_s)
        QVERIFY2(director.startsWith(u"n 5 "_s), qPrintable(director)); // every rep's won deals of that kind
    if (which == u"coverage benchmark"_s)
        QVERIFY2(director.contains(u"t-east: "_s), qPrintable(director));
    if (which.startsWith(u"leaderboard"_s))
        QCOMPARE(director.count(u'#'), 2); // both reps of the team, not the supervisor, not the other team
}

// `stride-cli score` on each replica: the same breakdown, the same tier and the same "as of" line.
void TestCrossReplica::stridecliScorePrintsTheSameLinesEverywhere() {
    if (m_devices.size() != 3)
        QSKIP("no server");
    QStringList outputs;
    // One "now" for the three runs: each prints it, and a second between them must not tell them apart.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString& role : {u"rep"_s, u"supervisor"_s, u"director"_s}) {
        QProcess cli;
        cli.start(ServerFixture::cliBinary(), {u"score"_s, u"--db"_s, m_server.tempPath(role + u".sqlite"_s),
                                               u"--customer"_s, u"c-li-4"_s, u"--now"_s, now});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        outputs << QString::fromUtf8(cli.readAllStandardOutput());
    }
    qInfo().noquote() << outputs.first();
    QVERIFY2(outputs.first().contains(u"organisation figures as of "_s), qPrintable(outputs.first()));
    QCOMPARE(outputs.at(1), outputs.at(0));
    QCOMPARE(outputs.at(2), outputs.at(0));
}

QTEST_GUILESS_MAIN(TestCrossReplica)
#include "tst_crossreplica.moc"
