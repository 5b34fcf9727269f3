#include "widgets/opportunitypanel.h"

#include "dialogs/stagechangedialog.h"
#include "domain/labels.h"
#include "domain/stagerules.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/opportunityrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
const QStringList kSignalKinds{u"poc_done"_s, u"it_integration"_s, u"legal_review"_s, u"competitor_removed"_s,
                               u"public_news"_s};

void fillLeadCombo(QComboBox* box, const QStringList& values, bool translate) {
    box->addItem(QString(), QString());
    for (const QString& v : values)
        box->addItem(translate ? Labels::leadValue(v) : v, v);
}

void selectValue(QComboBox* box, const QString& value) {
    int i = box->findData(value);
    if (i < 0 && !value.isEmpty()) {
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(qMax(0, i));
}
} // namespace

OpportunityPanel::OpportunityPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_tag(new QLabel(this))
    , m_leadBox(new QGroupBox(this))
    , m_industry(new QComboBox(this))
    , m_budget(new QComboBox(this))
    , m_chain(new QComboBox(this))
    , m_demand(new QComboBox(this))
    , m_saveLead(new QPushButton(this))
    , m_stageBox(new QGroupBox(this))
    , m_stage(new QComboBox(this))
    , m_lostReason(new QLineEdit(this))
    , m_move(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_signalBox(new QGroupBox(this))
    , m_signals(new QListWidget(this))
    , m_signalKind(new QComboBox(this))
    , m_signalNote(new QLineEdit(this))
    , m_addSignal(new QPushButton(this))
    , m_paymentBox(new QGroupBox(this))
    , m_milestones(new QListWidget(this))
    , m_milestoneDue(new QDateEdit(this))
    , m_milestoneAmount(new QDoubleSpinBox(this))
    , m_addMilestone(new QPushButton(this))
    , m_markPaid(new QPushButton(this)) {
    auto* layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_facts->setWordWrap(true);
    m_tag->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_tag);

    auto* lead = new QFormLayout(m_leadBox);
    m_industry->setObjectName(u"leadIndustry"_s);
    m_budget->setObjectName(u"leadBudget"_s);
    m_chain->setObjectName(u"leadChain"_s);
    m_demand->setObjectName(u"leadDemand"_s);
    m_industry->addItem(QString(), QString());
    for (const QString& code : Labels::industryCodes())
        m_industry->addItem(Labels::industry(code), code);
    fillLeadCombo(m_budget, Labels::budgetBands(), false);
    fillLeadCombo(m_chain, Labels::decisionChains(), true);
    fillLeadCombo(m_demand, Labels::demandStages(), true);
    lead->addRow(new QLabel(this), m_industry);
    lead->addRow(new QLabel(this), m_budget);
    lead->addRow(new QLabel(this), m_chain);
    lead->addRow(new QLabel(this), m_demand);
    lead->addRow(m_saveLead);
    layout->addWidget(m_leadBox);

    auto* stage = new QVBoxLayout(m_stageBox);
    auto* stageRow = new QHBoxLayout;
    m_stage->setObjectName(u"stage"_s);
    for (Stage s : funnelStages())
        m_stage->addItem(QString(), stageCode(s));
    m_stage->addItem(QString(), stageCode(Stage::Lost));
    stageRow->addWidget(m_stage, 1);
    m_lostReason->setObjectName(u"lostReason"_s);
    stageRow->addWidget(m_lostReason, 1);
    stageRow->addWidget(m_move);
    stage->addLayout(stageRow);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"message"_s);
    stage->addWidget(m_message);
    layout->addWidget(m_stageBox);

    auto* sig = new QVBoxLayout(m_signalBox);
    m_signals->setMaximumHeight(90);
    sig->addWidget(m_signals);
    auto* sigRow = new QHBoxLayout;
    for (const QString& k : kSignalKinds)
        m_signalKind->addItem(QString(), k);
    sigRow->addWidget(m_signalKind);
    sigRow->addWidget(m_signalNote, 1);
    sigRow->addWidget(m_addSignal);
    sig->addLayout(sigRow);
    layout->addWidget(m_signalBox);

    auto* pay = new QVBoxLayout(m_paymentBox);
    m_milestones->setMaximumHeight(90);
    pay->addWidget(m_milestones);
    auto* payRow = new QHBoxLayout;
    m_milestoneDue->setCalendarPopup(true);
    m_milestoneDue->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_milestoneAmount->setRange(0, 1e9);
    m_milestoneAmount->setDecimals(0);
    m_milestoneAmount->setPrefix(u"¥"_s);
    payRow->addWidget(m_milestoneDue);
    payRow->addWidget(m_milestoneAmount, 1);
    payRow->addWidget(m_addMilestone);
    payRow->addWidget(m_markPaid);
    pay->addLayout(payRow);
    layout->addWidget(m_paymentBox);
    layout->addStretch();

    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_lostReason->setEnabled(m_stage->currentData().toString() == u"lost"_s); });
    connect(m_saveLead, &QPushButton::clicked, this, &OpportunityPanel::saveLeadFields);
    connect(m_move, &QPushButton::clicked, this,
            [this] { moveTo(m_stage->currentData().toString(), m_lostReason->text()); });
    connect(m_addSignal, &QPushButton::clicked, this,
            [this] { addSignal(m_signalKind->currentData().toString(), m_signalNote->text()); });
    connect(m_addMilestone, &QPushButton::clicked, this,
            [this] { addMilestone(m_milestoneDue->date(), m_milestoneAmount->value()); });
    connect(m_markPaid, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_milestones->currentItem();
        if (!item)
            return;
        const Status s = OpportunityRepository(m_session.store())
                             .markMilestonePaid(item->data(Qt::UserRole).toString(), m_session.clock().nowSecs());
        if (!s)
            showMessage(tr("Not saved: %1").arg(s.error()), true);
        reload();
    });
    setEnabled(false);
    retranslate();
}

