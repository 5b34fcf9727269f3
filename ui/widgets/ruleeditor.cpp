#include "widgets/ruleeditor.h"

#include "analytics/ruleengine.h"
#include "domain/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

enum ValuePage { TextPage, NumberPage, ChoicePage, NonePage };

bool isNumberField(const QString& code) {
    const std::optional<RuleField> f = RuleGrammar::field(code);
    return f && f->kind == RuleField::Kind::Number;
}

// The fields whose values come from a known list.
QStringList choiceCodes(const QString& field) {
    if (field == u"tier"_s)
        return {u"A"_s, u"B"_s, u"C"_s};
    if (field == u"industry"_s)
        return Labels::industryCodes();
    if (field == u"budget_band"_s)
        return Labels::budgetBands();
    if (field == u"decision_chain"_s)
        return Labels::decisionChains();
    if (field == u"demand_stage"_s)
        return Labels::demandStages();
    if (field == u"stage"_s) {
        QStringList out;
        for (Stage s : funnelStages())
            out << stageCode(s);
        return out << stageCode(Stage::Lost);
    }
    return {};
}

QString choiceLabel(const QString& field, const QString& code) {
    if (field == u"industry"_s)
        return Labels::industry(code);
    if (field == u"stage"_s)
        return Labels::stage(code);
    if (field == u"decision_chain"_s || field == u"demand_stage"_s)
        return Labels::leadValue(code);
    return code;
}

bool hasChoices(const QString& field) {
    return field == u"owner_id"_s || !choiceCodes(field).isEmpty();
}

QJsonValue numberValue(double v) {
    if (v == std::floor(v) && std::abs(v) < 9e15)
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

QString plainValue(const QJsonValue& v) {
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'f', v.toDouble() == std::floor(v.toDouble()) ? 0 : 2);
    return v.toVariant().toString();
}

} // namespace

RuleEditor::RuleEditor(QWidget* parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameZhLabel(new QLabel(this))
    , m_nameZh(new QLineEdit(this))
    , m_active(new QCheckBox(this))
    , m_whenBox(new QGroupBox(this))
    , m_matchLabel(new QLabel(this))
    , m_match(new QComboBox(this))
    , m_conditionLayout(new QVBoxLayout)
    , m_addCondition(new QPushButton(this))
    , m_thenBox(new QGroupBox(this))
    , m_actionType(new QComboBox(this))
    , m_actionPages(new QStackedWidget(this))
    , m_repeat(new QCheckBox(this))
    , m_repeatDays(new QSpinBox(this))
    , m_tasksLabel(new QLabel(this))
    , m_taskLayout(new QVBoxLayout)
    , m_addTask(new QPushButton(this))
    , m_visitLabel(new QLabel(this))
    , m_visitDays(new QSpinBox(this))
    , m_escalateLabel(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(m_nameLabel);
    head->addWidget(m_name, 1);
    head->addWidget(m_nameZhLabel);
    head->addWidget(m_nameZh, 1);
    head->addWidget(m_active);
    m_nameLabel->setBuddy(m_name);
    m_nameZhLabel->setBuddy(m_nameZh);
    m_name->setObjectName(u"ruleName"_s);
    m_nameZh->setObjectName(u"ruleNameZh"_s);
    m_active->setObjectName(u"ruleActive"_s);
    layout->addLayout(head);

    auto* when = new QVBoxLayout(m_whenBox);
    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(m_matchLabel);
    matchRow->addWidget(m_match);
    matchRow->addStretch(1);
    m_matchLabel->setBuddy(m_match);
    m_match->addItem(QString(), u"all"_s);
    m_match->addItem(QString(), u"any"_s);
    when->addLayout(matchRow);
    m_conditionLayout->setSpacing(4);
    when->addLayout(m_conditionLayout);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addCondition);
    addRow->addStretch(1);
    when->addLayout(addRow);
    m_addCondition->setObjectName(u"addCondition"_s);
    layout->addWidget(m_whenBox);

    auto* then = new QVBoxLayout(m_thenBox);
    for (const QString& type : RuleGrammar::actionTypes())
        m_actionType->addItem(QString(), type);
    m_actionType->setObjectName(u"ruleAction"_s);
    then->addWidget(m_actionType);
    // create_tasks
    auto* tasksPage = new QWidget(m_actionPages);
    auto* tasks = new QVBoxLayout(tasksPage);
    tasks->setContentsMargins(0, 0, 0, 0);
    auto* repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(m_repeatDays);
    repeatRow->addStretch(1);
    m_repeatDays->setRange(1, 3650);
    m_repeatDays->setValue(30);
    tasks->addLayout(repeatRow);
    tasks->addWidget(m_tasksLabel);
    m_taskLayout->setSpacing(4);
    tasks->addLayout(m_taskLayout);
    auto* addTaskRow = new QHBoxLayout;
    addTaskRow->addWidget(m_addTask);
    addTaskRow->addStretch(1);
    tasks->addLayout(addTaskRow);
    m_addTask->setObjectName(u"addTask"_s);
    m_actionPages->addWidget(tasksPage);
    // visit_due
    auto* visitPage = new QWidget(m_actionPages);
    auto* visit = new QHBoxLayout(visitPage);
    visit->setContentsMargins(0, 0, 0, 0);
    visit->addWidget(m_visitLabel);
    visit->addWidget(m_visitDays);
    visit->addStretch(1);
    m_visitDays->setRange(1, 3650);
    m_visitDays->setValue(7);
    m_visitLabel->setBuddy(m_visitDays);
    m_actionPages->addWidget(visitPage);
    // escalate
    m_escalateLabel->setWordWrap(true);
    m_actionPages->addWidget(m_escalateLabel);
    then->addWidget(m_actionPages);
    layout->addWidget(m_thenBox);
    layout->addStretch(1);

    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        addCondition();
        emit edited();
    });
    connect(m_addTask, &QPushButton::clicked, this, [this] {
        addTask();
        emit edited();
    });
    connect(m_actionType, &QComboBox::currentIndexChanged, this, [this] {
        showAction();
        emit edited();
    });
    connect(m_repeat, &QCheckBox::toggled, m_repeatDays, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textEdited, this, &RuleEditor::edited);
    connect(m_nameZh, &QLineEdit::textEdited, this, &RuleEditor::edited);
    clear();
    retranslate();
}

