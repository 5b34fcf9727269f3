#include "pullpagewriter.h"

#include "storage/schema.h"
#include "storage/sqlstatement.h"

#include <array>
#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride::Server {

namespace {

// The shortest text that reads back as the same double (QByteArray::number(v, 'g', 17) writes 0.1 as
// 0.10000000000000001, at ten times the cost). Values are finite: the registry's checks refuse others.
void appendReal(QByteArray& out, double value) {
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

} // namespace

PullPageWriter::PullPageWriter(int version)
    : m_version(version) {}

void PullPageWriter::appendString(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    appendUtf8(out, utf8.constData(), utf8.size());
}

void PullPageWriter::appendUtf8(QByteArray& out, const char* utf8, qsizetype size) {
    // The bytes JSON needs escaped: control characters, the quote and the backslash.
    static constexpr auto kEscaped = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 0x20; ++c)
            table[size_t(c)] = true;
        table['"'] = table['\\'] = true;
        return table;
    }();
    const auto* bytes = reinterpret_cast<const unsigned char*>(utf8);
    qsizetype plain = 0; // the leading run that needs no escape: usually all of it
    while (plain < size && !kEscaped[bytes[plain]])
        ++plain;
    const qsizetype at = out.size();
    out.resize(at + plain + 1);
    char* to = out.data() + at;
    *to++ = '"';
    std::memcpy(to, utf8, size_t(plain));
    for (qsizetype i = plain; i < size; ++i) {
        const char c = utf8[i];
        if (c == '"') {
            out += "\\\"";
        } else if (c == '\\') {
            out += "\\\\";
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
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
        appendReal(out, v.toDouble());
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

// As QByteArray::number(qint64) writes it, without a temporary.
void appendInteger(QByteArray& out, qint64 value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

// One upsert row in `version`'s format; appendId(out) and appendField(out, i) write the values. `bytes`: about
// what the values take, so that the row is allocated once. Fields newer than `version` are left out: the client
// does not know them.
template <typename AppendId, typename AppendField>
QByteArray renderUpsert(int version, const EntityDef& def, qsizetype bytes, const AppendId& appendId, qint64 rowVersion,
                        qint64 updatedAt, bool deleted, const AppendField& appendField) {
    QByteArray out;
    out.reserve(64 + bytes + def.fields.size() * (version >= 2 ? 4 : 32));
    if (version >= 2) {
        out += '[';
        appendId(out);
        out += ',';
        appendInteger(out, rowVersion);
        out += ',';
        appendInteger(out, updatedAt);
        out += deleted ? ",true" : ",false";
        for (int i = 0; i < def.fields.size(); ++i) {
            if (def.fields.at(i).sinceProtocol > version)
                continue;
            out += ',';
            appendField(out, i);
        }
        out += ']';
        return out;
    }
    out += "{\"op\":\"upsert\",\"entity\":";
    PullPageWriter::appendString(out, def.name);
    out += ",\"id\":";
    appendId(out);
    out += ",\"version\":" + QByteArray::number(rowVersion) + ",\"updated_at\":" + QByteArray::number(updatedAt) +
           ",\"deleted\":" + (deleted ? "true" : "false") + ",\"fields\":{";
    bool first = true;
    for (int i = 0; i < def.fields.size(); ++i) {
        if (def.fields.at(i).sinceProtocol > version)
            continue;
        if (!first)
            out += ',';
        first = false;
        PullPageWriter::appendString(out, def.fields.at(i).name);
        out += ':';
        appendField(out, i);
    }
    out += "}}";
    return out;
}

// The value QSQLITE would have made of a column (for the rare value stored in another type than its field's).
QVariant driverValue(const SqlStatement& row, int column) {
    switch (row.type(column)) {
    case SqlStatement::Type::Integer:
        return QVariant(row.integer(column));
    case SqlStatement::Type::Real:
        return QVariant(row.real(column));
    case SqlStatement::Type::Text:
        return row.text(column);
    case SqlStatement::Type::Blob:
        return row.blob(column).toByteArray();
    case SqlStatement::Type::Null:
        break;
    }
    return QVariant();
}

// A field's value as appendValue(typed(…)) writes it, without the detour through QString and QVariant when the
// stored type is the field's.
void appendColumn(QByteArray& out, const FieldDef& f, const SqlStatement& row, int column) {
    const SqlStatement::Type type = row.type(column);
    if (type == SqlStatement::Type::Null) {
        out += "null";
    } else if (f.type == FieldType::Text && type == SqlStatement::Type::Text) {
        const QByteArrayView text = row.utf8(column);
        PullPageWriter::appendUtf8(out, text.data(), text.size());
    } else if (f.type == FieldType::Integer && type == SqlStatement::Type::Integer) {
        appendInteger(out, row.integer(column));
    } else if (f.type == FieldType::Real && (type == SqlStatement::Type::Real || type == SqlStatement::Type::Integer)) {
        appendReal(out, row.real(column));
    } else {
        PullPageWriter::appendValue(out, typed(f, driverValue(row, column)));
    }
}

} // namespace

QByteArray PullPageWriter::upsert(const EntityDef& def, const QString& id, qint64 version, qint64 updatedAt,
                                  bool deleted, const std::function<QVariant(int)>& field) const {
    return renderUpsert(
        m_version, def, def.fields.size() * 20, [&id](QByteArray& out) { appendString(out, id); }, version, updatedAt,
        deleted, [&](QByteArray& out, int i) { appendValue(out, typed(def.fields.at(i), field(i))); });
}

QByteArray PullPageWriter::upsert(const EntityDef& def, const SqlStatement& row, int first) const {
    const auto appendId = [&row, first](QByteArray& out) {
        const QByteArrayView id = row.utf8(first);
        appendUtf8(out, id.data(), id.size());
    };
    qsizetype bytes = 0;
    for (int i = 0; i < def.fields.size() + 4; ++i)
        bytes += row.type(first + i) == SqlStatement::Type::Text ? row.utf8(first + i).size() + 2 : 20;
    return renderUpsert(m_version, def, bytes, appendId, row.integer(first + 1), row.integer(first + 2),
                        row.integer(first + 3) != 0,
                        [&](QByteArray& out, int i) { appendColumn(out, def.fields.at(i), row, first + 4 + i); });
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
                                const QList<Protocol::ConflictNotice>& conflicts) const {
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
                    if (f.sinceProtocol > m_version)
                        continue; // as renderUpsert() leaves its values out
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
        const Protocol::ConflictNotice& c = conflicts.at(i);
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

} // namespace Stride::Server
