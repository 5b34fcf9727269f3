#include "dialogs/logvisitdialog.h"

#include "session.h"
#include "storage/catalogrepository.h"
#include "storage/customerrepository.h"
#include "storage/visitrepository.h"
#include "widgets/customerpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
template <typename W> W* named(W* widget, const QString& name) {
    widget->setObjectName(name);
    return widget;
}
} // namespace

LogVisitDialog::LogVisitDialog(Session& session, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_customer(named(new CustomerPicker(session, this), u"customer"_s))
    , m_carryNote(new QLabel(this))
    , m_when(named(new QDateTimeEdit(this), u"visitedAt"_s))
    , m_channel(named(new QComboBox(this), u"channel"_s))
    , m_duration(named(new QSpinBox(this), u"duration"_s))
    , m_contact(named(new QComboBox(this), u"contact"_s))
    , m_address(named(new QLineEdit(this), u"address"_s))
    , m_summary(named(new QPlainTextEdit(this), u"summary"_s))
    , m_outcome(named(new QLineEdit(this), u"outcome"_s))
    , m_behaviour(named(new QComboBox(this), u"behaviour"_s))
    , m_competitor(named(new QLineEdit(this), u"competitor"_s))
    , m_insight(named(new QLineEdit(this), u"insight"_s))
    , m_nextAction(named(new QLineEdit(this), u"nextAction"_s))
    , m_nextDue(named(new QDateEdit(this), u"nextDue"_s))
    , m_noAction(named(new QCheckBox(this), u"noAction"_s))
    , m_noActionReason(named(new QLineEdit(this), u"noActionReason"_s))
    , m_error(named(new QLabel(this), u"error"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const QDateTime now = m_session.clock().now().toLocalTime();
    m_when->setDateTime(now);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    for (const QString& c : Visit::channels())
        m_channel->addItem(QString(), c);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    m_nextDue->setCalendarPopup(true);
    m_nextDue->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_nextDue->setDate(now.date().addDays(7));
    m_carryNote->setWordWrap(true);
    m_carryNote->setEnabled(false);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025"_s);
    m_behaviour->addItem(QString(), QString());
    if (const Result<QList<BehaviourType>> types = CatalogRepository(m_session.store()).behaviourTypes()) {
        for (const BehaviourType& t : *types) {
            m_behaviour->addItem(QString(), t.id);
            m_behaviour->setItemData(m_behaviour->count() - 1, t.name, Qt::UserRole + 1);
            m_behaviour->setItemData(m_behaviour->count() - 1, t.nameZh, Qt::UserRole + 2);
            m_behaviour->setItemData(m_behaviour->count() - 1, t.points, Qt::UserRole + 3);
        }
    }

    auto* nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextAction, 1);
    nextRow->addWidget(m_nextDue);
    auto* noneRow = new QHBoxLayout;
    noneRow->addWidget(m_noAction);
    noneRow->addWidget(m_noActionReason, 1);

    m_form->addRow(new QLabel(this), m_customer);
    m_form->addRow(new QLabel(this), m_carryNote);
    m_form->addRow(new QLabel(this), m_when);
    m_form->addRow(new QLabel(this), m_channel);
    m_form->addRow(new QLabel(this), m_duration);
    m_form->addRow(new QLabel(this), m_contact);
    m_form->addRow(new QLabel(this), m_address);
    m_form->addRow(new QLabel(this), m_summary);
    m_form->addRow(new QLabel(this), m_outcome);
    m_form->addRow(new QLabel(this), m_behaviour);
    m_form->addRow(new QLabel(this), m_competitor);
    m_form->addRow(new QLabel(this), m_insight);
    m_form->addRow(new QLabel(this), nextRow);
    m_form->addRow(new QLabel(this), noneRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogVisitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogVisitDialog::reject);
    auto* save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &LogVisitDialog::accept);
    auto* saveEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(saveEnter, &QShortcut::activated, this, &LogVisitDialog::accept);
    connect(m_noAction, &QCheckBox::toggled, this, &LogVisitDialog::updateNextActionState);
    connect(m_customer, &CustomerPicker::customerChanged, this, &LogVisitDialog::applyCarryOver);

    setMinimumWidth(620);
    retranslate();
    updateNextActionState();
    if (!customerId.isEmpty()) {
        setCustomer(customerId);
        m_when->setFocus();
    } else {
        m_customer->setFocus();
    }
}