void RuleEditor::clear() {
    m_id.clear();
    m_name->clear();
    m_nameZh->clear();
    m_active->setChecked(true);
    m_match->setCurrentIndex(0);
    while (!m_conditions.isEmpty())
        removeCondition(0);
    addCondition();
    m_actionType->setCurrentIndex(0);
    m_repeat->setChecked(false);
    m_repeatDays->setEnabled(false);
    m_repeatDays->setValue(30);
    while (!m_tasks.isEmpty())
        removeTask(0);
    addTask();
    m_visitDays->setValue(7);
    showAction();
}

void RuleEditor::setPeople(const QList<QPair<QString, QString>>& people) {
    m_people = people;
    for (ConditionRow& row : m_conditions) {
        if (row.field->currentData().toString() == u"owner_id"_s) {
            const QVariant kept = row.choice->currentData();
            fillChoices(row);
            const int i = row.choice->findData(kept);
            if (i >= 0)
                row.choice->setCurrentIndex(i);
        }
    }
}

Status RuleEditor::setRule(const Rule& rule) {
    const QJsonObject condition = QJsonDocument::fromJson(rule.conditionJson.toUtf8()).object();
    const QJsonObject action = QJsonDocument::fromJson(rule.actionJson.toUtf8()).object();
    const bool any = condition.contains(u"any"_s);
    const QJsonArray tests = condition.value(any ? u"any"_s : u"all"_s).toArray();
    for (const QJsonValue& t : tests) {
        const QJsonObject o = t.toObject();
        if (!o.contains(u"field"_s))
            return fail(tr("This rule nests groups of conditions, which this form cannot show."));
        if (!RuleGrammar::operators(o.value(u"field"_s).toString()).contains(o.value(u"op"_s).toString()))
            return fail(
                tr("This rule tests “%1” in a way this form does not know.").arg(o.value(u"field"_s).toString()));
    }
    if (!RuleGrammar::actionTypes().contains(action.value(u"type"_s).toString()))
        return fail(tr("This rule's action “%1” is not one this form knows.").arg(action.value(u"type"_s).toString()));
    clear();
    m_id = rule.id;
    m_name->setText(rule.name);
    m_nameZh->setText(rule.nameZh);
    m_active->setChecked(rule.active);
    m_match->setCurrentIndex(any ? 1 : 0);
    while (!m_conditions.isEmpty())
        removeCondition(0);
    for (const QJsonValue& t : tests) {
        addCondition(t.toObject().value(u"field"_s).toString());
        loadCondition(m_conditions.last(), t.toObject());
    }
    if (m_conditions.isEmpty())
        addCondition();
    const QString type = action.value(u"type"_s).toString();
    const int typeIndex = m_actionType->findData(type);
    m_actionType->setCurrentIndex(typeIndex >= 0 ? typeIndex : 0);
    if (type == u"create_tasks"_s) {
        m_repeat->setChecked(action.contains(u"every_days"_s));
        m_repeatDays->setEnabled(m_repeat->isChecked());
        if (m_repeat->isChecked())
            m_repeatDays->setValue(action.value(u"every_days"_s).toInt(30));
        while (!m_tasks.isEmpty())
            removeTask(0);
        for (const QJsonValue& t : action.value(u"tasks"_s).toArray()) {
            const QJsonObject o = t.toObject();
            addTask(o.value(u"title"_s).toString(), o.value(u"track"_s).toString(), o.value(u"due_days"_s).toInt(7));
        }
    } else if (type == u"visit_due"_s) {
        m_visitDays->setValue(action.value(u"every_days"_s).toInt(7));
    }
    showAction();
    return {};
}

