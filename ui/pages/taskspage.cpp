#include "pages/taskspage.h"

#include "domain/labels.h"
#include "models/tasklistmodel.h"
#include "session.h"
#include "widgets/taskactions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
// The sources a filter offers, in the order a rep meets them; "tier" is the visit cadence's visit-due task.
const QStringList& sourceCodes() {
    static const QStringList codes{u"rule"_s,       u"tier"_s,       u"visit"_s, u"payment"_s,
                                   u"escalation"_s, u"onboarding"_s, u"manual"_s};
    return codes;
}
} // namespace

TasksPage::TasksPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_search(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_mineOnly(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new TaskListModel(session, this))
    , m_actions(new TaskActions(session, this)) {
    m_search->setObjectName(u"taskSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_source->setObjectName(u"taskSource"_s);
    m_mineOnly->setObjectName(u"mineOnly"_s);
    m_count->setObjectName(u"taskCount"_s);
    m_view->setObjectName(u"allTasks"_s);
    m_source->addItem(QString(), QString());
    for (const QString& code : sourceCodes())
        m_source->addItem(QString(), code);

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_source, 1);
    filters->addWidget(m_mineOnly);
    filters->addStretch();
    filters->addWidget(m_count);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TaskListModel::Title, QHeaderView::Stretch);

    // Typing refilters after a short pause, not on every key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &TasksPage::applyFilters);
    connect(m_source, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    connect(m_mineOnly, &QCheckBox::toggled, this, &TasksPage::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateCount();
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { m_actions->runDefault(m_model->task(index.row())); });
    connect(m_actions, &TaskActions::openDealRequested, this, &TasksPage::openDealRequested);
    connect(&session, &Session::userChanged, this, [this] {
        if (m_loaded)
            applyFilters();
    });
    retranslate();
}

QString TasksPage::title() const {
    return tr("Tasks");
}

void TasksPage::activate() {
    if (m_loaded)
        return;
    m_loaded = true;
    applyFilters();
}

void TasksPage::applyFilters() {
    const bool manager = m_session.user().isManager();
    m_mineOnly->setVisible(manager);
    const QString source = m_source->currentData().toString();
    // Each setter asks for a reload; only the latest read is delivered (ReplicaReader).
    m_model->setRange(TaskListModel::Range::AllOpen);
    m_model->setMineOnly(!manager || m_mineOnly->isChecked());
    m_model->setSearchText(m_search->text());
    m_model->setSources(source.isEmpty() ? QStringList() : QStringList{source});
    m_view->setColumnHidden(TaskListModel::Owner, !manager || m_mineOnly->isChecked());
}

void TasksPage::updateButtons() {
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setIndexWidget(m_model->index(row, TaskListModel::Action),
                               m_actions->button(m_model->task(row), m_view));
}

void TasksPage::updateCount() {
    QString text = tr("%n open task(s)", nullptr, m_model->totalCount()) + u"  ·  "_s +
                   tr("%n overdue", nullptr, m_model->overdueCount());
    if (m_model->rowCount() < m_model->totalCount())
        text += u"  ·  "_s + tr("the first %1 shown: narrow the search").arg(m_model->rowCount());
    m_count->setText(text);
}

void TasksPage::retranslate() {
    m_search->setPlaceholderText(tr("Search tasks and customers"));
    m_search->setAccessibleName(tr("Search tasks"));
    m_source->setItemText(0, tr("All sources"));
    for (int i = 1; i < m_source->count(); ++i)
        m_source->setItemText(i, Labels::taskSource(m_source->itemData(i).toString()));
    m_source->setAccessibleName(tr("Filter by source"));
    m_mineOnly->setText(tr("Only mine"));
    m_view->setAccessibleName(tr("Open tasks"));
    updateCount();
    updateButtons();
}

} // namespace Stride
