#include "pages/adminpage.h"

#include "analytics/ruleengine.h"
#include "domain/labels.h"
#include "domain/role.h"
#include "logging.h"
#include "models/behaviourtypetablemodel.h"
#include "models/peopletablemodel.h"
#include "models/ruletablemodel.h"
#include "models/standardactiontablemodel.h"
#include "models/teamtablemodel.h"
#include "replicareader.h"
#include "session.h"
#include "storage/adminrepository.h"
#include "storage/entitystore.h"
#include "storage/orgpolicyrepository.h"
#include "widgets/policyeditor.h"
#include "widgets/ruleeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QStringList entities() {
    return {u"teams"_s, u"reps"_s, u"rules"_s, u"standard_actions"_s, u"behaviour_types"_s, u"org_policy"_s};
}

// A behaviour type as the user reads it: its Chinese name in a Chinese session, when it has one.
QString shownName(const BehaviourType& b) {
    return QLocale().language() == QLocale::Chinese && !b.nameZh.isEmpty() ? b.nameZh : b.name;
}

void selectData(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

struct AdminPage::Snapshot {
    QList<Team> teams;
    QList<Rep> people;
    QList<Rule> rules;
    QList<StandardAction> actions;
    QList<BehaviourType> behaviours;
    QMap<QString, QJsonValue> policy;
    QMap<QString, PolicyChange> policyChanges;
};

template <typename W> W* AdminPage::text(W* widget, const char* source) {
    m_texts.append({widget, source});
    return widget;
}

QLabel* AdminPage::label(const char* source) {
    return text(new QLabel(this), source);
}

AdminPage::AdminPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_reader(new ReplicaReader(session.path(), session.clock(), this))
    , m_previewReader(new ReplicaReader(session.path(), session.clock(), this))
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
    , m_teamModel(new TeamTableModel(this))
    , m_teamName(new QLineEdit(this))
    , m_teamRegion(new QLineEdit(this))
    , m_teamSupervisor(new QComboBox(this))
    , m_peopleModel(new PeopleTableModel(this))
    , m_personName(new QLineEdit(this))
    , m_personNameEn(new QLineEdit(this))
    , m_personRole(new QComboBox(this))
    , m_personTeam(new QComboBox(this))
    , m_personSupervisor(new QComboBox(this))
    , m_personEmail(new QLineEdit(this))
    , m_personHired(new QCheckBox(this))
    , m_personHireDate(new QDateEdit(this))
    , m_personActive(new QCheckBox(this))
    , m_ruleModel(new RuleTableModel(this))
    , m_ruleEditor(new RuleEditor(this))
    , m_toggleRule(new QPushButton(this))
    , m_previewSummary(new QLabel(this))
    , m_previewList(new QTreeWidget(this))
    , m_actionModel(new StandardActionTableModel(this))
    , m_actionName(new QLineEdit(this))
    , m_actionNameZh(new QLineEdit(this))
    , m_actionStage(new QComboBox(this))
    , m_actionBehaviour(new QComboBox(this))
    , m_actionDeadline(new QSpinBox(this))
    , m_actionActive(new QCheckBox(this))
    , m_behaviourModel(new BehaviourTypeTableModel(this))
    , m_behaviourCode(new QLineEdit(this))
    , m_behaviourName(new QLineEdit(this))
    , m_behaviourNameZh(new QLineEdit(this))
    , m_behaviourCategory(new QComboBox(this))
    , m_behaviourPoints(new QSpinBox(this))
    , m_policyEditor(new PolicyEditor(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"adminMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    buildTeamsTab();
    buildPeopleTab();
    buildRulesTab();
    buildActionsTab();
    buildBehavioursTab();
    buildPolicyTab();

    connect(&session.store(), &EntityStore::changed, this, [this](const QString& entity, const QStringList&) {
        if (m_loaded && entities().contains(entity))
            reload();
    });
    connect(&session, &Session::userChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    editTeam({});
    editPerson({});
    editAction({});
    editBehaviour({});
    retranslate();
}

AdminPage::~AdminPage() = default;

// The Teams tab: the list beside the form of the selected team.
void AdminPage::buildTeamsTab() {
    m_teamView = makeTable(m_teamModel, u"teamTable"_s);
    auto* box = text(new QGroupBox(this), QT_TR_NOOP("Team"));
    auto* form = new QFormLayout(box);
    m_teamName->setObjectName(u"teamName"_s);
    m_teamRegion->setObjectName(u"teamRegion"_s);
    m_teamSupervisor->setObjectName(u"teamSupervisor"_s);
    form->addRow(label(QT_TR_NOOP("Name:")), m_teamName);
    form->addRow(label(QT_TR_NOOP("Region:")), m_teamRegion);
    form->addRow(label(QT_TR_NOOP("Supervisor:")), m_teamSupervisor);
    auto* create = text(new QPushButton(this), QT_TR_NOOP("New team"));
    auto* save = text(new QPushButton(this), QT_TR_NOOP("Save team"));
    save->setObjectName(u"saveTeam"_s);
    connect(create, &QPushButton::clicked, this, [this] { editTeam({}); });
    connect(save, &QPushButton::clicked, this, &AdminPage::saveTeam);
    connect(m_teamView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { editTeam(i.data(TeamTableModel::IdRole).toString()); });
    addSplitTab(m_teamView, formPanel(box, create, save), 3, 2);
}

// The People tab: the list beside the form of the selected person.
void AdminPage::buildPeopleTab() {
    m_peopleView = makeTable(m_peopleModel, u"peopleTable"_s);
    auto* box = text(new QGroupBox(this), QT_TR_NOOP("Person"));
    auto* form = new QFormLayout(box);
    m_personName->setObjectName(u"personName"_s);
    m_personNameEn->setObjectName(u"personNameEn"_s);
    m_personRole->setObjectName(u"personRole"_s);
    m_personTeam->setObjectName(u"personTeam"_s);
    m_personSupervisor->setObjectName(u"personSupervisor"_s);
    m_personEmail->setObjectName(u"personEmail"_s);
    m_personActive->setObjectName(u"personActive"_s);
    for (const QString& role : roleNames())
        m_personRole->addItem(QString(), role);
    m_personHireDate->setCalendarPopup(true);
    m_personHireDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    connect(m_personHired, &QCheckBox::toggled, m_personHireDate, &QWidget::setEnabled);
    auto* hire = new QHBoxLayout;
    hire->addWidget(m_personHired);
    hire->addWidget(m_personHireDate, 1);
    form->addRow(label(QT_TR_NOOP("Name:")), m_personName);
    form->addRow(label(QT_TR_NOOP("English name:")), m_personNameEn);
    form->addRow(label(QT_TR_NOOP("Role:")), m_personRole);
    form->addRow(label(QT_TR_NOOP("Team:")), m_personTeam);
    form->addRow(label(QT_TR_NOOP("Supervisor:")), m_personSupervisor);
    form->addRow(label(QT_TR_NOOP("E-mail (sign-in):")), m_personEmail);
    form->addRow(label(QT_TR_NOOP("Hire date:")), hire);
    form->addRow(QString(), text(m_personActive, QT_TR_NOOP("Active (can sign in and owns customers)")));
    text(m_personHired, QT_TR_NOOP("Known"));
    auto* create = text(new QPushButton(this), QT_TR_NOOP("New person"));
    auto* save = text(new QPushButton(this), QT_TR_NOOP("Save person"));
    save->setObjectName(u"savePerson"_s);
    connect(create, &QPushButton::clicked, this, [this] { editPerson({}); });
    connect(save, &QPushButton::clicked, this, &AdminPage::savePerson);
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { editPerson(i.data(PeopleTableModel::IdRole).toString()); });
    addSplitTab(m_peopleView, formPanel(box, create, save), 3, 2);
}

// The Rules tab: the narrow list beside the rule editor and its preview.
void AdminPage::buildRulesTab() {
    m_ruleView = makeTable(m_ruleModel, u"ruleTable"_s);
    // The list is narrow beside the editor: the name and state; the conditions and action in words are the
    // rows' tooltips.
    m_ruleView->horizontalHeader()->setStretchLastSection(false);
    m_ruleView->horizontalHeader()->setSectionResizeMode(RuleTableModel::Name, QHeaderView::Stretch);
    m_ruleView->horizontalHeader()->setSectionResizeMode(RuleTableModel::Status, QHeaderView::ResizeToContents);
    m_ruleView->setColumnHidden(RuleTableModel::When, true);
    m_ruleView->setColumnHidden(RuleTableModel::Then, true);
    m_ruleEditor->setObjectName(u"ruleEditor"_s);
    auto* panel = new QWidget(this);
    auto* v = new QVBoxLayout(panel);
    v->addWidget(m_ruleEditor);
    auto* buttons = new QHBoxLayout;
    auto* create = text(new QPushButton(this), QT_TR_NOOP("New rule"));
    auto* preview = text(new QPushButton(this), QT_TR_NOOP("Preview"));
    auto* save = text(new QPushButton(this), QT_TR_NOOP("Save rule"));
    preview->setObjectName(u"previewRule"_s);
    save->setObjectName(u"saveRule"_s);
    m_toggleRule->setObjectName(u"toggleRule"_s);
    buttons->addWidget(create);
    buttons->addWidget(m_toggleRule);
    buttons->addStretch(1);
    buttons->addWidget(preview);
    buttons->addWidget(save);
    save->setDefault(true);
    v->addLayout(buttons);
    v->addWidget(changedLabel());
    v->addWidget(buildRulePreview(), 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    scroll->setMinimumWidth(560);
    connect(create, &QPushButton::clicked, this, [this] { editRule({}); });
    connect(preview, &QPushButton::clicked, this, &AdminPage::previewRule);
    connect(save, &QPushButton::clicked, this, &AdminPage::saveRule);
    connect(m_toggleRule, &QPushButton::clicked, this, &AdminPage::toggleRule);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { editRule(i.data(RuleTableModel::IdRole).toString()); });
    addSplitTab(m_ruleView, scroll, 2, 3);
}

// Under the rule editor: who the rule as edited would hit today (previewRule()).
QWidget* AdminPage::buildRulePreview() {
    auto* previewBox = text(new QGroupBox(this), QT_TR_NOOP("Who it hits today"));
    auto* pv = new QVBoxLayout(previewBox);
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setObjectName(u"previewSummary"_s);
    m_previewList->setObjectName(u"previewList"_s);
    m_previewList->setColumnCount(2);
    m_previewList->setRootIsDecorated(false);
    m_previewList->setMinimumHeight(120);
    m_previewList->header()->setSectionResizeMode(QHeaderView::Stretch);
    pv->addWidget(m_previewSummary);
    pv->addWidget(m_previewList, 1);
    return previewBox;
}

// The Standard actions tab: the list beside the form of the selected action.
void AdminPage::buildActionsTab() {
    m_actionView = makeTable(m_actionModel, u"actionTable"_s);
    m_actionView->setColumnWidth(StandardActionTableModel::Name, 260);
    auto* box = text(new QGroupBox(this), QT_TR_NOOP("Standard action"));
    auto* form = new QFormLayout(box);
    m_actionName->setObjectName(u"actionName"_s);
    m_actionNameZh->setObjectName(u"actionNameZh"_s);
    m_actionStage->setObjectName(u"actionStage"_s);
    m_actionBehaviour->setObjectName(u"actionBehaviour"_s);
    m_actionDeadline->setObjectName(u"actionDeadline"_s);
    m_actionActive->setObjectName(u"actionActive"_s);
    m_actionStage->addItem(QString(), QString());
    for (Stage s : funnelStages())
        m_actionStage->addItem(QString(), stageCode(s));
    m_actionDeadline->setRange(0, 24 * 365);
    form->addRow(label(QT_TR_NOOP("Name:")), m_actionName);
    form->addRow(label(QT_TR_NOOP("Chinese name:")), m_actionNameZh);
    form->addRow(label(QT_TR_NOOP("Due after entering:")), m_actionStage);
    form->addRow(label(QT_TR_NOOP("Fulfilled by logging:")), m_actionBehaviour);
    form->addRow(label(QT_TR_NOOP("Deadline:")), m_actionDeadline);
    form->addRow(QString(), text(m_actionActive, QT_TR_NOOP("Active (counts in the coverage KPI)")));
    auto* create = text(new QPushButton(this), QT_TR_NOOP("New standard action"));
    auto* save = text(new QPushButton(this), QT_TR_NOOP("Save standard action"));
    save->setObjectName(u"saveAction"_s);
    connect(create, &QPushButton::clicked, this, [this] { editAction({}); });
    connect(save, &QPushButton::clicked, this, &AdminPage::saveStandardAction);
    connect(m_actionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { editAction(i.data(StandardActionTableModel::IdRole).toString()); });
    addSplitTab(m_actionView, formPanel(box, create, save), 3, 2);
}

// The Behaviour points tab: the list beside the form of the selected type.
void AdminPage::buildBehavioursTab() {
    m_behaviourView = makeTable(m_behaviourModel, u"behaviourTable"_s);
    m_behaviourView->setColumnWidth(BehaviourTypeTableModel::Name, 220);
    auto* box = text(new QGroupBox(this), QT_TR_NOOP("Behaviour type"));
    auto* form = new QFormLayout(box);
    m_behaviourCode->setObjectName(u"behaviourCode"_s);
    m_behaviourName->setObjectName(u"behaviourName"_s);
    m_behaviourNameZh->setObjectName(u"behaviourNameZh"_s);
    m_behaviourCategory->setObjectName(u"behaviourCategory"_s);
    m_behaviourPoints->setObjectName(u"behaviourPoints"_s);
    m_behaviourCategory->setEditable(true);
    m_behaviourCategory->setInsertPolicy(QComboBox::NoInsert);
    m_behaviourPoints->setRange(-1000, 1000);
    form->addRow(label(QT_TR_NOOP("Name:")), m_behaviourName);
    form->addRow(label(QT_TR_NOOP("Chinese name:")), m_behaviourNameZh);
    form->addRow(label(QT_TR_NOOP("Code:")), m_behaviourCode);
    form->addRow(label(QT_TR_NOOP("Category:")), m_behaviourCategory);
    form->addRow(label(QT_TR_NOOP("Points:")), m_behaviourPoints);
    auto* create = text(new QPushButton(this), QT_TR_NOOP("New behaviour type"));
    auto* save = text(new QPushButton(this), QT_TR_NOOP("Save behaviour type"));
    save->setObjectName(u"saveBehaviour"_s);
    connect(create, &QPushButton::clicked, this, [this] { editBehaviour({}); });
    connect(save, &QPushButton::clicked, this, &AdminPage::saveBehaviourType);
    connect(m_behaviourView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) { editBehaviour(i.data(BehaviourTypeTableModel::IdRole).toString()); });
    addSplitTab(m_behaviourView, formPanel(box, create, save), 3, 2);
}

// The Policy tab: the policy editor and its save button.
void AdminPage::buildPolicyTab() {
    auto* panel = new QWidget(this);
    auto* v = new QVBoxLayout(panel);
    m_policyEditor->setObjectName(u"policyEditor"_s);
    v->addWidget(m_policyEditor, 1);
    auto* buttons = new QHBoxLayout;
    auto* save = text(new QPushButton(this), QT_TR_NOOP("Save policy"));
    save->setObjectName(u"savePolicy"_s);
    buttons->addStretch(1);
    buttons->addWidget(save);
    v->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &AdminPage::savePolicy);
    m_tabs->addTab(panel, QString());
}

