#include "mainwindow.h"

#include "dialogs/importwizard.h"
#include "dialogs/logvisitdialog.h"
#include "domain/role.h"
#include "languagemanager.h"
#include "pages/adminpage.h"
#include "pages/customerspage.h"
#include "pages/dashboardpage.h"
#include "pages/knowledgepage.h"
#include "pages/page.h"
#include "pages/pipelinepage.h"
#include "pages/sandboxpage.h"
#include "pages/settingspage.h"
#include "pages/syncpage.h"
#include "pages/taskspage.h"
#include "pages/teampage.h"
#include "pages/todaypage.h"
#include "pages/visitspage.h"
#include "profilestore.h"
#include "session.h"
#include "synccontroller.h"
#include "widgets/syncstatuswidget.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Stride {

MainWindow::MainWindow(Session& session, LanguageManager& language, ProfileStore& profiles, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_language(language)
    , m_profiles(profiles)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this)) {
    setWindowIcon(Icons::icon(Icons::Kind::App));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(180);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_sync = new SyncController(m_session, this);
    createToolBar();
    createPages();
    auto* syncStatus = new SyncStatusWidget(*m_sync, this);
    if (m_session.demoNow()) {
        m_demoLabel = new QLabel(this);
        statusBar()->addPermanentWidget(m_demoLabel);
    }
    statusBar()->addPermanentWidget(syncStatus);
    statusBar()->setSizeGripEnabled(true);
    retranslate();
    connect(m_sync, &SyncController::finished, &m_session, [this] {
        if (m_session.user().id.isEmpty())
            m_session.refreshUser();
    });
    updateAdminPage();
    connect(&m_session, &Session::userChanged, this, [this] {
        updateAdminPage();
        retranslate();
        if (Page* p = page(currentPage()))
            p->activate();
    });
    resize(1280, 800);
    showPage(Today);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages() {
    for (int i = 0; i < PageCount; ++i) {
        Page* p = nullptr;
        switch (PageId(i)) {
        case Today: {
            auto* today = new TodayPage(m_session, m_stack);
            connect(today, &TodayPage::openDealRequested, this, &MainWindow::openDeal);
            p = today;
            break;
        }
        case Tasks: {
            auto* tasks = new TasksPage(m_session, m_stack);
            connect(tasks, &TasksPage::openDealRequested, this, &MainWindow::openDeal);
            p = tasks;
            break;
        }
        case Customers: {
            auto* customers = new CustomersPage(m_session, m_stack);
            connect(customers, &CustomersPage::logVisitRequested, this, [this](const QString& id) { logVisit(id); });
            p = customers;
            break;
        }
        case Visits: {
            auto* visits = new VisitsPage(m_session, m_stack);
            connect(visits, &VisitsPage::logVisitRequested, this, [this](const QString& id) { logVisit(id); });
            p = visits;
            break;
        }
        case Sync:
            p = new SyncPage(m_session, *m_sync, m_stack);
            break;
        case Settings: {
            auto* settings = new SettingsPage(m_session, *m_sync, m_language, m_profiles, m_stack);
            connect(settings, &SettingsPage::openProfileRequested, this, &MainWindow::openProfileRequested);
            connect(settings, &SettingsPage::signOutRequested, this, &MainWindow::signOutRequested);
            p = settings;
            break;
        }
        case Pipeline:
            p = new PipelinePage(m_session, m_stack);
            break;
        case Dashboards:
            p = new DashboardPage(m_session, m_stack);
            break;
        case Team:
            p = new TeamPage(m_session, m_stack);
            break;
        case Knowledge:
            p = new KnowledgePage(m_session, m_stack);
            break;
        case Sandbox:
            p = new SandboxPage(m_session, m_stack);
            break;
        case PageCount: // Admin: only for administrators, updateAdminPage()
            break;
        }
        if (p)
            addPage(p);
    }
}

void MainWindow::addPage(Page* page) {
    const int index = int(m_pages.size());
    m_pages << page;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(Icons::icon(page->iconKind()), page->title(), m_nav);
    item->setSizeHint(QSize(0, 36));
    if (QAction* action = page->exportAction())
        connect(action, &QAction::enabledChanged, this, &MainWindow::updateExportAction);
    connect(page, &Page::titleChanged, this, [this, page, index] {
        if (QListWidgetItem* it = m_nav->item(index))
            it->setText(page->title());
    });
    if (index < 10) { // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth page
        auto* shortcut =
            new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
    }
}

void MainWindow::updateAdminPage() {
    const bool admin = m_session.user().isAdmin();
    Page* existing = page(Admin);
    if (admin && !existing) {
        addPage(new AdminPage(m_session, m_stack));
    } else if (!admin && existing) {
        if (currentPage() == Admin)
            showPage(Today);
        m_pages.removeAt(Admin);
        delete m_nav->takeItem(Admin);
        m_stack->removeWidget(existing);
        existing->deleteLater();
    }
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logVisit = m_toolBar->addAction(Icons::icon(Icons::Kind::LogVisit), QString());
    m_logVisit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_logVisit, &QAction::triggered, this, [this] { logVisit(); });
    m_export = m_toolBar->addAction(Icons::icon(Icons::Kind::Export), QString());
    m_export->setObjectName(u"exportCurrentPage"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this] {
        Page* p = page(currentPage());
        if (QAction* action = p ? p->exportAction() : nullptr; action && action->isEnabled())
            action->trigger();
    });
    // The window has no menu bar: File → Import… lives with the other main actions.
    m_import = m_toolBar->addAction(Icons::icon(Icons::Kind::Import), QString());
    m_import->setObjectName(u"importAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importFile);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_userLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_userLabel);
    m_roleLabel = new QLabel(m_toolBar);
    m_roleLabel->setContentsMargins(12, 0, 4, 0);
    m_toolBar->addWidget(m_roleLabel);
    m_roleBox = new QComboBox(m_toolBar);
    m_toolBar->addWidget(m_roleBox);
    for (const QString& role : roleNames())
        m_roleBox->addItem(QString(), role);
    connect(m_roleBox, &QComboBox::activated, this, [this](int index) {
        const QString role = m_roleBox->itemData(index).toString();
        if (role == m_session.user().role)
            return;
        if (Status s = m_session.switchRole(role); !s)
            QMessageBox::warning(this, tr("Switch role"), tr("Could not switch role: %1").arg(s.error()));
    });
    // Acting as another user only makes sense on the demo organisation and on a replica opened directly.
    const bool canSwitch = m_session.profile().kind != Profile::Kind::Server;
    m_roleLabel->setVisible(canSwitch);
    m_roleBox->setVisible(canSwitch);
}

