#pragma once

#include <QDialog>

class QCommandLinkButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Stride {

// The first start: try the demo organisation, or connect to the company's server (URL, a private CA file
// or a pinned certificate fingerprint, user and password).
class FirstRunDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Choice { None, Demo, Server };

    explicit FirstRunDialog(QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QString demoRole() const;
    QString serverUrl() const;
    QString caFile() const;
    QString fingerprint() const;
    QString user() const;
    QString password() const;

    // Names the first problem of the server form, or empty when it can be submitted.
    QString validateServerForm() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submitServer();

    Choice m_choice = Choice::None;
    QStackedWidget* m_stack;
    QLabel* m_intro;
    QCommandLinkButton* m_demoButton;
    QCommandLinkButton* m_serverButton;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_caLabel;
    QLineEdit* m_ca;
    QPushButton* m_caBrowse;
    QLabel* m_fingerprintLabel;
    QLineEdit* m_fingerprint;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_back;
    QPushButton* m_connect;
};

} // namespace Stride
