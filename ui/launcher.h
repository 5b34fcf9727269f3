#pragma once

#include "appoptions.h"
#include "profile.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;

namespace Stride {

class LanguageManager;
class MainWindow;
class ProfileStore;
class ReplicaLoader;
class Session;

// Takes `stride`'s command line to an open main window: picks the profile (--demo, --profile, --db, the last
// one used, or the first-run dialog), loads its replica on a worker with a progress dialog, then opens the
// session and the window. Switching profile or signing out goes back through it.
class Launcher final : public QObject {
    Q_OBJECT
public:
    Launcher(AppOptions options, LanguageManager& language, QObject* parent = nullptr);
    ~Launcher() override;

    // false: nothing to open (first run dialog cancelled, unknown profile); the caller exits.
    bool start();
    bool failed() const { return m_failed; } // start() returned false because of an error, not a cancel
    MainWindow* window() const;
    ProfileStore& profiles() const { return *m_profiles; }

signals:
    void ready(); // the main window is shown

private:
    bool startWithServer();
    bool chooseOnFirstRun();
    void load(const Profile& profile, const QString& role, bool fillDemo);
    void openSession(const Profile& profile, const QString& role);
    void openProfileByName(const QString& name);
    void signOut();
    void takeScreenshots();
    void fatal(const QString& message);

    AppOptions m_options;
    LanguageManager& m_language;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<Session> m_session;
    QPointer<MainWindow> m_window;
    ReplicaLoader* m_loader = nullptr;
    QProgressDialog* m_progress = nullptr;
    bool m_failed = false;
    bool m_screenshotsTaken = false;
    QString m_pendingPassword; // from the first-run dialog: signs in once the window's sync engine exists
};

} // namespace Stride
