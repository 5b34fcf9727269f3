#include "analytics/orgaggregates.h"
#include "charts/chartwidget.h"
#include "domain/translationloader.h"
#include "orgfiguresage.h"
#include "pages/dashboardpage.h"
#include "storage/entitystore.h"
#include "storage/orgcalendar.h"
#include "uifixture.h"
#include "verifyok.h"
#include "widgets/analyticsfilterbar.h"
#include "widgets/dashboardview.h"
#include "widgets/forecastboardview.h"
#include "widgets/healthlightgrid.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Stride;

namespace {

constexpr int kWaitMs = 60000; // the figures run on a worker; a loaded CI machine may take a while

bool settled(const DashboardView* view) {
    return view->figures().has_value() && !view->isBusy();
}

// One aggregate row as the server would sync it (tests/sync/tst_orgaggregates.cpp has the real ones).
bool saveAggregate(EntityStore& store, const QString& id, const QString& kind, const QString& team,
                   const QJsonObject& value, qint64 at) {
    return store
        .save(OrgAggregates::kEntity, id,
              {{u"kind"_s, kind},
               {u"team_id"_s, team},
               {u"key"_s, QString()},
               {u"value_json"_s, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))},
               {u"computed_at"_s, at}})
        .ok();
}

// Shows the filter and waits for its figures.
bool showFigures(DashboardView& view, const AnalyticsFilter& filter) {
    QSignalSpy shown(&view, &DashboardView::figuresShown);
    view.setFilter(filter);
    return QTest::qWaitFor([&] { return !shown.isEmpty() && !view.isBusy(); }, kWaitMs);
}

} // namespace

