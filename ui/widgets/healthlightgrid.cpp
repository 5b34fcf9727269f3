#include "widgets/healthlightgrid.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr int kColumns = 4;

QColor colourOf(Light light) {
    switch (light) {
    case Light::Green:
        return QColor(0x2e, 0x9e, 0x4f);
    case Light::Yellow:
        return QColor(0xe0, 0xa8, 0x00);
    case Light::Red:
        return QColor(0xd2, 0x3b, 0x2f);
    case Light::NoData:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace

HealthLightGrid::HealthLightGrid(QWidget* parent)
    : QWidget(parent)
    , m_legend(new QLabel(this))
    , m_grid(new QWidget(this))
    , m_gridLayout(new QGridLayout(m_grid))
    , m_detail(new QLabel(this))
    , m_missing(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    m_legend->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_missing->setMaximumHeight(90);
    m_missing->hide();
    layout->addWidget(m_legend);
    layout->addWidget(m_grid);
    layout->addWidget(m_detail);
    layout->addWidget(m_missing);
    layout->addStretch();
    retranslate();
}

void HealthLightGrid::setResult(const ProcessHealthResult& result) {
    m_result = result;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_lines.clear();
    m_current = -1;
    m_detail->clear();
    m_missing->clear();
    m_missing->hide();
    int index = 0;
    addLight(result.org, tr("Organisation"), index++);
    for (const HealthLine& t : result.teams)
        addLight(t, t.name, index++);
    for (const HealthLine& r : result.reps)
        addLight(r, r.name, index++);
    retranslate();
}

void HealthLightGrid::addLight(const HealthLine& line, const QString& label, int index) {
    auto* button = new QToolButton(m_grid);
    button->setCheckable(true);
    button->setAutoExclusive(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const QColor c = colourOf(line.light);
    button->setStyleSheet(u"QToolButton { background: %1; color: white; border-radius: 4px; padding: 4px; }"
                          "QToolButton:checked { border: 2px solid palette(highlight); }"_s.arg(c.name()));
    button->setProperty("lightName", label);
    m_gridLayout->addWidget(button, index / kColumns, index % kColumns);
    m_lines << line;
    m_buttons << button;
    connect(button, &QToolButton::clicked, this, [this, index] { showLine(index); });
}

const HealthLine* HealthLightGrid::lineOf(QAbstractButton* button) const {
    const qsizetype i = m_buttons.indexOf(button);
    return i >= 0 ? &m_lines[i] : nullptr;
}

void HealthLightGrid::showLine(int index) {
    m_current = index;
    const HealthLine& line = m_lines[index];
    const QString name = m_buttons[index]->property("lightName").toString();
    if (!line.completion)
        m_detail->setText(tr("%1: no key action was due in this period.").arg(name));
    else
        m_detail->setText(tr("%1: %2 of %3 key actions done in time (%4 %).")
                              .arg(name)
                              .arg(line.done)
                              .arg(line.due)
                              .arg(*line.completion * 100, 0, 'f', 0));
    m_missing->clear();
    if (line.light == Light::Red) {
        for (const MissingAction& a : line.topMissing)
            m_missing->addItem(tr("%1 — missed %n time(s)", nullptr, int(a.missed)).arg(a.actionName));
    }
    m_missing->setVisible(m_missing->count() > 0);
}

void HealthLightGrid::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HealthLightGrid::retranslate() {
    m_legend->setText(tr("Key-action completion: green above 90 %, yellow 70–90 %, red below 70 %, grey: nothing "
                         "due. Choose a red light to see its top missing actions."));
    if (!m_buttons.isEmpty())
        m_buttons.first()->setProperty("lightName", tr("Organisation"));
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        const HealthLine& line = m_lines[i];
        const QString name = m_buttons[i]->property("lightName").toString();
        const QString value = line.completion ? tr("%1 %").arg(*line.completion * 100, 0, 'f', 0) : tr("no data");
        m_buttons[i]->setText(name + u"\n"_s + value);
        m_buttons[i]->setAccessibleName(tr("%1, process health %2").arg(name, value));
    }
    m_missing->setAccessibleName(tr("Top missing actions"));
    if (m_current >= 0)
        showLine(m_current);
}

} // namespace Stride
