#pragma once

#include "pages/page.h"

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Stride {

class ConflictModel;
class RejectedEntries;
class RejectedModel;
class SyncController;

// Sync status, the Conflicts view (compare your value with the server's, restore yours or dismiss) and the
// Needs-attention view (edits the server refused, with its reason; dismissed once read).
class SyncPage final : public Page {
    Q_OBJECT
public:
    SyncPage(Session& session, SyncController& sync, QWidget* parent = nullptr);
    // With another source of rejected entries (the replica's by default).
    SyncPage(Session& session, SyncController& sync, std::unique_ptr<RejectedEntries> rejected,
             QWidget* parent = nullptr);
    ~SyncPage() override;

    QString title() const override;
    Icons::Kind iconKind() const override { return Icons::Kind::Sync; }
    void activate() override;

    ConflictModel* conflicts() const { return m_conflicts; }
    RejectedModel* rejected() const { return m_rejected; }
    bool restore(int row); // restores the conflict's lost value
    bool dismiss(int row);
    bool dismissRejected(int row); // hides the refused edit from "Needs attention"
    QString message() const;
    QString rejectedMessage() const;

protected:
    void retranslate() override;

private:
    void refreshStatus();

    SyncController& m_sync;
    QLabel* m_status;
    QPushButton* m_syncNow;
    QLabel* m_conflictsLabel;
    QTableView* m_conflictView;
    ConflictModel* m_conflicts;
    QPushButton* m_restore;
    QPushButton* m_dismiss;
    QLabel* m_message;
    QLabel* m_rejectedLabel;
    QTableView* m_rejectedView;
    std::unique_ptr<RejectedEntries> m_rejectedEntries;
    RejectedModel* m_rejected;
    QPushButton* m_dismissRejected;
    QLabel* m_rejectedMessage;
};

} // namespace Stride
