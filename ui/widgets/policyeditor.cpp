#include "widgets/policyeditor.h"

#include "domain/labels.h"
#include "domain/orgpolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

const char* const kWeightKeys[3] = {"p", "s", "t"};

QDoubleSpinBox* daysBox(QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0.5, 365);
    box->setDecimals(1);
    box->setSingleStep(1);
    return box;
}

} // namespace

PolicyEditor::PolicyEditor(QWidget* parent)
    : QWidget(parent)
    , m_orgBox(new QGroupBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_timeZoneLabel(new QLabel(this))
    , m_timeZone(new QComboBox(this))
    , m_orgChange(new QLabel(this))
    , m_leadBox(new QGroupBox(this))
    , m_leadHint(new QLabel(this))
    , m_leadChange(new QLabel(this))
    , m_scoreBox(new QGroupBox(this))
    , m_sum(new QLabel(this))
    , m_tierALabel(new QLabel(this))
    , m_tierA(new QSpinBox(this))
    , m_tierBLabel(new QLabel(this))
    , m_tierB(new QSpinBox(this))
    , m_scoreChange(new QLabel(this))
    , m_dwellBox(new QGroupBox(this))
    , m_yellowHead(new QLabel(this))
    , m_redHead(new QLabel(this))
    , m_dwellChange(new QLabel(this)) {
    buildOrgBox();
    buildLeadBox();
    buildScoreBox();
    buildDwellBox();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    left->addWidget(m_leadBox);
    left->addWidget(m_scoreBox);
    left->addStretch(1);
    layout->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_orgBox);
    right->addWidget(m_dwellBox, 1);
    layout->addLayout(right, 1);
    for (QLabel* change : {m_orgChange, m_leadChange, m_scoreChange, m_dwellChange}) {
        change->setWordWrap(true);
        change->setForegroundRole(QPalette::PlaceholderText);
    }
    retranslate();
}

// The organisation's name, language and time zone.
void PolicyEditor::buildOrgBox() {
    auto* org = new QGridLayout(m_orgBox);
    m_name->setObjectName(u"orgName"_s);
    m_language->setObjectName(u"orgLanguage"_s);
    m_timeZone->setObjectName(u"orgTimeZone"_s);
    // The language names are each in their own language, as language pickers show them.
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    m_nameLabel->setBuddy(m_name);
    m_languageLabel->setBuddy(m_language);
    m_timeZoneLabel->setBuddy(m_timeZone);
    org->addWidget(m_nameLabel, 0, 0);
    org->addWidget(m_name, 0, 1);
    org->addWidget(m_languageLabel, 1, 0);
    org->addWidget(m_language, 1, 1);
    org->addWidget(m_timeZoneLabel, 2, 0);
    org->addWidget(m_timeZone, 2, 1);
    org->addWidget(m_orgChange, 3, 0, 1, 2);
    org->setColumnStretch(1, 1);
    connect(m_name, &QLineEdit::textEdited, this, &PolicyEditor::edited);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PolicyEditor::edited);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &PolicyEditor::edited);
}

// Which fields a new lead must have.
void PolicyEditor::buildLeadBox() {
    auto* lead = new QVBoxLayout(m_leadBox);
    m_leadHint->setWordWrap(true);
    lead->addWidget(m_leadHint);
    for (const QString& f : leadFields()) {
        auto* box = new QCheckBox(m_leadBox);
        box->setObjectName(u"required_"_s + f);
        m_required.insert(f, box);
        lead->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &PolicyEditor::edited);
    }
    lead->addWidget(m_leadChange);
}

