#pragma once

#include <QDialog>

#include <optional>
#include <utility>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Stride {

class CustomerPicker;
class Session;

// A new opportunity (商机): customer, title, amount and expected close; it starts at the lead stage (线索分配)
// and needs the four required lead fields (docs/sales-method.md rule 6) before it is saved — prefilled from the
// customer, an edit overrides. Saved through OpportunityRepository (the EntityStore write path: queued for sync). The
// owner is the acting rep, or the customer's owner when a manager creates it.
class NewOpportunityDialog final : public QDialog {
    Q_OBJECT
public:
    NewOpportunityDialog(Session& session, const QString& customerId = {}, QWidget* parent = nullptr);

    CustomerPicker* customerPicker() const { return m_customer; }
    QString savedId() const { return m_savedId; }
    // Translated; empty when the form can be saved. Missing lead fields are named.
    QString problem() const;
    // Translated; why the amount deserves a second look (¥0, far outside the budget band), else empty. accept()
    // asks it once and saves when Save is pressed again with the same amount and band.
    QString amountQuestion() const;
    QString lastError() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void prefillFromCustomer(const QString& customerId);
    void retranslate();

    Session& m_session;
    QString m_savedId;
    QFormLayout* m_form;
    CustomerPicker* m_customer;
    QLineEdit* m_title;
    QDoubleSpinBox* m_amount;
    QDateEdit* m_expectedClose;
    QLabel* m_stage;
    QComboBox* m_industry;
    QComboBox* m_budget;
    QComboBox* m_chain;
    QComboBox* m_demand;
    QLabel* m_tag;
    QLabel* m_error;
    QPushButton* m_save;
    std::optional<std::pair<double, QString>> m_questioned; // the amount and band the user was asked about
};

} // namespace Stride
