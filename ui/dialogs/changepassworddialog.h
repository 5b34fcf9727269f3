#pragma once

#include "sync/syncjob.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Stride {

// Changes the signed-in user's own password: the old one and the new one twice. Length and the two copies are
// checked here, before anything is sent; the old password is checked by the server (through `submit`, which the
// settings page connects to the sync controller). What went wrong is said in words.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
public:
    // The server's own minimum (stride-server user add refuses shorter ones).
    static constexpr int kMinLength = 8;

    enum class Outcome {
        Changed,
        WrongPassword, // the old password is not the account's
        Refused,       // the server refused the new one (the detail says why)
        Unreachable,   // offline, timed out, or the certificate was not trusted
        SignedOut,     // no session: sign in again first
        NotAvailable,  // this server or this build cannot change passwords
        Failed,        // anything else (the detail says what)
    };
    using Done = std::function<void(Outcome outcome, const QString& detail)>;
    // Sends the change; `done` is called once, on the GUI thread, even after the dialog is gone.
    using Submit = std::function<void(const QString& oldPassword, const QString& newPassword, Done done)>;

    explicit ChangePasswordDialog(Submit submit, QWidget* parent = nullptr);

    // Translated; empty when the form may be sent.
    QString problem() const;
    QString lastError() const;
    bool isBusy() const { return m_busy; }
    void accept() override;

    // What a failed request means here: `code` is the server's error code (e.g. wrong_password).
    static Outcome outcomeOf(SyncJob::Error error, const QString& code);
    // The words shown for a server's answer (translated; `detail` is the untranslated reason, if any).
    static QString describe(Outcome outcome, const QString& detail);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onDone(Outcome outcome, const QString& detail);
    void setBusy(bool busy);

    Submit m_submit;
    QFormLayout* m_form;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace Stride