Rule RuleEditor::rule() const {
    Rule r;
    r.id = m_id;
    r.name = m_name->text().trimmed();
    r.nameZh = m_nameZh->text().trimmed();
    r.active = m_active->isChecked();
    r.conditionJson = QString::fromUtf8(QJsonDocument(condition()).toJson(QJsonDocument::Compact));
    r.actionJson = QString::fromUtf8(QJsonDocument(action()).toJson(QJsonDocument::Compact));
    return r;
}

QJsonObject RuleEditor::condition() const {
    QJsonArray tests;
    for (const ConditionRow& row : m_conditions)
        tests.append(conditionOf(row));
    return QJsonObject{{m_match->currentData().toString(), tests}};
}

QJsonObject RuleEditor::action() const {
    const QString type = m_actionType->currentData().toString();
    QJsonObject out{{u"type"_s, type}};
    if (type == u"create_tasks"_s) {
        if (m_repeat->isChecked())
            out.insert(u"every_days"_s, m_repeatDays->value());
        QJsonArray tasks;
        for (const TaskRow& t : m_tasks) {
            QJsonObject o{{u"title"_s, t.title->text().trimmed()}, {u"due_days"_s, t.due->value()}};
            if (!t.track->text().trimmed().isEmpty())
                o.insert(u"track"_s, t.track->text().trimmed());
            tasks.append(o);
        }
        out.insert(u"tasks"_s, tasks);
    } else if (type == u"visit_due"_s) {
        out.insert(u"every_days"_s, m_visitDays->value());
    } else if (type == u"escalate"_s) {
        out.insert(u"to"_s, u"supervisor"_s);
    }
    return out;
}

void RuleEditor::addCondition(const QString& field) {
    ConditionRow row;
    row.widget = new QWidget(this);
    auto* h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.field = new QComboBox(row.widget);
    for (const RuleField& f : RuleGrammar::knownFields())
        row.field->addItem(QString(), f.code);
    row.field->setMinimumContentsLength(14);
    row.op = new QComboBox(row.widget);
    row.op->setMinimumContentsLength(8);
    row.value = new QStackedWidget(row.widget);
    row.text = new QLineEdit(row.value);
    row.number = new QDoubleSpinBox(row.value);
    row.number->setRange(-1e12, 1e12);
    row.number->setGroupSeparatorShown(true);
    row.choice = new QComboBox(row.value);
    row.choice->setEditable(true);
    row.choice->setInsertPolicy(QComboBox::NoInsert);
    row.none = new QLabel(row.value);
    row.value->addWidget(row.text);
    row.value->addWidget(row.number);
    row.value->addWidget(row.choice);
    row.value->addWidget(row.none);
    row.remove = new QToolButton(row.widget);
    row.remove->setText(u"✕"_s);
    h->addWidget(row.field, 2);
    h->addWidget(row.op, 1);
    h->addWidget(row.value, 2);
    h->addWidget(row.remove);
    const int fieldIndex = row.field->findData(field);
    row.field->setCurrentIndex(fieldIndex >= 0 ? fieldIndex : 0);
    m_conditions.append(row);
    m_conditionLayout->addWidget(row.widget);
    ConditionRow& added = m_conditions.last();
    retranslateCondition(added);
    fillOperators(added);
    fillChoices(added);
    showValueEditor(added);
    QWidget* key = row.widget;
    connect(row.field, &QComboBox::currentIndexChanged, this, [this, key] {
        ConditionRow& r = m_conditions[indexOf(key)];
        fillOperators(r);
        fillChoices(r);
        showValueEditor(r);
        emit edited();
    });
    connect(row.op, &QComboBox::currentIndexChanged, this, [this, key] {
        showValueEditor(m_conditions[indexOf(key)]);
        emit edited();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, key] {
        removeCondition(indexOf(key));
        emit edited();
    });
}

