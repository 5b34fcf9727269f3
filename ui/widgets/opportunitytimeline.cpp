#include "widgets/opportunitytimeline.h"

#include "domain/labels.h"
#include "models/analyticsrunner.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/opportunityrepository.h"
#include "storage/orgrepository.h"
#include "storage/visitrepository.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr int kVisits = 100;

struct TimelineData {
    Opportunity opportunity;
    QString customerName, ownerName;
    QList<StageHistoryEntry> stages;
    QList<Visit> visits;
    QList<ForecastSignal> signalList;
    QList<PaymentMilestone> milestones;
};

Result<TimelineData> load(EntityStore& store, const QString& id) {
    OpportunityRepository opportunities(store);
    TimelineData d;
    Result<Opportunity> o = opportunities.opportunity(id);
    if (!o)
        return fail(o.error());
    d.opportunity = *o;
    if (Result<Customer> c = CustomerRepository(store).customer(o->customerId))
        d.customerName = c->name;
    if (Result<Rep> r = OrgRepository(store).rep(o->ownerId))
        d.ownerName = r->name;
    Result<QList<StageHistoryEntry>> stages = opportunities.stageHistory(id);
    Result<QList<Visit>> visits = VisitRepository(store).forCustomer(o->customerId, kVisits);
    Result<QList<ForecastSignal>> evidence = opportunities.forecastSignals(id);
    Result<QList<PaymentMilestone>> milestones = opportunities.milestones(id);
    if (!stages || !visits || !evidence || !milestones)
        return fail(!stages     ? stages.error()
                    : !visits   ? visits.error()
                    : !evidence ? evidence.error()
                                : milestones.error());
    d.stages = *stages;
    d.visits = *visits;
    d.signalList = *evidence;
    d.milestones = *milestones;
    return d;
}

} // namespace

OpportunityTimeline::OpportunityTimeline(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_runner(new AnalyticsRunner(session.path(), session.clock(), this))
    , m_header(new QLabel(this))
    , m_events(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(true);
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);
    layout->addWidget(m_header);
    layout->addWidget(m_events, 1);
    retranslate();
}

void OpportunityTimeline::setOpportunity(const QString& id) {
    m_id = id;
    m_header->setText(tr("Loading…"));
    m_runner->run(
        [id](AnalyticsRunner::Context& c) { return load(c.store, id); },
        [this](Result<TimelineData> r) {
            m_events->clear();
            if (!r) {
                m_header->setText(tr("Could not read the opportunity: %1").arg(r.error()));
                emit shown();
                return;
            }
            const Opportunity& o = r->opportunity;
            m_header->setText(tr("<b>%1</b><br>%2 · owner %3 · %4 · stage %5 · expected close %6")
                                  .arg(o.title.toHtmlEscaped(), r->customerName.toHtmlEscaped(),
                                       r->ownerName.toHtmlEscaped(), Labels::money(o.amount), Labels::stage(o.stage),
                                       o.expectedClose ? Labels::date(*o.expectedClose) : tr("not set")));
            struct Event {
                qint64 at;
                QString what, detail;
            };
            QList<Event> events;
            for (const StageHistoryEntry& s : r->stages) {
                // A zero-length stay is a stage the deal skipped on a confirmed move (docs/sales-method.md).
                const QString stay = !s.leftAt                  ? tr("current stage")
                                     : *s.leftAt == s.enteredAt ? tr("skipped")
                                                                : Labels::days(double(*s.leftAt - s.enteredAt) / 86400);
                events << Event{s.enteredAt, tr("Stage: %1").arg(Labels::stage(s.stage)), stay};
            }
            for (const Visit& v : r->visits) {
                QString detail = v.summary;
                if (!v.outcome.isEmpty())
                    detail += u" — "_s + v.outcome;
                if (!v.nextAction.isEmpty())
                    detail += u"\n"_s + tr("Next: %1").arg(v.nextAction);
                events << Event{v.visitedAt, tr("Visit (%1)").arg(Labels::channel(v.channel)), detail};
            }
            for (const ForecastSignal& s : r->signalList)
                events << Event{s.notedAt, tr("Evidence: %1").arg(Labels::evidenceSignal(s.kind)), s.note};
            for (const PaymentMilestone& m : r->milestones) {
                events << Event{m.dueAt, tr("Payment due"),
                                m.paidAt ? tr("%1, paid %2").arg(Labels::money(m.amount), Labels::date(*m.paidAt))
                                         : tr("%1, unpaid").arg(Labels::money(m.amount))};
            }
            std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at > b.at; });
            QList<QTreeWidgetItem*> items;
            for (const Event& e : events)
                items << new QTreeWidgetItem(QStringList{Labels::dateTime(e.at), e.what, e.detail});
            m_events->addTopLevelItems(items);
            emit shown();
        });
}

void OpportunityTimeline::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_id.isEmpty())
            setOpportunity(m_id);
    }
    QWidget::changeEvent(event);
}

void OpportunityTimeline::retranslate() {
    m_events->setHeaderLabels({tr("When"), tr("What"), tr("Detail")});
    m_events->setAccessibleName(tr("Opportunity timeline"));
}

} // namespace Stride
