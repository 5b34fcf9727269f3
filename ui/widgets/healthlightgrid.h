#pragma once

#include "analytics/processhealth.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QGridLayout;
class QLabel;
class QListWidget;

namespace Stride {

// Process-health lights (docs/sales-method.md rule 8) of the org, each team and each rep as coloured buttons. Choosing
// a light shows its completion; behind a red light, the top three missing actions.
class HealthLightGrid final : public QWidget {
    Q_OBJECT
public:
    explicit HealthLightGrid(QWidget* parent = nullptr);

    void setResult(const ProcessHealthResult& result);
    QList<QAbstractButton*> lights() const { return m_buttons; }
    // The line behind a light button.
    const HealthLine* lineOf(QAbstractButton* button) const;
    QListWidget* missingList() const { return m_missing; }
    QLabel* detail() const { return m_detail; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void addLight(const HealthLine& line, const QString& label, int index);
    void showLine(int index);
    void retranslate();

    ProcessHealthResult m_result;
    QList<HealthLine> m_lines; // org, teams, reps: same order as m_buttons
    QList<QAbstractButton*> m_buttons;
    QLabel* m_legend;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QLabel* m_detail;
    QListWidget* m_missing;
    int m_current = -1;
};

} // namespace Stride