void RuleEditor::removeCondition(int row) {
    if (row < 0 || row >= m_conditions.size())
        return;
    delete m_conditions.takeAt(row).widget;
}

int RuleEditor::indexOf(const QWidget* rowWidget) const {
    for (int i = 0; i < m_conditions.size(); ++i)
        if (m_conditions.at(i).widget == rowWidget)
            return i;
    return -1;
}

void RuleEditor::fillOperators(ConditionRow& row) {
    const QString kept = row.op->currentData().toString();
    const QSignalBlocker block(row.op);
    row.op->clear();
    for (const QString& op : RuleGrammar::operators(row.field->currentData().toString()))
        row.op->addItem(operatorLabel(op), op);
    const int i = row.op->findData(kept);
    row.op->setCurrentIndex(i >= 0 ? i : 0);
}

void RuleEditor::fillChoices(ConditionRow& row) {
    const QString field = row.field->currentData().toString();
    const QSignalBlocker block(row.choice);
    row.choice->clear();
    if (field == u"owner_id"_s) {
        for (const auto& [id, name] : std::as_const(m_people))
            row.choice->addItem(name, id);
    } else {
        for (const QString& code : choiceCodes(field))
            row.choice->addItem(choiceLabel(field, code), code);
    }
    const bool number = isNumberField(field);
    row.number->setDecimals(field == u"days_in_stage"_s ? 1 : 0);
    row.number->setSuffix(QString());
    row.number->setEnabled(number);
}

void RuleEditor::showValueEditor(ConditionRow& row) {
    const QString field = row.field->currentData().toString();
    const QString op = row.op->currentData().toString();
    ValuePage page = TextPage;
    if (op == u"empty"_s || op == u"not_empty"_s)
        page = NonePage;
    else if (op == u"in"_s)
        page = TextPage;
    else if (isNumberField(field))
        page = NumberPage;
    else if (hasChoices(field) && op != u"contains"_s)
        page = ChoicePage;
    row.value->setCurrentIndex(page);
    row.text->setPlaceholderText(op == u"in"_s ? tr("values separated by commas") : QString());
}

void RuleEditor::setConditionValue(int index, const QVariant& value) {
    ConditionRow& row = m_conditions[index];
    switch (row.value->currentIndex()) {
    case NumberPage:
        row.number->setValue(value.toDouble());
        break;
    case ChoicePage: {
        const int i = row.choice->findData(value.toString());
        if (i >= 0)
            row.choice->setCurrentIndex(i);
        else
            row.choice->setEditText(value.toString());
        break;
    }
    case TextPage:
        row.text->setText(value.typeId() == QMetaType::QStringList ? value.toStringList().join(u", "_s)
                                                                   : value.toString());
        break;
    default:
        break;
    }
}

QJsonObject RuleEditor::conditionOf(const ConditionRow& row) const {
    const QString field = row.field->currentData().toString();
    const QString op = row.op->currentData().toString();
    QJsonObject out{{u"field"_s, field}, {u"op"_s, op}};
    switch (row.value->currentIndex()) {
    case NumberPage:
        out.insert(u"value"_s, numberValue(row.number->value()));
        break;
    case ChoicePage: {
        const int i = row.choice->currentIndex();
        const QString text = row.choice->currentText().trimmed();
        out.insert(u"value"_s, i >= 0 && row.choice->itemText(i) == text ? row.choice->itemData(i).toString() : text);
        break;
    }
    case TextPage:
        if (op == u"in"_s) {
            QJsonArray values;
            for (const QString& part : row.text->text().split(QRegularExpression(u"[,，;；]"_s))) {
                const QString v = part.trimmed();
                if (v.isEmpty())
                    continue;
                if (isNumberField(field))
                    values.append(numberValue(v.toDouble()));
                else
                    values.append(v);
            }
            out.insert(u"value"_s, values);
        } else {
            out.insert(u"value"_s, row.text->text().trimmed());
        }
        break;
    default:
        break;
    }
    return out;
}

