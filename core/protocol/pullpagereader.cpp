#include "pullpagereader.h"

#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

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

namespace od = simdjson::ondemand;

// A member read from an object before its meaning is known: a scalar, or where its JSON text starts and ends.
struct Member {
    bool present = false;
    PullValue value;
    const char* begin = nullptr;
    const char* end = nullptr;
};

// The members of a page that are checked once the whole body is known to be JSON.
struct PageMembers {
    Member cursor;
    Member hasMore;
    Member reset;
    Member changes;
    Member conflicts;
    bool sawRuns = false;
};

// A run's members as read; `widths` holds each row's number of values, -1 for a row that is not an array.
struct RunMembers {
    Member entity;
    Member op;
    bool columnsPresent = false;
    bool columnsArray = false;
    bool rowsPresent = false;
    bool rowsArray = false;
    std::vector<PullValue> columnNames;
    std::vector<PullValue> values;
    std::vector<qint32> widths;
};

// Walks a page with simdjson's On-Demand API. Its first stage has validated the UTF-8 and refused unescaped
// control characters in strings; the walk validates the rest (every value, skipped ones included), so that a body
// that is not JSON is refused as such even where the page reader has no use for the value.
class Reader final {
public:
    explicit Reader(PullResponse& out)
        : m_out(out)
        , m_base(out.body.constData())
        , m_end(out.body.constData() + out.body.size()) {}

    Status page(od::document& doc);
    // A syntax error stops the walk; the first problem of meaning is kept until the body is known to be JSON.
    bool syntax(const char* what) {
        if (!m_malformed) {
            m_malformed = true;
            m_syntax = u"malformed JSON: %1"_s.arg(QLatin1StringView(what));
        }
        return false;
    }
    bool failed(simdjson::error_code e) { return e != simdjson::SUCCESS && !syntax(simdjson::error_message(e)); }
    bool malformed() const { return m_malformed; }
    const QString& syntaxError() const { return m_syntax; }

private:
    void problem(const QString& what) {
        if (m_problem.isEmpty())
            m_problem = what;
    }
    bool typeOf(od::value v, od::json_type* t) { return !failed(v.type().get(*t)); }
    // A scalar into `out`; an array or object is walked (checked for syntax) and becomes Invalid.
    bool scalar(od::value v, PullValue& out, int depth);
    bool text(od::value v, PullValue& out);
    bool number(od::value v, PullValue& out);
    bool walk(od::value v, int depth);
    bool walkArray(od::value v, int depth);
    bool walkObject(od::value v, int depth);
    bool member(od::value v, Member& m, int depth);
    // Where the walk is: the start of the next token, or the end of the body.
    const char* location();
    bool pageMember(std::string_view key, od::value v, PageMembers& m);
    bool runs(od::value v);
    bool run(od::value v);
    bool runMember(std::string_view key, od::value v, RunMembers& r);
    bool columns(od::value v, RunMembers& r);
    bool rows(od::value v, RunMembers& r);
    Status finishRun(RunMembers& r);
    Status upsertColumns(const EntityDef& def, RunMembers& r, PullRun& run) const;
    Status checkPage(const PageMembers& m);
    // A member of the page decoded through QJsonDocument (protocol 1's changes, conflict notices).
    static QJsonValue json(const Member& m);

    PullResponse& m_out;
    const char* m_base;
    const char* m_end;
    od::document* m_doc = nullptr;
    bool m_malformed = false;
    QString m_syntax;
    QString m_problem;
};

bool Reader::text(od::value v, PullValue& out) {
    // The raw token runs from the opening quote to the next token: the closing quote is the last one in it.
    const std::string_view token = v.raw_json_token();
    size_t n = token.size();
    while (n > 0 && token[n - 1] != '"')
        --n;
    const char* content = token.data() + 1;
    const size_t size = n >= 2 ? n - 2 : 0;
    out.type = Type::Text;
    if (std::memchr(content, '\\', size) == nullptr) {
        // Most text has no escapes: it stays where it is in the body.
        od::raw_json_string raw;
        if (failed(v.get_raw_json_string().get(raw)))
            return false;
        out.decoded = false;
        out.offset = content - m_base;
        out.size = qint32(size);
        return true;
    }
    // Escapes: simdjson checks and unescapes them, the text goes into PullResponse::decoded.
    std::string_view unescaped;
    if (failed(v.get_string().get(unescaped)))
        return false;
    out.decoded = true;
    out.offset = m_out.decoded.size();
    out.size = qint32(unescaped.size());
    m_out.decoded.append(unescaped.data(), qsizetype(unescaped.size()));
    return true;
}

