#include "pullpagewriter.h"

#include "storage/schema.h"

using namespace Qt::StringLiterals;

namespace Stride::Protocol {

PullPageWriter::PullPageWriter(int version)
    : m_version(version) {}

void PullPageWriter::appendString(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype plain = 0; // start of the run of characters that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            out += "\\\\";
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out += '"';
}

void PullPageWriter::appendValue(QByteArray& out, const QVariant& v) {
    if (!v.isValid() || v.isNull()) {
        out += "null";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "1" : "0";
        return;
    default:
        appendString(out, v.toString());
    }
}

namespace {

// The registry's type decides how a stored value is sent (the driver may hand back text for a number).
QVariant typed(const FieldDef& f, const QVariant& v) {
    if (!v.isValid() || v.isNull())
        return QVariant();
    switch (f.type) {
    case FieldType::Text:
        return v.typeId() == QMetaType::QString ? v : QVariant(v.toString());
    case FieldType::Integer:
        return v.typeId() == QMetaType::LongLong ? v : QVariant(v.toLongLong());
    case FieldType::Real:
        return v.typeId() == QMetaType::Double ? v : QVariant(v.toDouble());
    }
    return v;
}

} // namespace

QByteArray PullPageWriter::upsert(const EntityDef& def, const QString& id, qint64 version, qint64 updatedAt,
                                  bool deleted, const std::function<QVariant(int)>& field) const {
    QByteArray out;
    out.reserve(64 + def.fields.size() * 24);
    if (m_version >= 2) {
        out += '[';
        appendString(out, id);
        out += ',' + QByteArray::number(version) + ',' + QByteArray::number(updatedAt) + ',' +
               (deleted ? "true" : "false");
        for (int i = 0; i < def.fields.size(); ++i) {
            out += ',';
            appendValue(out, typed(def.fields.at(i), field(i)));
        }
        out += ']';
        return out;
    }
    out += "{\"op\":\"upsert\",\"entity\":";
    appendString(out, def.name);
    out += ",\"id\":";
    appendString(out, id);
    out += ",\"version\":" + QByteArray::number(version) + ",\"updated_at\":" + QByteArray::number(updatedAt) +
           ",\"deleted\":" + (deleted ? "true" : "false") + ",\"fields\":{";
    for (int i = 0; i < def.fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, def.fields.at(i).name);
        out += ':';
        appendValue(out, typed(def.fields.at(i), field(i)));
    }
    out += "}}";
    return out;
}

QByteArray PullPageWriter::removal(const EntityDef& def, const QString& id) const {
    QByteArray out;
    if (m_version >= 2) {
        appendString(out, id);
        return out;
    }
    out += "{\"op\":\"remove\",\"entity\":";
    appendString(out, def.name);
    out += ",\"id\":";
    appendString(out, id);
    out += '}';
    return out;
}

QByteArray PullPageWriter::page(qint64 cursor, bool hasMore, bool reset, const std::vector<Item>& items,
                                const QList<ConflictNotice>& conflicts) const {
    qsizetype size = 256;
    for (const Item& i : items)
        size += i.text.size() + 1;
    QByteArray out;
    out.reserve(size + 1024);
    out += "{\"protocol\":" + QByteArray::number(m_version) + ",\"cursor\":" + QByteArray::number(cursor) +
           ",\"has_more\":" + (hasMore ? "true" : "false") + ",\"reset\":" + (reset ? "true" : "false");
    if (m_version < 2) {
        out += ",\"changes\":[";
        for (size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += ',';
            out += items[i].text;
        }
        out += "]}";
        return out;
    }
    out += ",\"runs\":[";
    const QList<EntityDef>& entities = Schema::entities();
    for (size_t i = 0; i < items.size(); ++i) {
        const bool startsRun =
            i == 0 || items[i].entity != items[i - 1].entity || items[i].removal != items[i - 1].removal;
        if (startsRun) {
            if (i > 0)
                out += "]},";
            const EntityDef& def = entities.at(items[i].entity);
            out += "{\"entity\":";
            appendString(out, def.name);
            if (items[i].removal) {
                out += ",\"op\":\"remove\",\"rows\":[";
            } else {
                out += ",\"op\":\"upsert\",\"columns\":[\"id\",\"version\",\"updated_at\",\"deleted\"";
                for (const FieldDef& f : def.fields) {
                    out += ',';
                    appendString(out, f.name);
                }
                out += "],\"rows\":[";
            }
        } else {
            out += ',';
        }
        out += items[i].text;
    }
    if (!items.empty())
        out += "]}";
    out += "],\"conflicts\":[";
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const ConflictNotice& c = conflicts.at(i);
        if (i > 0)
            out += ',';
        out += "{\"entity\":";
        appendString(out, c.entity);
        out += ",\"id\":";
        appendString(out, c.id);
        out += ",\"field\":";
        appendString(out, c.field);
        out += ",\"lost_value\":";
        appendValue(out, c.lostValue);
        out += ",\"won_value\":";
        appendValue(out, c.wonValue);
        out += '}';
    }
    out += "]}";
    return out;
}

} // namespace Stride::Protocol
