#include "charts/chartwidget.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Stride {

struct ChartWidget::Impl {
    QChart* chart = nullptr;
    QChartView* view = nullptr;

    void clear() {
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    }

    QValueAxis* valueAxis(const QString& title, Qt::Alignment where) {
        auto* axis = new QValueAxis;
        axis->setTitleText(title);
        // Seven significant digits: 30000 call minutes read "30000", not "3e+04"; 22.5 % stays "22.5".
        axis->setLabelFormat(QStringLiteral("%.7g"));
        chart->addAxis(axis, where);
        return axis;
    }
};

namespace {

// Room above the largest value so bar labels and the target line stay inside the plot.
double niceMax(double max) {
    if (max <= 0)
        return 1;
    const double step = std::pow(10.0, std::floor(std::log10(max)));
    return std::ceil(max * 1.1 / step) * step;
}

} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
    , m_impl(std::make_unique<Impl>())
    , m_copy(new QAction(this))
    , m_copyButton(new QToolButton(this))
    , m_message(new QLabel(this)) {
    m_impl->chart = new QChart;
    m_impl->chart->setAnimationOptions(QChart::NoAnimation); // redraws on every filter change must be instant
    m_impl->chart->legend()->setAlignment(Qt::AlignBottom);
    m_impl->chart->setMargins(QMargins(4, 4, 4, 4));
    m_impl->view = new QChartView(m_impl->chart, this);
    m_impl->view->setRenderHint(QPainter::Antialiasing);
    m_impl->view->setMinimumHeight(240);
    m_impl->view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_impl->view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &ChartWidget::copyImage);
    m_copyButton->setDefaultAction(m_copy);
    m_copyButton->setAutoRaise(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_copyButton);
    layout->addLayout(top);
    layout->addWidget(m_impl->view, 1);
    layout->addWidget(m_message);
    retranslate();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setTitle(const QString& title) {
    m_impl->chart->setTitle(title);
    m_impl->view->setAccessibleName(title);
}

QString ChartWidget::title() const {
    return m_impl->chart->title();
}

void ChartWidget::showBars(const QStringList& categories, const QList<ChartSeries>& series, const QString& valueTitle,
                           Bars style) {
    m_impl->clear();
    m_categories = categories;
    m_marked = 0;
    QAbstractBarSeries* bars = nullptr;
    switch (style) {
    case Bars::Grouped:
        bars = new QBarSeries;
        break;
    case Bars::Stacked:
        bars = new QStackedBarSeries;
        break;
    case Bars::Horizontal:
        bars = new QHorizontalBarSeries;
        break;
    }
    double max = 0;
    QList<double> stackTotals(categories.size(), 0.0);
    for (const ChartSeries& s : series) {
        auto* set = new QBarSet(s.name);
        // A bar's label prints its value: one decimal is all a reader needs, and it keeps counts such as 1,222
        // from turning into "1.22e+03".
        for (double v : s.values)
            set->append(std::round(v * 10.0) / 10.0);
        if (s.color.isValid())
            set->setColor(s.color);
        bars->append(set);
        for (qsizetype i = 0; i < s.values.size() && i < stackTotals.size(); ++i) {
            stackTotals[i] += s.values[i];
            max = std::max(max, s.values[i]);
        }
    }
    if (style == Bars::Stacked) {
        for (double t : stackTotals)
            max = std::max(max, t);
    } else {
        bars->setLabelsVisible(true);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        bars->setLabelsFormat(QStringLiteral("@value"));
        bars->setLabelsPrecision(9);
    }
    m_impl->chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis* values = nullptr;
    if (style == Bars::Horizontal) {
        // Stage names on the left axis are the point of a funnel: the axis takes the room they need, and each
        // bar group the height to show its name (Qt Charts skips labels that would overlap).
        categoryAxis->setTruncateLabels(false);
        m_impl->view->setMinimumHeight(std::max(240, 40 * int(categories.size()) + 120));
        m_impl->chart->addAxis(categoryAxis, Qt::AlignLeft);
        values = m_impl->valueAxis(valueTitle, Qt::AlignBottom);
    } else {
        m_impl->chart->addAxis(categoryAxis, Qt::AlignBottom);
        values = m_impl->valueAxis(valueTitle, Qt::AlignLeft);
    }
    values->setRange(0, niceMax(max));
    bars->attachAxis(categoryAxis);
    bars->attachAxis(values);
    m_impl->chart->legend()->setVisible(series.size() > 1);
    m_message->hide();
    m_impl->view->show();
}

