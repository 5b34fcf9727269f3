#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Stride {

class Session;

// Create or edit a customer, validated before saving through CustomerRepository (which checks again). A new
// customer belongs to the signed-in user's rep unless a supervisor, director or admin picks another owner (a rep
// adds only their own: the server refuses anything else); an existing customer keeps its owner.
class CustomerEditDialog final : public QDialog {
    Q_OBJECT
public:
    CustomerEditDialog(Session& session, const QString& customerId, QWidget* parent = nullptr);

    QString savedId() const { return m_id; }
    QComboBox* ownerBox() const { return m_owner; }
    // "" (automatic, from the score), "A", "B", "C": enabled for an admin or a supervisor only.
    QComboBox* tierBox() const { return m_tier; }
    QString problem() const; // translated; empty when valid
    QString lastError() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillOwners(const QString& current);

    Session& m_session;
    QString m_id;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QLineEdit* m_nameEn;
    QComboBox* m_owner;
    QComboBox* m_industry;
    QComboBox* m_sizeBand;
    QLineEdit* m_region;
    QLineEdit* m_address;
    QComboBox* m_budget;
    QComboBox* m_chain;
    QComboBox* m_demand;
    QLineEdit* m_tags;
    QDoubleSpinBox* m_satisfaction;
    QDoubleSpinBox* m_trial;
    QComboBox* m_tier;
    QLabel* m_error;
};

} // namespace Stride
