#pragma once

#include "domain/rule.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace Stride {

// The form of one SOP rule: its name and whether it is enabled; its conditions as rows (a field of the rule
// engine, an operator valid for it, a value editor of the field's type) joined by "all" or "any"; and its action
// (tasks for the owner with titles and due days, optionally repeated; a visit cadence; an escalation to the
// supervisor). Reads and writes the rule's condition and action JSON; the user never sees the JSON.
class RuleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RuleEditor(QWidget* parent = nullptr);

    // A new rule: no name, enabled, one empty condition, a create-tasks action with one task.
    void clear();
    // Shows the rule; fails (the form unchanged) when its JSON holds what the form cannot show (nested groups).
    Status setRule(const Rule& rule);
    // The rule as the form describes it, with the id of the rule shown (empty for a new one). Not validated:
    // the repository names what is wrong.
    Rule rule() const;
    QJsonObject condition() const;
    QJsonObject action() const;
    QString ruleId() const { return m_id; }
    // The people offered for the "owner" field: id → name.
    void setPeople(const QList<QPair<QString, QString>>& people);

    // The form's parts, for tests and for the page's layout.
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* nameZhEdit() const { return m_nameZh; }
    QCheckBox* activeBox() const { return m_active; }
    QComboBox* matchBox() const { return m_match; }
    QComboBox* actionBox() const { return m_actionType; }
    int conditionCount() const { return int(m_conditions.size()); }
    void addCondition(const QString& field = {});
    void removeCondition(int row);
    QComboBox* fieldBox(int row) const { return m_conditions.at(row).field; }
    QComboBox* operatorBox(int row) const { return m_conditions.at(row).op; }
    // Sets the value editor that condition row `index`'s field and operator use: a number, a text, a choice code
    // or (for "in") a comma-separated list.
    void setConditionValue(int index, const QVariant& value);
    int taskCount() const { return int(m_tasks.size()); }
    void addTask(const QString& title = {}, const QString& track = {}, int dueDays = 7);
    void removeTask(int row);
    QLineEdit* taskTitleEdit(int row) const { return m_tasks.at(row).title; }
    QSpinBox* taskDueBox(int row) const { return m_tasks.at(row).due; }
    QCheckBox* repeatBox() const { return m_repeat; }
    QSpinBox* repeatDaysBox() const { return m_repeatDays; }
    QSpinBox* visitDaysBox() const { return m_visitDays; }

    // Display names, shared with the rule list.
    static QString fieldLabel(const QString& code);
    static QString operatorLabel(const QString& op);
    // One line in words: "Industry is Manufacturing and Annual purchases (¥) > 500,000".
    static QString conditionSummary(const QJsonObject& condition);
    static QString actionSummary(const QJsonObject& action);

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ConditionRow {
        QWidget* widget = nullptr;
        QComboBox* field = nullptr;
        QComboBox* op = nullptr;
        QStackedWidget* value = nullptr;
        QLineEdit* text = nullptr;
        QDoubleSpinBox* number = nullptr;
        QComboBox* choice = nullptr;
        QLabel* none = nullptr;
        QToolButton* remove = nullptr;
    };
    struct TaskRow {
        QWidget* widget = nullptr;
        QLineEdit* title = nullptr;
        QLineEdit* track = nullptr;
        QSpinBox* due = nullptr;
        QLabel* dueLabel = nullptr;
        QToolButton* remove = nullptr;
    };

    void retranslate();
    void retranslateCondition(ConditionRow& row);
    void fillOperators(ConditionRow& row);
    void fillChoices(ConditionRow& row);
    void showValueEditor(ConditionRow& row);
    QJsonObject conditionOf(const ConditionRow& row) const;
    void loadCondition(ConditionRow& row, const QJsonObject& test);
    int indexOf(const QWidget* rowWidget) const;
    int taskIndexOf(const QWidget* rowWidget) const;
    void showAction();

    QString m_id;
    QList<QPair<QString, QString>> m_people;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameZhLabel;
    QLineEdit* m_nameZh;
    QCheckBox* m_active;
    QGroupBox* m_whenBox;
    QLabel* m_matchLabel;
    QComboBox* m_match;
    QVBoxLayout* m_conditionLayout;
    QList<ConditionRow> m_conditions;
    QPushButton* m_addCondition;
    QGroupBox* m_thenBox;
    QComboBox* m_actionType;
    QStackedWidget* m_actionPages;
    QCheckBox* m_repeat;
    QSpinBox* m_repeatDays;
    QLabel* m_tasksLabel;
    QVBoxLayout* m_taskLayout;
    QList<TaskRow> m_tasks;
    QPushButton* m_addTask;
    QLabel* m_visitLabel;
    QSpinBox* m_visitDays;
    QLabel* m_escalateLabel;
};

} // namespace Stride
