#include "widgets/dashboardview.h"

#include "charts/chartwidget.h"
#include "domain/labels.h"
#include "icons.h"
#include "models/analyticsrunner.h"
#include "orgfiguresage.h"
#include "session.h"
#include "storage/entitystore.h"
#include "storage/orgrepository.h"
#include "storage/readpool.h"
#include "widgets/forecastboardview.h"
#include "widgets/healthlightgrid.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr int kLeaderboardReps = 12;
constexpr int kShownPayments = 200;

QString percent(const std::optional<double>& share) {
    return share ? QStringLiteral("%1 %").arg(*share * 100, 0, 'f', 0) : DashboardView::tr("no data");
}

QGroupBox* box(QWidget* content, QWidget* parent) {
    auto* group = new QGroupBox(parent);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(content);
    return group;
}

} // namespace

DashboardView::DashboardView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new AnalyticsRunner(session.path(), session.clock(), this, ReadPool::defaultHelpers()))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_funnel(new ChartWidget(this))
    , m_funnelSummary(new QLabel(this))
    , m_funnelBenchmark(new QLabel(this))
    , m_dwell(new ChartWidget(this))
    , m_health(new HealthLightGrid(this))
    , m_coverage(new ChartWidget(this))
    , m_coverageAlert(new QLabel(this))
    , m_coverageNote(new QLabel(this))
    , m_leaderboard(new ChartWidget(this))
    , m_leaderboardSource(new QLabel(this))
    , m_forecast(new ForecastBoardView(this))
    , m_forecastExport(new QToolButton(this))
    , m_payments(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* statusRow = new QHBoxLayout;
    m_busy->setRange(0, 0); // the figures report no steps: an indeterminate bar says "working"
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    layout->addLayout(statusRow);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    m_funnelSummary->setWordWrap(true);
    m_funnelSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_funnelBenchmark->setObjectName(u"funnelBenchmark"_s);
    m_funnelBenchmark->setWordWrap(true);
    m_funnelBenchmark->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_funnelBenchmark->hide();
    m_leaderboardSource->setObjectName(u"leaderboardSource"_s);
    m_leaderboardSource->setWordWrap(true);
    m_coverageAlert->setWordWrap(true);
    m_coverageAlert->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s);
    m_coverageAlert->hide();
    m_coverageNote->setWordWrap(true);
    m_coverageNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverageNote->hide();
    m_payments->setRootIsDecorated(false);
    m_payments->setUniformRowHeights(true);
    m_payments->setAlternatingRowColors(true);
    m_payments->setMinimumHeight(180);
    m_payments->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* funnelBox = new QWidget(content);
    auto* funnelLayout = new QVBoxLayout(funnelBox);
    funnelLayout->setContentsMargins(0, 0, 0, 0);
    funnelLayout->addWidget(m_funnel, 1);
    funnelLayout->addWidget(m_funnelSummary);
    funnelLayout->addWidget(m_funnelBenchmark);
    auto* coverageBox = new QWidget(content);
    auto* coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    coverageLayout->addWidget(m_coverage, 1);
    coverageLayout->addWidget(m_coverageNote);
    coverageLayout->addWidget(m_coverageAlert);
    QGroupBox* healthBox = box(m_health, content);
    QGroupBox* forecastBox = box(m_forecast, content);
    m_forecastExport->setObjectName(u"forecastExport"_s);
    m_forecastExport->setIcon(Icons::icon(Icons::Kind::Export));
    m_forecastExport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_forecastExport->setAutoRaise(true);
    auto* forecastBar = new QHBoxLayout;
    forecastBar->addStretch();
    forecastBar->addWidget(m_forecastExport);
    static_cast<QVBoxLayout*>(forecastBox->layout())->insertLayout(0, forecastBar);
    connect(m_forecastExport, &QToolButton::clicked, this, &DashboardView::forecastExportRequested);
    QGroupBox* paymentsBox = box(m_payments, content);
    grid->addWidget(funnelBox, 0, 0);
    grid->addWidget(m_dwell, 0, 1);
    grid->addWidget(healthBox, 1, 0);
    grid->addWidget(coverageBox, 1, 1);
    auto* leaderboardBox = new QWidget(content);
    auto* leaderboardLayout = new QVBoxLayout(leaderboardBox);
    leaderboardLayout->setContentsMargins(0, 0, 0, 0);
    leaderboardLayout->addWidget(m_leaderboard, 1);
    leaderboardLayout->addWidget(m_leaderboardSource);
    grid->addWidget(leaderboardBox, 2, 0);
    grid->addWidget(forecastBox, 2, 1);
    grid->addWidget(paymentsBox, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_boxes = {healthBox, forecastBox, paymentsBox};

    connect(m_runner, &AnalyticsRunner::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updateStatus();
    });
    connect(m_runner, &AnalyticsRunner::failed, this, [this](const QString& error) {
        m_status->setText(tr("The figures could not be computed: %1").arg(error));
    });
    retranslate();
}

