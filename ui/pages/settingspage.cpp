#include "pages/settingspage.h"

#include "appearance.h"
#include "dialogs/changepassworddialog.h"
#include "languagemanager.h"
#include "profilestore.h"
#include "session.h"
#include "synccontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

SettingsPage::SettingsPage(Session& session, SyncController& sync, LanguageManager& language, ProfileStore& profiles,
                           QWidget* parent)
    : Page(session, parent)
    , m_sync(sync)
    , m_languages(language)
    , m_profiles(profiles)
    , m_profileBox(new QGroupBox(this))
    , m_profileList(new QListWidget(this))
    , m_open(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_serverBox(new QGroupBox(this))
    , m_server(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(this))
    , m_changePassword(new QPushButton(this))
    , m_lookBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_dark(new QCheckBox(this))
    , m_dataBox(new QGroupBox(this))
    , m_dataPath(new QLabel(this))
    , m_signOut(new QPushButton(this)) {
    auto* layout = new QVBoxLayout(this);

    auto* profilesLayout = new QHBoxLayout(m_profileBox);
    m_profileList->setMaximumHeight(120);
    profilesLayout->addWidget(m_profileList, 1);
    auto* profileButtons = new QVBoxLayout;
    profileButtons->addWidget(m_open);
    profileButtons->addWidget(m_remove);
    profileButtons->addStretch();
    profilesLayout->addLayout(profileButtons);
    layout->addWidget(m_profileBox);

    auto* server = new QFormLayout(m_serverBox);
    m_server->setWordWrap(true);
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    server->addRow(m_server);
    server->addRow(m_userLabel, m_user);
    m_password->setEchoMode(QLineEdit::Password);
    server->addRow(m_passwordLabel, m_password);
    auto* serverButtons = new QHBoxLayout;
    serverButtons->addWidget(m_signIn);
    serverButtons->addWidget(m_changePassword);
    serverButtons->addStretch();
    server->addRow(serverButtons);
    m_changePassword->setObjectName(u"changePassword"_s);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    layout->addWidget(m_serverBox);

    auto* look = new QFormLayout(m_lookBox);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    look->addRow(m_languageLabel, m_language);
    m_languageLabel->setBuddy(m_language);
    look->addRow(m_dark);
    layout->addWidget(m_lookBox);

    auto* dataLayout = new QVBoxLayout(m_dataBox);
    m_dataPath->setWordWrap(true);
    m_dataPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataLayout->addWidget(m_dataPath);
    layout->addWidget(m_dataBox);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_signOut);
    layout->addLayout(bottom);
    layout->addStretch();

    m_user->setText(session.profile().user);
    m_dark->setChecked(Appearance::savedDark());
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { m_languages.setLanguage(m_language->itemData(index).toString()); });
    connect(m_dark, &QCheckBox::toggled, this, [](bool dark) {
        Appearance::saveDark(dark);
        Appearance::applyPalette(dark);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_profileList->currentItem())
            emit openProfileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_profileList->currentItem();
        if (!item || item->data(Qt::UserRole).toString() == m_session.profile().name)
            return;
        (void)m_profiles.remove(item->data(Qt::UserRole).toString());
        reloadProfiles();
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_sync.signIn(m_user->text().trimmed(), m_password->text());
        m_password->clear();
    });
    connect(m_changePassword, &QPushButton::clicked, this, &SettingsPage::changePassword);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Sign out"),
                                  tr("Sign out of this profile? Changes not yet sent stay in the replica and are sent "
                                     "after you sign in again.")) != QMessageBox::Yes)
            return;
        m_sync.signOut();
        emit signOutRequested();
    });
    retranslate();
}

void SettingsPage::changePassword() {
    ChangePasswordDialog dialog(
        [sync = QPointer<SyncController>(&m_sync)](const QString& oldPassword, const QString& newPassword,
                                                   const ChangePasswordDialog::Done& done) {
            if (!sync || !sync->available())
                return done(ChangePasswordDialog::Outcome::NotAvailable, {});
            sync->changePassword(oldPassword, newPassword, [done](const PasswordChangeReply& reply) {
                if (!reply.available)
                    return done(ChangePasswordDialog::Outcome::NotAvailable, reply.message);
                done(ChangePasswordDialog::outcomeOf(reply.error, reply.code), reply.message);
            });
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("Change password"),
                                 tr("Your password was changed. Use the new one the next time you sign in."));
}

QString SettingsPage::title() const {
    return tr("Settings");
}

void SettingsPage::activate() {
    reloadProfiles();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_languages.current())));
}

void SettingsPage::reloadProfiles() {
    m_profileList->clear();
    for (const Profile& p : m_profiles.profiles()) {
        QString text = p.name;
        if (p.kind == Profile::Kind::Server)
            text += u"  —  "_s + p.serverUrl;
        else if (p.kind == Profile::Kind::Demo)
            text += u"  —  "_s + tr("demo data");
        if (p.name == m_session.profile().name)
            text += u"  "_s + tr("(open)");
        auto* item = new QListWidgetItem(text, m_profileList);
        item->setData(Qt::UserRole, p.name);
    }
}

void SettingsPage::retranslate() {
    m_profileBox->setTitle(tr("Profiles"));
    m_profileList->setAccessibleName(tr("Profiles"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Forget"));
    m_remove->setToolTip(tr("Forget the profile; its replica file stays on disk"));
    m_serverBox->setTitle(tr("Server and certificate"));
    const Profile& p = m_session.profile();
    if (p.kind == Profile::Kind::Server) {
        QStringList lines{tr("Server: %1").arg(p.serverUrl)};
        lines << (p.caFile.isEmpty() ? tr("Certificate: the system's certificate authorities")
                                     : tr("Certificate authority file: %1").arg(p.caFile));
        if (!p.fingerprint.isEmpty())
            lines << tr("Pinned certificate SHA-256: %1").arg(p.fingerprint);
        m_server->setText(lines.join(u'\n'));
    } else {
        m_server->setText(tr("This profile has no server: it uses demo data or a replica file on this computer."));
    }
    const bool server = p.kind == Profile::Kind::Server;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_userLabel, m_user, m_passwordLabel, m_password, m_signIn, m_changePassword})
        w->setVisible(server);
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
    m_signIn->setText(tr("Sign in"));
    m_changePassword->setText(tr("Change password…"));
    m_changePassword->setToolTip(tr("Change the password of %1 on the server").arg(p.user));
    m_lookBox->setTitle(tr("Language and appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_dark->setText(tr("Dark theme"));
    m_dataBox->setTitle(tr("Data location"));
    const QFileInfo file(m_session.path());
    m_dataPath->setText(tr("Replica: %1 (%2)").arg(file.absoluteFilePath(), QLocale().formattedDataSize(file.size())));
    m_signOut->setText(server ? tr("Sign out") : tr("Close this profile"));
    m_signOut->setAccessibleName(m_signOut->text());
    reloadProfiles();
}

} // namespace Stride
