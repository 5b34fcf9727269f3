#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace Stride {

class Session;

// Choose a customer by typing part of a name (Chinese or English): full-text hits in a completer popup.
class CustomerPicker final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerPicker(Session& session, QWidget* parent = nullptr);

    QString customerId() const { return m_id; }
    QString customerName() const { return m_name; }
    void setCustomer(const QString& id); // looks the name up; empty clears
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void customerChanged(const QString& id);

private:
    void search();
    void choose(const QString& id, const QString& name);

    Session& m_session;
    QLineEdit* m_edit;
    QStandardItemModel* m_hits;
    QCompleter* m_completer;
    QTimer* m_debounce;
    QString m_id;
    QString m_name;
};

} // namespace Stride
