#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Stride {

class Session;

// One deal: its lead fields with the automatic tag (docs/sales-method.md rule 6), the stage change (refused while lead
// fields are missing, naming them; lost needs a reason), evidence signals (rule 14) and payment milestones
// (rule 15).
class OpportunityPanel final : public QWidget {
    Q_OBJECT
public:
    explicit OpportunityPanel(Session& session, QWidget* parent = nullptr);

    void setOpportunity(const QString& id);
    QString opportunityId() const { return m_id; }
    QString message() const;

    // What the buttons do, callable from tests; false when refused (message() says why).
    bool saveLeadFields();
    bool moveTo(const QString& stageCode, const QString& lostReason = {});
    bool addSignal(const QString& kind, const QString& note);
    bool addMilestone(const QDate& due, double amount);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();
    void showMessage(const QString& text, bool error);

    Session& m_session;
    QString m_id;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_tag;
    QGroupBox* m_leadBox;
    QComboBox* m_industry;
    QComboBox* m_budget;
    QComboBox* m_chain;
    QComboBox* m_demand;
    QPushButton* m_saveLead;
    QGroupBox* m_stageBox;
    QComboBox* m_stage;
    QLineEdit* m_lostReason;
    QPushButton* m_move;
    QLabel* m_message;
    QGroupBox* m_signalBox;
    QListWidget* m_signals;
    QComboBox* m_signalKind;
    QLineEdit* m_signalNote;
    QPushButton* m_addSignal;
    QGroupBox* m_paymentBox;
    QListWidget* m_milestones;
    QDateEdit* m_milestoneDue;
    QDoubleSpinBox* m_milestoneAmount;
    QPushButton* m_addMilestone;
    QPushButton* m_markPaid;
};

} // namespace Stride
