#include "pages/sandboxpage.h"

#include "charts/chartwidget.h"
#include "models/analyticsrunner.h"
#include "session.h"
#include "widgets/analyticsfilterbar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Shares are stored as 0–1; the charts show percent.
bool isShare(const QString& code) {
    return code == u"onsite_share"_s || code == u"needs_rate"_s || code == u"key_action_rate"_s;
}

} // namespace

SandboxPage::SandboxPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_filters(new AnalyticsFilterBar(session, this))
    , m_intro(new QLabel(this))
    , m_xLabel(new QLabel(this))
    , m_metricX(new QComboBox(this))
    , m_yLabel(new QLabel(this))
    , m_metricY(new QComboBox(this))
    , m_busy(new QProgressBar(this))
    , m_chartX(new ChartWidget(this))
    , m_readingX(new QLabel(this))
    , m_chartY(new ChartWidget(this))
    , m_readingY(new QLabel(this))
    , m_runner(new AnalyticsRunner(session.path(), session.clock(), this)) {
    m_filters->setRepVisible(false); // one point per rep: the scope is a team or the org
    for (const QString& code : ProcessSandbox::metrics()) {
        m_metricX->addItem(QString(), code);
        m_metricY->addItem(QString(), code);
    }
    m_metricX->setCurrentIndex(m_metricX->findData(u"call_minutes"_s));
    m_metricY->setCurrentIndex(m_metricY->findData(u"needs_rate"_s));
    m_xLabel->setBuddy(m_metricX);
    m_yLabel->setBuddy(m_metricY);
    m_intro->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->hide();
    for (QLabel* l : {m_readingX, m_readingY}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_filters);
    auto* pickers = new QHBoxLayout;
    pickers->addWidget(m_xLabel);
    pickers->addWidget(m_metricX);
    pickers->addSpacing(16);
    pickers->addWidget(m_yLabel);
    pickers->addWidget(m_metricY);
    pickers->addStretch();
    pickers->addWidget(m_busy);
    layout->addLayout(pickers);
    auto* grid = new QGridLayout;
    grid->addWidget(m_chartX, 0, 0);
    grid->addWidget(m_chartY, 0, 1);
    grid->addWidget(m_readingX, 1, 0);
    grid->addWidget(m_readingY, 1, 1);
    grid->setRowStretch(0, 1);
    layout->addLayout(grid, 1);

    connect(m_filters, &AnalyticsFilterBar::filterChanged, this, &SandboxPage::recompute);
    connect(m_metricX, &QComboBox::activated, this, &SandboxPage::recompute);
    connect(m_metricY, &QComboBox::activated, this, &SandboxPage::recompute);
    connect(m_runner, &AnalyticsRunner::busyChanged, m_busy, &QWidget::setVisible);
    connect(m_runner, &AnalyticsRunner::failed, this, [this](const QString& error) {
        m_error = error;
        render();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        if (m_loaded)
            m_filters->reload();
    });
    retranslate();
}

QString SandboxPage::title() const {
    return tr("Sandbox");
}

void SandboxPage::activate() {
    if (!m_loaded) {
        m_loaded = true;
        m_filters->reload();
    }
}

bool SandboxPage::isBusy() const {
    return m_runner->isBusy();
}

void SandboxPage::recompute() {
    if (!m_loaded)
        return; // nothing is computed before the page is first shown
    const AnalyticsFilter filter = m_filters->filter();
    const QString x = m_metricX->currentData().toString();
    const QString y = m_metricY->currentData().toString();
    m_runner->run(
        [filter, x, y](AnalyticsRunner::Context& c) { return ProcessSandbox::compute(c.db, filter, c.clock, x, y); },
        [this](Result<ProcessSandboxResult> r) {
            if (r) {
                m_result = std::move(r.value());
                m_error.clear();
            } else {
                m_result.reset();
                m_error = r.error();
            }
            render();
            emit resultShown();
        });
}

QString SandboxPage::metricName(const QString& code) {
    if (code == u"visits"_s)
        return tr("Visits (count)");
    if (code == u"call_minutes"_s)
        return tr("Effective call minutes (min)");
    if (code == u"onsite_share"_s)
        return tr("On-site visit share (%)");
    if (code == u"needs_rate"_s)
        return tr("Needs-confirmation rate (%)");
    if (code == u"points"_s)
        return tr("Behaviour points (pts)");
    if (code == u"key_action_rate"_s)
        return tr("Key-action completion (%)");
    return code;
}

QString SandboxPage::readingOf(const SandboxCorrelation& c, const QString& metric) {
    if (!c.r) {
        if (c.n < 3)
            return tr("No coefficient: only %n rep(s) have both this metric and a closed deal (3 are needed).", nullptr,
                      int(c.n));
        return tr("No coefficient: the values do not vary between reps.");
    }
    const double r = *c.r;
    const double a = std::abs(r);
    const QString strength = a >= 0.5 ? tr("a strong") : a >= 0.3 ? tr("a moderate") : tr("only a weak");
    const QString direction = r >= 0 ? tr("reps with a higher %1 tend to win more often")
                                     : tr("reps with a higher %1 tend to win less often");
    return tr("Pearson r = %1 over %n rep(s): %2 link — %3.", nullptr, int(c.n))
        .arg(r, 0, 'f', 2)
        .arg(strength, direction.arg(metricName(metric).toLower()));
}

void SandboxPage::render() {
    const QList<std::pair<ChartWidget*, QLabel*>> views{{m_chartX, m_readingX}, {m_chartY, m_readingY}};
    for (int which = 0; which < 2; ++which) {
        ChartWidget* chart = views[which].first;
        QLabel* reading = views[which].second;
        const QString metric = (which == 0 ? m_metricX : m_metricY)->currentData().toString();
        chart->setTitle(tr("%1 against win rate").arg(metricName(metric)));
        if (!m_result) {
            chart->showMessage(m_error.isEmpty() ? tr("Computing…") : tr("Could not compute: %1").arg(m_error));
            reading->clear();
            continue;
        }
        QList<QPointF> points;
        QStringList names;
        const double scale = isShare(metric) ? 100 : 1;
        for (const SandboxRep& rep : m_result->reps) {
            const std::optional<double>& v = which == 0 ? rep.x : rep.y;
            if (v && rep.winRate) {
                points << QPointF(*v * scale, *rep.winRate * 100);
                names << rep.name;
            }
        }
        if (points.isEmpty())
            chart->showMessage(tr("No rep has both a value and a closed deal in this period."));
        else
            chart->showScatter(points, names, metricName(metric), tr("Win rate (%)"));
        reading->setText(readingOf(which == 0 ? m_result->xVsWin : m_result->yVsWin, metric));
    }
}

void SandboxPage::retranslate() {
    m_intro->setText(tr("Process sandbox: choose two process metrics and see how each goes with the win rate, one "
                        "point per rep, with the Pearson correlation coefficient."));
    m_xLabel->setText(tr("&First metric:"));
    m_yLabel->setText(tr("&Second metric:"));
    for (QComboBox* box : {m_metricX, m_metricY}) {
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, metricName(box->itemData(i).toString()));
    }
    m_metricX->setAccessibleName(tr("First metric"));
    m_metricY->setAccessibleName(tr("Second metric"));
    render();
}

} // namespace Stride
