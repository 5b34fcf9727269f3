#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Stride {

class SyncController;

// The status bar's sync summary: online/offline state, pending changes, last sync time, progress while
// syncing, and "Sync now" (F5).
class SyncStatusWidget final : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(SyncController& sync, QWidget* parent = nullptr);
    QString text() const;

signals:
    void openRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    SyncController& m_sync;
    QLabel* m_state;
    QLabel* m_pending;
    QLabel* m_last;
    QProgressBar* m_progress;
    QToolButton* m_syncNow;
    QToolButton* m_cancel;
};

} // namespace Stride