QTableView* AdminPage::makeTable(QAbstractItemModel* model, const QString& name) {
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(130);
    return view;
}

// A tab of a list (left) beside its editor (right), sharing the width by the stretch factors.
void AdminPage::addSplitTab(QWidget* list, QWidget* editor, int listStretch, int editorStretch) {
    auto* split = new QSplitter(this);
    split->addWidget(list);
    split->addWidget(editor);
    split->setStretchFactor(0, listStretch);
    split->setStretchFactor(1, editorStretch);
    m_tabs->addTab(split, QString());
}

QWidget* AdminPage::formPanel(QGroupBox* box, QPushButton* create, QPushButton* save) {
    auto* panel = new QWidget(this);
    auto* v = new QVBoxLayout(panel);
    v->setContentsMargins(6, 0, 0, 0);
    v->addWidget(box);
    v->addWidget(changedLabel());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addStretch(1);
    buttons->addWidget(save);
    save->setDefault(true);
    v->addLayout(buttons);
    v->addStretch(1);
    panel->setMinimumWidth(360);
    return panel;
}

QLabel* AdminPage::changedLabel() {
    auto* label = new QLabel(this);
    label->setObjectName(u"changed%1"_s.arg(m_changed.size()));
    label->setForegroundRole(QPalette::PlaceholderText);
    m_changed.append(label);
    return label;
}

