#pragma once
// bench-pullparse: what the QJsonDocument reader shares with PullPageReader once a run's members are read: the same
// checks against the registry, in the same order, as PullPageReader (core/protocol/pullpagereader.cpp), with the
// column kinds worked out once per run as it does, so that the comparison is of parsing, not of checking.

#include "protocol/protocol.h"
#include "storage/schema.h"

#include <cmath>
#include <vector>

namespace Stride::BenchPull {

using Protocol::PullValue;
using Type = PullValue::Type;

enum class Kind : quint8 { Id, Counter, Deleted, Text, Integer, Real, Unknown };

inline Kind kindOf(const EntityDef& def, const QString& column) {
    using namespace Qt::StringLiterals;
    if (column == u"id"_s)
        return Kind::Id;
    if (column == u"version"_s || column == u"updated_at"_s)
        return Kind::Counter;
    if (column == u"deleted"_s)
        return Kind::Deleted;
    const FieldDef* f = def.field(column);
    if (!f)
        return Kind::Unknown;
    switch (f->type) {
    case FieldType::Text:
        return Kind::Text;
    case FieldType::Integer:
        return Kind::Integer;
    case FieldType::Real:
        return Kind::Real;
    }
    return Kind::Unknown;
}

inline bool integral(PullValue& v) {
    constexpr double kMaxExact = 9007199254740992.0;
    if (v.type == Type::Integer)
        return std::fabs(double(v.integer)) <= kMaxExact;
    if (v.type != Type::Real || std::floor(v.real) != v.real || std::fabs(v.real) > kMaxExact)
        return false;
    v.type = Type::Integer;
    v.integer = qint64(v.real);
    return true;
}

// True when the value fits its column (as checkValue decides); the message is only built by the caller.
inline bool fits(Kind kind, PullValue& v) {
    switch (kind) {
    case Kind::Id:
        return v.type == Type::Text && v.size > 0;
    case Kind::Counter:
    case Kind::Integer:
        return v.type == Type::Null || integral(v);
    case Kind::Deleted:
        return v.type == Type::Bool || v.type == Type::Null;
    case Kind::Text:
        return v.type == Type::Text || v.type == Type::Null;
    case Kind::Real:
        return v.type == Type::Null || v.type == Type::Integer || (v.type == Type::Real && std::isfinite(v.real));
    case Kind::Unknown:
        break;
    }
    return false;
}

// A run's members as read; `widths` holds each row's number of values, -1 for a row that is not an array.
inline Status finishRun(Protocol::PullResponse& out, const QString& entity, const QString& op,
                        const QStringList& columns, std::vector<PullValue>&& values,
                        const std::vector<qint32>& widths) {
    using namespace Qt::StringLiterals;
    const EntityDef* def = Schema::entity(entity);
    if (!def)
        return fail(u"unknown entity '%1' in a change"_s.arg(entity));
    if (op != u"upsert"_s && op != u"remove"_s)
        return fail(u"unknown change op '%1'"_s.arg(op));
    Protocol::PullRun run;
    run.entity = entity;
    run.removal = op == u"remove"_s;
    if (run.removal) {
        for (size_t i = 0; i < widths.size(); ++i) {
            if (widths[i] >= 0 || values[i].type != Type::Text || values[i].size == 0)
                return fail(u"a removal must name a row id"_s);
        }
        run.columns = QStringList{u"id"_s};
    } else {
        run.columns = columns;
        if (run.columns.value(0) != u"id"_s)
            return fail(u"the first column of a run must be 'id'"_s);
        std::vector<Kind> kinds;
        for (const QString& c : columns) {
            kinds.push_back(kindOf(*def, c));
            if (kinds.back() == Kind::Unknown)
                return fail(u"%1 has no field '%2'"_s.arg(def->name, c));
        }
        const qint32 width = qint32(kinds.size());
        size_t next = 0;
        for (qint32 w : widths) {
            if (w != width)
                return fail(u"a %1 row has %2 values for %3 columns"_s.arg(def->name).arg(w).arg(width));
            for (qint32 i = 0; i < width; ++i, ++next) {
                if (!fits(kinds[size_t(i)], values[next]))
                    return fail(u"%1.%2 has a value of the wrong type"_s.arg(def->name, columns.at(i)));
            }
        }
    }
    run.values = std::move(values);
    out.runs << std::move(run);
    return {};
}

} // namespace Stride::BenchPull