class TestDashboard final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEveryFigure() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.resize(1400, 1000);
        page.show();
        page.activate();
        DashboardView* view = page.view();
        QVERIFY(view->isBusy()); // computed on the worker, not here
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kWaitMs);
        const DashboardFigures& figures = *view->figures();
        QVERIFY2(figures.errors.isEmpty(), qPrintable(figures.errors.join(u"; "_s)));
        QVERIFY(figures.complete);
        QVERIFY(figures.funnel.total > 0);
        QCOMPARE(figures.funnel.total, f.count(u"SELECT COUNT(*) FROM opportunities WHERE deleted = 0 AND "
                                               "created_at >= ?"_s,
                                               {figures.filter.from}));
        for (ChartWidget* chart : view->charts()) {
            QVERIFY2(chart->seriesCount() > 0, qPrintable(chart->title()));
            QVERIFY(!chart->title().isEmpty());
        }
        // Org, one team, its reps: one light each.
        QCOMPARE(view->healthGrid()->lights().size(), 1 + figures.health.teams.size() + figures.health.reps.size());
        QCOMPARE(view->paymentList()->topLevelItemCount(),
                 int(std::min<qsizetype>(figures.payments.items.size(), 200)));
        QVERIFY(figures.coverage.org.months.size() >= 6);
        QVERIFY(!figures.points.leaderboard.isEmpty());
    }

    // Lost reasons are codes in the data; the funnel's summary names them in the user's language.
    void lostReasonsReadInTheUsersLanguage() {
        QVERIFY(TranslationLoader::install(u"zh_CN"_s).ok());
        auto restore = qScopeGuard([] { (void)TranslationLoader::install(u"en"_s); });
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.resize(1400, 1000);
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()), kWaitMs);
        QString summary;
        for (const QLabel* l : page.view()->findChildren<QLabel*>())
            if (l->text().contains(u"主要输单原因"_s))
                summary = l->text();
        QVERIFY2(!summary.isEmpty(), "the funnel summary names its top lost reasons");
        for (const QString& code : {u"price too high"_s, u"competitor"_s, u"budget cut"_s, u"no decision"_s,
                                    u"timing"_s, u"service concerns"_s})
            QVERIFY2(!summary.contains(code), qPrintable(summary));
    }

    // The coverage chart says which months miss the 85 % target (marked points, a legend entry, a note) and shows
    // the running month as partial.
    void coverageMarksMonthsBelowTargetAndThePartialMonth() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.resize(1400, 1000);
        page.show();
        page.activate();
        DashboardView* view = page.view();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kWaitMs);
        const CoverageResult& c = view->figures()->coverage;
        QVERIFY(!c.org.months.isEmpty());
        int below = 0;
        QStringList belowMonths;
        for (const CoverageMonth& m : c.org.months) {
            below += m.belowTarget;
            if (m.belowTarget)
                belowMonths << m.month;
        }
        QVERIFY2(below > 0, "the demo has months below the target");
        ChartWidget* chart = view->coverageChart();
        QCOMPARE(chart->markedCount(), below);
        QVERIFY(chart->seriesNames().contains(u"Below the 85 % target"_s));
        QVERIFY(view->coverageNote()->isVisibleTo(view));
        QVERIFY2(view->coverageNote()->text().contains(belowMonths.join(u", "_s)),
                 qPrintable(view->coverageNote()->text()));
        // The demo's last day is the clock's: its month is still running.
        QVERIFY(c.org.months.last().partial);
        QCOMPARE(chart->categories().last(), c.org.months.last().month + u" (partial)"_s);
        QVERIFY(view->coverageNote()->text().contains(u"still running"_s));
        for (qsizetype i = 0; i + 1 < c.org.months.size(); ++i)
            QCOMPARE(chart->categories().at(i), c.org.months.at(i).month);
    }

    // The forecast board names the sample behind a similar-deal cycle, claims no spread from fewer than three
    // deals, and marks a deal whose expected close has passed.
    void forecastBoardShowsSampleSizeAndPastClose() {
        ForecastResult r;
        const qint64 day = 86400;
        ForecastDeal one;
        one.opportunityId = u"one"_s;
        one.title = u"One similar"_s;
        one.expectedClose = 1790000000;
        one.pastExpectedClose = true;
        one.daysPastExpectedClose = 12;
        one.similar.count = 1;
        one.similar.meanDays = 55.0;
        ForecastDeal many;
        many.opportunityId = u"many"_s;
        many.title = u"Eight similar"_s;
        many.expectedClose = 1790000000 + 30 * day;
        many.similar.count = 8;
        many.similar.meanDays = 40.0;
        many.similar.spreadDays = 12.0;
        ForecastDeal none;
        none.opportunityId = u"none"_s;
        none.title = u"No similar"_s;
        r.deals = {one, many, none};
        r.board.deals = 3;
        r.board.pastExpectedClose = 1;
        ForecastBoardView board;
        board.setResult(r);
        QTreeWidget* deals = board.deals();
        QCOMPARE(deals->topLevelItemCount(), 3);
        const int similar = ForecastBoardView::SimilarColumn;
        const int close = ForecastBoardView::ExpectedCloseColumn;
        // (English plural forms come from the translation: compare around the "(s)")
        QVERIFY(deals->topLevelItem(0)->text(similar).startsWith(u"1 similar deal"_s));
        QVERIFY(deals->topLevelItem(0)->text(similar).endsWith(u": 55 days"_s));
        QVERIFY(!deals->topLevelItem(0)->text(similar).contains(u"±"_s));
        QVERIFY(!deals->topLevelItem(0)->toolTip(similar).isEmpty());
        QVERIFY(deals->topLevelItem(1)->text(similar).startsWith(u"40 ± 12 days (8 similar deal"_s));
        QCOMPARE(deals->topLevelItem(2)->text(similar), u"no similar deals"_s);
        QVERIFY2(deals->topLevelItem(0)->text(close).contains(u"(past by 12 day"_s),
                 qPrintable(deals->topLevelItem(0)->text(close)));
        QVERIFY(!deals->topLevelItem(0)->toolTip(close).isEmpty());
        QVERIFY(!deals->topLevelItem(1)->text(close).contains(u"past"_s));
        QVERIFY(board.summaryText().contains(u"still open past their expected close date"_s));
    }

    void redLightShowsItsTopThreeMissingActions() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.show();
        page.activate();
        HealthLightGrid* grid = page.view()->healthGrid();
        // The demo's rep misses several kinds of key action over recent months; take the first period whose
        // lights show a red one with three different missing actions.
        QAbstractButton* red = nullptr;
        QAbstractButton* notRed = nullptr;
        for (auto period : {AnalyticsFilterBar::Period::Last3Months, AnalyticsFilterBar::Period::Last6Months,
                            AnalyticsFilterBar::Period::Last12Months, AnalyticsFilterBar::Period::AllTime}) {
            notRed = nullptr; // the grid's buttons are rebuilt with every result
            page.filterBar()->setPeriod(period);
            QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()) &&
                                         page.view()->figures()->filter.from == page.filterBar()->filter().from,
                                     kWaitMs);
            for (QAbstractButton* b : grid->lights()) {
                const HealthLine* line = grid->lineOf(b);
                QVERIFY(line);
                if (line->light == Light::Red && line->topMissing.size() == 3 && !red)
                    red = b;
                if (line->light != Light::Red && !notRed)
                    notRed = b;
            }
            if (red)
                break;
        }
        QVERIFY2(red, "the demo fixture has a red process-health light with three missing actions");
        QVERIFY(grid->missingList()->isHidden());
        QTest::mouseClick(red, Qt::LeftButton);
        QCOMPARE(grid->missingList()->count(), 3);
        QVERIFY(grid->missingList()->isVisible());
        const HealthLine* line = grid->lineOf(red);
        for (int i = 0; i < 3; ++i)
            QVERIFY(grid->missingList()->item(i)->text().startsWith(line->topMissing[i].actionName));
        QVERIFY(!grid->detail()->text().isEmpty());
        if (notRed) { // a light that is not red lists nothing
            QTest::mouseClick(notRed, Qt::LeftButton);
            QCOMPARE(grid->missingList()->count(), 0);
        }
    }

    void teamFilterChangesTheFunnel() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        const QString north = f.addTeamWithDeals(u"North"_s, 3);
        QVERIFY2(!north.isEmpty(), qPrintable(f.error()));
        DashboardPage page(f.session());
        page.show();
        page.activate(); // the default period: a team filter together with a period
        DashboardView* view = page.view();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kWaitMs);
        QVERIFY(view->figures()->filter.from != 0);
        const qint64 all = view->figures()->funnel.total;
        QComboBox* team = page.filterBar()->teamBox();
        QVERIFY(team->isEnabled());
        QCOMPARE(team->count(), 3); // all teams, the demo team, North

        team->setCurrentIndex(team->findData(north));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->figures()->filter.teamId == north, kWaitMs);
        QCOMPARE(view->figures()->funnel.total, 3);
        QCOMPARE(view->figures()->funnel.stages.first().current, 3); // all three wait at lead
        QCOMPARE(page.filterBar()->repBox()->count(), 2);            // all reps + North's one rep

        const int other = team->findData(north) == 1 ? 2 : 1;
        const QString otherId = team->itemData(other).toString();
        team->setCurrentIndex(other);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->figures()->filter.teamId == otherId, kWaitMs);
        QCOMPARE(view->figures()->funnel.total, all - 3);
    }

    void quickFilterChangesKeepOnlyTheLastResult() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        const QString north = f.addTeamWithDeals(u"North"_s, 2);
        QVERIFY2(!north.isEmpty(), qPrintable(f.error()));
        DashboardPage page(f.session());
        page.show();
        page.filterBar()->setPeriod(AnalyticsFilterBar::Period::AllTime);
        page.activate();
        DashboardView* view = page.view();
        QSignalSpy shown(view, &DashboardView::figuresShown);
        QComboBox* team = page.filterBar()->teamBox();
        // Three choices before the first result arrives: the stale ones are dropped, only the last is shown.
        team->setCurrentIndex(1);
        team->setCurrentIndex(2);
        team->setCurrentIndex(team->findData(north));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kWaitMs);
        // The runner is idle: each job's result was delivered in order, a stale one before the last; whatever is
        // still posted is handled here.
        QCoreApplication::processEvents();
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view->figures()->filter.teamId, north);
        QCOMPARE(view->figures()->funnel.total, 2);
    }

    void periodFilterRecomputes() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.show();
        page.activate();
        DashboardView* view = page.view();
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), kWaitMs);
        page.filterBar()->setPeriod(AnalyticsFilterBar::Period::AllTime);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->figures()->filter.from == 0, kWaitMs);
        QCOMPARE(view->figures()->funnel.total, f.count(u"SELECT COUNT(*) FROM opportunities WHERE deleted = 0"_s));
        page.filterBar()->setPeriod(AnalyticsFilterBar::Period::ThisMonth);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->figures()->filter.from != 0, kWaitMs);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(view->figures()->filter.from, Qt::UTC).date(), QDate(2026, 11, 1));
    }

    void copyAsImagePutsAPixmapOnTheClipboard() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.resize(1200, 900);
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()), kWaitMs);
        QGuiApplication::clipboard()->clear();
        QVERIFY(QGuiApplication::clipboard()->pixmap().isNull());
        ChartWidget* chart = page.view()->funnelChart();
        QVERIFY(!chart->copyAction()->text().isEmpty());
        chart->copyAction()->trigger();
        const QPixmap copied = QGuiApplication::clipboard()->pixmap();
        QVERIFY(!copied.isNull());
        QVERIFY(copied.width() > 100 && copied.height() > 100);
    }

    void repSeesOnlyThemselves() {
        Test::UiFixture f(u"rep"_s);
        VERIFY_OK(f);
        DashboardPage page(f.session());
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()), kWaitMs);
        QCOMPARE(page.view()->figures()->filter.repId, f.session().user().id);
        QVERIFY(!page.filterBar()->repBox()->isEnabled());
        QVERIFY(!page.filterBar()->teamBox()->isEnabled());
    }

    // Where an organisation figure comes from and how old it is, as every page words it.
    void orgFiguresAgeText_data() {
        QTest::addColumn<qint64>("secondsAgo"); // -1: never synced (orgAsOf 0)
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("stale");
        QTest::newRow("never synced") << qint64(-1)
                                      << u"Computed on this laptop from your own customers — sync to compare with "
                                         "the organisation"_s
                                      << false;
        QTest::newRow("half a minute ago") << qint64(30) << u"Organisation figures from just now"_s << false;
        QTest::newRow("two hours ago") << qint64(2 * 3600 + 120) << u"Organisation figures from 2 hour"_s << false;
        QTest::newRow("three days ago") << qint64(3 * 86400) << u"Organisation figures as of "_s << false;
        QTest::newRow("nine days ago, flagged") << qint64(9 * 86400) << u"(9 day"_s << true;
    }

    void orgFiguresAgeText() {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        QFETCH(bool, stale);
        const qint64 now = QDateTime(QDate(2026, 12, 7), QTime(14, 5), Qt::UTC).toSecsSinceEpoch();
        const qint64 asOf = secondsAgo < 0 ? 0 : now - secondsAgo;
        const QString text = OrgFiguresAge::text(asOf, now);
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (secondsAgo >= 86400) // a date and time rather than a relative age
            QVERIFY2(text.contains(QDateTime::fromSecsSinceEpoch(asOf).toLocalTime().toString(u"HH:mm"_s)),
                     qPrintable(text));
        QCOMPARE(OrgFiguresAge::isStale(asOf, now), stale);
        QLabel label;
        OrgFiguresAge::apply(&label, asOf, now);
        QCOMPARE(label.text(), text);
        QVERIFY(!label.toolTip().isEmpty());
        QCOMPARE(label.property("stale").toBool(), stale);
        QCOMPARE(label.styleSheet().contains(OrgFiguresAge::staleColour()), stale);
    }

    // Without synced aggregates, the leaderboard, the similar-deal cycles and the benchmarks say they come from this
    // laptop; with them, their age shows, the coverage chart draws the team's and the organisation's benchmark
    // beside the rep, and the funnel names the team's and the organisation's win rate and days to win.
    void orgFiguresShowTheirSourceAndTheRepsBenchmarks() {
        Test::UiFixture f(u"director"_s);
        VERIFY_OK(f);
        DashboardView view(f.session());
        view.resize(1400, 1000);
        view.show();
        QVERIFY(showFigures(view, AnalyticsFilter::lastMonths(6, f.clock().now())));
        QVERIFY(!view.figures()->points.leaderboard.isEmpty());
        const LeaderboardEntry rep = view.figures()->points.leaderboard.first();
        QVERIFY(!rep.teamId.isEmpty());
        AnalyticsFilter filter = view.figures()->filter;
        filter.repId = rep.repId;
        QVERIFY(showFigures(view, filter));
        QCOMPARE(view.figures()->filter.repId, rep.repId);
        QCOMPARE(view.figures()->points.orgAsOf, 0);

        const QString laptop = u"Computed on this laptop from your own"_s;
        QVERIFY2(view.leaderboardSource()->text().contains(laptop), qPrintable(view.leaderboardSource()->text()));
        QVERIFY(!view.funnelBenchmark()->isHidden());
        QVERIFY2(view.funnelBenchmark()->text().contains(u"No team or organisation benchmark on this laptop yet"_s),
                 qPrintable(view.funnelBenchmark()->text()));
        QVERIFY(!view.coverageChart()->seriesNames().contains(DashboardView::teamBenchmarkName()));
        QVERIFY(!view.coverageChart()->seriesNames().contains(DashboardView::orgBenchmarkName()));
        const ForecastBoardView* board = view.forecastBoard();
        QVERIFY2(!view.figures()->forecast.deals.isEmpty(), "the rep has forecast deals in the month");
        QVERIFY(!board->similarSource()->isHidden());
        QVERIFY2(board->similarSource()->text().contains(laptop), qPrintable(board->similarSource()->text()));

        // The server's rows, two hours old, as a sync would bring them.
        const qint64 now = f.clock().nowSecs();
        const qint64 at = now - qint64(2) * 3600 - 60;
        QList<double> teamExpected, orgExpected;
        saveServerAggregates(f, view, rep, filter, now, at, teamExpected, orgExpected);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(showFigures(view, filter));
        QCOMPARE(view.figures()->points.orgAsOf, at);
        const QString age = u"Organisation figures from 2 hour"_s;
        QVERIFY2(view.leaderboardSource()->text().contains(age), qPrintable(view.leaderboardSource()->text()));
        QVERIFY(!view.leaderboardSource()->property("stale").toBool());

        ChartWidget* coverage = view.coverageChart();
        QVERIFY2(coverage->seriesNames().contains(DashboardView::teamBenchmarkName()),
                 qPrintable(coverage->seriesNames().join(u", "_s)));
        QVERIFY(coverage->seriesNames().contains(DashboardView::orgBenchmarkName()));
        QCOMPARE(coverage->seriesValues(DashboardView::teamBenchmarkName()), teamExpected);
        QCOMPARE(coverage->seriesValues(DashboardView::orgBenchmarkName()), orgExpected);
        QCOMPARE(coverage->seriesStyle(DashboardView::teamBenchmarkName()), Qt::DashLine);
        QCOMPARE(coverage->seriesStyle(DashboardView::orgBenchmarkName()), Qt::DashLine);
        QVERIFY2(view.coverageNote()->text().contains(u"Dashed lines: the benchmarks"_s),
                 qPrintable(view.coverageNote()->text()));
        QVERIFY(view.coverageNote()->text().contains(age));

        const QString compared = view.funnelBenchmark()->text();
        QVERIFY2(compared.contains(u"win rate 61 %, 37 day"_s), qPrintable(compared));
        QVERIFY2(compared.contains(u"win rate 48 %, 53 day"_s), qPrintable(compared));
        QVERIFY2(compared.contains(age), qPrintable(compared));

        QCOMPARE(view.figures()->forecast.deals.first().similar.orgAsOf, at);
        QVERIFY2(board->similarSource()->text().contains(age), qPrintable(board->similarSource()->text()));

        // A team is compared with the organisation only.
        AnalyticsFilter team = filter;
        team.repId.clear();
        team.teamId = rep.teamId;
        QVERIFY(showFigures(view, team));
        QVERIFY(!coverage->seriesNames().contains(DashboardView::teamBenchmarkName()));
        QVERIFY(coverage->seriesNames().contains(DashboardView::orgBenchmarkName()));
        QVERIFY(!view.funnelBenchmark()->text().contains(u"win rate 61 %"_s));
        QVERIFY(view.funnelBenchmark()->text().contains(u"win rate 48 %"_s));
    }

