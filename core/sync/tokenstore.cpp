#include "tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

QString keychainError(QKeychain::Job* job) {
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return u"no usable keychain (%1): the sign-in lasts for this run only; sign in again next time"_s.arg(
            job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return u"access to the keychain was denied: the sign-in lasts for this run only"_s;
    default:
        return u"keychain error: %1"_s.arg(job->errorString());
    }
}

template <typename T> T waitFor(const std::function<void(std::function<void(T)>)>& start) {
    QEventLoop loop;
    std::optional<T> result;
    start([&](T r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

TokenStore::TokenStore(QObject* parent)
    : QObject(parent) {}

QString TokenStore::keyFor(const QString& serverPrefix, const QString& user) {
    return u"refresh-token:%1:%2"_s.arg(serverPrefix, user);
}

void TokenStore::read(const QString& key, const std::function<void(Result<QString>)>& done) {
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        if (j->error() == QKeychain::EntryNotFound)
            return done(QString());
        if (j->error() != QKeychain::NoError)
            return done(fail(keychainError(j)));
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
    job->start();
}

void TokenStore::write(const QString& key, const QString& token, const std::function<void(Status)>& done) {
    auto* job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            return done(fail(keychainError(j)));
        done({});
    });
    job->start();
}

void TokenStore::remove(const QString& key, const std::function<void(Status)>& done) {
    auto* job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(fail(keychainError(j)));
        done({});
    });
    job->start();
}

Result<QString> TokenStore::readNow(const QString& key) {
    return waitFor<Result<QString>>([&](const std::function<void(Result<QString>)>& cb) { read(key, cb); });
}

Status TokenStore::writeNow(const QString& key, const QString& token) {
    return waitFor<Status>([&](const std::function<void(Status)>& cb) { write(key, token, cb); });
}

Status TokenStore::removeNow(const QString& key) {
    return waitFor<Status>([&](const std::function<void(Status)>& cb) { remove(key, cb); });
}

} // namespace Stride

#include "moc_tokenstore.cpp" // why here: core/sync/CMakeLists.txt
