#include "dialogs/customereditdialog.h"

#include "domain/labels.h"
#include "domain/role.h"
#include "session.h"
#include "storage/customerrepository.h"
#include "storage/orgrepository.h"

#include <QComboBox>
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
void fillCombo(QComboBox* box, const QStringList& values) {
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString(), QString());
    for (const QString& v : values)
        box->addItem(v, v);
}
void select(QComboBox* box, const QString& value) {
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(value);
}
QString valueOf(const QComboBox* box) {
    const int i = box->findText(box->currentText());
    return i >= 0 ? box->itemData(i).toString() : box->currentText().trimmed();
}
} // namespace

CustomerEditDialog::CustomerEditDialog(Session& session, const QString& customerId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(customerId)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_industry(new QComboBox(this))
    , m_sizeBand(new QComboBox(this))
    , m_region(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_budget(new QComboBox(this))
    , m_chain(new QComboBox(this))
    , m_demand(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_satisfaction(new QDoubleSpinBox(this))
    , m_trial(new QDoubleSpinBox(this))
    , m_tier(new QComboBox(this))
    , m_error(new QLabel(this)) {
    m_name->setObjectName(u"name"_s);
    m_industry->setObjectName(u"industry"_s);
    m_owner->setObjectName(u"owner"_s);
    m_tier->setObjectName(u"tier"_s);
    // The tier normally follows the value score; an admin or supervisor may pin one by hand (customers.tier).
    m_tier->addItem(QString(), QString());
    for (const QString& t : {u"A"_s, u"B"_s, u"C"_s})
        m_tier->addItem(t, t);
    const SessionUser& me = m_session.user();
    m_tier->setEnabled(canPinTier(me.kind()));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    m_industry->addItem(QString(), QString());
    for (const QString& code : Labels::industryCodes())
        m_industry->addItem(Labels::industry(code), code);
    fillCombo(m_sizeBand, {u"1-49"_s, u"50-199"_s, u"200-999"_s, u"1000+"_s});
    fillCombo(m_budget, Labels::budgetBands());
    fillCombo(m_chain, Labels::decisionChains());
    fillCombo(m_demand, Labels::demandStages());
    for (QComboBox* box : {m_chain, m_demand})
        for (int i = 1; i < box->count(); ++i)
            box->setItemText(i, Labels::leadValue(box->itemData(i).toString()));
    for (QDoubleSpinBox* spin : {m_satisfaction, m_trial}) {
        spin->setRange(-1, 100);
        spin->setDecimals(0);
        spin->setSpecialValueText(u"—"_s);
        spin->setValue(-1);
    }
    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_nameEn);
    m_form->addRow(new QLabel(this), m_owner);
    m_form->addRow(new QLabel(this), m_industry);
    m_form->addRow(new QLabel(this), m_sizeBand);
    m_form->addRow(new QLabel(this), m_region);
    m_form->addRow(new QLabel(this), m_address);
    m_form->addRow(new QLabel(this), m_budget);
    m_form->addRow(new QLabel(this), m_chain);
    m_form->addRow(new QLabel(this), m_demand);
    m_form->addRow(new QLabel(this), m_tags);
    m_form->addRow(new QLabel(this), m_satisfaction);
    m_form->addRow(new QLabel(this), m_trial);
    m_form->addRow(new QLabel(this), m_tier);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #d93025"_s);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerEditDialog::reject);

    QString owner;
    if (!m_id.isEmpty()) {
        const Result<Customer> c = CustomerRepository(m_session.store()).customer(m_id);
        if (c) {
            owner = c->ownerId;
            m_name->setText(c->name);
            m_nameEn->setText(c->nameEn);
            select(m_industry, c->industry);
            select(m_sizeBand, c->sizeBand);
            m_region->setText(c->region);
            m_address->setText(c->address);
            select(m_budget, c->budgetBand);
            select(m_chain, c->decisionChain);
            select(m_demand, c->demandStage);
            m_tags->setText(c->tags);
            m_satisfaction->setValue(c->satisfaction.value_or(-1));
            m_trial->setValue(c->trialParticipation.value_or(-1));
            m_tier->setCurrentIndex(qMax(0, m_tier->findData(c->tier)));
        }
    }
    fillOwners(owner);
    setMinimumWidth(480);
    retranslate();
}

void CustomerEditDialog::fillOwners(const QString& current) {
    const SessionUser& me = m_session.user();
    OrgRepository org(m_session.store());
    // Whom the user may give a customer to: the server accepts only owners inside their own scope.
    Result<QList<Rep>> reps = me.isRep() && !me.id.isEmpty()              ? Result<QList<Rep>>(QList<Rep>{})
                              : me.isSupervisor() && !me.teamId.isEmpty() ? org.teamMembers(me.teamId)
                                                                          : org.reps();
    m_owner->addItem(QString(), QString()); // "(choose)", for a manager without a rep of their own
    auto add = [this](const QString& id, const QString& name) {
        if (!id.isEmpty() && m_owner->findData(id) < 0)
            m_owner->addItem(name.isEmpty() ? id : name, id);
    };
    // The signed-in user first: their reps row may not have arrived yet (the ids come from the sign-in).
    add(me.id, me.name);
    if (reps) {
        for (const Rep& r : *reps) {
            if (r.active)
                add(r.id, r.name);
        }
    }
    if (!m_id.isEmpty()) {
        // An existing customer keeps its owner here.
        if (!current.isEmpty()) {
            const Result<Rep> r = org.rep(current);
            add(current, r ? r->name : current);
        }
        m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
        m_owner->setEnabled(false);
        return;
    }
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(me.id)));
    // A rep adds customers of their own only.
    m_owner->setEnabled(!me.isRep() || me.id.isEmpty());
}

