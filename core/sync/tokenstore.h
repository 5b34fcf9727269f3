#pragma once

#include "result.h"

#include <QObject>

#include <functional>

namespace Stride {

// The refresh token in the OS keychain (QtKeychain), under a key namespaced by server and user. Without a
// keychain the caller gets a clear error and keeps the session for this run only: never a plain-text file.
class TokenStore final : public QObject {
    Q_OBJECT
public:
    explicit TokenStore(QObject* parent = nullptr);

    static QString keyFor(const QString& serverPrefix, const QString& user);

    // Asynchronous; the callback runs on this object's thread. A missing entry reads as an empty token.
    void read(const QString& key, const std::function<void(Result<QString>)>& done);
    void write(const QString& key, const QString& token, const std::function<void(Status)>& done);
    void remove(const QString& key, const std::function<void(Status)>& done);

    // Blocking helpers (a local event loop) for command-line use.
    Result<QString> readNow(const QString& key);
    Status writeNow(const QString& key, const QString& token);
    Status removeNow(const QString& key);

    static QString serviceName() { return QStringLiteral("Stride"); }
};

} // namespace Stride
