#include "outboxjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Stride {

namespace {

// Appends `text` as a JSON string the way QJsonDocument does (UTF-8, the two-character escapes, \u00XX for the
// other control characters); false for a lone surrogate, which QJsonDocument escapes and this leaves to it.
bool appendString(QByteArray& out, QStringView text) {
    out += '"';
    const char16_t* begin = text.utf16();
    const char16_t* end = begin + text.size();
    const char16_t* plain = begin; // the start of the run that needs no escape
    for (const char16_t* p = begin; p != end; ++p) {
        const char16_t c = *p;
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            if (QChar::isHighSurrogate(c)) {
                if (p + 1 == end || !QChar::isLowSurrogate(p[1]))
                    return false;
                ++p;
            } else if (QChar::isLowSurrogate(c)) {
                return false;
            }
            continue;
        }
        out += QStringView(plain, p).toUtf8();
        plain = p + 1;
        switch (c) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default: {
            static constexpr char kHex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', kHex[(c >> 4) & 0xf], kHex[c & 0xf]};
            out.append(escape, sizeof(escape));
        }
        }
    }
    out += QStringView(plain, end).toUtf8();
    out += '"';
    return true;
}

// Appends a value; false when it is of a kind this writer leaves to QJsonDocument.
bool appendValue(QByteArray& out, const QVariant& value) {
    if (value.isNull()) {
        out += "null";
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        return appendString(out, *static_cast<const QString*>(value.constData()));
    case QMetaType::LongLong:
        out += QByteArray::number(value.toLongLong());
        return true;
    case QMetaType::Int:
        out += QByteArray::number(value.toInt());
        return true;
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QMetaType::Double: {
        const double d = value.toDouble();
        // QJsonValue keeps an integral double below 2^53 as an integer (-0.0 becomes 0); larger ones, infinities
        // and NaN are left to it.
        constexpr double kExact = 9007199254740992.0; // 2^53
        if (!std::isfinite(d) || std::fabs(d) >= kExact)
            return false;
        if (d == std::trunc(d))
            out += QByteArray::number(qlonglong(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return true;
    }
    default:
        return false;
    }
}

} // namespace

QString OutboxJson::compact(const QVariantMap& values) {
    QByteArray out;
    out.reserve(64 + values.size() * 32);
    out += '{';
    bool first = true;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        if (!appendString(out, it.key()))
            return viaQJsonDocument(values);
        out += ':';
        if (!appendValue(out, it.value()))
            return viaQJsonDocument(values);
    }
    out += '}';
    return QString::fromUtf8(out);
}

QString OutboxJson::viaQJsonDocument(const QVariantMap& values) {
    // NULL must stay null in the outbox: fromVariantMap() would turn a typed null into "" and the server's merge
    // would then see a change that nobody made.
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace Stride