QString OpportunityPanel::message() const {
    return m_message->text();
}

void OpportunityPanel::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #e04f4f; font-weight: bold"_s : QString());
}

void OpportunityPanel::setOpportunity(const QString& id) {
    m_id = id;
    showMessage(QString(), false);
    reload();
}

void OpportunityPanel::reload() {
    OpportunityRepository repo(m_session.store());
    const Result<Opportunity> o = repo.opportunity(m_id);
    setEnabled(o.ok());
    m_signals->clear();
    m_milestones->clear();
    if (!o) {
        m_title->setText(m_id.isEmpty() ? tr("Select an opportunity") : o.error());
        m_facts->clear();
        m_tag->clear();
        return;
    }
    const Result<Customer> c = CustomerRepository(m_session.store()).customer(o->customerId);
    m_title->setText(o->title);
    QStringList facts{c ? c->name : QString(), Labels::money(o->amount), Labels::stage(o->stage)};
    if (o->stageEnteredAt)
        facts << tr("since %1").arg(Labels::date(*o->stageEnteredAt));
    if (o->expectedClose)
        facts << tr("expected close %1").arg(Labels::date(*o->expectedClose));
    if (!o->lostReason.isEmpty())
        facts << tr("lost: %1").arg(Labels::lostReason(o->lostReason));
    m_facts->setText(facts.join(u"  ·  "_s));
    m_tag->setText(o->autoTag.isEmpty() ? tr("Automatic tag: (fill the lead fields)")
                                        : tr("Automatic tag: %1").arg(o->autoTag));
    selectValue(m_industry, o->industry);
    selectValue(m_budget, o->budgetBand);
    selectValue(m_chain, o->decisionChain);
    selectValue(m_demand, o->demandStage);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stageCode(o->stage))));
    m_lostReason->setText(o->lostReason);
    m_lostReason->setEnabled(o->stage == Stage::Lost);
    // A new milestone defaults to a day ahead (the expected close, else 30 days on) and cannot predate the deal.
    const qint64 nowSecs = m_session.clock().nowSecs();
    if (const std::optional<qint64> earliest = StageRules::earliestMilestoneDue(*o))
        m_milestoneDue->setMinimumDate(QDateTime::fromSecsSinceEpoch(*earliest, Qt::UTC).date());
    else
        m_milestoneDue->clearMinimumDate();
    m_milestoneDue->setDate(
        QDateTime::fromSecsSinceEpoch(StageRules::defaultMilestoneDue(*o, nowSecs), Qt::UTC).date());

    if (const Result<QList<ForecastSignal>> signalList = repo.forecastSignals(m_id)) {
        for (const ForecastSignal& s : *signalList) {
            auto* item = new QListWidgetItem(
                u"%1 — %2 %3"_s.arg(Labels::date(s.notedAt), Labels::evidenceSignal(s.kind), s.note), m_signals);
            item->setData(Qt::UserRole, s.id);
        }
        if (o->forecast && signalList->size() < 2)
            new QListWidgetItem(tr("High risk: a forecast deal needs at least two evidence signals."), m_signals);
    }
    if (const Result<QList<PaymentMilestone>> ms = repo.milestones(m_id)) {
        const qint64 now = m_session.clock().nowSecs();
        for (const PaymentMilestone& m : *ms) {
            QString state = m.paidAt                             ? tr("paid %1").arg(Labels::date(*m.paidAt))
                            : m.dueAt < now                      ? tr("overdue")
                            : m.dueAt < now + qint64(15) * 86400 ? tr("due within 15 days")
                                                                 : tr("open");
            auto* item = new QListWidgetItem(
                u"%1 — %2 — %3"_s.arg(Labels::date(m.dueAt), Labels::money(m.amount), state), m_milestones);
            item->setData(Qt::UserRole, m.id);
        }
    }
}

