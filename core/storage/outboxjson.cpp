#include "outboxjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Stride {

namespace {

// Appends `text` as a JSON string the way QJsonDocument does (UTF-8, the two-character escapes, \u00XX for the
// other control characters); false for a lone surrogate, which QJsonDocument escapes and this leaves to it.
bool appendString(QByteArray& out, QStringView text) {
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size()); // at most six bytes a UTF-16 unit (\u001f), and the quotes
    char* d = out.data() + start;
    *d++ = '"';
    const char16_t* end = text.utf16() + text.size();
    for (const char16_t* p = text.utf16(); p != end; ++p) {
        const char16_t c = *p;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case u'\b':
                *d++ = 'b';
                break;
            case u'\f':
                *d++ = 'f';
                break;
            case u'\n':
                *d++ = 'n';
                break;
            case u'\r':
                *d++ = 'r';
                break;
            case u'\t':
                *d++ = 't';
                break;
            default: {
                static constexpr char kHex[] = "0123456789abcdef";
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = kHex[(c >> 4) & 0xf];
                *d++ = kHex[c & 0xf];
            }
            }
        } else if (c < 0x800) {
            *d++ = char(0xc0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || p + 1 == end || !QChar::isLowSurrogate(p[1])) {
                out.resize(start);
                return false;
            }
            const char32_t u = QChar::surrogateToUcs4(c, p[1]);
            ++p;
            *d++ = char(0xf0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3f));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else {
            *d++ = char(0xe0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        }
    }
    *d++ = '"';
    out.resize(d - out.constData());
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
    return QString::fromUtf8(compactUtf8(values));
}

QByteArray OutboxJson::compactUtf8(const QVariantMap& values) {
    QByteArray out;
    out.reserve(64 + values.size() * 32);
    out += '{';
    bool first = true;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        if (!appendString(out, it.key()))
            return viaQJsonDocument(values).toUtf8();
        out += ':';
        if (!appendValue(out, it.value()))
            return viaQJsonDocument(values).toUtf8();
    }
    out += '}';
    return out;
}

QByteArray OutboxJson::nullsUtf8(const QVariantMap& keys) {
    QByteArray out;
    out.reserve(2 + keys.size() * 24);
    out += '{';
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it != keys.cbegin())
            out += ',';
        if (!appendString(out, it.key())) {
            QVariantMap nulls;
            for (auto k = keys.cbegin(); k != keys.cend(); ++k)
                nulls.insert(k.key(), QVariant());
            return viaQJsonDocument(nulls).toUtf8();
        }
        out += ":null";
    }
    out += '}';
    return out;
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