QString CustomerEditDialog::problem() const {
    if (m_name->text().trimmed().isEmpty())
        return tr("The customer needs a name.");
    if (m_industry->currentData().toString().isEmpty())
        return tr("Choose the customer's industry.");
    if (m_id.isEmpty() && m_owner->currentData().toString().isEmpty())
        return tr("Choose the customer's owner.");
    return {};
}

QString CustomerEditDialog::lastError() const {
    return m_error->text();
}

void CustomerEditDialog::accept() {
    const QString issue = problem();
    if (!issue.isEmpty()) {
        m_error->setText(issue);
        return;
    }
    CustomerRepository repo(m_session.store());
    Customer c;
    if (!m_id.isEmpty()) {
        const Result<Customer> existing = repo.customer(m_id);
        if (existing)
            c = existing.value();
    }
    c.name = m_name->text().trimmed();
    c.nameEn = m_nameEn->text().trimmed();
    c.industry = m_industry->currentData().toString();
    c.sizeBand = valueOf(m_sizeBand);
    c.region = m_region->text().trimmed();
    c.address = m_address->text().trimmed();
    c.budgetBand = valueOf(m_budget);
    c.decisionChain = valueOf(m_chain);
    c.demandStage = valueOf(m_demand);
    c.tags = m_tags->text().trimmed();
    c.satisfaction = m_satisfaction->value() < 0 ? std::nullopt : std::optional<double>(m_satisfaction->value());
    c.trialParticipation = m_trial->value() < 0 ? std::nullopt : std::optional<double>(m_trial->value());
    if (c.ownerId.isEmpty())
        c.ownerId = m_owner->currentData().toString();
    if (m_tier->isEnabled())
        c.tier = m_tier->currentData().toString();
    const Result<QString> id = repo.save(c);
    if (!id) {
        m_error->setText(tr("The customer was not saved: %1").arg(id.error()));
        return;
    }
    m_id = id.value();
    QDialog::accept();
}

void CustomerEditDialog::retranslate() {
    setWindowTitle(m_id.isEmpty() ? tr("New customer") : tr("Edit customer"));
    const QStringList labels{tr("&Name:"),
                             tr("English name:"),
                             tr("&Owner:"),
                             tr("&Industry:"),
                             tr("Size:"),
                             tr("&Region:"),
                             tr("&Address:"),
                             tr("&Budget band:"),
                             tr("Decision &chain:"),
                             tr("&Demand stage:"),
                             tr("&Tags:"),
                             tr("&Satisfaction:"),
                             tr("&Trial participation:"),
                             tr("T&ier:")};
    for (int row = 0; row < m_form->rowCount() && row < labels.size(); ++row) {
        auto* label = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        if (label) {
            label->setText(labels[row]);
            label->setBuddy(field);
        }
        field->setAccessibleName(QString(labels[row]).remove(u'&').remove(u':'));
    }
    m_industry->setItemText(0, tr("(choose)"));
    m_owner->setItemText(0, tr("(choose)"));
    m_tier->setItemText(0, tr("Automatic (from score)"));
    m_tier->setToolTip(m_tier->isEnabled()
                           ? tr("Automatic: the tier follows the value score. A, B or C pins it by hand.")
                           : tr("Only an admin or a supervisor may pin a tier by hand."));
}

void CustomerEditDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Stride
