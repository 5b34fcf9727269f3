#pragma once

#include "pages/page.h"

class QGroupBox;
class QHBoxLayout;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QTableView;

namespace Stride {

class BriefingCard;
class ChecklistModel;
class CustomerPicker;
class ReplicaReader;
class TaskActions;
class TaskListModel;

// The start page. A rep picks exactly three key customers (晨会三家重点客户) from ranked suggestions and
// sees a briefing card for each; below, the user's tasks due today or overdue (escalations included) with their
// ways out (TaskActions). A supervisor or director sees the reps who have not done today's checklist.
class TodayPage final : public Page {
    Q_OBJECT
public:
    explicit TodayPage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Today; }
    void activate() override;

    ChecklistModel* checklistModel() const { return m_checklist; }
    TaskListModel* taskModel() const { return m_tasks; }
    QString statusText() const;
    QList<BriefingCard*> cards() const { return m_cards; }
    QListWidget* missingList() const { return m_missing; }
    QString today() const; // 'YYYY-MM-DD', local

    bool saveChecklist(); // false: refused (message in statusText())
    // Ticks the three best suggestions when nothing is picked yet, without saving (screenshots, a quick start);
    // while the suggestions are still loading, as soon as they arrive.
    void pickTopSuggestions();
    void reload();
    // The ranked suggestions (a manager's team view) are computed on a ReplicaReader; true until they arrived.
    bool isLoading() const;
    // The picks' briefing cards are computed on a second reader; true until the latest ones arrived.
    bool isLoadingBriefings() const;

signals:
    void checklistSaved(const QString& id);
    void suggestionsLoaded(); // also when they failed to load (statusText() says why)
    void briefingsLoaded();
    void openDealRequested(const QString& opportunityId);

protected:
    void retranslate() override;

private:
    void buildChecklistBox();
    void buildTasksBox();
    void buildTeamBox();
    void connectSignals();
    void updatePicks();
    void updateTaskButtons();
    void logVisitForTask(int row);
    void showStatus(const QString& text, bool error);
    void loadChecklist();
    void loadTeam();
    void loadBriefings(const QStringList& customerIds);
    void pickTop();

    QLabel* m_heading;
    QGroupBox* m_checklistBox;
    QListView* m_suggestions;
    ChecklistModel* m_checklist;
    QLabel* m_addLabel;
    CustomerPicker* m_picker;
    QLabel* m_status;
    QPushButton* m_save;
    QHBoxLayout* m_cardRow;
    QList<BriefingCard*> m_cards;
    QLabel* m_noPicks;
    QGroupBox* m_tasksBox;
    QTableView* m_taskView;
    TaskListModel* m_tasks;
    QGroupBox* m_teamBox;
    QLabel* m_missingLabel;
    QListWidget* m_missing;
    TaskActions* m_actions;
    ReplicaReader* m_reader;
    ReplicaReader* m_briefings; // its own: a briefing request must not make a pending suggestion load stale
    bool m_loaded = false;
    bool m_savedToday = false;
    bool m_pickWhenLoaded = false;
};

} // namespace Stride
