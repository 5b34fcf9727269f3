#pragma once

#include "pages/page.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Stride {

class AnalyticsRunner;

// Knowledge base (docs/sales-method.md rule 16): one-line field insights awaiting approval (a supervisor, director or
// admin approves or rejects them) and the searchable approved insights, filtered by industry and objection type.
class KnowledgePage final : public Page {
    Q_OBJECT
public:
    explicit KnowledgePage(Session& session, QWidget* parent = nullptr);

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Knowledge; }
    void activate() override;

    QListWidget* pendingList() const { return m_pending; }
    QListWidget* approvedList() const { return m_approved; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* industryBox() const { return m_industry; }
    QComboBox* objectionBox() const { return m_objection; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QString statusText() const;
    bool isBusy() const;

    // Approves (true) or rejects the selected pending insights; false with a message in statusText() if refused.
    bool review(bool approve);
    void reload();
    static QString objectionName(const QString& code);

signals:
    void pendingShown();
    void approvedShown();

protected:
    void retranslate() override;

private:
    void loadPending();
    void search();
    void updateButtons();

    QGroupBox* m_pendingBox;
    QLabel* m_pendingHint;
    QListWidget* m_pending;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_status;
    QGroupBox* m_approvedBox;
    QLineEdit* m_search;
    QLabel* m_industryLabel;
    QComboBox* m_industry;
    QLabel* m_objectionLabel;
    QComboBox* m_objection;
    QListWidget* m_approved;
    QTimer* m_searchDelay;
    AnalyticsRunner* m_pendingRunner;
    AnalyticsRunner* m_searchRunner;
    bool m_loaded = false;
};

} // namespace Stride
