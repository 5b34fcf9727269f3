#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Stride {

class Session;

// One customer: header, value-score breakdown (P, S, T), contacts, and one timeline of visits, orders,
// tickets, opportunities and insights, newest first.
class CustomerDetailView final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerDetailView(Session& session, QWidget* parent = nullptr);

    void setCustomer(const QString& id);
    QString customerId() const { return m_id; }
    QTreeWidget* timeline() const { return m_timeline; }
    // Where the score's P comes from and how old the organisation's figures are.
    QLabel* scoreSource() const { return m_scoreSource; }

signals:
    void backRequested();
    void logVisitRequested(const QString& customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void retranslate();

    Session& m_session;
    QString m_id;
    QPushButton* m_back;
    QPushButton* m_edit;
    QPushButton* m_logVisit;
    QPushButton* m_newOpportunity;
    QLabel* m_name;
    QLabel* m_facts;
    QLabel* m_scoreHeading;
    QLabel* m_score;
    QLabel* m_scoreSource;
    QLabel* m_contactsHeading;
    QTableWidget* m_contacts;
    QLabel* m_timelineHeading;
    QTreeWidget* m_timeline;
};

} // namespace Stride
