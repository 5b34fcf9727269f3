#include "pages/knowledgepage.h"

#include "domain/labels.h"
#include "models/analyticsrunner.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/insightrepository.h"
#include "storage/orgrepository.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const QStringList kObjections{u"price"_s,     u"budget"_s,  u"competitor"_s, u"approval"_s,
                              u"technical"_s, u"service"_s, u"timing"_s};

// An insight with the names it is shown with, looked up on the worker.
struct InsightRow {
    Insight insight;
    QString repName, customerName;
};

Result<QList<InsightRow>> withNames(EntityStore& store, const QList<Insight>& insights) {
    OrgRepository org(store);
    CustomerRepository customers(store);
    QHash<QString, QString> reps;
    if (Result<QList<Rep>> all = org.reps()) {
        for (const Rep& r : *all)
            reps.insert(r.id, r.name);
    }
    QList<InsightRow> rows;
    for (const Insight& i : insights) {
        InsightRow row{i, reps.value(i.repId), {}};
        if (Result<Customer> c = customers.customer(i.customerId))
            row.customerName = c->name;
        rows << row;
    }
    return rows;
}

QListWidgetItem* itemFor(const InsightRow& row) {
    QStringList tags;
    if (!row.insight.industry.isEmpty())
        tags << Labels::industry(row.insight.industry);
    if (!row.insight.objectionType.isEmpty())
        tags << KnowledgePage::objectionName(row.insight.objectionType);
    const QString when = row.insight.createdAt ? Labels::date(*row.insight.createdAt) : QString();
    auto* item =
        new QListWidgetItem(KnowledgePage::tr("“%1”\n%2 — %3, %4 · %5")
                                .arg(row.insight.text, row.repName, row.customerName, when, tags.join(u" · "_s)));
    item->setData(Qt::UserRole, row.insight.id);
    return item;
}

} // namespace

