#pragma once

#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Stride {

class LanguageManager;
class ProfileStore;
class SyncController;

// Profiles, server and certificate with sign-in and a change of one's own password, language (switches at once),
// dark palette, where the data lives, and sign out.
class SettingsPage final : public Page {
    Q_OBJECT
public:
    SettingsPage(Session& session, SyncController& sync, LanguageManager& language, ProfileStore& profiles,
                 QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Settings; }
    void activate() override;
    QComboBox* languageBox() const { return m_language; }
    QPushButton* changePasswordButton() const { return m_changePassword; }

signals:
    void openProfileRequested(const QString& name);
    void signOutRequested();

protected:
    void retranslate() override;

private:
    void reloadProfiles();
    void changePassword();

    SyncController& m_sync;
    LanguageManager& m_languages;
    ProfileStore& m_profiles;
    QGroupBox* m_profileBox;
    QListWidget* m_profileList;
    QPushButton* m_open;
    QPushButton* m_remove;
    QGroupBox* m_serverBox;
    QLabel* m_server;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QPushButton* m_changePassword;
    QGroupBox* m_lookBox;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QCheckBox* m_dark;
    QGroupBox* m_dataBox;
    QLabel* m_dataPath;
    QPushButton* m_signOut;
};

} // namespace Stride
