#include "pages/todaypage.h"

#include "analytics/briefing.h"
#include "dialogs/logvisitdialog.h"
#include "domain/labels.h"
#include "logging.h"
#include "models/checklistmodel.h"
#include "models/tasklistmodel.h"
#include "replicareader.h"
#include "session.h"
#include "storage/checklistrepository.h"
#include "storage/customerrepository.h"
#include "storage/customertier.h"
#include "storage/entitystore.h"
#include "storage/orgrepository.h"
#include "widgets/briefingcard.h"
#include "widgets/customerpicker.h"
#include "widgets/taskactions.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
void setupTaskView(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(TaskListModel::Title, QHeaderView::Stretch);
    view->setAlternatingRowColors(true);
}
} // namespace

TodayPage::TodayPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_heading(new QLabel(this))
    , m_checklistBox(new QGroupBox(this))
    , m_suggestions(new QListView(this))
    , m_checklist(new ChecklistModel(this))
    , m_addLabel(new QLabel(this))
    , m_picker(new CustomerPicker(session, this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_cardRow(new QHBoxLayout)
    , m_noPicks(new QLabel(this))
    , m_tasksBox(new QGroupBox(this))
    , m_taskView(new QTableView(this))
    , m_tasks(new TaskListModel(session, this))
    , m_teamBox(new QGroupBox(this))
    , m_missingLabel(new QLabel(this))
    , m_missing(new QListWidget(this))
    , m_actions(new TaskActions(session, this))
    , m_reader(new ReplicaReader(session.path(), session.clock(), this))
    , m_briefings(new ReplicaReader(session.path(), session.clock(), this)) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);

    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);

    buildChecklistBox();
    buildTasksBox();
    buildTeamBox();
    layout->addWidget(m_checklistBox);
    layout->addWidget(m_tasksBox, 1); // a manager's Today is mostly this table: it takes the room left
    layout->addWidget(m_teamBox);
    connectSignals();
    retranslate();
}

// The morning checklist: the suggestions, the picker and the save button beside the three briefing cards.
void TodayPage::buildChecklistBox() {
    auto* checklist = new QVBoxLayout(m_checklistBox);
    auto* pickColumn = new QVBoxLayout;
    m_suggestions->setModel(m_checklist);
    m_suggestions->setObjectName(u"suggestions"_s);
    m_suggestions->setMaximumHeight(240);
    m_suggestions->setMinimumHeight(160);
    pickColumn->addWidget(m_suggestions, 1);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addLabel);
    addRow->addWidget(m_picker, 1);
    m_addLabel->setBuddy(m_picker);
    pickColumn->addLayout(addRow);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"checklistStatus"_s);
    pickColumn->addWidget(m_status);
    m_save->setObjectName(u"saveChecklist"_s);
    pickColumn->addWidget(m_save);
    checklist->addLayout(pickColumn);
    auto* cards = new QVBoxLayout;
    m_noPicks->setWordWrap(true);
    cards->addWidget(m_noPicks);
    cards->addLayout(m_cardRow);
    for (int i = 0; i < ChecklistModel::kPicks; ++i) {
        auto* card = new BriefingCard(this);
        card->hide();
        m_cards << card;
        m_cardRow->addWidget(card, 1);
    }
    checklist->addLayout(cards);
}

// Tasks due today and overdue.
void TodayPage::buildTasksBox() {
    auto* tasks = new QVBoxLayout(m_tasksBox);
    m_taskView->setModel(m_tasks);
    m_taskView->setObjectName(u"tasks"_s);
    setupTaskView(m_taskView);
    m_taskView->hideColumn(TaskListModel::Owner); // the user's own tasks
    m_taskView->setMinimumHeight(200);
    tasks->addWidget(m_taskView);
}

// The supervisor's view of the team. Escalations on the supervisor's list are tasks: they are shown once, in the
// task table above, with their own ways out.
void TodayPage::buildTeamBox() {
    auto* team = new QVBoxLayout(m_teamBox);
    team->addWidget(m_missingLabel);
    m_missing->setObjectName(u"missingChecklists"_s);
    m_missing->setMaximumHeight(160);
    team->addWidget(m_missing);
}

