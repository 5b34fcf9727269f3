#include "widgets/forecastboardview.h"

#include "domain/labels.h"
#include "orgfiguresage.h"

#include <QDateTime>

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
    , m_source(new QLabel(this))
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
    m_source->setObjectName(u"similarSource"_s);
    m_source->setWordWrap(true);
    m_source->hide();
    layout->addWidget(m_source);
    layout->addWidget(m_deals, 1);
    layout->addWidget(m_causesLabel);
    layout->addWidget(m_causes);
    retranslate();
}

QString ForecastBoardView::similarText(const SimilarCycle& similar) {
    if (!similar.meanDays || similar.count == 0)
        return tr("no similar deals");
    if (!similar.spreadDays)
        return tr("%n similar deal(s): %1 days", nullptr, int(similar.count)).arg(*similar.meanDays, 0, 'f', 0);
    return tr("%1 ± %2 days (%n similar deal(s))", nullptr, int(similar.count))
        .arg(*similar.meanDays, 0, 'f', 0)
        .arg(*similar.spreadDays, 0, 'f', 0);
}

QString ForecastBoardView::expectedCloseText(const ForecastDeal& deal) {
    if (!deal.expectedClose)
        return {};
    if (!deal.pastExpectedClose)
        return Labels::date(deal.expectedClose);
    return tr("%1 (past by %n day(s))", nullptr, int(deal.daysPastExpectedClose)).arg(Labels::date(deal.expectedClose));
}

void ForecastBoardView::setResult(const ForecastResult& result, qint64 now) {
    m_result = result;
    m_now = now > 0 ? now : QDateTime::currentSecsSinceEpoch();
    retranslate();
}

QString ForecastBoardView::summaryText() const {
    return m_summary->text();
}

void ForecastBoardView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ForecastBoardView::retranslate() {
    const ForecastBoard& board = m_result.board;
    QString summary =
        tr("%n forecast deal(s) worth %1. Backed by ≥ 2 evidence signals: %2 of deals (%3 of the amount); "
           "evidence fresh within 72 h: %4. Rolling 90-day accuracy: %5 (won %6 of %7 forecast).",
           nullptr, int(board.deals))
            .arg(Labels::money(board.amount), percent(board.backedShare), percent(board.backedAmountShare),
                 percent(board.freshShare), percent(board.accuracy), Labels::money(board.windowWonAmount),
                 Labels::money(board.windowForecastAmount));
    if (board.pastExpectedClose > 0)
        summary +=
            u' ' + tr("%n deal(s) still open past their expected close date.", nullptr, int(board.pastExpectedClose));
    m_summary->setText(summary);
    // Every deal's cycle comes from the same source (the server's aggregate or this replica's deals).
    if (m_result.deals.isEmpty()) {
        m_source->hide();
    } else {
        const qint64 asOf = m_result.deals.first().similar.orgAsOf;
        OrgFiguresAge::apply(m_source, asOf, m_now, OrgFiguresAge::Source::Deals);
        m_source->setText(
            tr("Similar-deal cycles: %1").arg(OrgFiguresAge::text(asOf, m_now, OrgFiguresAge::Source::Deals)));
        m_source->show();
    }
    m_deals->setHeaderLabels({tr("Deal"), tr("Stage"), tr("Amount (¥)"), tr("Signals"), tr("Risk"),
                              tr("Expected close"), tr("Similar deals: days to sign")});
    m_deals->clear();
    QList<QTreeWidgetItem*> items;
    const QColor alert(0xd2, 0x3b, 0x2f);
    for (const ForecastDeal& d : m_result.deals) {
        if (items.size() >= kShownDeals)
            break;
        auto* item = new QTreeWidgetItem(
            QStringList{d.title, Labels::stage(d.stage), Labels::money(d.amount), QString::number(d.signalKinds),
                        d.highRisk ? tr("high risk") : tr("backed"), expectedCloseText(d), similarText(d.similar)});
        item->setData(0, Qt::UserRole, d.opportunityId);
        item->setData(ExpectedCloseColumn, Qt::UserRole, d.pastExpectedClose);
        if (d.highRisk)
            item->setForeground(4, alert);
        if (d.pastExpectedClose) {
            item->setForeground(ExpectedCloseColumn, alert);
            item->setToolTip(ExpectedCloseColumn, tr("The expected close date has passed while the deal is still "
                                                     "open: update the date or the stage."));
        }
        if (d.similar.count > 0 && !d.similar.spreadDays)
            item->setToolTip(SimilarColumn,
                             tr("A spread needs at least %1 similar deals.").arg(Forecast::minSpreadSample));
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