void ChartWidget::showLines(const QStringList& categories, const QList<ChartSeries>& series, const QString& valueTitle,
                            double minValue, double maxValue, std::optional<double> target, const QString& targetName,
                            const QList<QPointF>& marked, const QString& markedName) {
    m_impl->clear();
    m_categories = categories;
    m_marked = int(marked.size());
    auto* categoryAxis = new QBarCategoryAxis;
    // A category with a note ("2026-11 (partial)") is drawn on two lines rather than cut.
    QStringList labels;
    for (const QString& c : categories)
        labels << QString(c).replace(u" ("_s, u"<br>("_s);
    categoryAxis->append(labels);
    categoryAxis->setTruncateLabels(false);
    m_impl->chart->addAxis(categoryAxis, Qt::AlignBottom);
    QValueAxis* values = m_impl->valueAxis(valueTitle, Qt::AlignLeft);
    values->setRange(minValue, maxValue);
    auto add = [&](QLineSeries* line) {
        m_impl->chart->addSeries(line);
        line->attachAxis(categoryAxis);
        line->attachAxis(values);
    };
    for (const ChartSeries& s : series) {
        QList<QPointF> points;
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            if (!std::isnan(s.values[i]))
                points << QPointF(double(i), s.values[i]);
        }
        auto* line = new QLineSeries;
        line->setName(s.name);
        line->setPointsVisible(true);
        line->replace(points);
        if (s.color.isValid())
            line->setColor(s.color);
        if (s.style != Qt::SolidLine) {
            QPen pen = line->pen();
            pen.setStyle(s.style);
            pen.setWidthF(2);
            if (s.color.isValid())
                pen.setColor(s.color);
            line->setPen(pen);
        }
        add(line);
    }
    if (target) {
        auto* line = new QLineSeries;
        line->setName(targetName);
        line->replace({QPointF(0, *target), QPointF(double(std::max<qsizetype>(categories.size() - 1, 1)), *target)});
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        add(line);
    }
    if (!marked.isEmpty()) {
        auto* points = new QScatterSeries;
        points->setName(markedName);
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(14);
        points->setColor(QColor(0xc0, 0x39, 0x2b, 40)); // a light fill, so the legend's marker shows the colour
        points->setBorderColor(QColor(0xc0, 0x39, 0x2b));
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setWidthF(2);
        points->setPen(pen);
        points->replace(marked);
        m_impl->chart->addSeries(points);
        points->attachAxis(categoryAxis);
        points->attachAxis(values);
    }
    m_impl->chart->legend()->setVisible(true);
    m_message->hide();
    m_impl->view->show();
}

void ChartWidget::showScatter(const QList<QPointF>& points, const QStringList& labels, const QString& xTitle,
                              const QString& yTitle) {
    m_impl->clear();
    auto* scatter = new QScatterSeries;
    scatter->setMarkerSize(10);
    scatter->replace(points);
    m_impl->chart->addSeries(scatter);
    double maxX = 0, maxY = 0;
    for (const QPointF& p : points) {
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    }
    QValueAxis* x = m_impl->valueAxis(xTitle, Qt::AlignBottom);
    QValueAxis* y = m_impl->valueAxis(yTitle, Qt::AlignLeft);
    x->setRange(0, niceMax(maxX));
    y->setRange(0, niceMax(maxY));
    scatter->attachAxis(x);
    scatter->attachAxis(y);
    connect(scatter, &QScatterSeries::hovered, this, [points, labels](const QPointF& at, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const qsizetype i = points.indexOf(at);
        if (i >= 0 && i < labels.size())
            QToolTip::showText(QCursor::pos(), labels[i]);
    });
    m_impl->chart->legend()->setVisible(false);
    m_message->hide();
    m_impl->view->show();
}

void ChartWidget::showMessage(const QString& text) {
    m_impl->clear();
    m_categories.clear();
    m_marked = 0;
    m_message->setText(text);
    m_message->show();
    m_impl->view->show(); // keeps the title and the layout's height
}

int ChartWidget::seriesCount() const {
    return int(m_impl->chart->series().size());
}

QStringList ChartWidget::seriesNames() const {
    QStringList names;
    for (const QAbstractSeries* s : m_impl->chart->series())
        names << s->name();
    return names;
}

QList<double> ChartWidget::seriesValues(const QString& name) const {
    QList<double> out;
    for (QAbstractSeries* s : m_impl->chart->series()) {
        if (s->name() != name)
            continue;
        if (auto* line = qobject_cast<QLineSeries*>(s)) {
            // Back onto the categories: a month without a value is NaN, as it came in.
            out = QList<double>(m_categories.size(), std::nan(""));
            for (const QPointF& p : line->points()) {
                if (p.x() >= 0 && p.x() < out.size())
                    out[qsizetype(p.x())] = p.y();
            }
        }
        break;
    }
    return out;
}

Qt::PenStyle ChartWidget::seriesStyle(const QString& name) const {
    for (QAbstractSeries* s : m_impl->chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(s); line && s->name() == name)
            return line->pen().style();
    }
    return Qt::NoPen;
}

QStringList ChartWidget::categories() const {
    return m_categories;
}

int ChartWidget::markedCount() const {
    return m_marked;
}

QPixmap ChartWidget::image() {
    return m_impl->view->grab();
}

void ChartWidget::copyImage() {
    QGuiApplication::clipboard()->setPixmap(image());
}

void ChartWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartWidget::retranslate() {
    m_copy->setText(tr("Copy as image"));
    m_copy->setToolTip(tr("Copy this chart to the clipboard as an image"));
}

} // namespace Stride
