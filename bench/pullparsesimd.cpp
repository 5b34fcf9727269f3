// bench-pullparse: a pulled page read with simdjson's On-Demand API into the same PullResponse as PullPageReader
// (text values without escapes stay slices of the body, escaped ones are unescaped into `decoded`; every value
// is checked against the registry; the whole document is validated, skipped members included, as the hand
// parser does). Compiled twice: once with the project's portable flags and once for AVX2 (STRIDE_SIMD_NS names
// each), because On-Demand's second stage is the build's own code, chosen at compile time, while its first stage
// picks the CPU's best kernel at run time.
#include "pullparsesimd.h"
#include "pullparseruns.h"

#include <simdjson.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride::BenchPull::STRIDE_SIMD_NS {

namespace {

namespace od = simdjson::ondemand;

class Reader final {
public:
    Reader(const QByteArray& body, Protocol::PullResponse& out)
        : m_out(out)
        , m_base(body.constData()) {}

    Status page(od::document& doc);

private:
    bool failed(simdjson::error_code e) {
        if (e && !m_error)
            m_error = e;
        return e != simdjson::SUCCESS;
    }
    bool scalar(od::value v, PullValue& out);
    bool text(od::value v, PullValue& out);
    bool number(od::value v, PullValue& out);
    bool walk(od::value v); // validates a value that is not read (arrays and objects in full)
    bool runs(od::value v);
    bool run(od::object o);
    bool columnNames(od::value v, QStringList& columns);
    bool rows(od::value v, std::vector<PullValue>& values, std::vector<qint32>& widths);
    QString textOf(const PullValue& v) const { return m_out.text(v); }

    Protocol::PullResponse& m_out;
    const char* m_base;
    simdjson::error_code m_error = simdjson::SUCCESS;
    QString m_problem;
};

bool Reader::text(od::value v, PullValue& out) {
    const std::string_view token = v.raw_json_token();
    size_t n = token.size();
    while (n > 0 && token[n - 1] != '"')
        --n; // the spaces up to the next token
    const char* content = token.data() + 1;
    const size_t size = n >= 2 ? n - 2 : 0;
    out.type = Type::Text;
    if (std::memchr(content, '\\', size) == nullptr) {
        // The first stage has validated the UTF-8 and refused raw control characters: the bytes are the text.
        od::raw_json_string raw;
        if (failed(v.get_raw_json_string().get(raw)))
            return false;
        out.decoded = false;
        out.offset = content - m_base;
        out.size = qint32(size);
        return true;
    }
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
        // An integer beyond 64 bits: as a double, as the hand parser takes it.
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
        out.real = n.as_double();
    }
    return true;
}

bool Reader::scalar(od::value v, PullValue& out) {
    od::json_type t;
    if (failed(v.type().get(t)))
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
        return isNull || !failed(simdjson::INCORRECT_TYPE);
    }
    case od::json_type::array:
    case od::json_type::object:
        out.type = Type::Invalid;
        return walk(v);
    }
    return !failed(simdjson::TAPE_ERROR);
}

bool Reader::walk(od::value v) {
    od::json_type t;
    if (failed(v.type().get(t)))
        return false;
    if (t == od::json_type::array) {
        od::array a;
        if (failed(v.get_array().get(a)))
            return false;
        for (auto element : a) {
            od::value x;
            if (failed(element.get(x)) || !walk(x))
                return false;
        }
        return true;
    }
    if (t == od::json_type::object) {
        od::object o;
        if (failed(v.get_object().get(o)))
            return false;
        for (auto field : o) {
            std::string_view key;
            od::value x;
            if (failed(field.unescaped_key().get(key)) || failed(field.value().get(x)) || !walk(x))
                return false;
        }
        return true;
    }
    PullValue ignored;
    return scalar(v, ignored);
}

bool Reader::columnNames(od::value v, QStringList& columns) {
    od::array a;
    if (failed(v.get_array().get(a)))
        return false;
    for (auto element : a) {
        od::value x;
        PullValue c;
        if (failed(element.get(x)) || !scalar(x, c))
            return false;
        columns << (c.type == Type::Text ? textOf(c) : QString());
    }
    return true;
}

