#pragma once

#include "pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Stride {

class CustomerDetailView;
class CustomerListModel;
class ExportFlow;

// The customer list (smooth at 100,000 rows: CustomerListModel fetches pages on a worker), instant
// full-text search, filters by tier, industry, region and owner, and the detail view of one customer.
class CustomersPage final : public Page {
    Q_OBJECT
public:
    explicit CustomersPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Customers; }
    void activate() override;

    CustomerListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    void showCustomer(const QString& id);
    void showList();
    void createCustomer();
    QAction* exportAction() const override;
    ExportFlow* exportFlow() const { return m_export; }

signals:
    void logVisitRequested(const QString& customerId);

protected:
    void retranslate() override;

private:
    void applyFilter();
    void updateCount();
    void exportList();

    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_tier;
    QComboBox* m_industry;
    QComboBox* m_region;
    QComboBox* m_owner;
    QPushButton* m_new;
    ExportFlow* m_export;
    QLabel* m_count;
    QTableView* m_view;
    CustomerListModel* m_model;
    CustomerDetailView* m_detail;
};

} // namespace Stride
