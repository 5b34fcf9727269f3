#include "orgfiguresage.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stride {

QString OrgFiguresAge::age(qint64 orgAsOf, qint64 now) {
    const qint64 secs = std::max<qint64>(0, now - orgAsOf);
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, int(secs / 60));
    if (secs < kRelativeSecs)
        return tr("%n hour(s) ago", nullptr, int(secs / 3600));
    const QDateTime at = QDateTime::fromSecsSinceEpoch(orgAsOf).toLocalTime();
    // Day and month in the language's own order ("7 Dec 14:05", "12月7日 14:05"); the year only when it differs.
    const bool sameYear = at.date().year() == QDateTime::fromSecsSinceEpoch(now).toLocalTime().date().year();
    //: A QDateTime::toString format of a recent day, e.g. "7 Dec" (zh: "M月d日")
    const QString recent = tr("d MMM");
    //: A QDateTime::toString format of a day in another year, e.g. "7 Dec 2025"
    const QString older = tr("d MMM yyyy");
    const QString day = sameYear ? recent : older;
    return QLocale().toString(at, day + u" HH:mm"_s);
}

QString OrgFiguresAge::text(qint64 orgAsOf, qint64 now, Source source) {
    if (orgAsOf <= 0) {
        switch (source) {
        case Source::Deals:
            return tr("Computed on this laptop from your own deals — sync to compare with the organisation");
        case Source::Visits:
            return tr("Computed on this laptop from your own visits — sync to compare with the organisation");
        case Source::Customers:
            break;
        }
        return tr("Computed on this laptop from your own customers — sync to compare with the organisation");
    }
    QString line = now - orgAsOf < kRelativeSecs ? tr("Organisation figures from %1").arg(age(orgAsOf, now))
                                                 : tr("Organisation figures as of %1").arg(age(orgAsOf, now));
    if (isStale(orgAsOf, now))
        line += u" "_s + tr("(%n day(s) old: sync to refresh)", nullptr, int((now - orgAsOf) / 86400));
    return line;
}

QString OrgFiguresAge::toolTip(qint64 orgAsOf, qint64 now) {
    if (orgAsOf <= 0)
        return tr("This laptop has not received the organisation's figures from the server yet, so this figure "
                  "compares only with what this laptop holds. Sync to use the figures the server computes over "
                  "the whole organisation.");
    QString tip =
        tr("Computed by the server over the whole organisation at %1; every laptop shows the same "
           "figure. Offline, the last figures received stay in use.")
            .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(orgAsOf).toLocalTime(), QLocale::LongFormat));
    if (isStale(orgAsOf, now))
        tip += u"\n"_s +
               tr("They are more than %n day(s) old: sync to bring them up to date.", nullptr, int(kStaleSecs / 86400));
    return tip;
}

void OrgFiguresAge::apply(QLabel* label, qint64 orgAsOf, qint64 now, Source source) {
    label->setText(text(orgAsOf, now, source));
    label->setToolTip(toolTip(orgAsOf, now));
    // A footnote in the palette's own text colour (light and dark alike); amber and bold when stale.
    label->setStyleSheet(isStale(orgAsOf, now) ? u"color: %1; font-weight: bold;"_s.arg(staleColour())
                                               : u"font-style: italic;"_s);
    label->setProperty("stale", isStale(orgAsOf, now));
    label->setProperty("orgAsOf", orgAsOf);
}

} // namespace Stride
