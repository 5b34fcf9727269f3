#pragma once

#include "pages/page.h"

#include <QList>
#include <QPair>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Stride {

class BehaviourTypeTableModel;
class PeopleTableModel;
class PolicyEditor;
class ReplicaReader;
class RuleEditor;
class RuleTableModel;
class StandardActionTableModel;
class TeamTableModel;

// The one place for the organisation's policies (admins only; the main window shows it to no one else and the
// server refuses other users' writes): teams and people; SOP rules with a form editor, enable/disable and a
// preview of the customers a rule hits today; standard actions and their deadlines; the behaviour-points
// catalogue; required lead fields, value-score weights and tiers, dwell thresholds. Each save is checked in
// core (the message names what is wrong and nothing is written) and is one synced edit. Lists are read on a
// worker thread.
class AdminPage final : public Page {
    Q_OBJECT
public:
    enum Tab { TeamsTab, PeopleTab, RulesTab, ActionsTab, BehavioursTab, PolicyTab };

    explicit AdminPage(Session& session, QWidget* parent = nullptr);
    ~AdminPage() override;

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Settings; }
    void activate() override;

    bool isLoading() const;
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }
    QTabWidget* tabs() const { return m_tabs; }
    TeamTableModel* teamModel() const { return m_teamModel; }
    PeopleTableModel* peopleModel() const { return m_peopleModel; }
    RuleTableModel* ruleModel() const { return m_ruleModel; }
    StandardActionTableModel* actionModel() const { return m_actionModel; }
    BehaviourTypeTableModel* behaviourModel() const { return m_behaviourModel; }
    RuleEditor* ruleEditor() const { return m_ruleEditor; }
    PolicyEditor* policyEditor() const { return m_policyEditor; }
    QTreeWidget* previewList() const { return m_previewList; }
    QString previewSummary() const;

    // What the buttons do, callable from tests: true when saved, else message() names the problem.
    bool saveTeam();
    bool savePerson();
    bool saveRule();
    bool saveStandardAction();
    bool saveBehaviourType();
    bool savePolicy();
    bool toggleRule();
    // Runs the rule being edited against today's customers on the worker; previewShown() when done.
    void previewRule();
    void reload();

signals:
    void loaded();
    void previewShown();

protected:
    void retranslate() override;

private:
    struct Snapshot;
    template <typename W> W* text(W* widget, const char* source);
    QLabel* label(const char* source);
    QTableView* makeTable(QAbstractItemModel* model, const QString& name);
    QWidget* formPanel(QGroupBox* box, QPushButton* create, QPushButton* save);
    void addSplitTab(QWidget* list, QWidget* editor, int listStretch, int editorStretch);
    void buildTeamsTab();
    void buildPeopleTab();
    void buildRulesTab();
    QWidget* buildRulePreview();
    void buildActionsTab();
    void buildBehavioursTab();
    void buildPolicyTab();
    // The "last changed" line of a tab's form; the tabs create theirs in tab order.
    QLabel* changedLabel();
    void showChanged(int tab, qint64 updatedAt);
    void apply(Snapshot snapshot);
    void fillFormChoices(const Snapshot& s);
    void reselectEdited();
    void showMessage(const QString& text, bool error);
    bool refuseNonAdmin();
    QString who() const;
    void editTeam(const QString& id);
    void editPerson(const QString& id);
    void editRule(const QString& id);
    void editAction(const QString& id);
    void editBehaviour(const QString& id);
    void fillLeaderCombo(QComboBox* box);

    ReplicaReader* m_reader;
    ReplicaReader* m_previewReader;
    bool m_loaded = false;
    QList<QPair<QWidget*, const char*>> m_texts;
    QList<QLabel*> m_changed; // by tab
    QTabWidget* m_tabs;
    QLabel* m_message;
    bool m_messageIsError = false;
    QList<QPair<QString, QString>> m_people;  // id, name of everyone, by name
    QList<QPair<QString, QString>> m_leaders; // supervisors, directors and admins

    // Teams
    TeamTableModel* m_teamModel;
    QTableView* m_teamView;
    QString m_teamId;
    QLineEdit* m_teamName;
    QLineEdit* m_teamRegion;
    QComboBox* m_teamSupervisor;
    // People
    PeopleTableModel* m_peopleModel;
    QTableView* m_peopleView;
    QString m_personId;
    QLineEdit* m_personName;
    QLineEdit* m_personNameEn;
    QComboBox* m_personRole;
    QComboBox* m_personTeam;
    QComboBox* m_personSupervisor;
    QLineEdit* m_personEmail;
    QCheckBox* m_personHired;
    QDateEdit* m_personHireDate;
    QCheckBox* m_personActive;
    // Rules
    RuleTableModel* m_ruleModel;
    QTableView* m_ruleView;
    RuleEditor* m_ruleEditor;
    QPushButton* m_toggleRule;
    QLabel* m_previewSummary;
    QTreeWidget* m_previewList;
    // Standard actions
    StandardActionTableModel* m_actionModel;
    QTableView* m_actionView;
    QString m_actionId;
    QLineEdit* m_actionName;
    QLineEdit* m_actionNameZh;
    QComboBox* m_actionStage;
    QComboBox* m_actionBehaviour;
    QSpinBox* m_actionDeadline;
    QCheckBox* m_actionActive;
    // Behaviour types
    BehaviourTypeTableModel* m_behaviourModel;
    QTableView* m_behaviourView;
    QString m_behaviourId;
    QLineEdit* m_behaviourCode;
    QLineEdit* m_behaviourName;
    QLineEdit* m_behaviourNameZh;
    QComboBox* m_behaviourCategory;
    QSpinBox* m_behaviourPoints;
    // Policy
    PolicyEditor* m_policyEditor;
};

} // namespace Stride
