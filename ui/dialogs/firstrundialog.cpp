#include "dialogs/firstrundialog.h"

#include "domain/role.h"

#include <QComboBox>
#include <QCommandLinkButton>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

FirstRunDialog::FirstRunDialog(QWidget* parent)
    : QDialog(parent)
    , m_stack(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_demoButton(new QCommandLinkButton(this))
    , m_serverButton(new QCommandLinkButton(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_caLabel(new QLabel(this))
    , m_ca(new QLineEdit(this))
    , m_caBrowse(new QPushButton(this))
    , m_fingerprintLabel(new QLabel(this))
    , m_fingerprint(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_connect(new QPushButton(this)) {
    auto* layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack);

    auto* choose = new QWidget(m_stack);
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(m_demoButton);
    auto* roleRow = new QHBoxLayout;
    roleRow->addSpacing(40);
    roleRow->addWidget(m_roleLabel);
    roleRow->addWidget(m_role, 1);
    chooseLayout->addLayout(roleRow);
    chooseLayout->addWidget(m_serverButton);
    chooseLayout->addStretch();
    m_stack->addWidget(choose);
    for (Role role : {Role::Rep, Role::Supervisor, Role::Director})
        m_role->addItem(QString(), roleToString(role));
    m_roleLabel->setBuddy(m_role);

    auto* server = new QWidget(m_stack);
    auto* form = new QFormLayout(server);
    m_url->setPlaceholderText(u"https://crm.example.com:8443"_s);
    form->addRow(m_urlLabel, m_url);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_caBrowse);
    form->addRow(m_caLabel, caRow);
    m_fingerprint->setPlaceholderText(u"SHA-256, 64 hex digits"_s);
    form->addRow(m_fingerprintLabel, m_fingerprint);
    form->addRow(m_userLabel, m_user);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(m_passwordLabel, m_password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025"_s);
    form->addRow(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_connect);
    form->addRow(buttons);
    m_stack->addWidget(server);
    for (auto [label, edit] : {std::pair{m_urlLabel, m_url},
                               {m_caLabel, m_ca},
                               {m_fingerprintLabel, m_fingerprint},
                               {m_userLabel, m_user},
                               {m_passwordLabel, m_password}})
        label->setBuddy(edit);

    connect(m_demoButton, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_serverButton, &QCommandLinkButton::clicked, this, [this] {
        m_stack->setCurrentIndex(1);
        m_url->setFocus();
    });
    connect(m_back, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(0); });
    connect(m_connect, &QPushButton::clicked, this, &FirstRunDialog::submitServer);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority"), QString(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    m_connect->setDefault(true);
    setMinimumWidth(560);
    retranslate();
}

QString FirstRunDialog::demoRole() const {
    return m_role->currentData().toString();
}
QString FirstRunDialog::serverUrl() const {
    return m_url->text().trimmed();
}
QString FirstRunDialog::caFile() const {
    return m_ca->text().trimmed();
}
QString FirstRunDialog::fingerprint() const {
    return m_fingerprint->text().remove(u':').remove(u' ').trimmed().toLower();
}
QString FirstRunDialog::user() const {
    return m_user->text().trimmed();
}
QString FirstRunDialog::password() const {
    return m_password->text();
}

QString FirstRunDialog::validateServerForm() const {
    const QUrl url(serverUrl());
    if (serverUrl().isEmpty())
        return tr("Enter the server address.");
    if (!url.isValid() || url.scheme() != u"https"_s || url.host().isEmpty())
        return tr("The server address must start with https:// and name a host.");
    if (!caFile().isEmpty() && !QFileInfo(caFile()).isReadable())
        return tr("The certificate file %1 cannot be read.").arg(caFile());
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!fingerprint().isEmpty() && !hex.match(fingerprint()).hasMatch())
        return tr("The fingerprint must be a SHA-256 of 64 hexadecimal digits.");
    if (user().isEmpty())
        return tr("Enter your user name.");
    if (password().isEmpty())
        return tr("Enter your password.");
    return {};
}

void FirstRunDialog::submitServer() {
    const QString problem = validateServerForm();
    m_error->setText(problem);
    if (!problem.isEmpty())
        return;
    m_choice = Choice::Server;
    accept();
}

void FirstRunDialog::retranslate() {
    setWindowTitle(tr("Welcome to Stride"));
    m_intro->setText(tr("Stride keeps your customers, visits and deals on this computer and works without a "
                        "network. How do you want to start?"));
    m_demoButton->setText(tr("Try with demo data"));
    m_demoButton->setDescription(tr("A demo organisation with customers, visits and deals. Nothing is sent "
                                    "anywhere."));
    m_serverButton->setText(tr("Connect to my company's server"));
    m_serverButton->setDescription(tr("Sign in to your organisation's Stride server."));
    m_roleLabel->setText(tr("Act as:"));
    const QStringList roles{tr("Sales rep"), tr("Supervisor"), tr("Director")};
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roles.value(i));
    m_urlLabel->setText(tr("Server &address:"));
    m_caLabel->setText(tr("Private &CA file:"));
    m_caBrowse->setText(tr("Browse…"));
    m_fingerprintLabel->setText(tr("Certificate &fingerprint:"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_back->setText(tr("Back"));
    m_connect->setText(tr("Connect"));
    m_demoButton->setAccessibleName(m_demoButton->text());
    m_serverButton->setAccessibleName(m_serverButton->text());
    m_role->setAccessibleName(tr("Demo role"));
    m_url->setAccessibleName(tr("Server address"));
    m_ca->setAccessibleName(tr("Private CA file"));
    m_fingerprint->setAccessibleName(tr("Certificate fingerprint"));
    m_user->setAccessibleName(tr("User"));
    m_password->setAccessibleName(tr("Password"));
}

void FirstRunDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