DashboardView::~DashboardView() = default;

void DashboardView::setFilter(const AnalyticsFilter& filter) {
    m_runner->run(
        [filter](AnalyticsRunner::Context& c) {
            Shown out{DashboardFigures::compute(c.db, c.pool, filter, c.clock, c.stale), {}};
            Benchmarks& b = out.benchmarks;
            b.now = c.clock.nowSecs();
            if (c.stale())
                return out;
            // A rep is compared with their team and the organisation; a team with the organisation.
            b.teamId = filter.teamId;
            if (b.teamId.isEmpty() && !filter.repId.isEmpty()) {
                if (const Result<Rep> rep = OrgRepository(c.store).rep(filter.repId))
                    b.teamId = rep->teamId;
            }
            if (Result<CoverageBenchmarks> coverage = OrgAggregates::coverageBenchmarks(c.db))
                b.coverage = std::move(*coverage);
            else
                out.figures.errors << coverage.error();
            if (Result<QList<TeamBenchmark>> funnel = OrgAggregates::benchmarks(c.db))
                b.funnel = std::move(*funnel);
            else
                out.figures.errors << funnel.error();
            for (const CoverageSeries& t : std::as_const(b.coverage.teams)) {
                if (t.id == b.teamId)
                    b.teamName = t.name;
            }
            return out;
        },
        [this](Shown shown) { display(std::move(shown)); });
}

// Short: the chart's legend cuts long names. The coverage note says the dashed lines are the benchmarks.
QString DashboardView::teamBenchmarkName() {
    return tr("Team");
}

QString DashboardView::orgBenchmarkName() {
    return tr("Organisation");
}

bool DashboardView::isBusy() const {
    return m_runner->isBusy();
}

void DashboardView::display(Shown shown) {
    m_figures = std::move(shown.figures);
    m_benchmarks = std::move(shown.benchmarks);
    m_health->setResult(m_figures->health);
    m_forecast->setResult(m_figures->forecast, m_benchmarks.now);
    render();
    emit figuresShown();
}

void DashboardView::render() {
    updateStatus();
    if (!m_figures)
        return;
    renderFunnel();
    renderFunnelBenchmark();
    renderCoverage();
    renderLeaderboard();
    renderPayments();
}