void AdminPage::showChanged(int tab, qint64 updatedAt) {
    if (QLabel* label = m_changed.value(tab))
        label->setText(updatedAt > 0 ? tr("Last changed on %1.").arg(Labels::dateTime(updatedAt)) : QString());
}

QString AdminPage::title() const {
    return tr("Admin");
}

void AdminPage::activate() {
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

bool AdminPage::isLoading() const {
    return m_reader->isLoading();
}

QString AdminPage::message() const {
    return m_message->text();
}

QString AdminPage::previewSummary() const {
    return m_previewSummary->text();
}

void AdminPage::showMessage(const QString& text, bool error) {
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #e04f4f; font-weight: bold"_s : QString());
}

bool AdminPage::refuseNonAdmin() {
    if (m_session.user().isAdmin())
        return false;
    showMessage(tr("Only an administrator can change the organisation's policies."), true);
    return true;
}

QString AdminPage::who() const {
    return m_session.profile().user.isEmpty() ? m_session.user().name : m_session.profile().user;
}

void AdminPage::reload() {
    m_reader->run<Snapshot>(
        [](ReplicaReader::Context& c) -> Result<Snapshot> {
            AdminRepository admin(c.store);
            Snapshot s;
            Result<QList<Team>> teams = admin.teams();
            Result<QList<Rep>> people = admin.people();
            Result<QList<Rule>> rules = admin.rules();
            Result<QList<StandardAction>> actions = admin.standardActions();
            Result<QList<BehaviourType>> behaviours = admin.behaviourTypes();
            for (const QString* error :
                 {&teams.error(), &people.error(), &rules.error(), &actions.error(), &behaviours.error()})
                if (!error->isEmpty())
                    return fail(*error);
            s.teams = std::move(teams.value());
            s.people = std::move(people.value());
            s.rules = std::move(rules.value());
            s.actions = std::move(actions.value());
            s.behaviours = std::move(behaviours.value());
            const Result<OrgPolicy> policy = OrgPolicyRepository(c.store).load();
            if (!policy)
                return fail(policy.error());
            for (const QString& key : PolicyEditor::keys())
                s.policy.insert(key, policy->value(key));
            if (Result<QMap<QString, PolicyChange>> changes = admin.policyChanges())
                s.policyChanges = std::move(changes.value());
            return s;
        },
        [this](Result<Snapshot> s) {
            if (!s) {
                qCWarning(lcUi) << "admin lists not loaded:" << s.error();
                showMessage(tr("Could not read the organisation: %1").arg(s.error()), true);
                return;
            }
            apply(std::move(s.value()));
            emit loaded();
        });
}

void AdminPage::apply(Snapshot s) {
    QHash<QString, QString> names, teams, behaviours;
    QHash<QString, int> members;
    m_people.clear();
    m_leaders.clear();
    for (const Rep& r : std::as_const(s.people)) {
        names.insert(r.id, r.name);
        m_people.append({r.id, r.name});
        if (isSupervisorOrAbove(roleFromString(r.role)))
            m_leaders.append({r.id, r.name});
        if (!r.teamId.isEmpty())
            ++members[r.teamId];
    }
    for (const Team& t : std::as_const(s.teams))
        teams.insert(t.id, t.name);
    for (const BehaviourType& b : std::as_const(s.behaviours))
        behaviours.insert(b.code, shownName(b));
    m_teamModel->setRows(s.teams, names, members);
    m_peopleModel->setRows(s.people, teams, names);
    m_ruleModel->setRows(s.rules);
    m_actionModel->setRows(s.actions, behaviours);
    m_behaviourModel->setRows(s.behaviours);
    m_ruleEditor->setPeople(m_people);

    fillFormChoices(s);
    reselectEdited();
    if (!s.policy.isEmpty())
        m_policyEditor->setValues(s.policy);
    QMap<QString, QString> changes;
    for (auto it = s.policyChanges.cbegin(); it != s.policyChanges.cend(); ++it)
        if (!it->updatedBy.isEmpty())
            changes.insert(it.key(),
                           tr("Last changed by %1 on %2.").arg(it->updatedBy, Labels::dateTime(it->updatedAt)));
    m_policyEditor->setChanges(changes);
}

// The choices of the forms, keeping what is selected.
void AdminPage::fillFormChoices(const Snapshot& s) {
    fillLeaderCombo(m_teamSupervisor);
    fillLeaderCombo(m_personSupervisor);
    {
        const QString kept = m_personTeam->currentData().toString();
        m_personTeam->clear();
        m_personTeam->addItem(tr("(no team)"), QString());
        for (const Team& t : std::as_const(s.teams))
            m_personTeam->addItem(t.name, t.id);
        selectData(m_personTeam, kept);
    }
    {
        const QString kept = m_actionBehaviour->currentData().toString();
        m_actionBehaviour->clear();
        for (const BehaviourType& b : std::as_const(s.behaviours))
            m_actionBehaviour->addItem(shownName(b), b.code);
        selectData(m_actionBehaviour, kept);
    }
    {
        const QString kept = m_behaviourCategory->currentText();
        m_behaviourCategory->clear();
        QStringList categories;
        for (const BehaviourType& b : std::as_const(s.behaviours)) {
            if (!categories.contains(b.category))
                categories << b.category;
        }
        m_behaviourCategory->addItems(categories);
        m_behaviourCategory->setEditText(kept);
    }
}

// Re-selects the rows being edited so the forms stay on them; the forms keep what is typed in them (a sync
// pulling rows must not wipe an edit in progress).
void AdminPage::reselectEdited() {
    const auto reselect = [](QTableView* view, int row) {
        if (row >= 0) {
            const QSignalBlocker block(view->selectionModel());
            view->selectRow(row);
        }
    };
    reselect(m_teamView, m_teamModel->rowOf(m_teamId));
    reselect(m_peopleView, m_peopleModel->rowOf(m_personId));
    reselect(m_ruleView, m_ruleModel->rowOf(m_ruleEditor->ruleId()));
    reselect(m_actionView, m_actionModel->rowOf(m_actionId));
    reselect(m_behaviourView, m_behaviourModel->rowOf(m_behaviourId));
    const int rule = m_ruleModel->rowOf(m_ruleEditor->ruleId());
    if (rule >= 0)
        m_toggleRule->setText(m_ruleModel->at(rule).active ? tr("Disable") : tr("Enable"));
    m_toggleRule->setEnabled(rule >= 0);
}

void AdminPage::fillLeaderCombo(QComboBox* box) {
    const QString kept = box->currentData().toString();
    box->clear();
    box->addItem(tr("(none)"), QString());
    for (const auto& [id, name] : std::as_const(m_leaders))
        box->addItem(name, id);
    selectData(box, kept);
}

void AdminPage::editTeam(const QString& id) {
    m_teamId = id;
    const int row = m_teamModel->rowOf(id);
    const Team t = row >= 0 ? m_teamModel->at(row) : Team{};
    if (row < 0)
        m_teamId.clear();
    m_teamName->setText(t.name);
    m_teamRegion->setText(t.region);
    selectData(m_teamSupervisor, t.supervisorId);
    showChanged(TeamsTab, t.updatedAt);
    if (row < 0)
        m_teamView->clearSelection();
}

void AdminPage::editPerson(const QString& id) {
    m_personId = id;
    const int row = m_peopleModel->rowOf(id);
    Rep p = row >= 0 ? m_peopleModel->at(row) : Rep{};
    if (row < 0) {
        m_personId.clear();
        p.role = roleToString(Role::Rep);
        m_peopleView->clearSelection();
    }
    m_personName->setText(p.name);
    m_personNameEn->setText(p.nameEn);
    selectData(m_personRole, p.role);
    selectData(m_personTeam, p.teamId);
    selectData(m_personSupervisor, p.supervisorId);
    m_personEmail->setText(p.email);
    m_personHired->setChecked(p.hireDate.has_value());
    m_personHireDate->setEnabled(p.hireDate.has_value());
    m_personHireDate->setDate(p.hireDate ? QDateTime::fromSecsSinceEpoch(*p.hireDate, Qt::UTC).date()
                                         : m_session.clock().now().date());
    m_personActive->setChecked(p.active);
    showChanged(PeopleTab, p.updatedAt);
}

void AdminPage::editRule(const QString& id) {
    const int row = m_ruleModel->rowOf(id);
    m_previewList->clear();
    m_previewSummary->clear();
    if (row < 0) {
        m_ruleEditor->clear();
        showChanged(RulesTab, 0);
        m_ruleView->clearSelection();
        m_toggleRule->setEnabled(false);
        m_toggleRule->setText(tr("Disable"));
        return;
    }
    const Rule& r = m_ruleModel->at(row);
    if (Status s = m_ruleEditor->setRule(r); !s) {
        m_ruleEditor->clear(); // never leave another rule's form under this one's name
        m_toggleRule->setEnabled(false);
        showMessage(tr("Rule “%1” cannot be edited here: %2").arg(r.name, s.error()), true);
        return;
    }
    m_toggleRule->setEnabled(true);
    m_toggleRule->setText(r.active ? tr("Disable") : tr("Enable"));
    showChanged(RulesTab, r.updatedAt);
    previewRule(); // who it hits, without a click
}

void AdminPage::editAction(const QString& id) {
    m_actionId = id;
    const int row = m_actionModel->rowOf(id);
    StandardAction a = row >= 0 ? m_actionModel->at(row) : StandardAction{};
    if (row < 0) {
        m_actionId.clear();
        a.deadlineHours = 48;
        m_actionView->clearSelection();
    }
    m_actionName->setText(a.name);
    m_actionNameZh->setText(a.nameZh);
    selectData(m_actionStage, a.triggerStage);
    selectData(m_actionBehaviour, a.actionCode);
    m_actionDeadline->setValue(a.deadlineHours);
    m_actionActive->setChecked(a.active);
    showChanged(ActionsTab, a.updatedAt);
}

void AdminPage::editBehaviour(const QString& id) {
    m_behaviourId = id;
    const int row = m_behaviourModel->rowOf(id);
    const BehaviourType b = row >= 0 ? m_behaviourModel->at(row) : BehaviourType{};
    if (row < 0) {
        m_behaviourId.clear();
        m_behaviourView->clearSelection();
    }
    m_behaviourCode->setText(b.code);
    m_behaviourCode->setReadOnly(row >= 0); // visits refer to a type by its code
    m_behaviourName->setText(b.name);
    m_behaviourNameZh->setText(b.nameZh);
    m_behaviourCategory->setEditText(b.category);
    m_behaviourPoints->setValue(b.points);
    showChanged(BehavioursTab, b.updatedAt);
}

bool AdminPage::saveTeam() {
    if (refuseNonAdmin())
        return false;
    Team t;
    if (const int row = m_teamModel->rowOf(m_teamId); row >= 0)
        t = m_teamModel->at(row);
    t.name = m_teamName->text().trimmed();
    t.region = m_teamRegion->text().trimmed();
    t.supervisorId = m_teamSupervisor->currentData().toString();
    const Result<QString> saved = AdminRepository(m_session.store()).saveTeam(t);
    if (!saved) {
        showMessage(tr("Team not saved: %1").arg(saved.error()), true);
        return false;
    }
    m_teamId = *saved;
    showMessage(tr("Team “%1” saved; every replica gets it at its next sync.").arg(t.name), false);
    return true;
}

bool AdminPage::savePerson() {
    if (refuseNonAdmin())
        return false;
    Rep p;
    if (const int row = m_peopleModel->rowOf(m_personId); row >= 0)
        p = m_peopleModel->at(row);
    p.name = m_personName->text().trimmed();
    p.nameEn = m_personNameEn->text().trimmed();
    p.role = m_personRole->currentData().toString();
    p.teamId = m_personTeam->currentData().toString();
    p.supervisorId = m_personSupervisor->currentData().toString();
    p.email = m_personEmail->text().trimmed();
    p.hireDate = m_personHired->isChecked()
                     ? std::optional<qint64>(m_personHireDate->date().startOfDay(Qt::UTC).toSecsSinceEpoch())
                     : std::nullopt;
    p.active = m_personActive->isChecked();
    const Result<QString> saved = AdminRepository(m_session.store()).savePerson(p);
    if (!saved) {
        showMessage(tr("Person not saved: %1").arg(saved.error()), true);
        return false;
    }
    m_personId = *saved;
    showMessage(tr("%1 saved; every replica gets the change at its next sync.").arg(p.name), false);
    return true;
}

bool AdminPage::saveRule() {
    if (refuseNonAdmin())
        return false;
    Rule r = m_ruleEditor->rule();
    const Result<QString> saved = AdminRepository(m_session.store()).saveRule(r);
    if (!saved) {
        showMessage(tr("Rule not saved: %1").arg(saved.error()), true);
        return false;
    }
    r.id = *saved;
    (void)m_ruleEditor->setRule(r);
    showMessage(tr("Rule “%1” saved; every replica applies it from its next sync.").arg(r.name), false);
    return true;
}

bool AdminPage::toggleRule() {
    if (refuseNonAdmin())
        return false;
    const int row = m_ruleModel->rowOf(m_ruleEditor->ruleId());
    if (row < 0)
        return false;
    const Rule r = m_ruleModel->at(row);
    if (Status s = AdminRepository(m_session.store()).setRuleActive(r.id, !r.active); !s) {
        showMessage(tr("Rule not changed: %1").arg(s.error()), true);
        return false;
    }
    m_ruleEditor->activeBox()->setChecked(!r.active);
    showMessage(r.active ? tr("Rule “%1” disabled.").arg(r.name) : tr("Rule “%1” enabled.").arg(r.name), false);
    return true;
}

bool AdminPage::saveStandardAction() {
    if (refuseNonAdmin())
        return false;
    StandardAction a;
    if (const int row = m_actionModel->rowOf(m_actionId); row >= 0)
        a = m_actionModel->at(row);
    a.name = m_actionName->text().trimmed();
    a.nameZh = m_actionNameZh->text().trimmed();
    a.triggerStage = m_actionStage->currentData().toString();
    a.actionCode = m_actionBehaviour->currentData().toString();
    a.deadlineHours = m_actionDeadline->value();
    a.active = m_actionActive->isChecked();
    const Result<QString> saved = AdminRepository(m_session.store()).saveStandardAction(a);
    if (!saved) {
        showMessage(tr("Standard action not saved: %1").arg(saved.error()), true);
        return false;
    }
    m_actionId = *saved;
    showMessage(tr("Standard action “%1” saved; every replica gets it at its next sync.").arg(a.name), false);
    return true;
}

bool AdminPage::saveBehaviourType() {
    if (refuseNonAdmin())
        return false;
    BehaviourType b;
    if (const int row = m_behaviourModel->rowOf(m_behaviourId); row >= 0)
        b = m_behaviourModel->at(row);
    b.code = m_behaviourCode->text().trimmed();
    b.name = m_behaviourName->text().trimmed();
    b.nameZh = m_behaviourNameZh->text().trimmed();
    b.category = m_behaviourCategory->currentText().trimmed();
    b.points = m_behaviourPoints->value();
    const Result<QString> saved = AdminRepository(m_session.store()).saveBehaviourType(b);
    if (!saved) {
        showMessage(tr("Behaviour type not saved: %1").arg(saved.error()), true);
        return false;
    }
    m_behaviourId = *saved;
    showMessage(tr("Behaviour type “%1” saved; every replica gets it at its next sync.").arg(b.name), false);
    return true;
}

bool AdminPage::savePolicy() {
    if (refuseNonAdmin())
        return false;
    if (Status s = AdminRepository(m_session.store()).savePolicy(m_policyEditor->values(), who()); !s) {
        showMessage(tr("Policy not saved: %1").arg(s.error()), true);
        return false;
    }
    showMessage(tr("Policy saved; every replica applies it from its next sync."), false);
    return true;
}

void AdminPage::previewRule() {
    const QJsonObject condition = m_ruleEditor->condition();
    if (Status s = RuleGrammar::validateCondition(condition); !s) {
        m_previewSummary->setText(tr("Cannot preview: %1").arg(s.error()));
        m_previewList->clear();
        emit previewShown();
        return;
    }
    m_previewSummary->setText(tr("Looking for the customers this rule hits…"));
    const QHash<QString, QString> names = [this] {
        QHash<QString, QString> out;
        for (const auto& [id, name] : std::as_const(m_people))
            out.insert(id, name);
        return out;
    }();
    m_previewReader->run<RulePreview>(
        [condition](ReplicaReader::Context& c) { return RuleEngine::preview(c.db, condition, c.clock, 50); },
        [this, names](Result<RulePreview> p) {
            m_previewList->clear();
            if (!p) {
                m_previewSummary->setText(tr("Cannot preview: %1").arg(p.error()));
                emit previewShown();
                return;
            }
            m_previewSummary->setText(
                p->customers == 0 ? tr("No customer matches today.")
                : p->customers > p->first.size()
                    ? tr("%n customer(s) match today; the first %1 are listed.", nullptr, p->customers)
                          .arg(p->first.size())
                    : tr("%n customer(s) match today.", nullptr, p->customers));
            for (const RuleMatch& m : std::as_const(p->first)) {
                auto* item = new QTreeWidgetItem(m_previewList, {m.customerName, names.value(m.ownerId)});
                item->setData(0, Qt::UserRole, m.customerId);
            }
            emit previewShown();
        });
}

void AdminPage::retranslate() {
    for (const auto& [widget, source] : std::as_const(m_texts)) {
        const QString t = tr(source);
        if (auto* l = qobject_cast<QLabel*>(widget))
            l->setText(t);
        else if (auto* b = qobject_cast<QAbstractButton*>(widget))
            b->setText(t);
        else if (auto* g = qobject_cast<QGroupBox*>(widget))
            g->setTitle(t);
    }
    m_tabs->setTabText(TeamsTab, tr("Teams"));
    m_tabs->setTabText(PeopleTab, tr("People"));
    m_tabs->setTabText(RulesTab, tr("Rules"));
    m_tabs->setTabText(ActionsTab, tr("Standard actions"));
    m_tabs->setTabText(BehavioursTab, tr("Behaviour points"));
    m_tabs->setTabText(PolicyTab, tr("Organisation policy"));
    for (int i = 0; i < m_personRole->count(); ++i)
        m_personRole->setItemText(i, Labels::role(m_personRole->itemData(i).toString()));
    m_actionStage->setItemText(0, tr("(not stage-triggered)"));
    for (int i = 1; i < m_actionStage->count(); ++i)
        m_actionStage->setItemText(i, Labels::stage(m_actionStage->itemData(i).toString()));
    m_actionDeadline->setSuffix(tr(" hours"));
    m_previewList->setHeaderLabels({tr("Customer"), tr("Owner")});
    if (m_loaded)
        reload(); // names shown in the page's language
    const int rule = m_ruleModel->rowOf(m_ruleEditor->ruleId());
    m_toggleRule->setText(rule >= 0 && !m_ruleModel->at(rule).active ? tr("Enable") : tr("Disable"));
    if (!m_people.isEmpty() || m_teamSupervisor->count() > 0) {
        if (m_teamSupervisor->count() > 0)
            m_teamSupervisor->setItemText(0, tr("(none)"));
        if (m_personSupervisor->count() > 0)
            m_personSupervisor->setItemText(0, tr("(none)"));
        if (m_personTeam->count() > 0)
            m_personTeam->setItemText(0, tr("(no team)"));
    }
}

} // namespace Stride