void RuleEditor::loadCondition(ConditionRow& row, const QJsonObject& test) {
    const int opIndex = row.op->findData(test.value(u"op"_s).toString());
    row.op->setCurrentIndex(opIndex >= 0 ? opIndex : 0);
    showValueEditor(row);
    const QJsonValue v = test.value(u"value"_s);
    const int index = indexOf(row.widget);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : v.toArray())
            parts << (e.isDouble() ? QString::number(e.toDouble(), 'g', 15) : e.toString());
        setConditionValue(index, parts);
    } else {
        setConditionValue(index, v.toVariant());
    }
}

void RuleEditor::addTask(const QString& title, const QString& track, int dueDays) {
    TaskRow row;
    row.widget = new QWidget(this);
    auto* h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.title = new QLineEdit(title, row.widget);
    row.track = new QLineEdit(track, row.widget);
    row.dueLabel = new QLabel(row.widget);
    row.due = new QSpinBox(row.widget);
    row.due->setRange(1, 365);
    row.due->setValue(dueDays);
    row.remove = new QToolButton(row.widget);
    row.remove->setText(u"✕"_s);
    h->addWidget(row.title, 3);
    h->addWidget(row.track, 1);
    h->addWidget(row.dueLabel);
    h->addWidget(row.due);
    h->addWidget(row.remove);
    m_tasks.append(row);
    m_taskLayout->addWidget(row.widget);
    QWidget* key = row.widget;
    connect(row.remove, &QToolButton::clicked, this, [this, key] {
        removeTask(taskIndexOf(key));
        emit edited();
    });
    for (TaskRow& r : m_tasks)
        r.remove->setEnabled(m_tasks.size() > 1);
    retranslate();
}

void RuleEditor::removeTask(int row) {
    if (row < 0 || row >= m_tasks.size())
        return;
    delete m_tasks.takeAt(row).widget;
    for (TaskRow& r : m_tasks)
        r.remove->setEnabled(m_tasks.size() > 1);
}

int RuleEditor::taskIndexOf(const QWidget* rowWidget) const {
    for (int i = 0; i < m_tasks.size(); ++i)
        if (m_tasks.at(i).widget == rowWidget)
            return i;
    return -1;
}

void RuleEditor::showAction() {
    const int i = m_actionType->currentIndex();
    m_actionPages->setCurrentIndex(i < 0 ? 0 : i);
}

QString RuleEditor::fieldLabel(const QString& code) {
    static const QHash<QString, const char*> names{
        {u"name"_s, QT_TR_NOOP("Customer name")},
        {u"industry"_s, QT_TR_NOOP("Industry")},
        {u"size_band"_s, QT_TR_NOOP("Company size")},
        {u"region"_s, QT_TR_NOOP("Region")},
        {u"tier"_s, QT_TR_NOOP("Tier")},
        {u"budget_band"_s, QT_TR_NOOP("Budget band")},
        {u"decision_chain"_s, QT_TR_NOOP("Decision chain")},
        {u"demand_stage"_s, QT_TR_NOOP("Demand stage")},
        {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"satisfaction"_s, QT_TR_NOOP("Satisfaction (0–100)")},
        {u"trial_participation"_s, QT_TR_NOOP("New-product trial (0–100)")},
        {u"owner_id"_s, QT_TR_NOOP("Owner")},
        {u"annual_purchases"_s, QT_TR_NOOP("Purchases in 12 months (¥)")},
        {u"orders_12m"_s, QT_TR_NOOP("Orders in 12 months")},
        {u"stage"_s, QT_TR_NOOP("Open deal: stage")},
        {u"days_in_stage"_s, QT_TR_NOOP("Open deal: days in stage")},
        {u"competitor_notes"_s, QT_TR_NOOP("Latest visit: competitor notes")},
    };
    const auto it = names.constFind(code);
    return it == names.cend() ? code : tr(it.value());
}

QString RuleEditor::operatorLabel(const QString& op) {
    static const QHash<QString, const char*> names{
        {u"eq"_s, QT_TR_NOOP("is")},          {u"ne"_s, QT_TR_NOOP("is not")},
        {u"gt"_s, QT_TR_NOOP("more than")},   {u"gte"_s, QT_TR_NOOP("at least")},
        {u"lt"_s, QT_TR_NOOP("less than")},   {u"lte"_s, QT_TR_NOOP("at most")},
        {u"in"_s, QT_TR_NOOP("is one of")},   {u"contains"_s, QT_TR_NOOP("contains")},
        {u"empty"_s, QT_TR_NOOP("is empty")}, {u"not_empty"_s, QT_TR_NOOP("is filled in")},
    };
    const auto it = names.constFind(op);
    return it == names.cend() ? op : tr(it.value());
}

