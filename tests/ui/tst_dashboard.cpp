#include "charts/chartwidget.h"
#include "pages/dashboardpage.h"
#include "uifixture.h"
#include "widgets/analyticsfilterbar.h"
#include "widgets/dashboardview.h"
#include "widgets/forecastboardview.h"
#include "widgets/healthlightgrid.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
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

} // namespace

class TestDashboard final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEveryFigure() {
        Test::UiFixture f(u"director"_s);
        QVERIFY2(f.ok(), qPrintable(f.error()));
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

    // The coverage chart says which months miss the 85 % target (marked points, a legend entry, a note) and shows
    // the running month as partial.
    void coverageMarksMonthsBelowTargetAndThePartialMonth() {
        Test::UiFixture f(u"director"_s);
        QVERIFY2(f.ok(), qPrintable(f.error()));
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
        QVERIFY2(f.ok(), qPrintable(f.error()));
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
        QVERIFY2(f.ok(), qPrintable(f.error()));
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
        QVERIFY2(f.ok(), qPrintable(f.error()));
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
        QTest::qWait(200);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(view->figures()->filter.teamId, north);
        QCOMPARE(view->figures()->funnel.total, 2);
    }

    void periodFilterRecomputes() {
        Test::UiFixture f(u"director"_s);
        QVERIFY2(f.ok(), qPrintable(f.error()));
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
        QVERIFY2(f.ok(), qPrintable(f.error()));
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
        QVERIFY2(f.ok(), qPrintable(f.error()));
        DashboardPage page(f.session());
        page.show();
        page.activate();
        QTRY_VERIFY_WITH_TIMEOUT(settled(page.view()), kWaitMs);
        QCOMPARE(page.view()->figures()->filter.repId, f.session().user().id);
        QVERIFY(!page.filterBar()->repBox()->isEnabled());
        QVERIFY(!page.filterBar()->teamBox()->isEnabled());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
