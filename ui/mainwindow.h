#pragma once

#include <QList>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;

namespace Stride {

class LanguageManager;
class Page;
class ProfileStore;
class Session;
class SyncController;

// The shell: navigation on the left, one page at a time, the sync state in the status bar, the acting user
// and the main actions in the tool bar. Ctrl+1 … Ctrl+9, Ctrl+0 switch pages.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Navigation order. PageCount pages for everyone; Admin follows them only while the acting user is an
    // administrator.
    enum PageId {
        Today,
        Tasks,
        Customers,
        Visits,
        Pipeline,
        Dashboards,
        Team,
        Knowledge,
        Sandbox,
        Sync,
        Settings,
        PageCount,
        Admin = PageCount
    };

    MainWindow(Session& session, LanguageManager& language, ProfileStore& profiles, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() const { return m_session; }
    SyncController& sync() const { return *m_sync; }
    int pageCount() const { return int(m_pages.size()); }
    Page* page(int index) const { return m_pages.value(index); }
    int currentPage() const;
    void showPage(int index);
    // Opens the log-a-visit dialog, for the customer given or (empty) for one to choose.
    void logVisit(const QString& customerId = {});
    void openDeal(const QString& opportunityId);
    // File → Import…: the import wizard, modal.
    void importFile();

signals:
    void openProfileRequested(const QString& name);
    void signOutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void createPages();
    void addPage(Page* page);
    // Adds the Admin page for an administrator, removes it for anyone else.
    void updateAdminPage();
    void createToolBar();
    void retranslate();
    void refreshRoleBox();
    // Enables the tool bar's "Export to Excel…" when the current page has an export it can start now.
    void updateExportAction();

    Session& m_session;
    LanguageManager& m_language;
    ProfileStore& m_profiles;
    SyncController* m_sync = nullptr;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QList<Page*> m_pages;
    QToolBar* m_toolBar = nullptr;
    QAction* m_logVisit = nullptr;
    QAction* m_export = nullptr; // triggers the current page's exportAction()
    QAction* m_import = nullptr;
    QLabel* m_roleLabel = nullptr;
    QComboBox* m_roleBox = nullptr;
    QLabel* m_demoLabel = nullptr; // "Demo data as of …", on a demo replica only
    QLabel* m_userLabel = nullptr;
};

} // namespace Stride