void TodayPage::connectSignals() {
    connect(m_checklist, &ChecklistModel::pickedChanged, this, &TodayPage::updatePicks);
    connect(m_checklist, &ChecklistModel::pickRefused, this, [this](const QString& name) {
        showStatus(tr("Exactly three customers: untick one before adding %1.").arg(name), true);
    });
    connect(m_picker, &CustomerPicker::customerChanged, this, [this](const QString& id) {
        if (id.isEmpty())
            return;
        m_checklist->addAndPick(id, m_picker->customerName());
        m_picker->lineEdit()->clear();
    });
    connect(m_save, &QPushButton::clicked, this, &TodayPage::saveChecklist);
    connect(m_tasks, &QAbstractItemModel::modelReset, this, &TodayPage::updateTaskButtons);
    connect(m_taskView, &QTableView::activated, this,
            [this](const QModelIndex& index) { logVisitForTask(index.row()); });
    connect(m_actions, &TaskActions::openDealRequested, this, &TodayPage::openDealRequested);
    connect(&m_session, &Session::userChanged, this, &TodayPage::reload);
}

QString TodayPage::title() const {
    return tr("Today");
}

// The checklist's day is the organisation's (its time zone, from the synced policy), not this laptop's.
QString TodayPage::today() const {
    return ChecklistRepository(m_session.store()).today();
}

QString TodayPage::statusText() const {
    return m_status->text();
}

void TodayPage::activate() {
    if (!m_loaded)
        reload();
}

void TodayPage::reload() {
    m_loaded = true;
    const SessionUser& user = m_session.user();
    const bool manager = user.isManager();
    m_checklistBox->setVisible(!manager);
    m_teamBox->setVisible(manager);
    retranslate();

    if (!manager) {
        loadChecklist();
    } else {
        loadTeam();
    }
    m_tasks->reload();
}

namespace {
// Today's suggestions with the saved picks, as computed on the reader's thread.
struct ChecklistState {
    QList<ChecklistSuggestion> suggestions;
    QStringList picked;
    bool savedToday = false;
};

Result<ChecklistState> loadChecklistState(EntityStore& store, const QString& repId, const QString& day,
                                          const Clock& clock) {
    ChecklistState out;
    const Result<QList<ChecklistSuggestion>> suggestions = Briefing::suggestions(store.database(), repId, clock, 12);
    if (!suggestions)
        return fail(suggestions.error());
    out.suggestions = suggestions.value();
    const Result<std::optional<Checklist>> existing = ChecklistRepository(store).checklist(repId, day);
    if (existing && *existing && (**existing).tickedAt) {
        out.picked = (**existing).customerIds();
        out.savedToday = true;
    }
    // Saved picks stay listed (with their names) even when they are no longer among the suggestions.
    CustomerRepository customers(store);
    for (const QString& id : std::as_const(out.picked)) {
        const bool listed = std::any_of(out.suggestions.cbegin(), out.suggestions.cend(),
                                        [&](const ChecklistSuggestion& s) { return s.customerId == id; });
        if (listed || id.isEmpty())
            continue;
        ChecklistSuggestion s;
        s.customerId = id;
        const Result<Customer> c = customers.customer(id);
        s.name = c ? c->name : id;
        if (const Result<CustomerTier> tier = CustomerTier::of(store.database(), id)) {
            s.tier = tier->tier;
            s.tierPinned = tier->pinned;
            s.valueScore = tier->score.value_or(0);
        }
        out.suggestions.prepend(s);
    }
    return out;
}

// The reps of the manager's teams who have not done today's checklist, read on the reader's thread.
Result<QStringList> loadMissingReps(EntityStore& store, const SessionUser& user, const QString& day) {
    OrgRepository org(store);
    QStringList teamIds;
    if (!user.teamId.isEmpty() && user.isSupervisor()) {
        teamIds << user.teamId;
    } else {
        const Result<QList<Team>> teams = org.teams();
        if (!teams)
            return fail(teams.error());
        for (const Team& t : *teams) {
            if (!user.isSupervisor() || t.supervisorId == user.id)
                teamIds << t.id;
        }
    }
    QStringList names;
    ChecklistRepository checklists(store);
    for (const QString& teamId : std::as_const(teamIds)) {
        const Result<QList<Rep>> missing = checklists.missingForTeam(teamId, day);
        if (!missing)
            return fail(missing.error());
        for (const Rep& r : *missing)
            names << r.name;
    }
    return names;
}

// The picks' briefings (purchase cycle, tickets, competitor notes, deals: a dozen queries each), read on the
// briefing reader's thread. A customer whose briefing cannot be made gets an empty one (its card stays hidden).
Result<QList<CustomerBriefing>> loadBriefingCards(EntityStore& store, const QStringList& ids, const Clock& clock) {
    QList<CustomerBriefing> out;
    for (const QString& id : ids) {
        Result<CustomerBriefing> b = Briefing::forCustomer(store, id, clock);
        if (!b)
            qCWarning(lcUi) << "no briefing for" << id << b.error();
        out << (b ? std::move(b.value()) : CustomerBriefing());
    }
    return out;
}
} // namespace