KnowledgePage::KnowledgePage(Session& session, QWidget* parent)
    : Page(session, parent)
    , m_pendingBox(new QGroupBox(this))
    , m_pendingHint(new QLabel(this))
    , m_pending(new QListWidget(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_approvedBox(new QGroupBox(this))
    , m_search(new QLineEdit(this))
    , m_industryLabel(new QLabel(this))
    , m_industry(new QComboBox(this))
    , m_objectionLabel(new QLabel(this))
    , m_objection(new QComboBox(this))
    , m_approved(new QListWidget(this))
    , m_searchDelay(new QTimer(this))
    , m_pendingRunner(new AnalyticsRunner(session.path(), session.clock(), this))
    , m_searchRunner(new AnalyticsRunner(session.path(), session.clock(), this)) {
    auto* layout = new QVBoxLayout(this);
    auto* pendingLayout = new QVBoxLayout(m_pendingBox);
    m_pendingHint->setWordWrap(true);
    m_pending->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pending->setWordWrap(true);
    m_pending->setAlternatingRowColors(true);
    pendingLayout->addWidget(m_pendingHint);
    pendingLayout->addWidget(m_pending, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    pendingLayout->addLayout(buttons);
    m_status->setWordWrap(true);

    auto* approvedLayout = new QVBoxLayout(m_approvedBox);
    auto* filters = new QHBoxLayout;
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_industryLabel);
    filters->addWidget(m_industry);
    filters->addWidget(m_objectionLabel);
    filters->addWidget(m_objection);
    m_industryLabel->setBuddy(m_industry);
    m_objectionLabel->setBuddy(m_objection);
    m_industry->addItem(QString(), QString());
    for (const QString& code : Labels::industryCodes())
        m_industry->addItem(QString(), code);
    m_objection->addItem(QString(), QString());
    for (const QString& code : kObjections)
        m_objection->addItem(QString(), code);
    m_approved->setWordWrap(true);
    m_approved->setAlternatingRowColors(true);
    approvedLayout->addLayout(filters);
    approvedLayout->addWidget(m_approved, 1);
    layout->addWidget(m_pendingBox, 2);
    layout->addWidget(m_approvedBox, 3);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // search as the user types, not on every key
    connect(m_searchDelay, &QTimer::timeout, this, &KnowledgePage::search);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_industry, &QComboBox::activated, this, &KnowledgePage::search);
    connect(m_objection, &QComboBox::activated, this, &KnowledgePage::search);
    connect(m_pending, &QListWidget::itemSelectionChanged, this, &KnowledgePage::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { review(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { review(false); });
    connect(&m_session, &Session::userChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    retranslate();
}

QString KnowledgePage::title() const {
    return tr("Knowledge");
}

void KnowledgePage::activate() {
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
}

void KnowledgePage::reload() {
    loadPending();
    search();
}

bool KnowledgePage::isBusy() const {
    return m_pendingRunner->isBusy() || m_searchRunner->isBusy();
}

QString KnowledgePage::statusText() const {
    return m_status->text();
}

QString KnowledgePage::objectionName(const QString& code) {
    if (code == u"price"_s)
        return tr("Price");
    if (code == u"budget"_s)
        return tr("Budget");
    if (code == u"competitor"_s)
        return tr("Competitor");
    if (code == u"approval"_s)
        return tr("Approval process");
    if (code == u"technical"_s)
        return tr("Technical fit");
    if (code == u"service"_s)
        return tr("Service");
    if (code == u"timing"_s)
        return tr("Timing");
    return code;
}

void KnowledgePage::loadPending() {
    const SessionUser user = m_session.user();
    m_pendingRunner->run(
        [user](AnalyticsRunner::Context& c) -> Result<QList<InsightRow>> {
            InsightRepository insights(c.store);
            QList<Insight> pending;
            QStringList teams;
            if (user.isRep() || user.isSupervisor()) {
                teams << user.teamId;
            } else {
                Result<QList<Team>> all = OrgRepository(c.store).teams();
                if (!all)
                    return fail(all.error());
                for (const Team& t : *all)
                    teams << t.id;
            }
            for (const QString& team : std::as_const(teams)) {
                Result<QList<Insight>> some = insights.pendingForTeam(team);
                if (!some)
                    return fail(some.error());
                for (const Insight& i : *some) {
                    if (!user.isRep() || i.repId == user.id) // a rep follows only their own
                        pending << i;
                }
            }
            return withNames(c.store, pending);
        },
        [this](Result<QList<InsightRow>> rows) {
            m_pending->clear();
            if (!rows) {
                m_status->setText(tr("Could not read the insights: %1").arg(rows.error()));
                return;
            }
            for (const InsightRow& row : *rows)
                m_pending->addItem(itemFor(row));
            updateButtons();
            emit pendingShown();
        });
}

void KnowledgePage::search() {
    const QString text = m_search->text().trimmed();
    const QString industry = m_industry->currentData().toString();
    const QString objection = m_objection->currentData().toString();
    m_searchRunner->run(
        [text, industry, objection](AnalyticsRunner::Context& c) -> Result<QList<InsightRow>> {
            Result<QList<Insight>> found = InsightRepository(c.store).searchApproved(text, industry, objection);
            if (!found)
                return fail(found.error());
            return withNames(c.store, *found);
        },
        [this](Result<QList<InsightRow>> rows) {
            m_approved->clear();
            if (!rows) {
                m_approved->addItem(tr("Search failed: %1").arg(rows.error()));
                return;
            }
            for (const InsightRow& row : *rows)
                m_approved->addItem(itemFor(row));
            if (rows->isEmpty())
                m_approved->addItem(tr("No approved insight matches."));
            emit approvedShown();
        });
}

bool KnowledgePage::review(bool approve) {
    if (!m_session.user().isManager()) {
        m_status->setText(tr("Only a supervisor, director or admin approves insights."));
        return false;
    }
    const QList<QListWidgetItem*> selected = m_pending->selectedItems();
    if (selected.isEmpty()) {
        m_status->setText(tr("Select the insights to review first."));
        return false;
    }
    InsightRepository insights(m_session.store()); // one small write per insight, through the outbox
    int done = 0;
    for (QListWidgetItem* item : selected) {
        const QString id = item->data(Qt::UserRole).toString();
        const Status s = approve ? insights.approve(id, m_session.user().id) : insights.reject(id, m_session.user().id);
        if (!s) {
            m_status->setText(tr("Could not review the insight: %1").arg(s.error()));
            reload();
            return false;
        }
        ++done;
    }
    m_status->setText(approve ? tr("%n insight(s) approved into the knowledge base.", nullptr, done)
                              : tr("%n insight(s) rejected.", nullptr, done));
    reload();
    return true;
}

void KnowledgePage::updateButtons() {
    const bool can = m_session.user().isManager() && !m_pending->selectedItems().isEmpty();
    m_approve->setEnabled(can);
    m_reject->setEnabled(can);
}

void KnowledgePage::retranslate() {
    m_pendingBox->setTitle(tr("Insights awaiting approval"));
    m_pendingHint->setText(m_session.user().isManager()
                               ? tr("One-line insights written by the team with their visits. Approve the useful "
                                    "ones into the knowledge base; reject the rest.")
                               : tr("Your insights that wait for your supervisor's approval."));
    m_approve->setText(tr("&Approve"));
    m_reject->setText(tr("Re&ject"));
    m_approvedBox->setTitle(tr("Knowledge base"));
    m_search->setPlaceholderText(tr("Search approved insights…"));
    m_search->setAccessibleName(tr("Search approved insights"));
    m_industryLabel->setText(tr("&Industry:"));
    m_objectionLabel->setText(tr("&Objection:"));
    m_industry->setItemText(0, tr("Any industry"));
    for (int i = 1; i < m_industry->count(); ++i)
        m_industry->setItemText(i, Labels::industry(m_industry->itemData(i).toString()));
    m_objection->setItemText(0, tr("Any objection"));
    for (int i = 1; i < m_objection->count(); ++i)
        m_objection->setItemText(i, objectionName(m_objection->itemData(i).toString()));
    m_pending->setAccessibleName(tr("Insights awaiting approval"));
    m_approved->setAccessibleName(tr("Approved insights"));
    updateButtons();
}

} // namespace Stride
