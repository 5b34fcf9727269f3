#pragma once

#include "analytics/processsandbox.h"
#include "pages/page.h"

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;

namespace Stride {

class AnalyticsFilterBar;
class AnalyticsRunner;
class ChartWidget;

// Process sandbox (docs/sales-method.md rule 17): pick two process metrics; each is plotted against the win rate, one
// point per rep, with Pearson's r and a one-line reading.
class SandboxPage final : public Page {
    Q_OBJECT
public:
    explicit SandboxPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Dashboards; }
    void activate() override;

    AnalyticsFilterBar* filterBar() const { return m_filters; }
    QComboBox* metricBox(int which) const { return which == 0 ? m_metricX : m_metricY; }
    ChartWidget* chart(int which) const { return which == 0 ? m_chartX : m_chartY; }
    QLabel* reading(int which) const { return which == 0 ? m_readingX : m_readingY; }
    const std::optional<ProcessSandboxResult>& result() const { return m_result; }
    bool isBusy() const;

    static QString metricName(const QString& code);
    // "r = 0.62 over 8 reps: strong positive …", or why there is no r.
    static QString readingOf(const SandboxCorrelation& c, const QString& metric);

signals:
    void resultShown();

protected:
    void retranslate() override;

private:
    void recompute();
    void render();

    AnalyticsFilterBar* m_filters;
    QLabel* m_intro;
    QLabel* m_xLabel;
    QComboBox* m_metricX;
    QLabel* m_yLabel;
    QComboBox* m_metricY;
    QProgressBar* m_busy;
    ChartWidget* m_chartX;
    QLabel* m_readingX;
    ChartWidget* m_chartY;
    QLabel* m_readingY;
    AnalyticsRunner* m_runner;
    std::optional<ProcessSandboxResult> m_result;
    QString m_error;
    bool m_loaded = false;
};

} // namespace Stride
