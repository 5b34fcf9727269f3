#pragma once

#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Stride {

class TaskActions;
class TaskListModel;

// Every open task, not only today's: overdue and earliest due first, filtered by source (rule, visit due, visit
// follow-up, payment, escalation …) and by a search over the title and the customer. A supervisor or director sees
// their team's tasks too (the replica holds them) and may keep to their own. Each row has its ways out
// (TaskActions): log a visit, done with a note, snooze, reassign, open the deal.
class TasksPage final : public Page {
    Q_OBJECT
public:
    explicit TasksPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Tasks; }
    void activate() override;

    TaskListModel* model() const { return m_model; }
    TaskActions* actions() const { return m_actions; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* sourceBox() const { return m_source; }
    QCheckBox* mineOnlyBox() const { return m_mineOnly; }
    QTableView* view() const { return m_view; }

signals:
    void openDealRequested(const QString& opportunityId);

protected:
    void retranslate() override;

private:
    void applyFilters();
    void updateButtons();
    void updateCount();

    QLineEdit* m_search;
    QComboBox* m_source;
    QCheckBox* m_mineOnly;
    QLabel* m_count;
    QTableView* m_view;
    TaskListModel* m_model;
    TaskActions* m_actions;
    bool m_loaded = false;
};

} // namespace Stride