void DashboardView::renderFunnel() {
    const FunnelResult& f = m_figures->funnel;
    QStringList stages;
    ChartSeries reached{tr("Reached the stage"), {}, QColor(0x3b, 0x7d, 0xd8)};
    ChartSeries current{tr("In the stage now"), {}, QColor(0x9b, 0xc4, 0xf0)};
    // Horizontal bars run bottom-up: reversed, so the funnel reads from the lead at the top.
    for (auto it = f.stages.crbegin(); it != f.stages.crend(); ++it) {
        stages << Labels::stage(it->stage);
        reached.values << double(it->reached);
        current.values << double(it->current);
    }
    if (f.total == 0)
        m_funnel->showMessage(tr("No opportunity was created in this period and scope."));
    else
        m_funnel->showBars(stages, {reached, current}, tr("Opportunities (count)"), ChartWidget::Bars::Horizontal);

    QStringList conversions;
    for (qsizetype i = 0; i + 1 < f.stages.size(); ++i) {
        conversions << tr("%1 → %2: %3")
                           .arg(Labels::stage(f.stages[i].stage), Labels::stage(f.stages[i + 1].stage),
                                percent(f.stages[i].conversionToNext));
    }
    QStringList reasons;
    for (const LostReasonCount& l : f.lostReasons.mid(0, 3))
        reasons << tr("%1 (%2)").arg(Labels::lostReason(l.reason)).arg(l.count);
    m_funnelSummary->setText(
        tr("%n opportunity(ies): %1 won, %2 lost, win rate %3.", nullptr, int(f.total))
            .arg(f.won)
            .arg(f.lost)
            .arg(percent(f.winRate)) +
        u"\n"_s + tr("Conversion: %1.").arg(conversions.join(u"; "_s)) +
        (reasons.isEmpty() ? QString() : u"\n"_s + tr("Top lost reasons: %1.").arg(reasons.join(u", "_s))));

    QStringList open;
    ChartSeries mean{tr("Mean"), {}, QColor(0x8e, 0x44, 0xad)};
    ChartSeries median{tr("Median"), {}, QColor(0xc3, 0x9b, 0xd3)};
    for (const FunnelStage& s : f.stages) {
        if (s.stage == u"won"_s)
            continue;
        open << Labels::stage(s.stage);
        mean.values << s.meanDays.value_or(0);
        median.values << s.medianDays.value_or(0);
    }
    if (f.total == 0)
        m_dwell->showMessage(tr("No completed stage stays in this period and scope."));
    else
        m_dwell->showBars(open, {mean, median}, tr("Days in stage (days)"));
}

QString DashboardView::coverageMonthLabel(const CoverageMonth& month) {
    return month.partial ? tr("%1 (partial)").arg(month.month) : month.month;
}

void DashboardView::renderCoverage() {
    const CoverageResult& c = m_figures->coverage;
    QStringList months;
    QStringList below, partial;
    QList<QPointF> marked; // the headline series' months under the target
    for (qsizetype i = 0; i < c.org.months.size(); ++i) {
        const CoverageMonth& m = c.org.months.at(i);
        months << coverageMonthLabel(m);
        if (m.partial)
            partial << m.month;
        if (m.belowTarget) {
            below << m.month;
            marked << QPointF(double(i), *m.coverage);
        }
    }
    auto series = [](const CoverageSeries& s, const QString& name, QColor colour) {
        ChartSeries out{name, {}, colour};
        for (const CoverageMonth& m : s.months)
            out.values << (m.coverage ? *m.coverage : std::nan(""));
        return out;
    };
    const bool scoped = !m_figures->filter.teamId.isEmpty() || !m_figures->filter.repId.isEmpty();
    const QString headline = scoped ? tr("Selected scope") : tr("Organisation");
    QList<ChartSeries> lines{series(c.org, headline, QColor(0x3b, 0x7d, 0xd8))};
    bool benchmarked = false;
    if (!scoped) {
        for (const CoverageSeries& t : c.teams.mid(0, 6))
            lines << series(t, t.name, QColor());
    } else {
        // The server's benchmarks, dashed, on the chart's months: a rep beside the team and the organisation, a
        // team beside the organisation. Mid-tone colours that read on light and dark backgrounds.
        auto benchmark = [&](const CoverageSeries& s, const QString& name, QColor colour) {
            QHash<QString, double> byMonth;
            for (const CoverageMonth& m : s.months) {
                if (m.coverage)
                    byMonth.insert(m.month, *m.coverage);
            }
            ChartSeries out{name, {}, colour, Qt::DashLine};
            bool any = false;
            for (const CoverageMonth& m : c.org.months) {
                const auto it = byMonth.constFind(m.month);
                out.values << (it != byMonth.cend() ? *it : std::nan(""));
                any = any || it != byMonth.cend();
            }
            if (any)
                lines << out;
        };
        const CoverageBenchmarks& b = m_benchmarks.coverage;
        if (!m_figures->filter.repId.isEmpty() && !m_benchmarks.teamId.isEmpty()) {
            for (const CoverageSeries& t : b.teams) {
                if (t.id == m_benchmarks.teamId)
                    benchmark(t, teamBenchmarkName(), QColor(0x16, 0xa0, 0x85));
            }
        }
        if (b.orgAsOf > 0)
            benchmark(b.org, orgBenchmarkName(), QColor(0x95, 0x7d, 0xad));
        benchmarked = lines.size() > 1;
    }
    const QString target = QString::number(c.target, 'f', 0);
    if (months.isEmpty())
        m_coverage->showMessage(tr("No standard action was due in this period."));
    else
        m_coverage->showLines(months, lines, tr("Coverage (% of reps due)"), 0, 100, c.target,
                              tr("Target %1 %").arg(target), marked, tr("Below the %1 % target").arg(target));
    QStringList notes;
    if (!below.isEmpty())
        notes << tr("%1 below the %2 % target in: %3.").arg(headline, target, below.join(u", "_s));
    else if (!months.isEmpty())
        notes << tr("%1 met the %2 % target in every month with data.").arg(headline, target);
    if (!partial.isEmpty())
        notes << tr("%1 is still running: its coverage is partial and does not count for the alert.")
                     .arg(partial.join(u", "_s));
    if (benchmarked)
        notes << tr("Dashed lines: the benchmarks the server computed over every rep (%1).")
                     .arg(OrgFiguresAge::text(m_benchmarks.coverage.orgAsOf, m_benchmarks.now));
    m_coverageNote->setText(notes.join(u' '));
    m_coverageNote->setVisible(!notes.isEmpty());
    QStringList alerts;
    if (c.org.alert)
        alerts << (scoped ? tr("Selected scope") : tr("Organisation"));
    if (!scoped) {
        for (const CoverageSeries& t : c.teams) {
            if (t.alert)
                alerts << t.name;
        }
    }
    m_coverageAlert->setText(alerts.isEmpty() ? QString()
                                              : tr("Coverage fell two complete months in a row (%1): this predicts "
                                                   "a revenue dip next quarter.")
                                                    .arg(alerts.join(u", "_s)));
    m_coverageAlert->setVisible(!alerts.isEmpty());
}

