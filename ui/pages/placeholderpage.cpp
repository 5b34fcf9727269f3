#include "pages/placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Stride {

PlaceholderPage::PlaceholderPage(Session& session, Which which, QWidget* parent)
    : Page(session, parent)
    , m_which(which)
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslate();
}

QString PlaceholderPage::title() const {
    switch (m_which) {
    case Which::Dashboards:
        return tr("Dashboards");
    case Which::Team:
        return tr("Team");
    case Which::Knowledge:
        return tr("Knowledge");
    }
    return {};
}

Icons::Kind PlaceholderPage::iconKind() const {
    switch (m_which) {
    case Which::Dashboards:
        return Icons::Kind::Dashboards;
    case Which::Team:
        return Icons::Kind::Team;
    case Which::Knowledge:
        return Icons::Kind::Knowledge;
    }
    return Icons::Kind::Dashboards;
}

void PlaceholderPage::retranslate() {
    m_heading->setText(title());
    switch (m_which) {
    case Which::Dashboards:
        m_text->setText(tr("Not built yet. This page will hold the managers' dashboards: the sales funnel, days in "
                           "stage, process-health lights, the coverage KPI, the behaviour-points leaderboard, the "
                           "forecast board and the payment countdown. They are delivered by the dashboards work "
                           "(issue 5); nothing on this page is computed today."));
        break;
    case Which::Team:
        m_text->setText(tr("Not built yet. The team drill-down (organisation → team → rep → opportunity → its "
                           "timeline) is delivered by the dashboards work (issue 5)."));
        break;
    case Which::Knowledge:
        m_text->setText(tr("Not built yet. The knowledge base (insights awaiting approval and the searchable "
                           "approved insights) is delivered by the dashboards work (issue 5). Insights you write "
                           "when logging a visit are already saved and wait for approval."));
        break;
    }
    m_heading->setAccessibleName(m_heading->text());
}

} // namespace Stride