bool Reader::rows(od::value v, std::vector<PullValue>& values, std::vector<qint32>& widths) {
    od::array rows;
    if (failed(v.get_array().get(rows)))
        return false;
    for (auto element : rows) {
        od::value row;
        od::json_type t;
        if (failed(element.get(row)) || failed(row.type().get(t)))
            return false;
        if (t != od::json_type::array) {
            values.emplace_back();
            widths.push_back(-1);
            if (!scalar(row, values.back()))
                return false;
            continue;
        }
        od::array cells;
        if (failed(row.get_array().get(cells)))
            return false;
        qint32 width = 0;
        for (auto cell : cells) {
            od::value x;
            values.emplace_back();
            ++width;
            if (failed(cell.get(x)) || !scalar(x, values.back()))
                return false;
        }
        widths.push_back(width);
    }
    return true;
}

bool Reader::run(od::object o) {
    PullValue entity;
    PullValue op;
    QStringList columns;
    std::vector<PullValue> values;
    std::vector<qint32> widths;
    for (auto field : o) {
        std::string_view key;
        od::value v;
        if (failed(field.unescaped_key().get(key)) || failed(field.value().get(v)))
            return false;
        bool ok = true;
        if (key == "entity" || key == "op")
            ok = scalar(v, key == "op" ? op : entity);
        else if (key == "columns")
            ok = columnNames(v, columns);
        else if (key == "rows")
            ok = rows(v, values, widths);
        else
            ok = walk(v);
        if (!ok)
            return false;
    }
    if (!m_problem.isEmpty())
        return true;
    if (entity.type != Type::Text || op.type != Type::Text) {
        m_problem = u"'entity' and 'op' must be strings"_s;
        return true;
    }
    if (Status s = finishRun(m_out, textOf(entity), textOf(op), columns, std::move(values), widths); !s)
        m_problem = s.error();
    return true;
}

bool Reader::runs(od::value v) {
    od::array a;
    if (failed(v.get_array().get(a)))
        return false;
    for (auto element : a) {
        od::object o;
        if (failed(element.get_object().get(o)) || !run(o))
            return false;
    }
    return true;
}

Status Reader::page(od::document& doc) {
    od::object top;
    if (failed(doc.get_object().get(top)))
        return fail(u"malformed JSON: %1"_s.arg(QLatin1StringView(simdjson::error_message(m_error))));
    PullValue cursor;
    PullValue hasMore;
    PullValue reset;
    for (auto field : top) {
        std::string_view key;
        od::value v;
        if (failed(field.unescaped_key().get(key)) || failed(field.value().get(v)))
            break;
        bool ok = true;
        if (key == "runs")
            ok = runs(v);
        else if (key == "cursor")
            ok = scalar(v, cursor);
        else if (key == "has_more")
            ok = scalar(v, hasMore);
        else if (key == "reset")
            ok = scalar(v, reset);
        else
            ok = walk(v); // "conflicts" and "changes" would go through QJsonDocument, as the hand parser does
        if (!ok)
            break;
    }
    const char* rest = nullptr;
    if (!m_error && doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
        m_error = simdjson::TRAILING_CONTENT;
    if (m_error)
        return fail(u"malformed JSON: %1"_s.arg(QLatin1StringView(simdjson::error_message(m_error))));
    if (!integral(cursor))
        return fail(u"'cursor' must be an integer"_s);
    m_out.cursor = cursor.integer;
    m_out.hasMore = hasMore.type == Type::Bool && hasMore.boolean;
    m_out.reset = reset.type == Type::Bool && reset.boolean;
    if (!m_problem.isEmpty())
        return fail(m_problem);
    return {};
}

} // namespace

const char* kernels() {
    static const QByteArray names = QByteArray("first stage ") + simdjson::get_active_implementation()->name().c_str() +
                                    ", second stage " + simdjson::builtin_implementation()->name().c_str();
    return names.constData();
}

Result<Protocol::PullResponse> read(const QByteArray& body) {
    // One parser per thread, as a client would keep: its buffers grow to the largest page and stay.
    thread_local od::parser parser;
    Protocol::PullResponse out;
    out.body = body;
    od::document doc;
    if (const auto e = parser.iterate(body.constData(), size_t(body.size()), size_t(body.capacity())).get(doc))
        return fail(u"malformed JSON: %1"_s.arg(QLatin1StringView(simdjson::error_message(e))));
    Reader reader(out.body, out);
    if (Status s = reader.page(doc); !s)
        return fail(s.error());
    return out;
}

} // namespace Stride::BenchPull::STRIDE_SIMD_NS
