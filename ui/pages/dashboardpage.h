#pragma once

#include "pages/page.h"

class QLabel;

namespace Stride {

class AnalyticsFilterBar;
class DashboardView;

// The managers' dashboard: every figure of the sales method for the chosen period, team and rep. Changing a
// filter recomputes every figure (on a worker; the last choice wins).
class DashboardPage final : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Dashboards; }
    void activate() override;

    AnalyticsFilterBar* filterBar() const { return m_filters; }
    DashboardView* view() const { return m_view; }

protected:
    void retranslate() override;

private:
    QLabel* m_heading;
    AnalyticsFilterBar* m_filters;
    DashboardView* m_view;
    bool m_loaded = false;
};

} // namespace Stride
