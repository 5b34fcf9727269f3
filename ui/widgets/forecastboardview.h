#pragma once

#include "analytics/forecast.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Stride {

// Forecast with evidence (SPEC rule 14): the board's shares and rolling accuracy, the forecast deals (high
// risk first, with their similar-deal cycle) and, when the forecast missed by more than 25 %, the root causes.
class ForecastBoardView final : public QWidget {
    Q_OBJECT
public:
    explicit ForecastBoardView(QWidget* parent = nullptr);

    void setResult(const ForecastResult& result);
    QTreeWidget* deals() const { return m_deals; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ForecastResult m_result;
    QLabel* m_summary;
    QTreeWidget* m_deals;
    QLabel* m_causesLabel;
    QTreeWidget* m_causes;
};

} // namespace Stride
