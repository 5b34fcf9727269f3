#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Stride {

// What kind of failure a Result carries, for the callers that act on it: the message is for people, the code for
// code (never compare or search the message). Most failures are Generic.
enum class ErrorCode {
    Generic,   // nothing a caller branches on
    Usage,     // wrong arguments or options: the message says how to call it
    Help,      // not a failure: help or version text was asked for, and the message is that text
    Cancelled, // the caller asked the work to stop, and it stopped (everything rolled back)
    NotFound,  // what was asked for does not exist
    Refused,   // the other side (a server, a rule of the method) said no
    Io,        // a file or the network failed
};

// Errors cross module boundaries as values: a Result holds either a value or a message
// that names the problem (untranslated; the UI edge wraps it in tr()) with its ErrorCode.
template <typename T> class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(ErrorCode::Generic, std::move(message)); }
    static Result failure(ErrorCode code, QString message) { return Result(code, std::move(message)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorCode code() const { return m_code; }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    Result(ErrorCode code, QString message)
        : m_error(std::move(message))
        , m_code(code) {}
    std::optional<T> m_value;
    QString m_error;
    ErrorCode m_code = ErrorCode::Generic;
};

template <> class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    static Result failure(QString message) { return failure(ErrorCode::Generic, std::move(message)); }
    static Result failure(ErrorCode code, QString message) {
        Result r;
        r.m_error = std::move(message);
        r.m_code = code;
        r.m_failed = true;
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorCode code() const { return m_code; }

private:
    QString m_error;
    ErrorCode m_code = ErrorCode::Generic;
    bool m_failed = false;
};

using Status = Result<void>;

// Shorthand for `return Result<T>::failure(msg)` that converts to any Result<T>.
struct Failure {
    QString message;
    ErrorCode code = ErrorCode::Generic;
    template <typename T> operator Result<T>() const { return Result<T>::failure(code, message); }
};
inline Failure fail(QString message) {
    return Failure{std::move(message)};
}
inline Failure fail(ErrorCode code, QString message) {
    return Failure{std::move(message), code};
}

} // namespace Stride
