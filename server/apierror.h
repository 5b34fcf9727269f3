#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace Stride::Server {

// A refusal the HTTP layer turns into a status and a JSON error body {"error": code, "message": text}.
struct ApiError {
    ApiError() = default;
    ApiError(int status_, QString code_, QString message_, QJsonObject details_ = {})
        : status(status_)
        , code(std::move(code_))
        , message(std::move(message_))
        , details(std::move(details_)) {}
    // A refusal the client may retry after a wait (a 429): the wait goes out as Retry-After and "retry_after".
    static ApiError retryLater(int status_, QString code_, QString message_, qint64 retryAfterSecs_) {
        ApiError e(status_, std::move(code_), std::move(message_));
        e.retryAfterSecs = retryAfterSecs_;
        return e;
    }

    int status = 500;
    QString code;
    QString message;
    qint64 retryAfterSecs = 0; // > 0: sent as Retry-After (and "retry_after" in the body), e.g. with a 429
    QJsonObject details;       // more members of the error body, for a client that acts on them
};

// Either a value or an ApiError: like Result, but it knows which HTTP status the failure deserves.
template <typename T> class [[nodiscard]] Outcome final {
public:
    Outcome(T value)
        : m_value(std::move(value)) {}
    Outcome(ApiError error)
        : m_error(std::move(error)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const ApiError& error() const { return m_error; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

inline ApiError badRequest(QString message) {
    return {400, QStringLiteral("bad_request"), std::move(message)};
}
inline ApiError unauthorized(QString message) {
    return {401, QStringLiteral("unauthorized"), std::move(message)};
}
inline ApiError forbidden(QString message) {
    return {403, QStringLiteral("forbidden"), std::move(message)};
}
// A database failure: transient, nothing was changed, the client retries later.
inline ApiError unavailable(QString message) {
    return {503, QStringLiteral("unavailable"), std::move(message)};
}

} // namespace Stride::Server
