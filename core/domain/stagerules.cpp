#include "stagerules.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kDefaultMilestoneDays = 30;

qint64 noonOf(qint64 secs) {
    return secs - secs % kDay + qint64(12) * 3600;
}

// "100k" → 100000, "1M" → 1000000, "250000" → 250000.
std::optional<double> amountOf(const QString& text) {
    static const QRegularExpression re(u"^\\s*¥?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMwW万]?)\\s*$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    double v = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == u"k"_s)
        v *= 1000;
    else if (unit == u"m"_s)
        v *= 1000000;
    else if (unit == u"w"_s || unit == u"万"_s)
        v *= 10000;
    return v;
}

} // namespace

QList<Stage> StageRules::skippedStages(Stage from, Stage to) {
    const QList<Stage>& funnel = funnelStages();
    const qsizetype a = funnel.indexOf(from);
    const qsizetype b = funnel.indexOf(to);
    if (a < 0 || b < 0 || b <= a + 1)
        return {};
    return funnel.mid(a + 1, b - a - 1);
}

qint64 StageRules::defaultMilestoneDue(const Opportunity& opportunity, qint64 now) {
    qint64 due = now + kDefaultMilestoneDays * kDay;
    if (opportunity.expectedClose && *opportunity.expectedClose > now)
        due = *opportunity.expectedClose;
    if (const std::optional<qint64> earliest = earliestMilestoneDue(opportunity))
        due = std::max(due, *earliest);
    return noonOf(due);
}

std::optional<qint64> StageRules::earliestMilestoneDue(const Opportunity& opportunity) {
    if (!opportunity.createdAt)
        return std::nullopt;
    return *opportunity.createdAt - *opportunity.createdAt % kDay;
}

std::optional<StageRules::Band> StageRules::budgetBand(const QString& label) {
    const QString t = label.trimmed();
    if (t.startsWith(u'<')) {
        if (const std::optional<double> high = amountOf(t.mid(1)))
            return Band{0, high};
        return std::nullopt;
    }
    if (t.endsWith(u'+')) {
        if (const std::optional<double> low = amountOf(t.chopped(1)))
            return Band{*low, std::nullopt};
        return std::nullopt;
    }
    const qsizetype dash = t.indexOf(u'-');
    if (dash > 0) {
        const std::optional<double> low = amountOf(t.left(dash));
        const std::optional<double> high = amountOf(t.mid(dash + 1));
        if (low && high && *low <= *high)
            return Band{*low, high};
    }
    return std::nullopt;
}

StageRules::AmountConcern StageRules::amountConcern(double amount, const QString& band) {
    if (amount <= 0)
        return AmountConcern::Zero;
    const std::optional<Band> range = budgetBand(band);
    if (!range)
        return AmountConcern::None;
    if (amount < range->low / 2)
        return AmountConcern::BelowBand;
    if (range->high && amount > *range->high * 2)
        return AmountConcern::AboveBand;
    return AmountConcern::None;
}

} // namespace Stride
