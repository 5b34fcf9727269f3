#pragma once

#include "analytics/analyticsfilter.h"
#include "analytics/dashboardfigures.h"
#include "analytics/orgaggregates.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QProgressBar;
class QToolButton;
class QTreeWidget;

namespace Stride {

class AnalyticsRunner;
class ChartWidget;
class ForecastBoardView;
class HealthLightGrid;
class Session;

// Every dashboard figure for one filter (org, team or rep; a period): funnel, days in stage, process-health
// lights, coverage trend against the target, leaderboard by category, forecast board and payment countdown.
// Shared by the Dashboards page and the team drill-down. Figures are computed on an AnalyticsRunner; while they
// are, the previous ones stay visible under a busy bar, and a newer filter drops the older computation.
class DashboardView final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(Session& session, QWidget* parent = nullptr);
    ~DashboardView() override;

    void setFilter(const AnalyticsFilter& filter);
    bool isBusy() const;
    // The figures shown now; nullopt before the first ones arrive.
    const std::optional<DashboardFigures>& figures() const { return m_figures; }

    ChartWidget* funnelChart() const { return m_funnel; }
    ChartWidget* dwellChart() const { return m_dwell; }
    ChartWidget* coverageChart() const { return m_coverage; }
    ChartWidget* leaderboardChart() const { return m_leaderboard; }
    QList<ChartWidget*> charts() const { return {m_funnel, m_dwell, m_coverage, m_leaderboard}; }
    HealthLightGrid* healthGrid() const { return m_health; }
    ForecastBoardView* forecastBoard() const { return m_forecast; }
    QTreeWidget* paymentList() const { return m_payments; }
    QLabel* coverageAlert() const { return m_coverageAlert; }
    // Which months sit below the target and which one is still running (partial).
    QLabel* coverageNote() const { return m_coverageNote; }
    // A month on the coverage chart's axis: "2026-11 (partial)" while it runs.
    static QString coverageMonthLabel(const CoverageMonth& month);
    // The team's and the organisation's win rate and mean days to win, beside the funnel.
    QLabel* funnelBenchmark() const { return m_funnelBenchmark; }
    // Where the leaderboard comes from (the server's, with its age, or this laptop's visits).
    QLabel* leaderboardSource() const { return m_leaderboardSource; }
    // "Export…" on the forecast board: the page writes the forecast and payment figures (forecastExportRequested).
    QToolButton* forecastExportButton() const { return m_forecastExport; }
    // Names of the coverage chart's benchmark lines.
    static QString teamBenchmarkName();
    static QString orgBenchmarkName();

signals:
    void figuresShown();
    void forecastExportRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // What a rep or a team is compared with: the server's benchmarks over the whole organisation.
    struct Benchmarks {
        CoverageBenchmarks coverage;
        QList<TeamBenchmark> funnel;
        QString teamId;   // the team of the filter, or of its rep; empty for the organisation's view
        QString teamName; // as the benchmark rows name it
        qint64 now = 0;   // the session clock's, for the figures' age
    };
    struct Shown {
        DashboardFigures figures;
        Benchmarks benchmarks;
    };
    void display(Shown shown);
    void renderFunnelBenchmark();
    void render();
    void updateStatus();
    void renderFunnel();
    void renderCoverage();
    void renderLeaderboard();
    void renderPayments();
    void retranslate();

    Session& m_session;
    AnalyticsRunner* m_runner;
    std::optional<DashboardFigures> m_figures;
    Benchmarks m_benchmarks;
    QLabel* m_status;
    QProgressBar* m_busy;
    QList<QGroupBox*> m_boxes;
    ChartWidget* m_funnel;
    QLabel* m_funnelSummary;
    QLabel* m_funnelBenchmark;
    ChartWidget* m_dwell;
    HealthLightGrid* m_health;
    ChartWidget* m_coverage;
    QLabel* m_coverageAlert;
    QLabel* m_coverageNote;
    ChartWidget* m_leaderboard;
    QLabel* m_leaderboardSource;
    ForecastBoardView* m_forecast;
    QToolButton* m_forecastExport;
    QTreeWidget* m_payments;
};

} // namespace Stride
