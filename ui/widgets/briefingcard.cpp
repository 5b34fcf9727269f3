#include "widgets/briefingcard.h"

#include "domain/labels.h"
#include "orgfiguresage.h"
#include "tiertext.h"

#include <QEvent>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {
QString lightDot(Light light) {
    const char16_t* colour = light == Light::Red ? u"#e04f4f" : light == Light::Yellow ? u"#e6a700" : u"#2e9e5b";
    return u"<span style=\"color:%1\">●</span>"_s.arg(QString::fromUtf16(colour));
}
} // namespace

BriefingCard::BriefingCard(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(260);
    auto* layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
}

void BriefingCard::setBriefing(const CustomerBriefing& briefing) {
    m_briefing = briefing;
    render();
}

QString BriefingCard::text() const {
    QTextDocument doc;
    doc.setHtml(m_body->text());
    return m_title->text() + u'\n' + doc.toPlainText();
}

void BriefingCard::render() {
    const CustomerBriefing& b = m_briefing;
    QString title = b.name;
    if (!b.tier.isEmpty())
        title += u"  ·  "_s + TierText::withWord(b.tier, b.tierPinned);
    if (b.valueScore)
        title += u"  ·  "_s + tr("score %1").arg(QString::number(*b.valueScore, 'f', 0));
    m_title->setText(title);
    // The score's P rests on the organisation's figures: say where they came from and how old they are.
    QString tip = TierText::toolTip(b.tier, b.tierPinned);
    if (b.valueScore)
        tip += (tip.isEmpty() ? QString() : u"\n"_s) + OrgFiguresAge::text(b.scoreOrgAsOf, b.computedAt);
    m_title->setToolTip(tip);

    QStringList html;
    const PurchaseCycle& c = b.cycle;
    QString cycle;
    if (!c.meanDays) {
        cycle = c.orders == 0 ? tr("no orders yet") : tr("one order so far, on %1").arg(Labels::date(*c.lastOrderAt));
    } else {
        cycle = tr("every %1 days on average; last order %2; next expected %3")
                    .arg(QString::number(*c.meanDays, 'f', 0), Labels::date(*c.lastOrderAt),
                         Labels::date(*c.expectedNextAt));
        if (c.overdue())
            cycle +=
                u" — <b style=\"color:#e04f4f\">"_s + tr("overdue by %n day(s)", nullptr, c.overdueDays) + u"</b>"_s;
    }
    html << u"<b>"_s + tr("Purchase cycle:") + u"</b> "_s + cycle;

    QString ticket = tr("none");
    if (b.latestTicket) {
        const TicketBrief& t = *b.latestTicket;
        ticket = u"%1 (%2)"_s.arg(t.subject.toHtmlEscaped(), Labels::date(t.openedAt));
        ticket +=
            u", "_s + (t.responseHours ? tr("first response after %1 h").arg(QString::number(*t.responseHours, 'f', 1))
                                       : tr("no response yet"));
        if (t.responseHours && *t.responseHours > 48)
            ticket += u" <b style=\"color:#e04f4f\">&gt; 48 h</b>"_s;
        if (t.open)
            ticket += u", "_s + tr("still open");
    }
    html << u"<b>"_s + tr("Latest service issue:") + u"</b> "_s + ticket;

    QStringList notes;
    for (const CompetitorNote& n : b.competitorNotes)
        notes << u"%1: %2"_s.arg(Labels::date(n.at), n.text.toHtmlEscaped());
    html << u"<b>"_s + tr("Competitor notes:") + u"</b> "_s + (notes.isEmpty() ? tr("none") : notes.join(u"; "_s));

    QStringList opps;
    for (const OpportunityBrief& o : b.openOpportunities)
        opps << u"%1 %2 · %3 · %4 · %5"_s.arg(lightDot(o.light), o.title.toHtmlEscaped(), Labels::stage(o.stage),
                                              Labels::money(o.amount),
                                              tr("%n day(s) in stage", nullptr, int(o.daysInStage)));
    html << u"<b>"_s + tr("Open opportunities:") + u"</b> "_s +
                (opps.isEmpty() ? tr("none") : u"<br>"_s + opps.join(u"<br>"_s));
    m_body->setText(html.join(u"<br><br>"_s));
    setAccessibleName(tr("Briefing for %1").arg(b.name));
}

void BriefingCard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && !m_briefing.customerId.isEmpty())
        render();
    QFrame::changeEvent(event);
}

} // namespace Stride
