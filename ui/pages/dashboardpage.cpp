#include "pages/dashboardpage.h"

#include "session.h"
#include "widgets/analyticsfilterbar.h"
#include "widgets/dashboardview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Stride {

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_heading(new QLabel(this))
    , m_filters(new AnalyticsFilterBar(session, this))
    , m_view(new DashboardView(session, this)) {
    auto* layout = new QVBoxLayout(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
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

void DashboardPage::retranslate() {
    m_heading->setText(title());
}

} // namespace Stride
