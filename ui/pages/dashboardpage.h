#pragma once

#include "pages/page.h"

class QLabel;

namespace Stride {

class AnalyticsFilterBar;
class DashboardView;
class ExportFlow;

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
    QAction* exportAction() const override;
    ExportFlow* exportFlow() const { return m_export; }
    // The figures of the page's workbook, in sheet order; the forecast board's own export writes the last two.
    static QStringList exportedFigures();
    static QStringList forecastFigures();

protected:
    void retranslate() override;

private:
    void exportFigures(const QString& report, const QStringList& figures);

    QLabel* m_heading;
    ExportFlow* m_export;
    AnalyticsFilterBar* m_filters;
    DashboardView* m_view;
    bool m_loaded = false;
};

} // namespace Stride
