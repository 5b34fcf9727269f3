#include "pages/dashboardpage.h"

#include "export/reportfigures.h"
#include "exportflow.h"
#include "session.h"
#include "widgets/analyticsfilterbar.h"
#include "widgets/dashboardview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_heading(new QLabel(this))
    , m_export(new ExportFlow(session, this))
    , m_filters(new AnalyticsFilterBar(session, this))
    , m_view(new DashboardView(session, this)) {
    auto* layout = new QVBoxLayout(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_export->createButton(this));
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    connect(m_filters, &AnalyticsFilterBar::filterChanged, this, [this] {
        if (m_loaded) // nothing is computed before the page is first shown
            m_view->setFilter(m_filters->filter());
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        if (m_loaded)
            m_filters->reload();
    });
    connect(m_export->action(), &QAction::triggered, this,
            [this] { exportFigures(tr("Dashboards"), exportedFigures()); });
    connect(m_view, &DashboardView::forecastExportRequested, this,
            [this] { exportFigures(tr("Forecast"), forecastFigures()); });
    connect(m_export, &ExportFlow::runningChanged, m_view->forecastExportButton(), &QWidget::setDisabled);
    retranslate();
}

QString DashboardPage::title() const {
    return tr("Dashboards");
}

void DashboardPage::activate() {
    if (!m_loaded) {
        m_loaded = true;
        m_filters->reload(); // emits filterChanged: the first computation
    }
}

QAction* DashboardPage::exportAction() const {
    return m_export->action();
}

QStringList DashboardPage::exportedFigures() {
    return ReportFigures::dashboardNames();
}

QStringList DashboardPage::forecastFigures() {
    return {u"forecast"_s, u"payments"_s};
}

// The page as it stands: the filter bar's period, team and rep, whether or not the figures on screen are done.
// The figures on screen go along: those computed for this very filter are written as they are, the others (dwell,
// or every one while a newer filter is still being computed) are computed by the export.
void DashboardPage::exportFigures(const QString& report, const QStringList& figures) {
    if (!m_loaded)
        activate(); // the filter bar knows its teams and reps once loaded
    FigureWorkbook::Request request;
    request.figures = figures;
    request.filter = m_filters->filter();
    m_export->exportFigures(report, request, m_view->figures());
}

void DashboardPage::retranslate() {
    m_heading->setText(title());
    m_export->retranslate();
}

} // namespace Stride
