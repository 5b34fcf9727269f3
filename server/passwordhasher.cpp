#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QtGlobal>

#include <algorithm>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Stride::Server {

namespace {

QByteArray randomBytes(int n) {
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), n) != 1)
        qFatal("OpenSSL RAND_bytes failed: no secure random source");
    return out;
}

QByteArray derive(const QString& password, const QByteArray& salt, int iterations) {
    const QByteArray pw = password.toUtf8();
    QByteArray out(32, '\0');
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                      int(salt.size()), iterations, EVP_sha256(), int(out.size()),
                      reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

} // namespace

int PasswordHasher::iterations() {
    static const int count = [] {
        bool ok = false;
        const int wanted = qEnvironmentVariableIntValue(kIterationsVariable, &ok);
        return ok ? std::max(kMinIterations, wanted) : kIterations;
    }();
    return count;
}

PasswordHasher::Hashed PasswordHasher::hash(const QString& password, int iterations) {
    const QByteArray salt = randomBytes(16);
    return {QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(password, salt, iterations).toBase64()),
            iterations};
}

bool PasswordHasher::verify(const QString& password, const QString& salt, const QString& hash, int iterations) {
    const QByteArray expected = QByteArray::fromBase64(hash.toLatin1());
    const QByteArray actual = derive(password, QByteArray::fromBase64(salt.toLatin1()), iterations);
    return expected.size() == actual.size() &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), actual.size()) == 0;
}

QString PasswordHasher::randomToken() {
    return QString::fromLatin1(
        randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PasswordHasher::tokenHash(const QString& token) {
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace Stride::Server