QString RuleEditor::conditionSummary(const QJsonObject& condition) {
    const bool any = condition.contains(u"any"_s);
    QStringList parts;
    for (const QJsonValue& t : condition.value(any ? u"any"_s : u"all"_s).toArray()) {
        const QJsonObject o = t.toObject();
        if (!o.contains(u"field"_s)) {
            parts << u"(%1)"_s.arg(conditionSummary(o));
            continue;
        }
        const QString field = o.value(u"field"_s).toString();
        const QString op = o.value(u"op"_s).toString();
        const QJsonValue v = o.value(u"value"_s);
        QString value;
        if (v.isArray()) {
            QStringList values;
            for (const QJsonValue& e : v.toArray())
                values << choiceLabel(field, plainValue(e));
            value = values.join(u", "_s);
        } else if (!v.isUndefined()) {
            value = v.isDouble() ? plainValue(v) : choiceLabel(field, v.toString());
        }
        parts << (u"%1 %2 %3"_s.arg(fieldLabel(field), operatorLabel(op), value)).trimmed();
    }
    return parts.join(any ? tr(" or ") : tr(" and "));
}

QString RuleEditor::actionSummary(const QJsonObject& action) {
    QString type = action.value(u"type"_s).toString();
    if (type == u"create_tasks"_s) {
        QStringList titles;
        for (const QJsonValue& t : action.value(u"tasks"_s).toArray())
            titles << t.toObject().value(u"title"_s).toString();
        const int every = action.value(u"every_days"_s).toInt(0);
        return every > 0 ? tr("Tasks every %n day(s): %1", nullptr, every).arg(titles.join(u", "_s))
                         : tr("Tasks: %1").arg(titles.join(u", "_s));
    }
    if (type == u"visit_due"_s)
        return tr("Visit every %n day(s)", nullptr, action.value(u"every_days"_s).toInt());
    if (type == u"escalate"_s)
        return tr("Escalate to the supervisor");
    return type;
}

void RuleEditor::retranslateCondition(ConditionRow& row) {
    for (int i = 0; i < row.field->count(); ++i)
        row.field->setItemText(i, fieldLabel(row.field->itemData(i).toString()));
    for (int i = 0; i < row.op->count(); ++i)
        row.op->setItemText(i, operatorLabel(row.op->itemData(i).toString()));
    const QString field = row.field->currentData().toString();
    if (field != u"owner_id"_s)
        for (int i = 0; i < row.choice->count(); ++i)
            row.choice->setItemText(i, choiceLabel(field, row.choice->itemData(i).toString()));
    row.none->setText(QString());
    row.remove->setToolTip(tr("Remove this condition"));
    row.field->setAccessibleName(tr("Condition field"));
    row.op->setAccessibleName(tr("Condition operator"));
    row.value->setAccessibleName(tr("Condition value"));
    showValueEditor(row);
}

void RuleEditor::retranslate() {
    m_nameLabel->setText(tr("&Name:"));
    m_nameZhLabel->setText(tr("Chinese name:"));
    m_active->setText(tr("Enabled"));
    m_whenBox->setTitle(tr("When"));
    m_matchLabel->setText(tr("Customers matching"));
    m_match->setItemText(0, tr("all of these conditions"));
    m_match->setItemText(1, tr("any of these conditions"));
    m_addCondition->setText(tr("Add condition"));
    m_thenBox->setTitle(tr("Then"));
    m_actionType->setItemText(0, tr("Create tasks for the customer's owner"));
    m_actionType->setItemText(1, tr("Set the visit cadence"));
    m_actionType->setItemText(2, tr("Escalate to the supervisor"));
    m_repeat->setText(tr("Repeat every"));
    m_repeatDays->setSuffix(tr(" days"));
    m_tasksLabel->setText(tr("Tasks (title, track, due):"));
    m_addTask->setText(tr("Add task"));
    m_visitLabel->setText(tr("Visit every"));
    m_visitDays->setSuffix(tr(" days"));
    m_escalateLabel->setText(tr("Puts a task on the supervisor's list for each deal that matches."));
    for (ConditionRow& row : m_conditions)
        retranslateCondition(row);
    for (TaskRow& t : m_tasks) {
        t.title->setPlaceholderText(tr("Task title"));
        t.track->setPlaceholderText(tr("Track (optional)"));
        t.dueLabel->setText(tr("due in"));
        t.due->setSuffix(tr(" days"));
        t.remove->setToolTip(tr("Remove this task"));
    }
}

void RuleEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Stride
