#include "pullpagereader.h"

#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride::Protocol {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: larger integers do not survive JSON
constexpr int kMaxDepth = 256;

using Type = PullValue::Type;

enum class Check : quint8 { Id, Counter, Deleted, Text, Integer, Real, Unknown };

Check checkOf(const EntityDef& def, const QString& column) {
    if (column == u"id"_s)
        return Check::Id;
    if (column == u"version"_s || column == u"updated_at"_s)
        return Check::Counter;
    if (column == u"deleted"_s)
        return Check::Deleted;
    const FieldDef* f = def.field(column);
    if (!f)
        return Check::Unknown;
    switch (f->type) {
    case FieldType::Text:
        return Check::Text;
    case FieldType::Integer:
        return Check::Integer;
    case FieldType::Real:
        return Check::Real;
    }
    return Check::Unknown;
}

// An integral number within 2^53 becomes an Integer.
bool integral(PullValue& v) {
    if (v.type == Type::Integer)
        return std::fabs(double(v.integer)) <= kMaxExactInteger;
    if (v.type != Type::Real || std::floor(v.real) != v.real || std::fabs(v.real) > kMaxExactInteger)
        return false;
    v.type = Type::Integer;
    v.integer = qint64(v.real);
    return true;
}

// The messages are pullResponseFromJson's (checkColumnValue's) since protocol 2.
QString checkValue(const EntityDef& def, const QString& column, Check check, PullValue& v) {
    switch (check) {
    case Check::Id:
        return v.type == Type::Text && v.size > 0 ? QString() : u"%1.id must be a non-empty string"_s.arg(def.name);
    case Check::Counter:
        return v.type == Type::Null || integral(v) ? QString() : u"%1.%2 must be an integer"_s.arg(def.name, column);
    case Check::Deleted:
        return v.type == Type::Bool || v.type == Type::Null ? QString()
                                                            : u"%1.deleted must be true or false"_s.arg(def.name);
    case Check::Text:
        return v.type == Type::Text || v.type == Type::Null ? QString()
                                                            : u"%1.%2 must be a string"_s.arg(def.name, column);
    case Check::Integer:
        return v.type == Type::Null || integral(v) ? QString() : u"%1.%2 must be an integer"_s.arg(def.name, column);
    case Check::Real:
        if (v.type == Type::Null || v.type == Type::Integer || (v.type == Type::Real && std::isfinite(v.real)))
            return {};
        return u"%1.%2 must be a number"_s.arg(def.name, column);
    case Check::Unknown:
        break;
    }
    return u"%1 has no field '%2'"_s.arg(def.name, column);
}

// A member read from an object before its meaning is known: a scalar, or where it starts and ends.
struct Member {
    bool present = false;
    PullValue value;
    const char* begin = nullptr; // the value's JSON text
    const char* end = nullptr;
};

class Parser final {
public:
    Parser(const QByteArray& body, PullResponse& out)
        : m_begin(body.constData())
        , m_p(body.constData())
        , m_end(body.constData() + body.size())
        , m_out(out) {}