private:
    // The server's rows, written at `at` as a sync would bring them: the coverage and funnel benchmarks of the rep's
    // team and of the organisation, the leaderboard of the period `filter` shows, the similar-deal cycles and the
    // stamp. `teamExpected` and `orgExpected` receive the coverage benchmark of each month the view shows.
    static void saveServerAggregates(Test::UiFixture& f, const DashboardView& view, const LeaderboardEntry& rep,
                                     const AnalyticsFilter& filter, qint64 now, qint64 at, QList<double>& teamExpected,
                                     QList<double>& orgExpected) {
        EntityStore& store = f.session().store();
        QJsonArray teamMonths, orgMonths;
        int i = 0;
        for (const CoverageMonth& m : view.figures()->coverage.org.months) {
            const double team = 50 + 5 * i, org = 70 + 2 * i;
            teamMonths.append(QJsonObject{
                {u"month"_s, m.month}, {u"due"_s, 10}, {u"covered"_s, team / 10}, {u"coverage_pct"_s, team}});
            orgMonths.append(
                QJsonObject{{u"month"_s, m.month}, {u"due"_s, 100}, {u"covered"_s, org}, {u"coverage_pct"_s, org}});
            teamExpected << team;
            orgExpected << org;
            ++i;
        }
        QVERIFY(i > 0);
        QVERIFY(saveAggregate(store, u"coverage_benchmark:"_s + rep.teamId, OrgAggregates::kCoverageBenchmark,
                              rep.teamId, {{u"months"_s, teamMonths}}, at));
        QVERIFY(saveAggregate(store, u"coverage_benchmark:org"_s, OrgAggregates::kCoverageBenchmark, QString(),
                              {{u"months"_s, orgMonths}}, at));
        auto funnel = [](double winRate, double days) {
            return QJsonObject{{u"from"_s, 0},
                               {u"to"_s, 1},
                               {u"deals"_s, 40},
                               {u"won"_s, 12},
                               {u"lost"_s, 8},
                               {u"win_rate_pct"_s, winRate},
                               {u"mean_days_to_win"_s, days},
                               {u"by_stage"_s, QJsonObject()}};
        };
        QVERIFY(saveAggregate(store, u"funnel_benchmark:"_s + rep.teamId, OrgAggregates::kFunnelBenchmark, rep.teamId,
                              funnel(61, 37), at));
        QVERIFY(saveAggregate(store, u"funnel_benchmark:org"_s, OrgAggregates::kFunnelBenchmark, QString(),
                              funnel(48, 53), at));
        const QJsonObject row{{u"rep_id"_s, rep.repId},   {u"name"_s, rep.name},
                              {u"team_id"_s, rep.teamId}, {u"points"_s, 42},
                              {u"actions"_s, 3},          {u"by_category"_s, QJsonObject{{u"discovery"_s, 42}}}};
        // The leaderboard is the server's for exactly the period shown: the filter's months in the organisation's
        // calendar, as DashboardFigures takes them.
        const AnalyticsFilter months =
            AnalyticsFilter::lastMonths(filter.wholeMonths, OrgCalendar::of(store.database(), f.clock()));
        QVERIFY(saveAggregate(store, u"leaderboard:months6:"_s + rep.teamId, OrgAggregates::kLeaderboard, rep.teamId,
                              {{u"period"_s, u"months6"_s},
                               {u"from"_s, double(months.from)},
                               {u"to"_s, double(months.to)},
                               {u"categories"_s, QJsonArray{u"discovery"_s}},
                               {u"rows"_s, QJsonArray{row}}},
                              at));
        QVERIFY(saveAggregate(store, OrgAggregates::kSimilarCycle, OrgAggregates::kSimilarCycle, QString(),
                              {{u"from"_s, double(now - OrgAggregates::kSimilarWindowSecs)},
                               {u"to"_s, double(now)},
                               {u"groups"_s, QJsonArray()}},
                              at));
        QVERIFY(saveAggregate(store, u"stamp"_s, OrgAggregates::kStamp, QString(), {}, at));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
