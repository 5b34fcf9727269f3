#include "dialogs/changepassworddialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

ChangePasswordDialog::ChangePasswordDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_form(new QFormLayout)
    , m_old(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    m_old->setObjectName(u"oldPassword"_s);
    m_new->setObjectName(u"newPassword"_s);
    m_repeat->setObjectName(u"repeatPassword"_s);
    m_error->setObjectName(u"error"_s);
    for (QLineEdit* edit : {m_old, m_new, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::clear);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_form->addRow(new QLabel(this), m_old);
    m_form->addRow(new QLabel(this), m_new);
    m_form->addRow(new QLabel(this), m_repeat);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025"_s);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    setMinimumWidth(420);
    retranslate();
}

QString ChangePasswordDialog::problem() const {
    if (m_old->text().isEmpty())
        return tr("Enter your current password.");
    if (m_new->text().size() < kMinLength)
        return tr("The new password is too short: it needs at least %n characters.", nullptr, kMinLength);
    if (m_new->text() != m_repeat->text())
        return tr("The two new passwords do not match.");
    if (m_new->text() == m_old->text())
        return tr("The new password is the same as the current one.");
    return {};
}

QString ChangePasswordDialog::lastError() const {
    return m_error->text();
}

void ChangePasswordDialog::accept() {
    if (m_busy)
        return;
    const QString issue = problem();
    if (!issue.isEmpty()) {
        m_error->setText(issue);
        return;
    }
    if (!m_submit) {
        m_error->setText(describe(Outcome::NotAvailable, {}));
        return;
    }
    setBusy(true);
    m_error->setText(tr("Changing the password on the server…"));
    QPointer<ChangePasswordDialog> self(this);
    m_submit(m_old->text(), m_new->text(), [self](Outcome outcome, const QString& detail) {
        if (self)
            self->onDone(outcome, detail);
    });
}

void ChangePasswordDialog::onDone(Outcome outcome, const QString& detail) {
    setBusy(false);
    if (outcome == Outcome::Changed) {
        m_error->clear();
        QDialog::accept();
        return;
    }
    m_error->setText(describe(outcome, detail));
    if (outcome == Outcome::WrongPassword) {
        m_old->clear();
        m_old->setFocus();
    }
}

ChangePasswordDialog::Outcome ChangePasswordDialog::outcomeOf(SyncJob::Error error, const QString& code) {
    switch (error) {
    case SyncJob::Error::None:
        return Outcome::Changed;
    case SyncJob::Error::Network:
    case SyncJob::Error::Timeout:
    case SyncJob::Error::Tls:
    case SyncJob::Error::Server:
        return Outcome::Unreachable;
    case SyncJob::Error::Auth:
        // 401: the session has ended (or there was none); the current password is checked with a 403.
        return code == u"wrong_password"_s ? Outcome::WrongPassword : Outcome::SignedOut;
    case SyncJob::Error::Forbidden:
    case SyncJob::Error::Client:
        if (code == u"wrong_password"_s)
            return Outcome::WrongPassword;
        if (code == u"not_found"_s)
            return Outcome::NotAvailable; // a server from before passwords could be changed
        return Outcome::Refused;          // weak_password, a disabled account: the detail says why
    case SyncJob::Error::Protocol:
    case SyncJob::Error::ServerReplaced:
    case SyncJob::Error::ReplicaRestored: // handled by the sync engine; never the answer to a password change
    case SyncJob::Error::ServerRestored:
        break;
    }
    return Outcome::Failed;
}

QString ChangePasswordDialog::describe(Outcome outcome, const QString& detail) {
    switch (outcome) {
    case Outcome::Changed:
        return tr("The password was changed.");
    case Outcome::WrongPassword:
        return tr("The current password is wrong.");
    case Outcome::Refused:
        return detail.isEmpty() ? tr("The server refused the new password.")
                                : tr("The server refused the new password: %1").arg(detail);
    case Outcome::Unreachable:
        return tr("The server cannot be reached; the password was not changed. Try again when you are online.");
    case Outcome::SignedOut:
        return tr("You are signed out; sign in again, then change the password.");
    case Outcome::NotAvailable:
        return tr("Changing the password is not available for this profile.");
    case Outcome::Failed:
        break;
    }
    return detail.isEmpty() ? tr("The password was not changed.") : tr("The password was not changed: %1").arg(detail);
}

void ChangePasswordDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QLineEdit* edit : {m_old, m_new, m_repeat})
        edit->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ChangePasswordDialog::retranslate() {
    setWindowTitle(tr("Change password"));
    const QStringList labels{tr("&Current password:"), tr("&New password:"), tr("&Repeat the new password:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label) {
            label->setText(labels[row]);
            label->setBuddy(field);
        }
        field->setAccessibleName(QString(labels[row]).remove(u'&').remove(u':'));
    }
    m_new->setPlaceholderText(tr("At least %n characters", nullptr, kMinLength));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
}

void ChangePasswordDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