bool OpportunityPanel::saveLeadFields() {
    OpportunityRepository repo(m_session.store());
    Result<Opportunity> o = repo.opportunity(m_id);
    if (!o)
        return false;
    o->industry = m_industry->currentData().toString();
    o->budgetBand = m_budget->currentData().toString();
    o->decisionChain = m_chain->currentData().toString();
    o->demandStage = m_demand->currentData().toString();
    const QStringList missing = repo.missingRequiredFields(o.value());
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& m : missing)
            names << Labels::leadField(m);
        showMessage(tr("Fill the required lead fields: %1.").arg(names.join(u", "_s)), true);
        return false;
    }
    const Result<QString> saved = repo.save(o.value());
    if (!saved) {
        showMessage(tr("Not saved: %1").arg(saved.error()), true);
        return false;
    }
    reload();
    showMessage(tr("Lead fields saved. Automatic tag: %1").arg(OpportunityRepository::autoTag(o.value())), false);
    return true;
}

bool OpportunityPanel::moveTo(const QString& code, const QString& lostReason) {
    OpportunityRepository repo(m_session.store());
    const Result<Opportunity> o = repo.opportunity(m_id);
    const std::optional<Stage> target = stageFromCode(code);
    if (!o || !target)
        return false;
    // docs/sales-method.md rule 6: the required lead fields (the organisation's policy) must be filled before the deal
    // moves on.
    const QStringList missing = repo.missingRequiredFields(o.value());
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& m : missing)
            names << Labels::leadField(m);
        showMessage(tr("Cannot move to %1: fill the required lead fields first: %2.")
                        .arg(Labels::stage(*target), names.join(u", "_s)),
                    true);
        return false;
    }
    if (*target == Stage::Lost && lostReason.trimmed().isEmpty()) {
        showMessage(tr("A lost deal needs a reason."), true);
        return false;
    }
    if (o->stage == *target)
        return true;
    // A forward skip and signed & paid ask for more (a confirmation, the contract and its payments): the stage dialog.
    if (StageChangeDialog::needed(o->stage, *target)) {
        StageChangeDialog dialog(m_session, m_id, *target, this);
        if (dialog.exec() != QDialog::Accepted) {
            showMessage(tr("Not moved."), false);
            return false;
        }
    } else {
        OpportunityRepository::StageMove move;
        move.stage = *target;
        move.lostReason = lostReason.trimmed();
        move.byRepId = m_session.user().id;
        const Status s = repo.changeStage(m_id, move);
        if (!s) {
            showMessage(tr("Not moved: %1").arg(s.error()), true);
            return false;
        }
    }
    reload();
    showMessage(tr("Moved to %1. Automatic tag: %2").arg(Labels::stage(*target), o->autoTag), false);
    return true;
}

