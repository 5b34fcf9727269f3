#pragma once

#include "analytics/forecast.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Stride {

// Forecast with evidence (docs/sales-method.md rule 14): the board's shares and rolling accuracy, the forecast deals
// (high risk first, with their similar-deal cycle and its sample size; a deal past its expected close is marked red)
// and, when the forecast missed by more than 25 %, the root causes.
class ForecastBoardView final : public QWidget {
    Q_OBJECT
public:
    enum DealColumn {
        TitleColumn,
        StageColumn,
        AmountColumn,
        SignalsColumn,
        RiskColumn,
        ExpectedCloseColumn,
        SimilarColumn
    };

    explicit ForecastBoardView(QWidget* parent = nullptr);

    // "55 ± 12 days (8 similar deals)", "1 similar deal: 55 days" (no spread below three), "no similar deals".
    static QString similarText(const SimilarCycle& similar);
    // The date, and how long ago it passed for an open deal past it.
    static QString expectedCloseText(const ForecastDeal& deal);

    // now: the session clock's, for the age of the organisation's similar-deal cycles (0: the wall clock).
    void setResult(const ForecastResult& result, qint64 now = 0);
    QTreeWidget* deals() const { return m_deals; }
    // Where the similar-deal cycles come from (the server's, with their age, or this laptop's own deals).
    QLabel* similarSource() const { return m_source; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    ForecastResult m_result;
    qint64 m_now = 0;
    QLabel* m_summary;
    QLabel* m_source;
    QTreeWidget* m_deals;
    QLabel* m_causesLabel;
    QTreeWidget* m_causes;
};

} // namespace Stride