    Status page();
    bool malformed() const { return m_malformed; }

private:
    // Syntax errors stop the parse; the first problem of meaning is kept until the document is known to be JSON.
    bool syntax(const char* what) {
        if (!m_malformed) {
            m_malformed = true;
            m_syntax = u"malformed JSON at offset %1: %2"_s.arg(m_p - m_begin).arg(QLatin1StringView(what));
        }
        return false;
    }
    void problem(const QString& what) {
        if (m_problem.isEmpty())
            m_problem = what;
    }
    void space() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool at(char c) {
        space();
        return m_p < m_end && *m_p == c;
    }
    bool take(char c, const char* what) {
        if (!at(c))
            return syntax(what);
        ++m_p;
        return true;
    }
    // After '[' or '{' (and each element): true when the container goes on, false at its end or an error.
    bool more(char close, bool first, const char* what) {
        space();
        if (m_p >= m_end)
            return syntax("unterminated array or object");
        if (*m_p == close) {
            ++m_p;
            return false;
        }
        if (!first) {
            if (*m_p != ',')
                return syntax(what);
            ++m_p;
        }
        return true;
    }
    bool string(PullValue& v);
    // The steps of string(), `p` moving on: text without escapes up to a quote, a backslash or the end; then,
    // once an escape is met, the rest of the string unescaped into `out`, one escape at a time.
    bool scanPlain(const unsigned char*& p, const unsigned char* end);
    bool unescape(const unsigned char*& p, const unsigned char* end, QByteArray& out);
    bool escape(const unsigned char*& p, const unsigned char* end, QByteArray& out);
    bool unicodeEscape(const unsigned char*& p, const unsigned char* end, QByteArray& out);
    bool number(PullValue& v);
    bool literal(const char* word, qsizetype size);
    // A scalar into `v`; an array or object is skipped (checked for syntax) and becomes Invalid.
    bool value(PullValue& v, int depth);
    bool skip(int depth) {
        PullValue ignored;
        return value(ignored, depth);
    }
    bool member(Member& m, int depth) {
        space();
        m.present = true;
        m.begin = m_p;
        const bool ok = value(m.value, depth);
        m.end = m_p;
        return ok;
    }
    bool key(QByteArrayView* out);
    bool runs();
    bool run();
    Status finishRun(const Member& entity, const Member& op, const Member& columns, const Member& rows,
                     std::vector<PullValue>& values, const std::vector<qint32>& widths,
                     const std::vector<PullValue>& columnNames, bool columnsArray, bool rowsArray);
    // A member of the page decoded through QJsonDocument (protocol 1's changes, conflict notices).
    static QJsonValue json(const Member& m);

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    PullResponse& m_out;
    bool m_malformed = false;
    QString m_syntax;
    QString m_problem;
};

bool Parser::literal(const char* word, qsizetype size) {
    if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
        return syntax("illegal value");
    m_p += size;
    return true;
}

