#include "dialogs/newopportunitydialog.h"

#include "domain/labels.h"
#include "domain/stagerules.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/opportunityrepository.h"
#include "widgets/customerpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
void fillCombo(QComboBox* box, const QStringList& values, bool translate) {
    box->addItem(QString(), QString());
    for (const QString& v : values)
        box->addItem(translate ? Labels::leadValue(v) : v, v);
}

void selectValue(QComboBox* box, const QString& value) {
    if (value.isEmpty())
        return; // keep what the user chose: a customer without the value does not clear it
    int i = box->findData(value);
    if (i < 0) {
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(i);
}
} // namespace

NewOpportunityDialog::NewOpportunityDialog(Session& session, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_customer(new CustomerPicker(session, this))
    , m_title(new QLineEdit(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_expectedClose(new QDateEdit(this))
    , m_stage(new QLabel(this))
    , m_industry(new QComboBox(this))
    , m_budget(new QComboBox(this))
    , m_chain(new QComboBox(this))
    , m_demand(new QComboBox(this))
    , m_tag(new QLabel(this))
    , m_error(new QLabel(this))
    , m_save(nullptr) {
    m_title->setObjectName(u"title"_s);
    m_amount->setObjectName(u"amount"_s);
    m_expectedClose->setObjectName(u"expectedClose"_s);
    m_industry->setObjectName(u"leadIndustry"_s);
    m_budget->setObjectName(u"leadBudget"_s);
    m_chain->setObjectName(u"leadChain"_s);
    m_demand->setObjectName(u"leadDemand"_s);
    m_error->setObjectName(u"error"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_amount->setRange(0, 1e10);
    m_amount->setDecimals(0);
    m_amount->setPrefix(u"¥"_s);
    m_amount->setGroupSeparatorShown(true);
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_expectedClose->setDate(m_session.clock().now().toLocalTime().date().addDays(60));
    m_industry->addItem(QString(), QString());
    for (const QString& code : Labels::industryCodes())
        m_industry->addItem(Labels::industry(code), code);
    fillCombo(m_budget, Labels::budgetBands(), false);
    fillCombo(m_chain, Labels::decisionChains(), true);
    fillCombo(m_demand, Labels::demandStages(), true);
    m_form->addRow(new QLabel(this), m_customer);
    m_form->addRow(new QLabel(this), m_title);
    m_form->addRow(new QLabel(this), m_amount);
    m_form->addRow(new QLabel(this), m_expectedClose);
    m_form->addRow(new QLabel(this), m_stage);
    m_form->addRow(new QLabel(this), m_industry);
    m_form->addRow(new QLabel(this), m_budget);
    m_form->addRow(new QLabel(this), m_chain);
    m_form->addRow(new QLabel(this), m_demand);
    m_tag->setWordWrap(true);
    layout->addWidget(m_tag);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025; font-weight: bold"_s);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOpportunityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewOpportunityDialog::reject);
    connect(m_customer, &CustomerPicker::customerChanged, this, &NewOpportunityDialog::prefillFromCustomer);
    for (QComboBox* box : {m_industry, m_budget, m_chain, m_demand})
        connect(box, &QComboBox::currentIndexChanged, this, &NewOpportunityDialog::retranslate);
    // Another amount or band is another question: Save saves again only after asking it.
    const auto amountEdited = [this] {
        if (!m_questioned)
            return;
        m_questioned.reset();
        m_error->clear();
        m_save->setText(tr("&Save"));
    };
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, amountEdited);
    connect(m_budget, &QComboBox::currentIndexChanged, this, amountEdited);
    if (!customerId.isEmpty())
        m_customer->setCustomer(customerId); // prefills through customerChanged
    setMinimumWidth(520);
    retranslate();
    (customerId.isEmpty() ? static_cast<QWidget*>(m_customer->lineEdit()) : m_title)->setFocus();
}

// Carry-over (docs/sales-method.md rule 4): the customer's industry and lead fields are the deal's until edited.
void NewOpportunityDialog::prefillFromCustomer(const QString& customerId) {
    if (customerId.isEmpty())
        return;
    const Result<Customer> c = CustomerRepository(m_session.store()).customer(customerId);
    if (!c)
        return;
    selectValue(m_industry, c->industry);
    selectValue(m_budget, c->budgetBand);
    selectValue(m_chain, c->decisionChain);
    selectValue(m_demand, c->demandStage);
}

QString NewOpportunityDialog::problem() const {
    if (m_customer->customerId().isEmpty())
        return tr("Choose the customer.");
    if (m_title->text().trimmed().isEmpty())
        return tr("The opportunity needs a title.");
    Opportunity o;
    o.industry = m_industry->currentData().toString();
    o.budgetBand = m_budget->currentData().toString();
    o.decisionChain = m_chain->currentData().toString();
    o.demandStage = m_demand->currentData().toString();
    const QStringList missing = OpportunityRepository(m_session.store()).missingRequiredFields(o);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString& m : missing)
            names << Labels::leadField(m);
        return tr("Fill the required lead fields: %1.").arg(names.join(u", "_s));
    }
    return {};
}

QString NewOpportunityDialog::amountQuestion() const {
    const double amount = m_amount->value();
    const QString band = m_budget->currentData().toString();
    switch (StageRules::amountConcern(amount, band)) {
    case StageRules::AmountConcern::Zero:
        return tr("The amount is ¥0. Enter the deal's expected amount, or press Save again to keep ¥0.");
    case StageRules::AmountConcern::BelowBand:
        return tr("%1 is far below the budget band %2. Check the amount, or press Save again to keep it.")
            .arg(Labels::money(amount), band);
    case StageRules::AmountConcern::AboveBand:
        return tr("%1 is far above the budget band %2. Check the amount, or press Save again to keep it.")
            .arg(Labels::money(amount), band);
    case StageRules::AmountConcern::None:
        break;
    }
    return {};
}

QString NewOpportunityDialog::lastError() const {
    return m_error->text();
}

void NewOpportunityDialog::accept() {
    const QString issue = problem();
    if (!issue.isEmpty()) {
        m_error->setText(issue);
        return;
    }
    const std::pair<double, QString> asked{m_amount->value(), m_budget->currentData().toString()};
    if (const QString question = amountQuestion(); !question.isEmpty() && m_questioned != asked) {
        m_questioned = asked;
        m_error->setText(question);
        m_save->setText(tr("Save anyway"));
        return;
    }
    Opportunity o;
    o.customerId = m_customer->customerId();
    o.title = m_title->text().trimmed();
    o.amount = m_amount->value();
    o.stage = Stage::Lead;
    o.expectedClose = QDateTime(m_expectedClose->date(), QTime(12, 0)).toSecsSinceEpoch();
    o.industry = m_industry->currentData().toString();
    o.budgetBand = m_budget->currentData().toString();
    o.decisionChain = m_chain->currentData().toString();
    o.demandStage = m_demand->currentData().toString();
    o.ownerId = m_session.user().id;
    if (m_session.user().isManager()) {
        if (const Result<Customer> c = CustomerRepository(m_session.store()).customer(o.customerId);
            c && !c->ownerId.isEmpty())
            o.ownerId = c->ownerId;
    }
    const Result<QString> id = OpportunityRepository(m_session.store()).save(o);
    if (!id) {
        m_error->setText(tr("The opportunity was not saved: %1").arg(id.error()));
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}

void NewOpportunityDialog::retranslate() {
    setWindowTitle(tr("New opportunity"));
    const QStringList labels{tr("&Customer:"),       tr("&Title:"),          tr("&Amount:"),
                             tr("&Expected close:"), tr("Stage:"),           tr("&Industry:"),
                             tr("&Budget band:"),    tr("Decision c&hain:"), tr("De&mand stage:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label) {
            label->setText(labels[row]);
            label->setBuddy(field == m_customer ? static_cast<QWidget*>(m_customer->lineEdit()) : field);
        }
        field->setAccessibleName(QString(labels[row]).remove(u'&').remove(u':'));
    }
    m_customer->lineEdit()->setAccessibleName(tr("Customer"));
    m_customer->lineEdit()->setPlaceholderText(tr("Type a name to find the customer"));
    m_stage->setText(tr("%1 — every opportunity starts here").arg(Labels::stage(Stage::Lead)));
    // Which lead fields are required is the organisation's policy.
    const QStringList required = OpportunityRepository(m_session.store()).requiredLeadFields();
    const std::pair<QComboBox*, QString> leadBoxes[] = {{m_industry, u"industry"_s},
                                                        {m_budget, u"budget_band"_s},
                                                        {m_chain, u"decision_chain"_s},
                                                        {m_demand, u"demand_stage"_s}};
    for (const auto& [box, field] : leadBoxes)
        box->setItemText(0, required.contains(field) ? tr("(required)") : tr("(optional)"));
    for (int i = 1; i < m_industry->count(); ++i)
        m_industry->setItemText(i, Labels::industry(m_industry->itemData(i).toString()));
    for (QComboBox* box : {m_chain, m_demand})
        for (int i = 1; i < box->count(); ++i)
            box->setItemText(i, Labels::leadValue(box->itemData(i).toString()));
    Opportunity o;
    o.industry = m_industry->currentData().toString();
    o.budgetBand = m_budget->currentData().toString();
    o.decisionChain = m_chain->currentData().toString();
    const QString tag = OpportunityRepository::autoTag(o);
    m_tag->setText(tag.isEmpty() ? tr("Automatic tag: (fill the lead fields)") : tr("Automatic tag: %1").arg(tag));
}

void NewOpportunityDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
