#include "pages/syncpage.h"

#include "domain/labels.h"
#include "models/conflictmodel.h"
#include "models/rejectedmodel.h"
#include "replicarejectedentries.h"
#include "session.h"
#include "sync/conflictlist.h"
#include "synccontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

SyncPage::SyncPage(Session& session, SyncController& sync, QWidget* parent)
    : SyncPage(session, sync, std::make_unique<ReplicaRejectedEntries>(session.database(), session.clock()), parent) {}

SyncPage::~SyncPage() = default;

SyncPage::SyncPage(Session& session, SyncController& sync, std::unique_ptr<RejectedEntries> rejected, QWidget* parent)
    : Page(session, parent)
    , m_sync(sync)
    , m_status(new QLabel(this))
    , m_syncNow(new QPushButton(this))
    , m_conflictsLabel(new QLabel(this))
    , m_conflictView(new QTableView(this))
    , m_conflicts(new ConflictModel(session, this))
    , m_restore(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_rejectedLabel(new QLabel(this))
    , m_rejectedView(new QTableView(this))
    , m_rejectedEntries(std::move(rejected))
    , m_rejected(new RejectedModel(*m_rejectedEntries, session.store(), this))
    , m_dismissRejected(new QPushButton(this))
    , m_rejectedMessage(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    top->addWidget(m_syncNow);
    layout->addLayout(top);
    QFont bold = m_conflictsLabel->font();
    bold.setBold(true);
    m_conflictsLabel->setFont(bold);
    m_rejectedLabel->setFont(bold);
    layout->addWidget(m_conflictsLabel);
    for (QTableView* v : {m_conflictView, m_rejectedView}) {
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setSelectionMode(QAbstractItemView::SingleSelection);
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->verticalHeader()->hide();
        v->horizontalHeader()->setStretchLastSection(true);
        v->setAlternatingRowColors(true);
    }
    m_conflictView->setModel(m_conflicts);
    m_rejectedView->setModel(m_rejected);
    layout->addWidget(m_conflictView, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_restore);
    actions->addWidget(m_dismiss);
    m_message->setWordWrap(true);
    actions->addWidget(m_message, 1);
    layout->addLayout(actions);
    layout->addWidget(m_rejectedLabel);
    layout->addWidget(m_rejectedView, 1);
    auto* rejectedActions = new QHBoxLayout;
    m_dismissRejected->setObjectName(u"dismissRejected"_s);
    rejectedActions->addWidget(m_dismissRejected);
    m_rejectedMessage->setWordWrap(true);
    rejectedActions->addWidget(m_rejectedMessage, 1);
    layout->addLayout(rejectedActions);

    connect(m_syncNow, &QPushButton::clicked, this, [this] { m_sync.syncNow(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restore(m_conflictView->currentIndex().row()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismiss(m_conflictView->currentIndex().row()); });
    connect(m_dismissRejected, &QPushButton::clicked, this,
            [this] { dismissRejected(m_rejectedView->currentIndex().row()); });
    connect(&m_sync, &SyncController::countsChanged, this, &SyncPage::refreshStatus);
    connect(&m_sync, &SyncController::finished, this, [this] {
        m_conflicts->reload();
        m_rejected->reload();
    });
    retranslate();
}

QString SyncPage::title() const {
    return tr("Sync");
}

void SyncPage::activate() {
    m_conflicts->reload();
    m_rejected->reload();
    refreshStatus();
}

QString SyncPage::message() const {
    return m_message->text();
}

bool SyncPage::restore(int row) {
    if (row < 0 || row >= m_conflicts->rowCount()) {
        m_message->setText(tr("Select a conflict first."));
        return false;
    }
    const ConflictRecord c = m_conflicts->conflict(row);
    const Status s = ConflictList(m_session.store()).restore(c.id);
    m_message->setText(s ? tr("Restored your value of %1; it will be sent with the next sync.").arg(c.field)
                         : tr("Not restored: %1").arg(s.error()));
    m_conflicts->reload();
    return s.ok();
}

bool SyncPage::dismiss(int row) {
    if (row < 0 || row >= m_conflicts->rowCount()) {
        m_message->setText(tr("Select a conflict first."));
        return false;
    }
    const Status s = ConflictList(m_session.store()).dismiss(m_conflicts->conflict(row).id);
    m_message->setText(s ? tr("Kept the server's value.") : tr("Not dismissed: %1").arg(s.error()));
    m_conflicts->reload();
    m_sync.refreshCounts();
    return s.ok();
}

QString SyncPage::rejectedMessage() const {
    return m_rejectedMessage->text();
}

bool SyncPage::dismissRejected(int row) {
    if (row < 0 || row >= m_rejected->rowCount()) {
        m_rejectedMessage->setText(tr("Select a refused change first."));
        return false;
    }
    const RejectedRecord r = m_rejected->record(row);
    const Status s = m_rejectedEntries->dismiss(r.mutationId);
    m_rejectedMessage->setText(s ? tr("Dismissed. The server's value stays; change the record again if needed.")
                                 : tr("Not dismissed: %1").arg(s.error()));
    m_rejected->reload();
    m_sync.refreshCounts();
    return s.ok();
}

void SyncPage::refreshStatus() {
    QStringList lines;
    lines << (m_sync.available()
                  ? tr("Server: %1").arg(m_sync.serverName())
                  : tr("This profile works locally only (demo data or a replica file): nothing is sent."));
    lines << tr("%n local change(s) waiting to be sent.", nullptr, m_sync.pendingCount());
    if (m_sync.lastSyncAt())
        lines << tr("Last sync: %1.").arg(Labels::dateTime(m_sync.lastSyncAt()));
    if (!m_sync.lastError().isEmpty())
        lines << tr("Last problem: %1").arg(m_sync.lastError());
    lines << m_sync.lastReport().notices; // a restored replica or server found by the last sync (translated)
    m_status->setText(lines.join(u'\n'));
    m_syncNow->setEnabled(m_sync.available());
}

void SyncPage::retranslate() {
    m_syncNow->setText(tr("Sync now"));
    m_conflictsLabel->setText(tr("Conflicts: someone else changed the same field; the server kept theirs. Compare, "
                                 "then restore yours or keep the server's."));
    m_conflictsLabel->setWordWrap(true);
    m_restore->setText(tr("Restore my value"));
    m_dismiss->setText(tr("Keep server's value"));
    m_rejectedLabel->setText(tr("Needs attention: changes the server refused"));
    m_conflictView->setAccessibleName(tr("Conflicts"));
    m_rejectedView->setAccessibleName(tr("Changes the server refused"));
    m_dismissRejected->setText(tr("Dismiss"));
    m_dismissRejected->setToolTip(tr("Hide the selected refused change once you have read the server's reason"));
    refreshStatus();
}

} // namespace Stride
