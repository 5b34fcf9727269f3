#pragma once

#include "analytics/analyticsfilter.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace Stride {

class Session;

// Period, team and rep pickers shared by the figure pages. The acting user's role bounds the choice: a rep
// sees only themselves, a supervisor their team (any of its reps), a director or admin everything.
class AnalyticsFilterBar final : public QWidget {
    Q_OBJECT
public:
    enum class Period { ThisMonth, Last3Months, Last6Months, Last12Months, AllTime };

    explicit AnalyticsFilterBar(Session& session, QWidget* parent = nullptr);

    // (Re)reads teams and reps for the acting user; emits filterChanged().
    void reload();
    AnalyticsFilter filter() const;
    void setPeriod(Period period);
    void setRepVisible(bool visible);
    // Hidden team and rep pickers: the page chooses the scope itself (the team drill-down).
    void setScopeVisible(bool visible);

    QComboBox* periodBox() const { return m_period; }
    QComboBox* teamBox() const { return m_team; }
    QComboBox* repBox() const { return m_rep; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillReps();
    void retranslate();

    Session& m_session;
    QLabel* m_periodLabel;
    QComboBox* m_period;
    QLabel* m_teamLabel;
    QComboBox* m_team;
    QLabel* m_repLabel;
    QComboBox* m_rep;
    bool m_filling = false;
};

} // namespace Stride