LogVisitDialog::~LogVisitDialog() = default;

QString LogVisitDialog::customerId() const {
    return m_customer->customerId();
}

void LogVisitDialog::setCustomer(const QString& customerId) {
    m_customer->setCustomer(customerId);
}

// docs/sales-method.md rule 4: prefill what the customer's last record knows; the user's edit always wins.
void LogVisitDialog::applyCarryOver() {
    m_contact->clear();
    m_contact->addItem(tr("(no contact)"), QString());
    m_carryNote->clear();
    const QString id = customerId();
    if (id.isEmpty())
        return;
    CustomerRepository customers(m_session.store());
    if (const Result<QList<Contact>> contacts = customers.contacts(id)) {
        for (const Contact& c : *contacts)
            m_contact->addItem(c.title.isEmpty() ? c.name : u"%1 (%2)"_s.arg(c.name, c.title), c.id);
    }
    const Result<VisitCarryOver> carry = customers.carryOver(id);
    if (!carry)
        return;
    QStringList filled;
    if (!carry->address.isEmpty()) {
        m_address->setText(carry->address);
        filled << tr("address");
    }
    if (!carry->contactId.isEmpty()) {
        int index = m_contact->findData(carry->contactId);
        if (index < 0) {
            m_contact->addItem(carry->contactTitle.isEmpty()
                                   ? carry->contactName
                                   : u"%1 (%2)"_s.arg(carry->contactName, carry->contactTitle),
                               carry->contactId);
            index = m_contact->count() - 1;
        }
        m_contact->setCurrentIndex(index);
        filled << tr("contact and title");
    }
    if (!filled.isEmpty())
        m_carryNote->setText(tr("Prefilled from the last record: %1. Edit to override.").arg(filled.join(u", "_s)));
}

void LogVisitDialog::updateNextActionState() {
    const bool none = m_noAction->isChecked();
    m_nextAction->setEnabled(!none);
    m_nextDue->setEnabled(!none);
    m_noActionReason->setEnabled(none);
}

QString LogVisitDialog::problem() const {
    if (customerId().isEmpty())
        return tr("Choose the customer you visited.");
    if (m_summary->toPlainText().trimmed().isEmpty())
        return tr("Write a short summary of the visit.");
    if (m_noAction->isChecked()) {
        if (m_noActionReason->text().trimmed().isEmpty())
            return tr("Give the reason why there is no next action.");
    } else {
        if (m_nextAction->text().trimmed().isEmpty())
            return tr("Every visit ends with a next action and its due date, or a reason for none.");
        if (m_nextDue->date() < m_when->date())
            return tr("The next action is due before the visit.");
    }
    return {};
}

QString LogVisitDialog::lastError() const {
    return m_error->text();
}

