#include "widgets/syncstatuswidget.h"

#include "domain/labels.h"
#include "synccontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <climits>

using namespace Qt::StringLiterals;

namespace Stride {

SyncStatusWidget::SyncStatusWidget(SyncController& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_last(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QToolButton(this))
    , m_cancel(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_last);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);
    m_cancel->hide();
    m_cancel->setObjectName(u"cancelSync"_s);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] { m_sync.cancel(); });
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setObjectName(u"syncNow"_s);
    connect(m_syncNow, &QToolButton::clicked, this, [this] { m_sync.syncNow(); });
    connect(&m_sync, &SyncController::stateChanged, this, &SyncStatusWidget::refresh);
    connect(&m_sync, &SyncController::countsChanged, this, &SyncStatusWidget::refresh);
    connect(&m_sync, &SyncController::progress, this, [this](const QString& phase, qint64 done, qint64 total) {
        // A first sync of a large scope takes minutes: say how far it has come, next to Cancel.
        m_state->setText(phase == u"push"_s
                             ? tr("Sending changes: %1 of %2…").arg(done).arg(total)
                             : tr("Syncing: %n row(s) received…", nullptr, int(qMin<qint64>(done, INT_MAX))));
        m_progress->show();
        m_cancel->show();
        m_progress->setRange(0, total > 0 ? int(qMin<qint64>(total, 1 << 30)) : 0);
        if (total > 0)
            m_progress->setValue(int(qMin(done, total)));
    });
    refresh();
}

QString SyncStatusWidget::text() const {
    return QStringList{m_state->text(), m_pending->text(), m_last->text()}.join(u" · "_s);
}

void SyncStatusWidget::refresh() {
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setToolTip(tr("Sync now (F5)"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the sync"));
    const int pending = m_sync.pendingCount();
    m_pending->setText(tr("%n change(s) waiting", nullptr, pending));
    if (!m_sync.available()) {
        m_state->setText(tr("Local only: this profile has no server"));
        m_last->clear();
        m_syncNow->setEnabled(false);
        m_progress->hide();
        return;
    }
    m_syncNow->setEnabled(true);
    QString state;
    switch (m_sync.state()) {
    case SyncState::Idle:
        state = tr("Online");
        break;
    case SyncState::Syncing:
        state = tr("Syncing…");
        break;
    case SyncState::Offline:
        state = tr("Offline: changes are kept and sent later");
        break;
    case SyncState::NeedsAttention:
        state = tr("Needs attention");
        break;
    case SyncState::SignedOut:
        state = tr("Signed out: sign in under Settings");
        break;
    case SyncState::Failed:
        state = tr("Sync failed: %1").arg(m_sync.lastError());
        break;
    }
    m_state->setText(state);
    m_progress->setVisible(m_sync.state() == SyncState::Syncing);
    m_cancel->setVisible(m_sync.state() == SyncState::Syncing);
    m_last->setText(m_sync.lastSyncAt() ? tr("last sync %1").arg(Labels::dateTime(m_sync.lastSyncAt()))
                                        : tr("not synced yet"));
}

void SyncStatusWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Stride