bool Reader::number(od::value v, PullValue& out) {
    od::number n;
    if (v.get_number().get(n) != simdjson::SUCCESS) {
        // An integer beyond 64 bits is read as a double; anything else that fails here is not a JSON number, or
        // one beyond a double's range.
        double d = 0;
        if (failed(v.get_double().get(d)))
            return false;
        out.type = Type::Real;
        out.real = d;
        return true;
    }
    if (n.is_int64()) {
        out.type = Type::Integer;
        out.integer = n.get_int64();
    } else {
        out.type = Type::Real;
        out.real = n.as_double(); // an unsigned integer beyond qint64 too
    }
    return true;
}

bool Reader::scalar(od::value v, PullValue& out, int depth) {
    od::json_type t{};
    if (!typeOf(v, &t))
        return false;
    switch (t) {
    case od::json_type::string:
        return text(v, out);
    case od::json_type::number:
        return number(v, out);
    case od::json_type::boolean:
        out.type = Type::Bool;
        return !failed(v.get_bool().get(out.boolean));
    case od::json_type::null: {
        bool isNull = false;
        out.type = Type::Null;
        if (failed(v.is_null().get(isNull)))
            return false;
        return isNull || syntax("illegal value");
    }
    case od::json_type::array:
    case od::json_type::object:
        out.type = Type::Invalid;
        return walk(v, depth);
    }
    return syntax("illegal value");
}

bool Reader::walk(od::value v, int depth) {
    od::json_type t{};
    if (!typeOf(v, &t))
        return false;
    if (t != od::json_type::array && t != od::json_type::object) {
        PullValue ignored;
        return scalar(v, ignored, depth);
    }
    if (depth >= kMaxDepth)
        return syntax("too deeply nested");
    return t == od::json_type::array ? walkArray(v, depth) : walkObject(v, depth);
}

bool Reader::walkArray(od::value v, int depth) {
    od::array a;
    if (failed(v.get_array().get(a)))
        return false;
    for (auto element : a) {
        od::value x;
        if (failed(element.get(x)) || !walk(x, depth + 1))
            return false;
    }
    return true;
}

bool Reader::walkObject(od::value v, int depth) {
    od::object o;
    if (failed(v.get_object().get(o)))
        return false;
    for (auto field : o) {
        std::string_view key; // unescaped, so that its escapes are checked
        od::value x;
        if (failed(field.unescaped_key().get(key)) || failed(field.value().get(x)) || !walk(x, depth + 1))
            return false;
    }
    return true;
}

const char* Reader::location() {
    const char* at = nullptr;
    return m_doc->current_location().get(at) == simdjson::SUCCESS ? at : m_end;
}

bool Reader::member(od::value v, Member& m, int depth) {
    m.present = true;
    m.value = PullValue();
    m.begin = v.raw_json_token().data();
    const bool ok = scalar(v, m.value, depth);
    m.end = location();
    return ok;
}

QJsonValue Reader::json(const Member& m) {
    if (!m.present)
        return QJsonValue(QJsonValue::Undefined);
    const QByteArray wrapped = '[' + QByteArray(m.begin, m.end - m.begin) + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped);
    return doc.array().at(0);
}

Status Reader::page(od::document& doc) {
    m_doc = &doc;
    od::json_type t{};
    if (failed(doc.type().get(t)))
        return fail(m_syntax);
    od::object top;
    if (t != od::json_type::object || failed(doc.get_object().get(top))) {
        syntax("the body must be a JSON object");
        return fail(m_syntax);
    }
    PageMembers members;
    for (auto field : top) {
        std::string_view key;
        od::value v;
        if (failed(field.unescaped_key().get(key)) || failed(field.value().get(v)) || !pageMember(key, v, members))
            break;
    }
    if (!m_malformed && location() != m_end)
        syntax("garbage after the document");
    if (m_malformed)
        return fail(m_syntax);
    return checkPage(members);
}

