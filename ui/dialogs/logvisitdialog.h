#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Stride {

class CustomerPicker;
class Session;

// Log a visit (拜访记录), the most frequent action: keyboard-first (Tab through, Ctrl+Enter saves), the
// carry-over fields prefilled from the customer's last record (docs/sales-method.md rule 4, an edit overrides), and a
// next action with a due date or a reason for none (rule 5). Saved at once into the local replica and its outbox
// through VisitRepository, which also creates the competitor follow-up task and the pending insight.
class LogVisitDialog final : public QDialog {
    Q_OBJECT
public:
    LogVisitDialog(Session& session, const QString& customerId = {}, QWidget* parent = nullptr);
    ~LogVisitDialog() override;

    QString customerId() const;
    void setCustomer(const QString& customerId);
    QString savedVisitId() const { return m_savedId; }
    // What is missing or wrong, translated; empty when the form can be saved.
    QString problem() const;
    QString lastError() const;

    // Saves and closes; stays open with the error shown when refused.
    void accept() override;

signals:
    void visitLogged(const QString& visitId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyCarryOver();
    void updateNextActionState();

    Session& m_session;
    QString m_savedId;
    QFormLayout* m_form;
    CustomerPicker* m_customer;
    QLabel* m_carryNote;
    QDateTimeEdit* m_when;
    QComboBox* m_channel;
    QSpinBox* m_duration;
    QComboBox* m_contact;
    QLineEdit* m_address;
    QPlainTextEdit* m_summary;
    QLineEdit* m_outcome;
    QComboBox* m_behaviour;
    QLineEdit* m_competitor;
    QLineEdit* m_insight;
    QLineEdit* m_nextAction;
    QDateEdit* m_nextDue;
    QCheckBox* m_noAction;
    QLineEdit* m_noActionReason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace Stride