// The value score's weights and tier thresholds.
void PolicyEditor::buildScoreBox() {
    auto* score = new QGridLayout(m_scoreBox);
    for (int i = 0; i < 3; ++i) {
        m_weightLabels[i] = new QLabel(m_scoreBox);
        m_weights[i] = new QDoubleSpinBox(m_scoreBox);
        m_weights[i]->setRange(0, 1);
        m_weights[i]->setDecimals(2);
        m_weights[i]->setSingleStep(0.05);
        m_weights[i]->setObjectName(u"weight_"_s + QLatin1StringView(kWeightKeys[i]));
        m_weightLabels[i]->setBuddy(m_weights[i]);
        score->addWidget(m_weightLabels[i], i, 0);
        score->addWidget(m_weights[i], i, 1);
        connect(m_weights[i], &QDoubleSpinBox::valueChanged, this, [this] {
            updateSum();
            emit edited();
        });
    }
    score->addWidget(m_sum, 3, 1);
    for (QSpinBox* tier : {m_tierA, m_tierB}) {
        tier->setRange(1, 100);
        connect(tier, &QSpinBox::valueChanged, this, &PolicyEditor::edited);
    }
    m_tierA->setObjectName(u"tierA"_s);
    m_tierB->setObjectName(u"tierB"_s);
    m_tierALabel->setBuddy(m_tierA);
    m_tierBLabel->setBuddy(m_tierB);
    score->addWidget(m_tierALabel, 4, 0);
    score->addWidget(m_tierA, 4, 1);
    score->addWidget(m_tierBLabel, 5, 0);
    score->addWidget(m_tierB, 5, 1);
    score->addWidget(m_scoreChange, 6, 0, 1, 2);
    score->setColumnStretch(2, 1);
}

// The yellow and red dwell thresholds of each stage.
void PolicyEditor::buildDwellBox() {
    auto* dwell = new QGridLayout(m_dwellBox);
    dwell->addWidget(m_yellowHead, 0, 1);
    dwell->addWidget(m_redHead, 0, 2);
    int row = 1;
    for (const QString& stage : dwellStages()) {
        auto* label = new QLabel(m_dwellBox);
        auto* yellow = daysBox(m_dwellBox);
        auto* red = daysBox(m_dwellBox);
        yellow->setObjectName(u"yellow_"_s + stage);
        red->setObjectName(u"red_"_s + stage);
        label->setBuddy(yellow);
        m_stageLabels.insert(stage, label);
        m_yellow.insert(stage, yellow);
        m_red.insert(stage, red);
        dwell->addWidget(label, row, 0);
        dwell->addWidget(yellow, row, 1);
        dwell->addWidget(red, row, 2);
        connect(yellow, &QDoubleSpinBox::valueChanged, this, &PolicyEditor::edited);
        connect(red, &QDoubleSpinBox::valueChanged, this, &PolicyEditor::edited);
        ++row;
    }
    dwell->addWidget(m_dwellChange, row, 0, 1, 3);
    dwell->setRowStretch(row + 1, 1);
    dwell->setColumnStretch(3, 1);
}

QStringList PolicyEditor::keys() {
    return {
        OrgPolicy::kName,         OrgPolicy::kLanguage,   OrgPolicy::kTimeZone,       OrgPolicy::kRequiredLeadFields,
        OrgPolicy::kScoreWeights, OrgPolicy::kScoreTiers, OrgPolicy::kDwellThresholds};
}

QStringList PolicyEditor::leadFields() {
    return OrgPolicy::leadFields();
}

QStringList PolicyEditor::dwellStages() {
    return OrgPolicy::dwellStages();
}

void PolicyEditor::setValues(const QMap<QString, QJsonValue>& values) {
    const QSignalBlocker block(this);
    const QSignalBlocker blockLanguage(m_language);
    const QSignalBlocker blockZone(m_timeZone);
    m_loadedName = values.value(OrgPolicy::kName).toString();
    m_name->setText(m_loadedName);
    m_language->setCurrentIndex(std::max(0, m_language->findData(values.value(OrgPolicy::kLanguage).toString())));
    const QString zone = values.value(OrgPolicy::kTimeZone).toString();
    if (m_timeZone->findData(zone) < 0 && !zone.isEmpty())
        m_timeZone->addItem(zone, zone);
    m_timeZone->setCurrentIndex(m_timeZone->findData(zone));
    const QJsonArray required = values.value(u"lead.required_fields"_s).toArray();
    for (auto it = m_required.cbegin(); it != m_required.cend(); ++it)
        it.value()->setChecked(required.contains(QJsonValue(it.key())));
    const QJsonObject weights = values.value(u"score.weights"_s).toObject();
    for (int i = 0; i < 3; ++i)
        m_weights[i]->setValue(weights.value(QLatin1StringView(kWeightKeys[i])).toDouble());
    const QJsonObject tiers = values.value(u"score.tiers"_s).toObject();
    m_tierA->setValue(tiers.value(u"a"_s).toInt());
    m_tierB->setValue(tiers.value(u"b"_s).toInt());
    const QJsonObject dwell = values.value(u"dwell.thresholds"_s).toObject();
    for (const QString& stage : dwellStages()) {
        const QJsonArray pair = dwell.value(stage).toArray();
        m_yellow[stage]->setValue(pair.at(0).toDouble());
        m_red[stage]->setValue(pair.at(1).toDouble());
    }
    updateSum();
}

