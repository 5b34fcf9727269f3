#pragma once

#include <QByteArray>
#include <QString>

namespace Stride::Server {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt (OpenSSL), and the random tokens of sessions. Each account stores
// its hash's iteration count, so the count can rise: a hash made with fewer is re-made at the next sign-in.
class PasswordHasher final {
public:
    // OWASP's current guidance for PBKDF2-HMAC-SHA256 (about 0.15 s of CPU per hash here; docs/operations.md).
    static constexpr int kIterations = 600000;
    // The lowest count the test override below accepts.
    static constexpr int kMinIterations = 1000;
    // The environment variable that lowers the count for a test run (each test signs in many times on a 2-core
    // machine); it is never needed in production, and the server warns when it is set.
    static constexpr const char* kIterationsVariable = "STRIDE_SERVER_PASSWORD_ITERATIONS";

    struct Hashed {
        QString salt; // base64
        QString hash; // base64
        int iterations = kIterations;
    };

    // The count new hashes get: kIterations, unless the test override is set.
    static int iterations();
    // Whether a hash stored with `storedIterations` is weaker than new ones and should be re-made.
    static bool needsRehash(int storedIterations) { return storedIterations < iterations(); }

    static Hashed hash(const QString& password) { return hash(password, iterations()); }
    static Hashed hash(const QString& password, int iterations);
    static bool verify(const QString& password, const QString& salt, const QString& hash, int iterations);

    // 32 random bytes, base64url: a bearer or refresh token.
    static QString randomToken();
    // Tokens are stored as their SHA-256, never in clear.
    static QString tokenHash(const QString& token);
};

} // namespace Stride::Server