void LogVisitDialog::accept() {
    const QString issue = problem();
    if (!issue.isEmpty()) {
        m_error->setText(issue);
        return;
    }
    Visit v;
    v.customerId = customerId();
    v.repId = m_session.user().id;
    v.contactId = m_contact->currentData().toString();
    v.visitedAt = m_when->dateTime().toSecsSinceEpoch();
    v.channel = m_channel->currentData().toString();
    if (m_duration->value() > 0)
        v.durationMin = m_duration->value();
    v.address = m_address->text().trimmed();
    v.summary = m_summary->toPlainText().trimmed();
    v.outcome = m_outcome->text().trimmed();
    v.behaviourTypeId = m_behaviour->currentData().toString();
    v.competitorNotes = m_competitor->text().trimmed();
    v.insight = m_insight->text().trimmed();
    if (m_noAction->isChecked()) {
        v.noActionReason = m_noActionReason->text().trimmed();
    } else {
        v.nextAction = m_nextAction->text().trimmed();
        // Due at the end of the chosen local day.
        v.nextActionDue = QDateTime(m_nextDue->date(), QTime(18, 0)).toSecsSinceEpoch();
    }
    VisitRepository visits(m_session.store());
    const Result<QString> id = visits.log(v);
    if (!id) {
        m_error->setText(tr("The visit was not saved: %1").arg(id.error()));
        return;
    }
    m_savedId = id.value();
    emit visitLogged(m_savedId);
    QDialog::accept();
}

void LogVisitDialog::retranslate() {
    setWindowTitle(tr("Log a visit"));
    const QStringList labels{
        tr("&Customer:"),        QString(),       tr("&When:"),        tr("C&hannel:"), tr("&Duration:"),
        tr("C&ontact:"),         tr("&Address:"), tr("&Summary:"),     tr("O&utcome:"), tr("&Behaviour:"),
        tr("Co&mpetitor note:"), tr("&Insight:"), tr("&Next action:"), QString()};
    const QStringList names{
        tr("Customer"),        QString(),     tr("Visit time"),  tr("Channel"), tr("Duration in minutes"),
        tr("Contact"),         tr("Address"), tr("Summary"),     tr("Outcome"), tr("Behaviour type"),
        tr("Competitor note"), tr("Insight"), tr("Next action"), QString()};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        QLayoutItem* labelItem = m_form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem* fieldItem = m_form->itemAt(row, QFormLayout::FieldRole);
        if (auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr) {
            label->setText(labels[row]);
            if (fieldItem && fieldItem->widget())
                label->setBuddy(fieldItem->widget());
        }
        if (fieldItem && fieldItem->widget() && !names[row].isEmpty())
            fieldItem->widget()->setAccessibleName(names[row]);
    }
    if (auto* nextLabel = qobject_cast<QLabel*>(m_form->itemAt(12, QFormLayout::LabelRole)->widget()))
        nextLabel->setBuddy(m_nextAction);
    m_customer->lineEdit()->setAccessibleName(tr("Customer"));
    m_customer->lineEdit()->setPlaceholderText(tr("Type a customer name…"));
    const QStringList channels{tr("On site"), tr("Phone"), tr("Video"), tr("Chat")};
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, channels.value(i));
    m_duration->setSuffix(tr(" min"));
    m_summary->setPlaceholderText(tr("What happened, in a sentence or two"));
    m_behaviour->setItemText(0, tr("(none)"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (int i = 1; i < m_behaviour->count(); ++i) {
        const QString zh = m_behaviour->itemData(i, Qt::UserRole + 2).toString();
        const QString name = chinese && !zh.isEmpty() ? zh : m_behaviour->itemData(i, Qt::UserRole + 1).toString();
        m_behaviour->setItemText(
            i, tr("%1 (+%2 points)").arg(name).arg(m_behaviour->itemData(i, Qt::UserRole + 3).toInt()));
    }
    m_competitor->setPlaceholderText(tr("Creates a follow-up task within 72 hours"));
    m_insight->setPlaceholderText(tr("One-line field insight for the team (awaits approval)"));
    m_nextAction->setPlaceholderText(tr("e.g. send the product-match report"));
    m_nextAction->setAccessibleName(tr("Next action"));
    m_nextDue->setAccessibleName(tr("Next action due date"));
    m_noAction->setText(tr("No next action, because:"));
    m_noActionReason->setAccessibleName(tr("Reason for no next action"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save (Ctrl+Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    if (m_contact->count() > 0)
        m_contact->setItemText(0, tr("(no contact)"));
}

void LogVisitDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
