#include "launcher.h"

#include "dialogs/firstrundialog.h"
#include "dialogs/logvisitdialog.h"
#include "dialogs/stagechangedialog.h"
#include "domain/role.h"
#include "languagemanager.h"
#include "logging.h"
#include "mainwindow.h"
#include "models/checklistmodel.h"
#include "pages/page.h"
#include "pages/todaypage.h"
#include "profilestore.h"
#include "replicaloader.h"
#include "session.h"
#include "synccontroller.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stride {

Launcher::Launcher(AppOptions options, LanguageManager& language, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_language(language)
    , m_profiles(std::make_unique<ProfileStore>()) {}

Launcher::~Launcher() {
    delete m_window;
    m_session.reset();
}

MainWindow* Launcher::window() const {
    return m_window;
}

bool Launcher::start() {
    if (!m_options.dbPath.isEmpty()) {
        Profile p;
        p.kind = Profile::Kind::File;
        p.name = QFileInfo(m_options.dbPath).fileName();
        p.replicaPath = QFileInfo(m_options.dbPath).absoluteFilePath();
        p.role = m_options.role;
        load(p, m_options.role, false);
        return true;
    }
    if (!m_options.serverUrl.isEmpty())
        return startWithServer();
    if (m_options.demo) {
        Profile p = m_profiles->find(u"demo"_s).value_or(Profile{});
        p.name = u"demo"_s;
        p.kind = Profile::Kind::Demo;
        p.role = m_options.role;
        Result<Profile> saved = m_profiles->save(p);
        if (!saved) {
            QMessageBox::critical(nullptr, tr("Stride"), tr("Cannot remember the demo profile: %1").arg(saved.error()));
            m_failed = true;
            return false;
        }
        load(saved.value(), m_options.role, true);
        return true;
    }
    QString name = m_options.profile;
    if (name.isEmpty())
        name = m_profiles->lastUsed();
    if (!name.isEmpty()) {
        const std::optional<Profile> p = m_profiles->find(name);
        if (!p) {
            qCCritical(lcUi).noquote() << "no saved profile named" << name;
            m_failed = true;
            QMessageBox::critical(nullptr, tr("Stride"), tr("There is no saved profile named \"%1\".").arg(name));
            return false;
        }
        load(*p, p->role.isEmpty() ? roleToString(Role::Rep) : p->role, p->kind == Profile::Kind::Demo);
        return true;
    }
    return chooseOnFirstRun();
}

// --server URL --user NAME [--ca FILE | --pin SHA256] [--password-stdin]: the profile of that server and user,
// signed in with the password given once (scripts/run uses it for the local demo server).
bool Launcher::startWithServer() {
    const QString name = m_options.user + u'@' + QUrl(m_options.serverUrl).authority();
    Profile p = m_profiles->find(name).value_or(Profile{});
    p.name = name;
    p.kind = Profile::Kind::Server;
    p.serverUrl = m_options.serverUrl;
    p.user = m_options.user;
    p.caFile = m_options.caFile.isEmpty() ? QString() : QFileInfo(m_options.caFile).absoluteFilePath();
    p.fingerprint = m_options.fingerprint;
    p.role = m_options.role;
    if (m_options.passwordStdin) {
        QTextStream in(stdin);
        m_pendingPassword = in.readLine();
    }
    Result<Profile> saved = m_profiles->save(p);
    if (!saved) {
        QMessageBox::critical(nullptr, tr("Stride"), tr("Cannot remember the profile: %1").arg(saved.error()));
        m_failed = true;
        return false;
    }
    load(saved.value(), saved->role, false);
    return true;
}

bool Launcher::chooseOnFirstRun() {
    FirstRunDialog dialog;
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Profile p;
    if (dialog.choice() == FirstRunDialog::Choice::Demo) {
        p.name = u"demo"_s;
        p.kind = Profile::Kind::Demo;
        p.role = dialog.demoRole();
    } else {
        p.kind = Profile::Kind::Server;
        p.serverUrl = dialog.serverUrl();
        p.caFile = dialog.caFile();
        p.fingerprint = dialog.fingerprint();
        p.user = dialog.user();
        p.name = dialog.user() + u'@' + QUrl(dialog.serverUrl()).host();
        m_pendingPassword = dialog.password();
        p.role = roleToString(Role::Rep);
    }
    Result<Profile> saved = m_profiles->save(p);
    if (!saved) {
        QMessageBox::critical(nullptr, tr("Stride"), tr("Cannot remember the profile: %1").arg(saved.error()));
        return false;
    }
    load(saved.value(), saved->role, saved->kind == Profile::Kind::Demo);
    return true;
}

void Launcher::load(const Profile& profile, const QString& role, bool fillDemo) {
    m_progress = new QProgressDialog(m_window);
    m_progress->setWindowTitle(tr("Stride"));
    m_progress->setLabelText(tr("Opening %1…").arg(profile.name));
    m_progress->setRange(0, 100);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setAccessibleName(tr("Opening progress"));
    m_loader = new ReplicaLoader({profile.replicaPath, fillDemo, m_options.demoCustomers}, this);
    connect(m_loader, &ReplicaLoader::progress, m_progress, [this](int percent, const QString& phase) {
        if (phase == u"demo"_s)
            m_progress->setLabelText(tr("Creating the demo organisation…"));
        else if (phase == u"scores"_s)
            m_progress->setLabelText(tr("Computing customer value scores…"));
        m_progress->setValue(percent);
    });
    connect(m_progress, &QProgressDialog::canceled, m_loader, &ReplicaLoader::cancel);
    const auto loaderDone = [this] {
        m_progress->deleteLater();
        m_progress = nullptr;
        m_loader->deleteLater();
        m_loader = nullptr;
    };
    connect(m_loader, &ReplicaLoader::cancelled, this, [this, loaderDone] {
        loaderDone();
        // Without a window there is nothing to go on with, and a cancel is not an error.
        if (!m_window)
            QApplication::exit(0);
    });
    connect(m_loader, &ReplicaLoader::finished, this, [this, profile, role, loaderDone](bool ok, const QString& error) {
        loaderDone();
        if (!ok) {
            fatal(tr("Cannot open %1: %2").arg(profile.replicaPath, error));
            return;
        }
        openSession(profile, role);
    });
    m_loader->start();
}

void Launcher::openSession(const Profile& profile, const QString& role) {
    Result<std::unique_ptr<Session>> session = Session::open(profile, role);
    if (!session) {
        fatal(tr("Cannot open %1: %2").arg(profile.replicaPath, session.error()));
        return;
    }
    if (profile.kind != Profile::Kind::File)
        (void)m_profiles->setLastUsed(profile.name);
    delete m_window;
    m_session = std::move(session.value());
    m_window = new MainWindow(*m_session, m_language, *m_profiles);
    connect(m_window, &MainWindow::openProfileRequested, this, &Launcher::openProfileByName, Qt::QueuedConnection);
    connect(m_window, &MainWindow::signOutRequested, this, &Launcher::signOut, Qt::QueuedConnection);
    m_window->show();
    if (!m_pendingPassword.isEmpty() && profile.kind == Profile::Kind::Server) {
        // The refresh token the server returns goes to the keychain (SyncController), never the password.
        m_window->sync().signIn(profile.user, m_pendingPassword);
        m_pendingPassword.clear();
    }
    qCInfo(lcUi) << "opened" << profile.replicaPath << "as" << m_session->user().name << m_session->user().role;
    emit ready();
    if (!m_options.screenshotDir.isEmpty()) {
        if (profile.kind == Profile::Kind::Server) {
            // Pictures of a server profile are worth taking once its first sync has brought the data in.
            connect(
                &m_window->sync(), &SyncController::finished, this,
                [this] { QTimer::singleShot(1500, this, &Launcher::takeScreenshots); }, Qt::SingleShotConnection);
            QTimer::singleShot(60000, this, &Launcher::takeScreenshots); // a sync that never ends: take them anyway
        } else {
            QTimer::singleShot(500, this, &Launcher::takeScreenshots);
        }
    }
}

void Launcher::openProfileByName(const QString& name) {
    const std::optional<Profile> p = m_profiles->find(name);
    if (!p)
        return;
    load(*p, p->role.isEmpty() ? roleToString(Role::Rep) : p->role, p->kind == Profile::Kind::Demo);
}

void Launcher::signOut() {
    delete m_window;
    m_session.reset();
    (void)m_profiles->setLastUsed(QString());
    if (!chooseOnFirstRun())
        QApplication::quit();
}

// --screenshots DIR: each main page in turn, with time for its data to arrive from the worker.
void Launcher::takeScreenshots() {
    if (m_screenshotsTaken)
        return;
    m_screenshotsTaken = true;
    QDir().mkpath(m_options.screenshotDir);
    // Show the briefing cards and the visit form too: tick the top three suggestions (not saved) and capture the
    // log-a-visit dialog for the first of them.
    auto* today = qobject_cast<TodayPage*>(m_window->page(MainWindow::Today));
    if (today && today->isLoading()) { // the suggestions are still being ranked on their thread
        connect(
            today, &TodayPage::suggestionsLoaded, this,
            [this] {
                m_screenshotsTaken = false;
                takeScreenshots();
            },
            Qt::SingleShotConnection);
        return;
    }
    if (today) {
        today->pickTopSuggestions();
        if (!today->checklistModel()->picked().isEmpty()) {
            LogVisitDialog dialog(m_window->session(), today->checklistModel()->picked().first(), m_window);
            dialog.show();
            QApplication::processEvents();
            dialog.grab().save(m_options.screenshotDir + u"/00-LogVisitDialog.png"_s);
        }
    }
    // The stage dialog of a deal at solution demo signed straight away: the skipped stage, the contract amount and
    // its first payment milestone.
    if (const Result<QList<Opportunity>> deals =
            OpportunityRepository(m_window->session().store()).forOwner(m_window->session().user().id, Stage::Demo);
        deals && !deals->isEmpty()) {
        StageChangeDialog dialog(m_window->session(), deals->first().id, Stage::Won, m_window);
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(m_options.screenshotDir + u"/00-StageChangeDialog.png"_s);
    }
    auto step = std::make_shared<std::function<void(int)>>();
    *step = [this, step](int index) {
        if (!m_window || index >= m_window->pageCount()) {
            QApplication::quit();
            return;
        }
        m_window->showPage(index);
        QTimer::singleShot(1500, this, [this, step, index] {
            if (!m_window)
                return;
            const QString name = u"%1/%2-%3.png"_s.arg(m_options.screenshotDir)
                                     .arg(index + 1, 2, 10, QChar(u'0'))
                                     .arg(QString::fromLatin1(m_window->page(index)->metaObject()->className()))
                                     .remove(u"Stride::"_s);
            m_window->grab().save(name);
            // A page made of tabs (the Admin page): every further tab too, as "…-tab2.png" and on.
            if (auto* tabs = m_window->page(index)->findChild<QTabWidget*>()) {
                for (int t = 1; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    m_window->grab().save(QString(name).replace(u".png"_s, u"-tab%1.png"_s.arg(t + 1)));
                }
                tabs->setCurrentIndex(0);
            }
            (*step)(index + 1);
        });
    };
    (*step)(0);
}

void Launcher::fatal(const QString& message) {
    qCCritical(lcUi).noquote() << message;
    if (!m_options.screenshotDir.isEmpty()) { // unattended: no dialog to wait on
        QApplication::exit(2);
        return;
    }
    QMessageBox::critical(m_window, tr("Stride"), message);
    if (!m_window)
        QApplication::exit(2);
}

} // namespace Stride
