#pragma once

#include "charts/chartseries.h"

#include <QPointF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QToolButton;

namespace Stride {

// The one place that talks to Qt Charts (deprecated from Qt 6.10 in favour of Qt Graphs: a port replaces this
// file pair only). Shows bars, lines or a scatter with titled axes, or a plain message when there is nothing to
// draw, and offers "Copy as image" from its button and context menu. Texts come in translated.
class ChartWidget final : public QWidget {
    Q_OBJECT
public:
    enum class Bars { Grouped, Stacked, Horizontal };

    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void setTitle(const QString& title);
    QString title() const;

    void showBars(const QStringList& categories, const QList<ChartSeries>& series, const QString& valueTitle,
                  Bars style = Bars::Grouped);
    // One line per series over the categories (e.g. months); a value that is NaN is left out. A dashed
    // horizontal line marks the target when given. `marked` points (x = category index) are drawn as large
    // hollow red circles, e.g. the months below the target, named `markedName` in the legend.
    void showLines(const QStringList& categories, const QList<ChartSeries>& series, const QString& valueTitle,
                   double minValue, double maxValue, std::optional<double> target = std::nullopt,
                   const QString& targetName = {}, const QList<QPointF>& marked = {}, const QString& markedName = {});
    // One point per item; labels (same length) name the points in their tool tips.
    void showScatter(const QList<QPointF>& points, const QStringList& labels, const QString& xTitle,
                     const QString& yTitle);
    void showMessage(const QString& text);

    int seriesCount() const;
    QStringList seriesNames() const; // as the legend lists them
    QStringList categories() const;  // of the last bars or lines shown
    // A line's value per category (NaN where it has none); empty when no line of the last showLines() has that
    // name.
    QList<double> seriesValues(const QString& name) const;
    Qt::PenStyle seriesStyle(const QString& name) const; // Qt::NoPen when no line has that name
    int markedCount() const;                             // points marked by the last showLines()
    QPixmap image();
    void copyImage();
    QAction* copyAction() const { return m_copy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Impl;
    void retranslate();

    std::unique_ptr<Impl> m_impl;
    QAction* m_copy;
    QToolButton* m_copyButton;
    QLabel* m_message;
    QStringList m_categories;
    int m_marked = 0;
};

} // namespace Stride
