#include "dialogs/stagechangedialog.h"

#include "domain/labels.h"
#include "domain/stagerules.h"
#include "session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QDate utcDate(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date();
}

} // namespace

StageChangeDialog::StageChangeDialog(Session& session, const QString& opportunityId, Stage target, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_target(target)
    , m_header(new QLabel(this))
    , m_skipBox(new QGroupBox(this))
    , m_skipText(new QLabel(this))
    , m_confirmSkip(new QCheckBox(this))
    , m_lostReason(new QLineEdit(this))
    , m_wonBox(new QGroupBox(this))
    , m_amountLabel(new QLabel(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_stored(new QLabel(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_addRow(new QPushButton(this))
    , m_confirmAmount(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_ok(nullptr) {
    OpportunityRepository repo(session.store());
    if (Result<Opportunity> o = repo.opportunity(opportunityId))
        m_deal = *o;
    m_deal.id = opportunityId;
    m_skipped = StageRules::skippedStages(m_deal.stage, target);
    if (Result<QList<PaymentMilestone>> ms = repo.milestones(opportunityId))
        m_storedMilestones = int(ms->size());

    auto* layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    auto* skip = new QVBoxLayout(m_skipBox);
    m_skipText->setWordWrap(true);
    m_confirmSkip->setObjectName(u"confirmSkip"_s);
    skip->addWidget(m_skipText);
    skip->addWidget(m_confirmSkip);
    layout->addWidget(m_skipBox);
    m_skipBox->setVisible(!m_skipped.isEmpty());

    m_lostReason->setObjectName(u"lostReason"_s);
    layout->addWidget(m_lostReason);
    m_lostReason->setVisible(target == Stage::Lost);

    auto* won = new QVBoxLayout(m_wonBox);
    auto* amountRow = new QFormLayout;
    m_amount->setObjectName(u"contractAmount"_s);
    m_amount->setRange(0, 1e10);
    m_amount->setDecimals(0);
    m_amount->setPrefix(u"¥"_s);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setValue(m_deal.amount);
    amountRow->addRow(m_amountLabel, m_amount);
    m_amountLabel->setBuddy(m_amount);
    won->addLayout(amountRow);
    won->addWidget(m_stored);
    won->addLayout(m_rowsLayout);
    m_addRow->setObjectName(u"addMilestone"_s);
    won->addWidget(m_addRow, 0, Qt::AlignLeft);
    layout->addWidget(m_wonBox);
    m_wonBox->setVisible(target == Stage::Won);
    if (target == Stage::Won && m_storedMilestones == 0)
        addMilestone(utcDate(StageRules::defaultMilestoneDue(m_deal, session.clock().nowSecs())), m_deal.amount);

    m_confirmAmount->setObjectName(u"confirmAmount"_s);
    m_confirmAmount->setVisible(false);
    layout->addWidget(m_confirmAmount);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025; font-weight: bold"_s);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StageChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StageChangeDialog::reject);
    connect(m_addRow, &QPushButton::clicked, this,
            [this] { addMilestone(utcDate(StageRules::defaultMilestoneDue(m_deal, m_session.clock().nowSecs())), 0); });
    // A changed amount is a new question.
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, [this] {
        m_confirmAmount->setChecked(false);
        m_confirmAmount->setVisible(false);
    });
    setMinimumWidth(480);
    retranslate();
}

bool StageChangeDialog::needed(Stage from, Stage to) {
    return from != to && (to == Stage::Won || !StageRules::skippedStages(from, to).isEmpty());
}

void StageChangeDialog::addMilestone(const QDate& due, double amount) {
    auto* row = new QHBoxLayout;
    Row r{new QDateEdit(this), new QDoubleSpinBox(this)};
    r.due->setCalendarPopup(true);
    r.due->setDisplayFormat(u"yyyy-MM-dd"_s);
    if (const std::optional<qint64> earliest = StageRules::earliestMilestoneDue(m_deal))
        r.due->setMinimumDate(utcDate(*earliest));
    r.due->setDate(due);
    r.due->setObjectName(u"milestoneDue%1"_s.arg(m_rows.size()));
    r.amount->setRange(0, 1e10);
    r.amount->setDecimals(0);
    r.amount->setPrefix(u"¥"_s);
    r.amount->setGroupSeparatorShown(true);
    r.amount->setValue(amount);
    r.amount->setObjectName(u"milestoneAmount%1"_s.arg(m_rows.size()));
    row->addWidget(r.due);
    row->addWidget(r.amount, 1);
    m_rowsLayout->addLayout(row);
    m_rows << r;
    retranslate();
}

OpportunityRepository::StageMove StageChangeDialog::move() const {
    OpportunityRepository::StageMove m;
    m.stage = m_target;
    m.lostReason = m_lostReason->text().trimmed();
    m.byRepId = m_session.user().id;
    m.confirmSkip = m_confirmSkip->isChecked();
    if (m_target == Stage::Won) {
        m.contractAmount = m_amount->value();
        for (const Row& r : m_rows) {
            if (r.amount->value() <= 0)
                continue; // an empty row is no milestone
            PaymentMilestone pm;
            pm.opportunityId = m_deal.id;
            pm.dueAt = QDateTime(r.due->date(), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
            pm.amount = r.amount->value();
            m.milestones << pm;
        }
    }
    return m;
}

QString StageChangeDialog::problem() const {
    const OpportunityRepository::StageMove m = move();
    if (m_target == Stage::Lost && m.lostReason.isEmpty())
        return tr("A lost deal needs a reason.");
    if (!m_skipped.isEmpty() && !m.confirmSkip)
        return tr("Confirm that the deal skips these stages.");
    if (m_target == Stage::Won) {
        if (m_amount->value() <= 0)
            return tr("Enter the contract amount.");
        if (m.milestones.isEmpty() && m_storedMilestones == 0)
            return tr("Add at least one payment milestone.");
        const std::optional<qint64> earliest = StageRules::earliestMilestoneDue(m_deal);
        for (const PaymentMilestone& pm : m.milestones) {
            if (earliest && pm.dueAt < *earliest)
                return tr("A payment milestone cannot be due before the deal was created (%1).")
                    .arg(Labels::date(*m_deal.createdAt));
        }
    }
    return {};
}

QString StageChangeDialog::lastError() const {
    return m_error->text();
}

void StageChangeDialog::accept() {
    if (const QString issue = problem(); !issue.isEmpty()) {
        m_error->setText(issue);
        return;
    }
    if (m_target == Stage::Won && !m_confirmAmount->isChecked()) {
        const StageRules::AmountConcern concern = StageRules::amountConcern(m_amount->value(), m_deal.budgetBand);
        if (concern != StageRules::AmountConcern::None) {
            m_error->setText(concern == StageRules::AmountConcern::BelowBand
                                 ? tr("%1 is far below the budget band %2. Check the amount, or confirm it below.")
                                       .arg(Labels::money(m_amount->value()), m_deal.budgetBand)
                                 : tr("%1 is far above the budget band %2. Check the amount, or confirm it below.")
                                       .arg(Labels::money(m_amount->value()), m_deal.budgetBand));
            m_confirmAmount->setVisible(true);
            return;
        }
    }
    const Status s = OpportunityRepository(m_session.store()).changeStage(m_deal.id, move());
    if (!s) {
        m_error->setText(tr("Not moved: %1").arg(s.error()));
        return;
    }
    QDialog::accept();
}

void StageChangeDialog::retranslate() {
    setWindowTitle(tr("Move deal"));
    m_header->setText(
        tr("Move “%1” from %2 to %3.").arg(m_deal.title, Labels::stage(m_deal.stage), Labels::stage(m_target)));
    m_skipBox->setTitle(tr("Skipped stages"));
    QStringList names;
    for (Stage s : m_skipped)
        names << Labels::stage(s);
    m_skipText->setText(tr("This move skips %1. The method goes through every stage: skip only if the deal really "
                           "passed them. They are recorded as skipped (no time spent in them).")
                            .arg(names.join(u", "_s)));
    m_confirmSkip->setText(tr("Skip these stages"));
    m_lostReason->setPlaceholderText(tr("Reason the deal was lost (required)"));
    m_lostReason->setAccessibleName(tr("Lost reason"));
    m_wonBox->setTitle(tr("Contract and payments"));
    m_amountLabel->setText(tr("Contract &amount:"));
    m_amount->setAccessibleName(tr("Contract amount"));
    m_stored->setText(m_storedMilestones > 0 ? tr("%n payment milestone(s) already recorded.", "", m_storedMilestones)
                                             : tr("Payment milestones (at least one):"));
    for (const Row& r : m_rows) {
        r.due->setAccessibleName(tr("Milestone due date"));
        r.amount->setAccessibleName(tr("Milestone amount"));
    }
    m_addRow->setText(tr("Add milestone"));
    m_confirmAmount->setText(tr("The amount is right"));
    if (m_ok)
        m_ok->setText(tr("Move"));
}

void StageChangeDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