bool OpportunityPanel::addSignal(const QString& kind, const QString& note) {
    ForecastSignal s;
    s.opportunityId = m_id;
    s.kind = kind;
    s.note = note.trimmed();
    s.notedAt = m_session.clock().nowSecs();
    const Result<QString> id = OpportunityRepository(m_session.store()).addForecastSignal(s);
    if (!id) {
        showMessage(tr("Not saved: %1").arg(id.error()), true);
        return false;
    }
    m_signalNote->clear();
    reload();
    return true;
}

bool OpportunityPanel::addMilestone(const QDate& due, double amount) {
    if (amount <= 0) {
        showMessage(tr("A payment milestone needs an amount."), true);
        return false;
    }
    const Result<Opportunity> o = OpportunityRepository(m_session.store()).opportunity(m_id);
    if (!o)
        return false;
    const std::optional<qint64> earliest = StageRules::earliestMilestoneDue(*o);
    if (earliest && QDateTime(due, QTime(12, 0), Qt::UTC).toSecsSinceEpoch() < *earliest) {
        showMessage(
            tr("A payment milestone cannot be due before the deal was created (%1).").arg(Labels::date(*o->createdAt)),
            true);
        return false;
    }
    PaymentMilestone m;
    m.opportunityId = m_id;
    m.dueAt = QDateTime(due, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    m.amount = amount;
    const Result<QString> id = OpportunityRepository(m_session.store()).saveMilestone(m);
    if (!id) {
        showMessage(tr("Not saved: %1").arg(id.error()), true);
        return false;
    }
    reload();
    return true;
}

void OpportunityPanel::retranslate() {
    m_leadBox->setTitle(tr("Required lead fields"));
    const QStringList leadLabels{tr("Industry:"), tr("Budget band:"), tr("Decision chain:"), tr("Demand stage:")};
    auto* lead = static_cast<QFormLayout*>(m_leadBox->layout());
    for (int row = 0; row < 4; ++row) {
        auto* label = qobject_cast<QLabel*>(lead->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setText(leadLabels[row]);
        label->setBuddy(lead->itemAt(row, QFormLayout::FieldRole)->widget());
        lead->itemAt(row, QFormLayout::FieldRole)->widget()->setAccessibleName(QString(leadLabels[row]).remove(u':'));
    }
    for (QComboBox* box : {m_industry, m_budget, m_chain, m_demand})
        box->setItemText(0, tr("(not filled)"));
    for (int i = 1; i < m_industry->count(); ++i)
        m_industry->setItemText(i, Labels::industry(m_industry->itemData(i).toString()));
    for (QComboBox* box : {m_chain, m_demand})
        for (int i = 1; i < box->count(); ++i)
            box->setItemText(i, Labels::leadValue(box->itemData(i).toString()));
    m_saveLead->setText(tr("Save lead fields"));
    m_stageBox->setTitle(tr("Stage"));
    for (int i = 0; i < m_stage->count(); ++i)
        m_stage->setItemText(i, Labels::stage(m_stage->itemData(i).toString()));
    m_stage->setAccessibleName(tr("New stage"));
    m_lostReason->setPlaceholderText(tr("Reason the deal was lost (required for lost)"));
    m_lostReason->setAccessibleName(tr("Lost reason"));
    m_move->setText(tr("Move"));
    m_signalBox->setTitle(tr("Evidence signals"));
    for (int i = 0; i < m_signalKind->count(); ++i)
        m_signalKind->setItemText(i, Labels::evidenceSignal(m_signalKind->itemData(i).toString()));
    m_signalKind->setAccessibleName(tr("Signal kind"));
    m_signalNote->setPlaceholderText(tr("Note"));
    m_signalNote->setAccessibleName(tr("Signal note"));
    m_addSignal->setText(tr("Add signal"));
    m_signals->setAccessibleName(tr("Evidence signals"));
    m_paymentBox->setTitle(tr("Payment milestones"));
    m_milestoneDue->setAccessibleName(tr("Milestone due date"));
    m_milestoneAmount->setAccessibleName(tr("Milestone amount"));
    m_addMilestone->setText(tr("Add milestone"));
    m_markPaid->setText(tr("Mark paid"));
    m_milestones->setAccessibleName(tr("Payment milestones"));
    reload();
}

void OpportunityPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Stride
