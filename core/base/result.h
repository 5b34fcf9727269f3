#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Stride {

// Errors cross module boundaries as values: a Result holds either a value or a message
// that names the problem (untranslated; the UI edge wraps it in tr()).
template <typename T> class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(std::move(message), Tag{}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    struct Tag {};
    Result(QString message, Tag)
        : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
};

template <> class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    static Result failure(QString message) {
        Result r;
        r.m_error = std::move(message);
        r.m_failed = true;
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

using Status = Result<void>;

// Shorthand for `return Result<T>::failure(msg)` that converts to any Result<T>.
struct Failure {
    QString message;
    template <typename T> operator Result<T>() const { return Result<T>::failure(message); }
};
inline Failure fail(QString message) {
    return Failure{std::move(message)};
}

} // namespace Stride