QMap<QString, QJsonValue> PolicyEditor::values() const {
    QMap<QString, QJsonValue> out;
    // A replica that never received a name or zone leaves them alone; clearing a name that exists is refused by
    // the checks with their reason.
    if (!m_name->text().trimmed().isEmpty() || !m_loadedName.isEmpty())
        out.insert(OrgPolicy::kName, m_name->text().trimmed());
    out.insert(OrgPolicy::kLanguage, m_language->currentData().toString());
    if (m_timeZone->currentIndex() >= 0)
        out.insert(OrgPolicy::kTimeZone, m_timeZone->currentData().toString());
    QJsonArray required;
    for (const QString& f : leadFields())
        if (m_required.value(f)->isChecked())
            required.append(f);
    out.insert(u"lead.required_fields"_s, required);
    QJsonObject weights;
    for (int i = 0; i < 3; ++i)
        weights.insert(QLatin1StringView(kWeightKeys[i]), std::round(m_weights[i]->value() * 100) / 100);
    out.insert(u"score.weights"_s, weights);
    out.insert(u"score.tiers"_s, QJsonObject{{u"a"_s, m_tierA->value()}, {u"b"_s, m_tierB->value()}});
    QJsonObject dwell;
    for (const QString& stage : dwellStages())
        dwell.insert(stage, QJsonArray{m_yellow.value(stage)->value(), m_red.value(stage)->value()});
    out.insert(u"dwell.thresholds"_s, dwell);
    return out;
}

void PolicyEditor::setChanges(const QMap<QString, QString>& changes) {
    QStringList org;
    for (const QString& key : {OrgPolicy::kName, OrgPolicy::kLanguage, OrgPolicy::kTimeZone})
        if (!changes.value(key).isEmpty())
            org << changes.value(key);
    org.removeDuplicates();
    m_orgChange->setText(org.join(u'\n'));
    m_leadChange->setText(changes.value(u"lead.required_fields"_s));
    QStringList score;
    for (const QString& key : {u"score.weights"_s, u"score.tiers"_s})
        if (!changes.value(key).isEmpty())
            score << changes.value(key);
    score.removeDuplicates();
    m_scoreChange->setText(score.join(u'\n'));
    m_dwellChange->setText(changes.value(u"dwell.thresholds"_s));
}

void PolicyEditor::updateSum() {
    double sum = 0;
    for (QDoubleSpinBox* w : m_weights)
        sum += w->value();
    const bool ok = std::abs(sum - 1.0) < 1e-6;
    m_sum->setText(ok ? tr("Sum: %1").arg(sum, 0, 'f', 2) : tr("Sum: %1 (must be 1.00)").arg(sum, 0, 'f', 2));
    m_sum->setStyleSheet(ok ? QString() : u"color: #e04f4f; font-weight: bold"_s);
}

void PolicyEditor::retranslate() {
    m_orgBox->setTitle(tr("Organisation"));
    m_nameLabel->setText(tr("Name:"));
    m_languageLabel->setText(tr("Language of tasks and messages:"));
    m_timeZoneLabel->setText(tr("Time zone of days and months:"));
    m_leadBox->setTitle(tr("Required lead fields"));
    m_leadHint->setText(tr("An opportunity cannot be saved until these are filled in."));
    for (auto it = m_required.cbegin(); it != m_required.cend(); ++it)
        it.value()->setText(Labels::leadField(it.key()));
    m_scoreBox->setTitle(tr("Customer value score"));
    m_weightLabels[0]->setText(tr("Weight of purchases (P):"));
    m_weightLabels[1]->setText(tr("Weight of satisfaction (S):"));
    m_weightLabels[2]->setText(tr("Weight of new-product trial (T):"));
    m_tierALabel->setText(tr("Tier A from score:"));
    m_tierBLabel->setText(tr("Tier B from score:"));
    m_dwellBox->setTitle(tr("Stage dwell thresholds"));
    m_yellowHead->setText(tr("Yellow after (days)"));
    m_redHead->setText(tr("Red after (days)"));
    for (auto it = m_stageLabels.cbegin(); it != m_stageLabels.cend(); ++it)
        it.value()->setText(Labels::stage(it.key()));
    updateSum();
}

void PolicyEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Stride