bool TodayPage::isLoading() const {
    return m_reader->isLoading();
}

bool TodayPage::isLoadingBriefings() const {
    return m_briefings->isLoading();
}

void TodayPage::loadTeam() {
    const SessionUser user = m_session.user();
    const QString day = today();
    if (m_missing->count() == 0)
        m_missing->addItem(tr("Loading…"));
    m_reader->run<QStringList>([user, day](ReplicaReader::Context& c) { return loadMissingReps(c.store, user, day); },
                               [this](Result<QStringList> names) {
                                   m_missing->clear();
                                   if (!names) {
                                       m_missing->addItem(tr("The team could not be loaded: %1").arg(names.error()));
                                   } else {
                                       m_missing->addItems(names.value());
                                       if (m_missing->count() == 0)
                                           m_missing->addItem(tr("Everyone has done today's checklist."));
                                   }
                                   emit suggestionsLoaded();
                               });
}

void TodayPage::loadBriefings(const QStringList& customerIds) {
    m_briefings->run<QList<CustomerBriefing>>(
        [customerIds](ReplicaReader::Context& c) { return loadBriefingCards(c.store, customerIds, c.clock); },
        [this, customerIds](Result<QList<CustomerBriefing>> briefings) {
            if (!briefings) {
                qCWarning(lcUi) << "briefings not loaded:" << briefings.error();
                return;
            }
            const QStringList& picked = m_checklist->picked();
            for (int i = 0; i < m_cards.size() && i < customerIds.size(); ++i) {
                // A pick that moved meanwhile is requested again by the updatePicks() that moved it.
                if (i >= picked.size() || picked[i] != customerIds[i] || briefings->at(i).customerId.isEmpty())
                    continue;
                m_cards[i]->setBriefing(briefings->at(i));
                m_cards[i]->show();
            }
            emit briefingsLoaded();
        });
}

void TodayPage::loadChecklist() {
    showStatus(tr("Loading suggestions…"), false);
    const QString repId = m_session.user().id;
    const QString day = today();
    m_reader->run<ChecklistState>(
        [repId, day](ReplicaReader::Context& c) { return loadChecklistState(c.store, repId, day, c.clock); },
        [this](Result<ChecklistState> state) {
            if (!state) {
                showStatus(tr("Suggestions could not be loaded: %1").arg(state.error()), true);
                emit suggestionsLoaded();
                return;
            }
            m_savedToday = state->savedToday;
            m_checklist->setPicked(state->picked);
            m_checklist->setSuggestions(state->suggestions);
            updatePicks();
            if (m_savedToday)
                showStatus(tr("Today's checklist is done."), false);
            else
                showStatus(tr("Pick exactly three key customers for today."), false);
            if (m_pickWhenLoaded) {
                m_pickWhenLoaded = false;
                pickTop();
            }
            emit suggestionsLoaded();
        });
}