bool Reader::pageMember(std::string_view key, od::value v, PageMembers& m) {
    if (key == "runs") {
        m.sawRuns = true;
        m_out.runs.clear();
        return runs(v);
    }
    if (key == "cursor")
        return member(v, m.cursor, 1);
    if (key == "has_more")
        return member(v, m.hasMore, 1);
    if (key == "reset")
        return member(v, m.reset, 1);
    if (key == "changes")
        return member(v, m.changes, 1);
    if (key == "conflicts")
        return member(v, m.conflicts, 1);
    return walk(v, 1);
}

// The checks and their order are pullResponseFromJson's.
Status Reader::checkPage(const PageMembers& m) {
    PullValue cursor = m.cursor.value;
    if (!m.cursor.present || cursor.type == Type::Null)
        return fail(u"missing 'cursor'"_s);
    if (cursor.type != Type::Integer && cursor.type != Type::Real)
        return fail(u"'cursor' must be a number"_s);
    if (!integral(cursor))
        return fail(u"'cursor' must be an integer"_s);
    m_out.cursor = cursor.integer;
    auto flag = [](const Member& member, const char* name, bool* out) -> Status {
        if (!member.present || member.value.type == Type::Null) {
            *out = false;
            return {};
        }
        if (member.value.type != Type::Bool)
            return fail(u"'%1' must be true or false"_s.arg(QLatin1StringView(name)));
        *out = member.value.boolean;
        return {};
    };
    if (Status s = flag(m.hasMore, "has_more", &m_out.hasMore); !s)
        return s;
    if (Status s = flag(m.reset, "reset", &m_out.reset); !s)
        return s;
    if (!m_problem.isEmpty())
        return fail(m_problem);
    if (!m.sawRuns) {
        if (Status s = changesFromJson(json(m.changes), m_out); !s)
            return s;
    }
    return conflictNoticesFromJson(json(m.conflicts), m_out);
}

bool Reader::runs(od::value v) {
    od::json_type t{};
    if (!typeOf(v, &t))
        return false;
    if (t != od::json_type::array) {
        problem(u"'runs' must be an array"_s);
        return walk(v, 1);
    }
    od::array a;
    if (failed(v.get_array().get(a)))
        return false;
    for (auto element : a) {
        od::value x;
        if (failed(element.get(x)) || !typeOf(x, &t))
            return false;
        if (t != od::json_type::object) {
            problem(u"each run must be an object"_s);
            if (!walk(x, 2))
                return false;
            continue;
        }
        if (!run(x))
            return false;
    }
    return true;
}

bool Reader::run(od::value v) {
    od::object o;
    if (failed(v.get_object().get(o)))
        return false;
    RunMembers r;
    for (auto field : o) {
        std::string_view key;
        od::value x;
        if (failed(field.unescaped_key().get(key)) || failed(field.value().get(x)) || !runMember(key, x, r))
            return false;
    }
    if (!m_problem.isEmpty())
        return true; // the page is refused anyway: only its syntax matters now
    if (Status s = finishRun(r); !s)
        problem(s.error());
    return true;
}

bool Reader::runMember(std::string_view key, od::value v, RunMembers& r) {
    if (key == "entity")
        return member(v, r.entity, 3);
    if (key == "op")
        return member(v, r.op, 3);
    if (key == "columns")
        return columns(v, r);
    if (key == "rows")
        return rows(v, r);
    return walk(v, 3);
}

bool Reader::columns(od::value v, RunMembers& r) {
    od::json_type t{};
    if (!typeOf(v, &t))
        return false;
    r.columnsPresent = true;
    r.columnNames.clear();
    r.columnsArray = t == od::json_type::array;
    if (!r.columnsArray)
        return walk(v, 3);
    od::array a;
    if (failed(v.get_array().get(a)))
        return false;
    for (auto element : a) {
        od::value x;
        r.columnNames.emplace_back();
        if (failed(element.get(x)) || !scalar(x, r.columnNames.back(), 4))
            return false;
    }
    return true;
}

