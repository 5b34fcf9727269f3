#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Stride {

class Session;

// Create or edit a customer, validated before saving through CustomerRepository (which checks again).
class CustomerEditDialog final : public QDialog {
    Q_OBJECT
public:
    CustomerEditDialog(Session& session, const QString& customerId, QWidget* parent = nullptr);

    QString savedId() const { return m_id; }
    QString problem() const; // translated; empty when valid
    QString lastError() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    QString m_id;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QLineEdit* m_nameEn;
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
    QLabel* m_error;
};

} // namespace Stride