void TodayPage::updatePicks() {
    const QStringList& picked = m_checklist->picked();
    m_save->setEnabled(picked.size() == ChecklistModel::kPicks);
    bool stale = false;
    for (int i = 0; i < m_cards.size(); ++i) {
        BriefingCard* card = m_cards[i];
        if (i >= picked.size() || card->briefing().customerId != picked[i]) {
            // Hidden until its briefing arrives from the reader, so it never shows another customer's.
            card->hide();
            stale = stale || i < picked.size();
            continue;
        }
        card->show();
    }
    if (stale)
        loadBriefings(picked);
    m_noPicks->setVisible(picked.isEmpty());
    if (!m_savedToday || picked.size() != ChecklistModel::kPicks)
        showStatus(tr("%1 of 3 picked.").arg(picked.size()), false);
}

bool TodayPage::saveChecklist() {
    const QStringList picked = m_checklist->picked();
    if (picked.size() != ChecklistModel::kPicks) {
        showStatus(tr("Pick exactly three customers (%1 picked).").arg(picked.size()), true);
        return false;
    }
    const Result<QString> id = ChecklistRepository(m_session.store()).save(m_session.user().id, today(), picked);
    if (!id) {
        showStatus(tr("The checklist was not saved: %1").arg(id.error()), true);
        return false;
    }
    m_savedToday = true;
    showStatus(tr("Today's checklist is saved."), false);
    emit checklistSaved(id.value());
    return true;
}

void TodayPage::pickTopSuggestions() {
    if (!m_loaded)
        reload();
    if (m_reader->isLoading()) {
        m_pickWhenLoaded = true;
        return;
    }
    pickTop();
}

void TodayPage::pickTop() {
    for (int row = 0; row < m_checklist->rowCount() && m_checklist->picked().size() < ChecklistModel::kPicks; ++row)
        m_checklist->setData(m_checklist->index(row), Qt::Checked, Qt::CheckStateRole);
}

void TodayPage::updateTaskButtons() {
    for (int row = 0; row < m_tasks->rowCount(); ++row)
        m_taskView->setIndexWidget(m_tasks->index(row, TaskListModel::Action),
                                   m_actions->button(m_tasks->task(row), m_taskView));
}

// Activating a row runs its main answer (TaskActions): e.g. a visit for a task on a customer, which completes it.
void TodayPage::logVisitForTask(int row) {
    if (row < 0 || row >= m_tasks->rowCount())
        return;
    m_actions->runDefault(m_tasks->task(row));
}

void TodayPage::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #e04f4f; font-weight: bold"_s : QString());
}

void TodayPage::retranslate() {
    const SessionUser& u = m_session.user();
    m_heading->setText(tr("Today, %1 — %2 (%3)").arg(today(), u.name, Labels::role(u.role)));
    m_checklistBox->setTitle(tr("Morning checklist: three key customers"));
    m_suggestions->setAccessibleName(tr("Suggested customers"));
    m_addLabel->setText(tr("&Other customer:"));
    m_picker->lineEdit()->setPlaceholderText(tr("Type a name to add a customer"));
    m_picker->lineEdit()->setAccessibleName(tr("Add another customer"));
    m_save->setText(tr("Save checklist"));
    m_noPicks->setText(tr("Pick three customers above: a briefing card for each appears here."));
    m_tasksBox->setTitle(tr("Tasks due today and overdue"));
    m_taskView->setAccessibleName(tr("Tasks due today and overdue"));
    m_teamBox->setTitle(tr("My team today"));
    m_missingLabel->setText(tr("Reps who have not done today's checklist:"));
    m_missing->setAccessibleName(tr("Reps without a checklist"));
    updateTaskButtons();
}

} // namespace Stride
