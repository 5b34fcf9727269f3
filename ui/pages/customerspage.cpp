#include "pages/customerspage.h"

#include "dialogs/customereditdialog.h"
#include "domain/labels.h"
#include "exportflow.h"
#include "models/customerlistmodel.h"
#include "scoreupdater.h"
#include "session.h"
#include "widgets/customerdetailview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

CustomersPage::CustomersPage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_industry(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_export(new ExportFlow(session, this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new CustomerListModel(session.path(), &session.store(), this))
    , m_detail(new CustomerDetailView(session, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    auto* list = new QWidget(m_stack);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search->setObjectName(u"customerSearch"_s);
    m_count->setObjectName(u"customerCount"_s);
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_tier);
    filters->addWidget(m_industry);
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    filters->addWidget(m_region);
    filters->addWidget(m_owner);
    filters->addWidget(m_new);
    filters->addWidget(m_export->createButton(list));
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);
    m_stack->addWidget(list);
    m_stack->addWidget(m_detail);

    m_tier->addItem(QString(), QString());
    for (const QString& t : {u"A"_s, u"B"_s, u"C"_s})
        m_tier->addItem(QString(), t);
    m_industry->addItem(QString(), QString());
    for (const QString& code : Labels::industryCodes())
        m_industry->addItem(QString(), code);
    m_region->addItem(QString(), QString());
    for (const QString& r : {u"华东"_s, u"华南"_s, u"华北"_s, u"西南"_s, u"华中"_s, u"西北"_s, u"东北"_s})
        m_region->addItem(r, r);
    m_owner->addItem(QString(), QString());
    m_owner->addItem(QString(), u"me"_s);

    m_view->setModel(m_model);
    m_view->setObjectName(u"customerTable"_s);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CustomerListModel::Name, 320);
    m_view->setColumnWidth(CustomerListModel::Tier, 96); // room for "A (pinned)"
    m_view->setColumnWidth(CustomerListModel::Score, 100);
    m_view->setColumnWidth(CustomerListModel::Industry, 130);
    m_view->setColumnWidth(CustomerListModel::Region, 90);
    m_view->setColumnWidth(CustomerListModel::Owner, 110);

    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::applyFilter);
    for (QComboBox* box : {m_tier, m_industry, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
    connect(m_region, &QComboBox::currentTextChanged, this, &CustomersPage::applyFilter);
    connect(m_model, &CustomerListModel::countChanged, this, &CustomersPage::updateCount);
    // Scores are recomputed on their own thread after edits and pulls: show the new ones (and tiers) when ready.
    connect(&session.scoreUpdater(), &ScoreUpdater::scoresChanged, m_model, &CustomerListModel::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->customerId(index.row());
        if (!id.isEmpty())
            showCustomer(id);
    });
    connect(m_new, &QPushButton::clicked, this, &CustomersPage::createCustomer);
    connect(m_export->action(), &QAction::triggered, this, &CustomersPage::exportList);
    connect(m_detail, &CustomerDetailView::backRequested, this, &CustomersPage::showList);
    connect(m_detail, &CustomerDetailView::logVisitRequested, this, &CustomersPage::logVisitRequested);

    auto* find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        showList();
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* create = new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &CustomersPage::createCustomer);
    auto* back =
        new QShortcut(QKeySequence(Qt::Key_Escape), m_detail, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &CustomersPage::showList);
    retranslate();
}

QString CustomersPage::title() const {
    return tr("Customers");
}

void CustomersPage::activate() {
    if (m_stack->currentIndex() == 0)
        m_search->setFocus();
}

void CustomersPage::applyFilter() {
    CustomerQuery::Filter f;
    f.text = m_search->text();
    f.tier = m_tier->currentData().toString();
    f.industry = m_industry->currentData().toString();
    const QString region = m_region->currentText().trimmed();
    f.region = m_region->currentIndex() == 0 && region == m_region->itemText(0) ? QString() : region;
    f.ownerId = m_owner->currentData().toString() == u"me"_s ? m_session.user().id : QString();
    m_model->setFilter(f);
}

void CustomersPage::updateCount() {
    // A short search's first page comes before its count (CustomerListModel): say "at least" until it is known.
    m_count->setText(m_model->isCounting() ? tr("%n+ customer(s), counting…", nullptr, m_model->rowCount())
                                           : tr("%n customer(s)", nullptr, m_model->rowCount()));
}

QAction* CustomersPage::exportAction() const {
    return m_export->action();
}

// Every customer of the current search and filters, every column (not only the rows fetched for the view).
void CustomersPage::exportList() {
    ListExport::Request request;
    request.list = ListExport::List::Customers;
    request.customers = m_model->filter();
    m_export->exportList(tr("Customers"), request);
}

void CustomersPage::showCustomer(const QString& id) {
    m_detail->setCustomer(id);
    m_stack->setCurrentIndex(1);
}

void CustomersPage::showList() {
    m_stack->setCurrentIndex(0);
    m_view->setFocus();
}

void CustomersPage::createCustomer() {
    CustomerEditDialog dialog(m_session, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        showCustomer(dialog.savedId());
}

void CustomersPage::retranslate() {
    m_search->setPlaceholderText(tr("Search customers, contacts, visit notes… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search customers"));
    m_tier->setItemText(0, tr("All tiers"));
    for (int i = 1; i < m_tier->count(); ++i)
        m_tier->setItemText(i, tr("Tier %1").arg(m_tier->itemData(i).toString()));
    m_tier->setAccessibleName(tr("Filter by tier"));
    m_industry->setItemText(0, tr("All industries"));
    for (int i = 1; i < m_industry->count(); ++i)
        m_industry->setItemText(i, Labels::industry(m_industry->itemData(i).toString()));
    m_industry->setAccessibleName(tr("Filter by industry"));
    m_region->setItemText(0, tr("All regions"));
    m_region->setAccessibleName(tr("Filter by region"));
    m_owner->setItemText(0, tr("All owners"));
    m_owner->setItemText(1, tr("My customers"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_new->setText(tr("New customer"));
    m_new->setToolTip(
        tr("Create a customer (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_view->setAccessibleName(tr("Customer list"));
    m_export->retranslate();
    updateCount();
}

} // namespace Stride