void DashboardView::renderLeaderboard() {
    const BehaviourPointsResult& p = m_figures->points;
    QStringList reps;
    QList<ChartSeries> categories;
    for (const QString& category : p.categories)
        categories << ChartSeries{category, {}, QColor()};
    const QList<LeaderboardEntry> top = p.leaderboard.mid(0, kLeaderboardReps);
    for (const LeaderboardEntry& e : top) {
        reps << tr("%1. %2").arg(e.rank).arg(e.name);
        for (qsizetype i = 0; i < categories.size(); ++i)
            categories[i].values << double(e.byCategory.value(p.categories[i]));
    }
    if (top.isEmpty())
        m_leaderboard->showMessage(tr("No rep in this scope."));
    else
        m_leaderboard->showBars(reps, categories, tr("Behaviour points (pts)"), ChartWidget::Bars::Stacked);
    OrgFiguresAge::apply(m_leaderboardSource, p.orgAsOf, m_benchmarks.now, OrgFiguresAge::Source::Visits);
    m_leaderboardSource->setText(
        tr("Leaderboard: %1").arg(OrgFiguresAge::text(p.orgAsOf, m_benchmarks.now, OrgFiguresAge::Source::Visits)));
}

void DashboardView::renderFunnelBenchmark() {
    // Only a rep or a team is compared; the organisation's own view is the benchmark.
    const AnalyticsFilter& filter = m_figures->filter;
    if (filter.repId.isEmpty() && filter.teamId.isEmpty()) {
        m_funnelBenchmark->hide();
        return;
    }
    auto line = [](const TeamBenchmark& b) {
        const QString rate = b.winRatePct ? QStringLiteral("%1 %").arg(*b.winRatePct, 0, 'f', 0) : tr("no data");
        const QString days = b.meanDaysToWin ? Labels::days(*b.meanDaysToWin) : tr("no data");
        return tr("win rate %1, %2 to win on average (%n deal(s))", nullptr, int(b.deals)).arg(rate, days);
    };
    QStringList parts;
    qint64 asOf = 0;
    const TeamBenchmark* team = nullptr;
    const TeamBenchmark* org = nullptr;
    for (const TeamBenchmark& b : m_benchmarks.funnel) {
        if (b.teamId.isEmpty())
            org = &b;
        else if (b.teamId == m_benchmarks.teamId)
            team = &b;
    }
    if (team && !filter.repId.isEmpty()) {
        const QString name = m_benchmarks.teamName.isEmpty() ? tr("Team") : m_benchmarks.teamName;
        parts << tr("%1: %2").arg(name, line(*team));
        asOf = std::max(asOf, team->orgAsOf);
    }
    if (org) {
        parts << tr("%1: %2").arg(tr("Organisation"), line(*org));
        asOf = std::max(asOf, org->orgAsOf);
    }
    if (parts.isEmpty()) {
        m_funnelBenchmark->setText(
            tr("No team or organisation benchmark on this laptop yet — sync to compare with them."));
        m_funnelBenchmark->setToolTip(OrgFiguresAge::toolTip(0, m_benchmarks.now));
        m_funnelBenchmark->setStyleSheet(u"font-style: italic;"_s);
    } else {
        m_funnelBenchmark->setText(tr("Compared with (deals created in the last 180 days):") + u"\n"_s +
                                   parts.join(u"\n"_s) + u"\n"_s + OrgFiguresAge::text(asOf, m_benchmarks.now));
        m_funnelBenchmark->setToolTip(OrgFiguresAge::toolTip(asOf, m_benchmarks.now));
        m_funnelBenchmark->setStyleSheet(OrgFiguresAge::isStale(asOf, m_benchmarks.now)
                                             ? u"color: %1;"_s.arg(OrgFiguresAge::staleColour())
                                             : QString());
    }
    m_funnelBenchmark->show();
}

