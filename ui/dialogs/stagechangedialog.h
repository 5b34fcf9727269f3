#pragma once

#include "domain/opportunity.h"
#include "storage/opportunityrepository.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Stride {

class Session;

// Moving a deal the way the method asks (docs/sales-method.md "Stage moves"): a forward skip is confirmed and the
// skipped stages are named; lost needs a reason; signed & paid (won) collects the contract amount and the payment
// milestones (at least one, stored or new, each dated a sensible future day by default and never before the deal
// was created); an amount of ¥0 or far outside the budget band is questioned. Saves through
// OpportunityRepository::changeStage, the one stage-change routine.
class StageChangeDialog final : public QDialog {
    Q_OBJECT
public:
    StageChangeDialog(Session& session, const QString& opportunityId, Stage target, QWidget* parent = nullptr);

    // What this dialog asks for at all (a forward skip or signed & paid); other moves need no dialog.
    static bool needed(Stage from, Stage to);

    // The move as the form describes it now.
    OpportunityRepository::StageMove move() const;
    // Translated; empty when the form can be saved (the amount question aside).
    QString problem() const;
    QString lastError() const;
    // A new milestone row (the won form starts with one when the deal has none).
    void addMilestone(const QDate& due, double amount);
    int milestoneRows() const { return int(m_rows.size()); }
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        QDateEdit* due;
        QDoubleSpinBox* amount;
    };
    void retranslate();

    Session& m_session;
    Opportunity m_deal;
    Stage m_target;
    QList<Stage> m_skipped;
    int m_storedMilestones = 0;
    QLabel* m_header;
    QGroupBox* m_skipBox;
    QLabel* m_skipText;
    QCheckBox* m_confirmSkip;
    QLineEdit* m_lostReason;
    QGroupBox* m_wonBox;
    QLabel* m_amountLabel;
    QDoubleSpinBox* m_amount;
    QLabel* m_stored;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addRow;
    QCheckBox* m_confirmAmount;
    QLabel* m_error;
    QPushButton* m_ok;
    QList<Row> m_rows;
};

} // namespace Stride
