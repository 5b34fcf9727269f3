#include "importvalues.h"

#include "io/xlsxreader.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stride {

std::optional<double> ImportValues::number(const QString& text) {
    QString t = text.trimmed();
    static const QRegularExpression currency(u"^(rmb|cny|¥|￥)\\s*|\\s*(元|rmb|cny)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    t.remove(currency);
    if (t.endsWith(u'%'))
        t.chop(1);
    t.remove(u',');
    t.remove(u'，');
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (!ok || !qIsFinite(d))
        return std::nullopt;
    return d;
}

namespace {

std::optional<QDateTime> fromSerial(const QString& text, const QTimeZone& zone) {
    bool ok = false;
    const double serial = text.toDouble(&ok);
    // Serial days from 1 (1900-01-01) to 2958465 (9999-12-31); an 8-digit number is read as yyyyMMdd first.
    if (!ok || serial < 1 || serial > 2958465)
        return std::nullopt;
    const QDateTime utc = XlsxReader::fromSerial(serial);
    if (!utc.isValid())
        return std::nullopt;
    return QDateTime(utc.date(), utc.time(), zone);
}

} // namespace

std::optional<QDateTime> ImportValues::dateTime(const QString& text, const QTimeZone& zone) {
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    if (const QRegularExpressionMatch m = compact.match(t); m.hasMatch())
        t = u"%1-%2-%3"_s.arg(m.captured(1), m.captured(2), m.captured(3));
    t.replace(u'年', u'-').replace(u'月', u'-').remove(u'日').replace(u'/', u'-').replace(u'.', u'-');
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?:Z)?$"_s);
    const QRegularExpressionMatch m = pattern.match(t);
    if (!m.hasMatch())
        return fromSerial(text.trimmed(), zone);
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time = m.captured(4).isEmpty()
                           ? QTime(0, 0)
                           : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(day, time, zone);
}

QString ImportValues::keyText(const QString& text) {
    return text.simplified().toCaseFolded();
}

} // namespace Stride