void DashboardView::renderPayments() {
    m_payments->setHeaderLabels({tr("Due"), tr("Days left"), tr("Deal"), tr("Amount (¥)"), tr("Status")});
    m_payments->clear();
    QList<QTreeWidgetItem*> items;
    for (const PaymentItem& p : m_figures->payments.items) {
        if (items.size() >= kShownPayments)
            break;
        QString status;
        QColor colour;
        switch (p.status) {
        case PaymentItem::Status::Overdue:
            status = tr("overdue");
            colour = QColor(0xd2, 0x3b, 0x2f);
            break;
        case PaymentItem::Status::Reminder:
            status = tr("due within 15 days");
            colour = QColor(0xc0, 0x7a, 0x00);
            break;
        case PaymentItem::Status::Upcoming:
            status = tr("upcoming");
            break;
        }
        auto* item = new QTreeWidgetItem(
            QStringList{Labels::date(p.dueAt), QString::number(p.daysLeft), p.title, Labels::money(p.amount), status});
        item->setData(0, Qt::UserRole, p.opportunityId);
        if (colour.isValid())
            item->setForeground(4, colour);
        items << item;
    }
    m_payments->addTopLevelItems(items);
}

void DashboardView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardView::retranslate() {
    m_funnel->setTitle(tr("Sales funnel"));
    m_dwell->setTitle(tr("Days in stage (completed stays)"));
    m_coverage->setTitle(tr("Standard-action coverage by month"));
    m_leaderboard->setTitle(tr("Behaviour points leaderboard by category"));
    const QStringList titles{tr("Process-health lights"), tr("Forecast board"), tr("Payment countdown")};
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setTitle(titles.value(i));
    m_payments->setAccessibleName(tr("Payment countdown"));
    m_forecastExport->setText(tr("Export forecast and payments…"));
    m_forecastExport->setToolTip(tr("Save the forecast board and the payment countdown as an Excel workbook"));
    render();
}

void DashboardView::updateStatus() {
    if (m_runner->isBusy())
        m_status->setText(m_figures ? tr("Updating the figures…") : tr("Computing the figures…"));
    else if (m_figures) {
        const PaymentCountdownResult& p = m_figures->payments;
        m_status->setText(tr("Payments: %1 overdue (%2), %3 due within 15 days (%4). Computed in %5 ms.")
                              .arg(p.overdue.count)
                              .arg(Labels::money(p.overdue.amount))
                              .arg(p.reminder.count)
                              .arg(Labels::money(p.reminder.amount))
                              .arg(m_figures->elapsedMs) +
                          (m_figures->errors.isEmpty()
                               ? QString()
                               : u" "_s + tr("Some figures failed: %1").arg(m_figures->errors.join(u"; "_s))));
    }
}

} // namespace Stride
