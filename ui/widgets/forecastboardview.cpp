#include "widgets/forecastboardview.h"

#include "domain/labels.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr int kShownDeals = 200; // the board is read, not scrolled through: the riskiest and largest first

QString percent(const std::optional<double>& share) {
    return share ? QStringLiteral("%1 %").arg(*share * 100, 0, 'f', 0) : ForecastBoardView::tr("no data");
}

} // namespace

ForecastBoardView::ForecastBoardView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_deals(new QTreeWidget(this))
    , m_causesLabel(new QLabel(this))
    , m_causes(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QTreeWidget* t : {m_deals, m_causes}) {
        t->setRootIsDecorated(false);
        t->setUniformRowHeights(true);
        t->setAlternatingRowColors(true);
        t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    m_deals->setMinimumHeight(160);
    m_causes->setMaximumHeight(120);
    layout->addWidget(m_summary);
    layout->addWidget(m_deals, 1);
    layout->addWidget(m_causesLabel);
    layout->addWidget(m_causes);
    retranslate();
}

void ForecastBoardView::setResult(const ForecastResult& result) {
    m_result = result;
    retranslate();
}

void ForecastBoardView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ForecastBoardView::retranslate() {
    const ForecastBoard& board = m_result.board;
    m_summary->setText(
        tr("%n forecast deal(s) worth %1. Backed by ≥ 2 evidence signals: %2 of deals (%3 of the amount); "
           "evidence fresh within 72 h: %4. Rolling 90-day accuracy: %5 (won %6 of %7 forecast).",
           nullptr, int(board.deals))
            .arg(Labels::money(board.amount), percent(board.backedShare), percent(board.backedAmountShare),
                 percent(board.freshShare), percent(board.accuracy), Labels::money(board.windowWonAmount),
                 Labels::money(board.windowForecastAmount)));
    m_deals->setHeaderLabels({tr("Deal"), tr("Stage"), tr("Amount (¥)"), tr("Signals"), tr("Risk"),
                              tr("Expected close"), tr("Similar deals: days to sign")});
    m_deals->clear();
    QList<QTreeWidgetItem*> items;
    for (const ForecastDeal& d : m_result.deals) {
        if (items.size() >= kShownDeals)
            break;
        const QString similar = d.similar.meanDays ? tr("%1 ± %2 days (%n deal(s))", nullptr, int(d.similar.count))
                                                         .arg(*d.similar.meanDays, 0, 'f', 0)
                                                         .arg(d.similar.spreadDays.value_or(0), 0, 'f', 0)
                                                   : tr("no similar deals");
        auto* item =
            new QTreeWidgetItem(QStringList{d.title, Labels::stage(d.stage), Labels::money(d.amount),
                                            QString::number(d.signalKinds), d.highRisk ? tr("high risk") : tr("backed"),
                                            d.expectedClose ? Labels::date(d.expectedClose) : QString(), similar});
        item->setData(0, Qt::UserRole, d.opportunityId);
        if (d.highRisk)
            item->setForeground(4, QColor(0xd2, 0x3b, 0x2f));
        items << item;
    }
    m_deals->addTopLevelItems(items);
    m_deals->setAccessibleName(tr("Forecast deals"));

    m_causesLabel->setText(
        board.deviation && *board.deviation > Forecast::deviationThreshold
            ? tr("The forecast missed by %1 (more than 25 %): root causes").arg(percent(board.deviation))
            : tr("Forecast within 25 % of the outcome: no root-cause list."));
    m_causes->setHeaderLabels({tr("Deal"), tr("Amount (¥)"), tr("Cause"), tr("Detail"), tr("Evidence")});
    m_causes->clear();
    for (const ForecastRootCause& c : m_result.board.rootCauses) {
        const QString cause = c.cause == u"lost"_s ? tr("lost") : c.cause == u"slipped"_s ? tr("slipped") : c.cause;
        m_causes->addTopLevelItem(
            new QTreeWidgetItem(QStringList{c.title, Labels::money(c.amount), cause, c.detail,
                                            c.underEvidenced ? tr("fewer than 2 signals") : tr("backed")}));
    }
    m_causes->setVisible(!m_result.board.rootCauses.isEmpty());
}

} // namespace Stride
