#include "widgets/customerdetailview.h"

#include "analytics/valuescoreservice.h"
#include "dialogs/customereditdialog.h"
#include "dialogs/newopportunitydialog.h"
#include "domain/labels.h"
#include "orgfiguresage.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/customertier.h"
#include "storage/entitystore.h"
#include "storage/opportunityrepository.h"
#include "storage/visitrepository.h"
#include "tiertext.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

CustomerDetailView::CustomerDetailView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_back(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_logVisit(new QPushButton(this))
    , m_newOpportunity(new QPushButton(this))
    , m_name(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_scoreHeading(new QLabel(this))
    , m_score(new QLabel(this))
    , m_scoreSource(new QLabel(this))
    , m_contactsHeading(new QLabel(this))
    , m_contacts(new QTableWidget(0, 4, this))
    , m_timelineHeading(new QLabel(this))
    , m_timeline(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch();
    top->addWidget(m_edit);
    top->addWidget(m_newOpportunity);
    top->addWidget(m_logVisit);
    layout->addLayout(top);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    m_facts->setObjectName(u"facts"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
    for (QLabel* h : {m_scoreHeading, m_contactsHeading, m_timelineHeading}) {
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
    }
    layout->addWidget(m_scoreHeading);
    m_score->setTextFormat(Qt::RichText);
    layout->addWidget(m_score);
    m_scoreSource->setObjectName(u"scoreSource"_s);
    m_scoreSource->setWordWrap(true);
    m_scoreSource->hide();
    layout->addWidget(m_scoreSource);
    layout->addWidget(m_contactsHeading);
    m_contacts->verticalHeader()->hide();
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->setMaximumHeight(150);
    layout->addWidget(m_contacts);
    layout->addWidget(m_timelineHeading);
    m_timeline->setColumnCount(3);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setObjectName(u"timeline"_s);
    layout->addWidget(m_timeline, 1);

    connect(m_back, &QPushButton::clicked, this, &CustomerDetailView::backRequested);
    connect(m_logVisit, &QPushButton::clicked, this, [this] { emit logVisitRequested(m_id); });
    m_newOpportunity->setObjectName(u"newOpportunity"_s);
    connect(m_newOpportunity, &QPushButton::clicked, this, [this] {
        NewOpportunityDialog dialog(m_session, m_id, this);
        dialog.exec();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        CustomerEditDialog dialog(m_session, m_id, this);
        dialog.exec();
    });
    connect(&m_session.store(), &EntityStore::changed, this, [this](const QString&, const QStringList&) {
        if (isVisible() && !m_id.isEmpty())
            reload();
    });
    retranslate();
}

void CustomerDetailView::setCustomer(const QString& id) {
    m_id = id;
    reload();
}

void CustomerDetailView::reload() {
    CustomerRepository customers(m_session.store());
    const Result<Customer> c = customers.customer(m_id);
    m_contacts->setRowCount(0);
    m_timeline->clear();
    if (!c) {
        m_name->setText(tr("Customer not found"));
        m_facts->setText(c.error());
        m_score->clear();
        m_scoreSource->hide();
        return;
    }
    m_name->setText(c->nameEn.isEmpty() ? c->name : u"%1  ·  %2"_s.arg(c->name, c->nameEn));
    QStringList facts;
    // The effective tier (the pin, else the score's), as on the list, the checklist and the briefing card.
    const Result<CustomerTier> tier = CustomerTier::of(m_session.store().database(), m_id);
    if (tier && !tier->tier.isEmpty())
        facts << TierText::withWord(tier->tier, tier->pinned);
    m_facts->setToolTip(tier ? TierText::toolTip(tier->tier, tier->pinned) : QString());
    if (!c->industry.isEmpty())
        facts << Labels::industry(c->industry);
    if (!c->region.isEmpty())
        facts << c->region;
    if (!c->address.isEmpty())
        facts << c->address;
    if (!c->budgetBand.isEmpty())
        facts << tr("Budget %1").arg(c->budgetBand);
    if (!c->decisionChain.isEmpty())
        facts << Labels::leadValue(c->decisionChain);
    if (!c->demandStage.isEmpty())
        facts << Labels::leadValue(c->demandStage);
    m_facts->setText(facts.join(u"  ·  "_s));

    const Result<ValueScoreBreakdown> score = m_session.scores().scoreOf(m_id);
    if (score) {
        m_score->setText(tr("<b>%1</b> (score's tier %2) = 0.4 × P %3 + 0.3 × S %4 + 0.3 × T %5 &nbsp;&nbsp; "
                            "P: purchases of the last 3 months %6, as a percentile in the organisation; "
                            "S: service satisfaction; T: new-product trial participation")
                             .arg(QString::number(score->score, 'f', 1), score->tier, QString::number(score->p, 'f', 1),
                                  QString::number(score->s, 'f', 1), QString::number(score->t, 'f', 1),
                                  Labels::money(score->purchaseAmount)));
        OrgFiguresAge::apply(m_scoreSource, score->orgAsOf, m_session.clock().nowSecs());
        m_scoreSource->show();
    } else {
        m_score->setText(tr("No value score yet."));
        m_scoreSource->hide();
    }

    if (const Result<QList<Contact>> contacts = customers.contacts(m_id)) {
        m_contacts->setRowCount(int(contacts->size()));
        for (int i = 0; i < contacts->size(); ++i) {
            const Contact& k = contacts->at(i);
            const QStringList cells{k.name, k.title, k.phone, k.chainRole};
            for (int col = 0; col < 4; ++col)
                m_contacts->setItem(i, col, new QTableWidgetItem(cells[col]));
        }
    }

    struct Entry {
        qint64 at;
        QString kind;
        QString text;
    };
    QList<Entry> entries;
    if (const Result<QList<Visit>> visits = VisitRepository(m_session.store()).forCustomer(m_id, 100)) {
        for (const Visit& v : *visits) {
            QString text = u"%1 — %2"_s.arg(Labels::channel(v.channel), v.summary);
            if (!v.competitorNotes.isEmpty())
                text += u"  ["_s + tr("competitor: %1").arg(v.competitorNotes) + u']';
            entries.append({v.visitedAt, tr("Visit"), text});
            if (!v.insight.isEmpty())
                entries.append({v.visitedAt, tr("Insight"), v.insight});
        }
    }
    if (const Result<QList<Opportunity>> opps = OpportunityRepository(m_session.store()).forCustomer(m_id)) {
        for (const Opportunity& o : *opps)
            entries.append({o.stageEnteredAt.value_or(o.createdAt.value_or(0)), tr("Opportunity"),
                            u"%1 — %2 — %3"_s.arg(o.title, Labels::stage(o.stage), Labels::money(o.amount))});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at > b.at; });
    for (const Entry& e : entries)
        new QTreeWidgetItem(m_timeline, {Labels::dateTime(e.at), e.kind, e.text});
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

void CustomerDetailView::retranslate() {
    m_back->setText(tr("← Back to the list"));
    m_back->setToolTip(tr("Back to the customer list (Esc)"));
    m_edit->setText(tr("Edit…"));
    m_logVisit->setText(tr("Log visit"));
    m_newOpportunity->setText(tr("New opportunity…"));
    m_scoreHeading->setText(tr("Value score"));
    m_contactsHeading->setText(tr("Contacts"));
    m_timelineHeading->setText(tr("Timeline"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Phone"), tr("Role in decision chain")});
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_contacts->setAccessibleName(tr("Contacts"));
    m_timeline->setAccessibleName(tr("Timeline"));
    if (!m_id.isEmpty())
        reload();
}

void CustomerDetailView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Stride
