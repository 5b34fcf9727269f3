#pragma once

#include <QByteArray>
#include <QString>

namespace Stride::Server {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt (OpenSSL), and the random tokens of sessions.
class PasswordHasher final {
public:
    static constexpr int kIterations = 120000;

    struct Hashed {
        QString salt; // base64
        QString hash; // base64
        int iterations = kIterations;
    };

    static Hashed hash(const QString& password, int iterations = kIterations);
    static bool verify(const QString& password, const QString& salt, const QString& hash, int iterations);

    // 32 random bytes, base64url: a bearer or refresh token.
    static QString randomToken();
    // Tokens are stored as their SHA-256, never in clear.
    static QString tokenHash(const QString& token);
};

} // namespace Stride::Server