void MainWindow::refreshRoleBox() {
    const QStringList names{tr("Sales rep"), tr("Supervisor"), tr("Director"), tr("Administrator")};
    for (int i = 0; i < m_roleBox->count(); ++i)
        m_roleBox->setItemText(i, names.value(i));
    const int current = m_roleBox->findData(m_session.user().role);
    if (current >= 0)
        m_roleBox->setCurrentIndex(current);
}

// A task's "open deal": the Pipeline page with the task's opportunity selected.
void MainWindow::openDeal(const QString& opportunityId) {
    showPage(Pipeline);
    if (auto* pipeline = qobject_cast<PipelinePage*>(page(Pipeline)))
        pipeline->select(opportunityId);
}

int MainWindow::currentPage() const {
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index) {
    if (index < 0 || index >= pageCount())
        return;
    if (m_nav->currentRow() != index) {
        m_nav->setCurrentRow(index); // comes back here through currentRowChanged
        return;
    }
    m_stack->setCurrentIndex(index);
    m_pages[index]->activate();
    updateExportAction();
}

void MainWindow::updateExportAction() {
    const Page* p = page(currentPage());
    const QAction* action = p ? p->exportAction() : nullptr;
    m_export->setEnabled(action && action->isEnabled());
}

void MainWindow::logVisit(const QString& customerId) {
    LogVisitDialog dialog(m_session, customerId, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Visit saved; it will be sent with the next sync."), 5000);
}

void MainWindow::importFile() {
    ImportWizard wizard(m_session, this);
    wizard.exec();
    if (wizard.report() && wizard.report()->written())
        statusBar()->showMessage(tr("Import finished; the rows will be sent with the next sync."), 5000);
}

void MainWindow::retranslate() {
    const SessionUser& u = m_session.user();
    const QString who = u.name.isEmpty() ? tr("no user yet") : u.name;
    setWindowTitle(tr("Stride — %1 — %2").arg(m_session.profile().name, who));
    m_toolBar->setWindowTitle(tr("Main actions"));
    m_logVisit->setText(tr("Log visit"));
    m_logVisit->setToolTip(tr("Log a visit (%1)").arg(m_logVisit->shortcut().toString(QKeySequence::NativeText)));
    m_export->setText(tr("Export to Excel…"));
    m_export->setToolTip(tr("Save what the current page shows as an Excel workbook (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Import customers, contacts or orders from a CSV file or an Excel workbook (%1)")
                             .arg(m_import->shortcut().toString(QKeySequence::NativeText)));
    m_userLabel->setText(tr("Signed in as %1").arg(who));
    if (m_demoLabel) {
        const QString day = m_session.demoNow()->toLocalTime().date().toString(Qt::ISODate); // as dates elsewhere
        m_demoLabel->setText(tr("Demo data as of %1").arg(day));
        m_demoLabel->setToolTip(tr("This demo organisation's history ends on %1, so its figures are read as of that "
                                   "day rather than today's date.")
                                    .arg(day));
    }
    m_roleLabel->setText(tr("Act as:"));
    m_roleBox->setAccessibleName(tr("Act as role"));
    m_nav->setAccessibleName(tr("Pages"));
    refreshRoleBox();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace Stride