bool Parser::number(PullValue& v) {
    const char* start = m_p;
    const char* p = m_p;
    if (p < m_end && *p == '-')
        ++p;
    if (p >= m_end || *p < '0' || *p > '9')
        return syntax("illegal number");
    if (*p == '0') {
        ++p;
    } else {
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    bool whole = true;
    if (p < m_end && *p == '.') {
        whole = false;
        ++p;
        if (p >= m_end || *p < '0' || *p > '9')
            return syntax("illegal number");
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        whole = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || *p < '0' || *p > '9')
            return syntax("illegal number");
        while (p < m_end && *p >= '0' && *p <= '9')
            ++p;
    }
    m_p = p;
    if (whole) {
        qint64 n = 0;
        if (std::from_chars(start, p, n).ec == std::errc()) {
            v.type = Type::Integer;
            v.integer = n;
            return true;
        }
    }
    // A fraction, an exponent, or an integer beyond 64 bits: a double, infinite when out of range.
    double d = 0;
    const auto r = std::from_chars(start, p, d);
    if (r.ec == std::errc::result_out_of_range)
        d = *start == '-' ? -HUGE_VAL : HUGE_VAL;
    v.type = Type::Real;
    v.real = d;
    return true;
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The length of the valid UTF-8 sequence of more than one byte at `p`, or 0.
int utf8Sequence(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = *p;
    int n = 0;
    char32_t min = 0;
    char32_t v = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    return n;
}

bool Parser::string(PullValue& v) {
    ++m_p; // the opening quote
    const char* start = m_p;
    const auto* p = reinterpret_cast<const unsigned char*>(m_p);
    const auto* end = reinterpret_cast<const unsigned char*>(m_end);
    // Most text has no escapes: it stays where it is in the body.
    if (!scanPlain(p, end))
        return false;
    if (p >= end) {
        m_p = m_end;
        return syntax("unterminated string");
    }
    v.type = Type::Text;
    if (*p == '"') {
        v.decoded = false;
        v.offset = start - m_begin;
        v.size = qint32(reinterpret_cast<const char*>(p) - start);
        m_p = reinterpret_cast<const char*>(p) + 1;
        return true;
    }
    // Escapes: the text goes unescaped into PullResponse::decoded.
    QByteArray& out = m_out.decoded;
    v.decoded = true;
    v.offset = out.size();
    out.append(start, reinterpret_cast<const char*>(p) - start);
    if (!unescape(p, end, out))
        return false;
    if (p >= end) {
        m_p = m_end;
        return syntax("unterminated string");
    }
    v.size = qint32(out.size() - v.offset);
    m_p = reinterpret_cast<const char*>(p) + 1;
    return true;
}

bool Parser::scanPlain(const unsigned char*& p, const unsigned char* end) {
    while (p < end) {
        // Eight bytes at a time while they are plain ASCII: none below 0x20, none from 0x80, no quote and no
        // backslash (the usual bit tricks: (v - 0x01…) & ~v & 0x80… is nonzero when a byte of v is zero).
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        while (end - p >= 8) {
            quint64 x;
            std::memcpy(&x, p, 8);
            const quint64 quote = x ^ (ones * '"');
            const quint64 backslash = x ^ (ones * '\\');
            const quint64 control = (x - ones * 0x20) & ~x & highs;
            if (control | ((quote - ones) & ~quote & highs) | ((backslash - ones) & ~backslash & highs) | (x & highs))
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c == '"' || c == '\\')
            break;
        if (c < 0x20) {
            m_p = reinterpret_cast<const char*>(p);
            return syntax("unescaped control character in a string");
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        // Three bytes led by E1…EC or EE…EF are valid whenever both others continue (no overlong form, no
        // surrogate): most Chinese text.
        if (((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && end - p >= 3 && (p[1] & 0xC0) == 0x80 &&
            (p[2] & 0xC0) == 0x80) {
            p += 3;
            continue;
        }
        const int n = utf8Sequence(p, end);
        if (n == 0) {
            m_p = reinterpret_cast<const char*>(p);
            return syntax("invalid UTF-8 in a string");
        }
        p += n;
    }
    return true;
}

bool Parser::unescape(const unsigned char*& p, const unsigned char* end, QByteArray& out) {
    while (p < end && *p != '"') {
        const unsigned char c = *p;
        if (c < 0x20) {
            m_p = reinterpret_cast<const char*>(p);
            return syntax("unescaped control character in a string");
        }
        if (c >= 0x80) {
            const int n = utf8Sequence(p, end);
            if (n == 0) {
                m_p = reinterpret_cast<const char*>(p);
                return syntax("invalid UTF-8 in a string");
            }
            out.append(reinterpret_cast<const char*>(p), n);
            p += n;
            continue;
        }
        if (c != '\\') {
            out += char(c);
            ++p;
            continue;
        }
        if (end - p < 2)
            break;
        if (!escape(p, end, out))
            return false;
    }
    return true;
}

bool Parser::escape(const unsigned char*& p, const unsigned char* end, QByteArray& out) {
    const char e = char(p[1]);
    p += 2;
    switch (e) {
    case '"':
    case '\\':
    case '/':
        out += e;
        return true;
    case 'b':
        out += '\b';
        return true;
    case 'f':
        out += '\f';
        return true;
    case 'n':
        out += '\n';
        return true;
    case 'r':
        out += '\r';
        return true;
    case 't':
        out += '\t';
        return true;
    case 'u':
        return unicodeEscape(p, end, out);
    default:
        m_p = reinterpret_cast<const char*>(p);
        return syntax("invalid escape sequence");
    }
}

bool Parser::unicodeEscape(const unsigned char*& p, const unsigned char* end, QByteArray& out) {
    auto hex4 = [&](char32_t* unit) {
        if (end - p < 4)
            return false;
        char32_t u = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(char(p[i]));
            if (d < 0)
                return false;
            u = (u << 4) | char32_t(d);
        }
        p += 4;
        *unit = u;
        return true;
    };
    char32_t u = 0;
    if (!hex4(&u)) {
        m_p = reinterpret_cast<const char*>(p);
        return syntax("invalid escape sequence");
    }
    if (u >= 0xD800 && u <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
        const auto* back = p;
        p += 2;
        char32_t low = 0;
        if (hex4(&low) && low >= 0xDC00 && low <= 0xDFFF)
            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        else
            p = back;
    }
    // A lone surrogate is not text: as when QString turns it into UTF-8.
    appendUtf8(out, u >= 0xD800 && u <= 0xDFFF ? char32_t(0xFFFD) : u);
    return true;
}

bool Parser::value(PullValue& v, int depth) {
    space();
    if (m_p >= m_end)
        return syntax("a value is missing");
    switch (*m_p) {
    case '"':
        return string(v);
    case 't':
        v.type = Type::Bool;
        v.boolean = true;
        return literal("true", 4);
    case 'f':
        v.type = Type::Bool;
        v.boolean = false;
        return literal("false", 5);
    case 'n':
        v.type = Type::Null;
        return literal("null", 4);
    case '[':
    case '{': {
        if (depth >= kMaxDepth)
            return syntax("too deeply nested");
        const char close = *m_p == '[' ? ']' : '}';
        ++m_p;
        v.type = Type::Invalid;
        for (bool first = true; more(close, first, "missing a comma"); first = false) {
            if (close == '}') {
                QByteArrayView ignored;
                if (!key(&ignored))
                    return false;
            }
            if (!skip(depth + 1))
                return false;
        }
        return !m_malformed;
    }
    default:
        return number(v);
    }
}

bool Parser::key(QByteArrayView* out) {
    if (!at('"'))
        return syntax("an object member's name must be a string");
    PullValue name;
    if (!string(name))
        return false;
    *out = name.decoded ? QByteArrayView(m_out.decoded.constData() + name.offset, name.size)
                        : QByteArrayView(m_begin + name.offset, name.size);
    return take(':', "missing ':' after a member name");
}

QJsonValue Parser::json(const Member& m) {
    if (!m.present)
        return QJsonValue(QJsonValue::Undefined);
    const QByteArray wrapped = '[' + QByteArray(m.begin, m.end - m.begin) + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
    return doc.array().at(0);
}

Status Parser::page() {
    Member cursor;
    Member hasMore;
    Member reset;
    Member changes;
    Member conflicts;
    bool sawRuns = false;
    if (!take('{', "the body must be a JSON object"))
        return fail(m_syntax);
    for (bool first = true; more('}', first, "missing a comma between members"); first = false) {
        QByteArrayView name;
        if (!key(&name))
            break;
        bool ok = true;
        if (name == "runs") {
            sawRuns = true;
            m_out.runs.clear();
            ok = runs();
        } else if (name == "cursor") {
            ok = member(cursor, 1);
        } else if (name == "has_more") {
            ok = member(hasMore, 1);
        } else if (name == "reset") {
            ok = member(reset, 1);
        } else if (name == "changes") {
            ok = member(changes, 1);
        } else if (name == "conflicts") {
            ok = member(conflicts, 1);
        } else {
            ok = skip(1);
        }
        if (!ok)
            break;
    }
    if (!m_malformed) {
        space();
        if (m_p != m_end)
            syntax("garbage after the document");
    }
    if (m_malformed)
        return fail(m_syntax);

    // The checks and their order are pullResponseFromJson's.
    if (!cursor.present || cursor.value.type == Type::Null)
        return fail(u"missing 'cursor'"_s);
    if (cursor.value.type != Type::Integer && cursor.value.type != Type::Real)
        return fail(u"'cursor' must be a number"_s);
    if (!integral(cursor.value))
        return fail(u"'cursor' must be an integer"_s);
    m_out.cursor = cursor.value.integer;
    auto flag = [](const Member& m, const char* name, bool* out) -> Status {
        if (!m.present || m.value.type == Type::Null) {
            *out = false;
            return {};
        }
        if (m.value.type != Type::Bool)
            return fail(u"'%1' must be true or false"_s.arg(QLatin1StringView(name)));
        *out = m.value.boolean;
        return {};
    };
    if (Status s = flag(hasMore, "has_more", &m_out.hasMore); !s)
        return s;
    if (Status s = flag(reset, "reset", &m_out.reset); !s)
        return s;
    if (!m_problem.isEmpty())
        return fail(m_problem);
    if (!sawRuns) {
        if (Status s = changesFromJson(json(changes), m_out); !s)
            return s;
    }
    return conflictNoticesFromJson(json(conflicts), m_out);
}

bool Parser::runs() {
    if (!at('[')) {
        problem(u"'runs' must be an array"_s);
        return skip(1);
    }
    ++m_p;
    for (bool first = true; more(']', first, "missing a comma between runs"); first = false) {
        if (!at('{')) {
            problem(u"each run must be an object"_s);
            if (!skip(2))
                return false;
            continue;
        }
        if (!run())
            return false;
    }
    return !m_malformed;
}

bool Parser::run() {
    ++m_p; // '{'
    Member entity;
    Member op;
    Member columnsMember;
    Member rowsMember;
    std::vector<PullValue> columnNames;
    std::vector<PullValue> values;
    std::vector<qint32> widths; // per row: its number of values, -1 for a row that is not an array
    bool columnsArray = false;
    bool rowsArray = false;
    for (bool first = true; more('}', first, "missing a comma between members"); first = false) {
        QByteArrayView name;
        if (!key(&name))
            return false;
        bool ok = true;
        if (name == "entity") {
            ok = member(entity, 3);
        } else if (name == "op") {
            ok = member(op, 3);
        } else if (name == "columns") {
            columnsMember.present = true;
            columnNames.clear();
            columnsArray = at('[');
            if (!columnsArray) {
                ok = skip(3);
            } else {
                ++m_p;
                for (bool firstColumn = true; more(']', firstColumn, "missing a comma"); firstColumn = false) {
                    columnNames.emplace_back();
                    if (!value(columnNames.back(), 4))
                        return false;
                }
                ok = !m_malformed;
            }
        } else if (name == "rows") {
            rowsMember.present = true;
            values.clear();
            widths.clear();
            rowsArray = at('[');
            if (!rowsArray) {
                ok = skip(3);
            } else {
                ++m_p;
                // Room for every value the rest of the page can hold at about 8 bytes each (a value takes at
                // least two): growing a vector of a few MB by doubling copies it and faults its pages in again.
                // Memory that is reserved but never written is never faulted in.
                values.reserve(size_t(m_end - m_p) / 8);
                for (bool firstRow = true; more(']', firstRow, "missing a comma between rows"); firstRow = false) {
                    if (!at('[')) {
                        values.emplace_back();
                        widths.push_back(-1);
                        if (!value(values.back(), 4))
                            return false;
                        continue;
                    }
                    ++m_p;
                    qint32 width = 0;
                    for (bool firstValue = true; more(']', firstValue, "missing a comma between values");
                         firstValue = false) {
                        values.emplace_back();
                        ++width;
                        if (!value(values.back(), 5))
                            return false;
                    }
                    if (m_malformed)
                        return false;
                    widths.push_back(width);
                }
                ok = !m_malformed;
            }
        } else {
            ok = skip(3);
        }
        if (!ok)
            return false;
    }
    if (m_malformed)
        return false;
    if (!m_problem.isEmpty())
        return true; // the page is refused anyway: only its syntax matters now
    if (Status s =
            finishRun(entity, op, columnsMember, rowsMember, values, widths, columnNames, columnsArray, rowsArray);
        !s)
        problem(s.error());
    return true;
}

Status Parser::finishRun(const Member& entity, const Member& op, const Member& columns, const Member& rows,
                         std::vector<PullValue>& values, const std::vector<qint32>& widths,
                         const std::vector<PullValue>& columnNames, bool columnsArray, bool rowsArray) {
    auto text = [this](const Member& m, const char* name) -> Result<QString> {
        if (!m.present || m.value.type == Type::Null)
            return fail(u"missing '%1'"_s.arg(QLatin1StringView(name)));
        if (m.value.type != Type::Text)
            return fail(u"'%1' must be a string"_s.arg(QLatin1StringView(name)));
        return m_out.text(m.value);
    };
    Result<QString> entityName = text(entity, "entity");
    Result<QString> opName = text(op, "op");
    if (!entityName || !opName)
        return fail(!entityName ? entityName.error() : opName.error());
    const EntityDef* def = Schema::entity(*entityName);
    if (!def)
        return fail(u"unknown entity '%1' in a change"_s.arg(*entityName));
    if (*opName != u"upsert"_s && *opName != u"remove"_s)
        return fail(u"unknown change op '%1'"_s.arg(*opName));
    PullRun run;
    run.entity = *entityName;
    run.removal = *opName == u"remove"_s;
    if (!rows.present || !rowsArray)
        return fail(u"'rows' must be an array"_s);
    if (run.removal) {
        for (size_t i = 0; i < widths.size(); ++i) {
            if (widths[i] >= 0 || values[i].type != Type::Text || values[i].size == 0)
                return fail(u"a removal must name a row id"_s);
        }
        run.columns = QStringList{u"id"_s};
    } else {
        if (!columns.present || !columnsArray)
            return fail(u"'columns' must be an array"_s);
        for (const PullValue& c : columnNames)
            run.columns << (c.type == Type::Text ? m_out.text(c) : QString());
        if (run.columns.value(0) != u"id"_s)
            return fail(u"the first column of a run must be 'id'"_s);
        if (run.columns.removeDuplicates() > 0)
            return fail(u"a run names a column twice"_s);
        std::vector<Check> checks;
        for (const QString& c : std::as_const(run.columns)) {
            checks.push_back(checkOf(*def, c));
            if (checks.back() == Check::Unknown)
                return fail(u"%1 has no field '%2'"_s.arg(def->name, c));
        }
        const qint32 width = qint32(checks.size());
        size_t next = 0;
        for (qint32 w : widths) {
            if (w < 0)
                return fail(u"each %1 row must be an array"_s.arg(def->name));
            if (w != width)
                return fail(u"a %1 row has %2 values for %3 columns"_s.arg(def->name).arg(w).arg(width));
            for (qint32 i = 0; i < width; ++i, ++next) {
                if (const QString e = checkValue(*def, run.columns.at(i), checks[size_t(i)], values[next]);
                    !e.isEmpty())
                    return fail(e);
            }
        }
    }
    run.values = std::move(values);
    m_out.runs << std::move(run);
    return {};
}

} // namespace

Result<PullResponse> PullPageReader::read(const QByteArray& body, bool* malformed) {
    PullResponse out;
    out.body = body;
    Parser parser(body, out);
    Status s = parser.page();
    if (malformed)
        *malformed = parser.malformed();
    if (!s)
        return fail(s.error());
    return out;
}

QString PullPageReader::check(const EntityDef& def, const QString& column, PullValue& value) {
    return checkValue(def, column, checkOf(def, column), value);
}

PullValue PullPageReader::fromJson(const QJsonValue& value, QByteArray& decoded) {
    PullValue v;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    case QJsonValue::Bool:
        v.type = Type::Bool;
        v.boolean = value.toBool();
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        if (double(i) == d && std::fabs(d) <= kMaxExactInteger) {
            v.type = Type::Integer;
            v.integer = i;
        } else {
            v.type = Type::Real;
            v.real = d;
        }
        break;
    }
    case QJsonValue::String: {
        const QByteArray utf8 = value.toString().toUtf8();
        v.type = Type::Text;
        v.decoded = true;
        v.offset = decoded.size();
        v.size = qint32(utf8.size());
        decoded += utf8;
        break;
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        v.type = Type::Invalid;
        break;
    }
    return v;
}

} // namespace Stride::Protocol