bool Reader::rows(od::value v, RunMembers& r) {
    od::json_type t{};
    if (!typeOf(v, &t))
        return false;
    r.rowsPresent = true;
    r.values.clear();
    r.widths.clear();
    r.rowsArray = t == od::json_type::array;
    if (!r.rowsArray)
        return walk(v, 3);
    // Room for every value the rest of the page can hold at about 8 bytes each (a value takes at least two):
    // growing a vector of a few MB by doubling copies it and faults its pages in again. Memory that is reserved
    // but never written is never faulted in.
    r.values.reserve(size_t(m_end - v.raw_json_token().data()) / 8);
    od::array a;
    if (failed(v.get_array().get(a)))
        return false;
    for (auto element : a) {
        od::value row;
        if (failed(element.get(row)) || !typeOf(row, &t))
            return false;
        r.widths.push_back(t == od::json_type::array ? 0 : -1);
        if (t != od::json_type::array) {
            r.values.emplace_back();
            if (!scalar(row, r.values.back(), 4))
                return false;
            continue;
        }
        od::array cells;
        if (failed(row.get_array().get(cells)))
            return false;
        for (auto cell : cells) {
            od::value x;
            r.values.emplace_back();
            ++r.widths.back();
            if (failed(cell.get(x)) || !scalar(x, r.values.back(), 5))
                return false;
        }
    }
    return true;
}

Status Reader::finishRun(RunMembers& r) {
    auto text = [this](const Member& m, const char* name) -> Result<QString> {
        if (!m.present || m.value.type == Type::Null)
            return fail(u"missing '%1'"_s.arg(QLatin1StringView(name)));
        if (m.value.type != Type::Text)
            return fail(u"'%1' must be a string"_s.arg(QLatin1StringView(name)));
        return m_out.text(m.value);
    };
    Result<QString> entityName = text(r.entity, "entity");
    Result<QString> opName = text(r.op, "op");
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
    if (!r.rowsPresent || !r.rowsArray)
        return fail(u"'rows' must be an array"_s);
    if (run.removal) {
        for (size_t i = 0; i < r.widths.size(); ++i) {
            if (r.widths[i] >= 0 || r.values[i].type != Type::Text || r.values[i].size == 0)
                return fail(u"a removal must name a row id"_s);
        }
        run.columns = QStringList{u"id"_s};
    } else if (Status s = upsertColumns(*def, r, run); !s) {
        return s;
    }
    run.values = std::move(r.values);
    m_out.runs << std::move(run);
    return {};
}

// An upsert run's columns, and each of its rows checked against them.
Status Reader::upsertColumns(const EntityDef& def, RunMembers& r, PullRun& run) const {
    if (!r.columnsPresent || !r.columnsArray)
        return fail(u"'columns' must be an array"_s);
    for (const PullValue& c : r.columnNames)
        run.columns << (c.type == Type::Text ? m_out.text(c) : QString());
    if (run.columns.value(0) != u"id"_s)
        return fail(u"the first column of a run must be 'id'"_s);
    if (run.columns.removeDuplicates() > 0)
        return fail(u"a run names a column twice"_s);
    std::vector<Check> checks;
    for (const QString& c : std::as_const(run.columns)) {
        checks.push_back(checkOf(def, c));
        if (checks.back() == Check::Unknown)
            return fail(u"%1 has no field '%2'"_s.arg(def.name, c));
    }
    const qint32 width = qint32(checks.size());
    size_t next = 0;
    for (qint32 w : r.widths) {
        if (w < 0)
            return fail(u"each %1 row must be an array"_s.arg(def.name));
        if (w != width)
            return fail(u"a %1 row has %2 values for %3 columns"_s.arg(def.name).arg(w).arg(width));
        for (qint32 i = 0; i < width; ++i, ++next) {
            if (const QString e = checkValue(def, run.columns.at(i), checks[size_t(i)], r.values[next]); !e.isEmpty())
                return fail(e);
        }
    }
    return {};
}

// The body with simdjson's padding (64 bytes) allocated past its end: the body itself when its buffer has the room,
// else a copy. The copy costs a few percent of the reading (docs/development.md, "The pull-page reader").
QByteArray padded(const QByteArray& body) {
    if (body.capacity() - body.size() >= qsizetype(simdjson::SIMDJSON_PADDING))
        return body;
    QByteArray copy;
    copy.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    copy.append(body.constData(), body.size());
    return copy;
}

} // namespace

Result<PullResponse> PullPageReader::read(const QByteArray& body, bool* malformed) {
    // One parser per thread: its buffers grow to the largest page and stay.
    thread_local od::parser parser;
    PullResponse out;
    out.body = padded(body);
    Reader reader(out);
    od::document doc;
    Status s;
    if (reader.failed(
            parser.iterate(out.body.constData(), size_t(out.body.size()), size_t(out.body.capacity())).get(doc)))
        s = fail(reader.syntaxError());
    else
        s = reader.page(doc);
    if (malformed)
        *malformed = reader.malformed();
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
