#include "synccontroller.h"

#include "analytics/methodroutines.h"
#include "logging.h"
#include "replicareader.h"
#include "session.h"
#include "storage/entitystore.h"
#include "sync/syncendpoint.h"
#include "sync/syncreplica.h"
#include "sync/tokenstore.h"

#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// The engine lives on the sync worker's thread as a child of its Context::owner, made by the first job.
SyncEngine* engineOf(ReplicaWorker::Context& c) {
    return c.owner.findChild<SyncEngine*>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

SyncController::SyncController(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    followLocalEdits();
    refreshCounts();
    const Profile& p = session.profile();
    if (p.kind != Profile::Kind::Server)
        return;
    const Result<SyncEndpoint> endpoint = SyncEndpoint::make(p.serverUrl, p.caFile, p.fingerprint);
    if (!endpoint) {
        m_lastError = endpoint.error();
        m_state = SyncState::Failed;
        return;
    }
    m_tokens = new TokenStore(this);
    startEngine(endpoint.value());
    resumeSavedSession();
}

// Local edits in the window change the pending count and start a sync (the engine's own store does not see
// them); rows the engine pulled are not local edits.
void SyncController::followLocalEdits() {
    m_counts = new ReplicaReader(m_session.path(), m_session.clock(), this);
    m_pulledCounts = new QTimer(this);
    m_pulledCounts->setSingleShot(true);
    m_pulledCounts->setInterval(250);
    connect(m_pulledCounts, &QTimer::timeout, this, &SyncController::refreshCounts);
    connect(&m_session.store(), &EntityStore::changed, this, [this] {
        if (m_forwarding) {
            if (!m_pulledCounts->isActive())
                m_pulledCounts->start();
            return;
        }
        refreshCounts();
        syncNow();
    });
}

// The engine on its own worker with a read-write connection (pulled pages are written there, never on the GUI
// thread); its store keeps the system clock, as the engine's always did.
void SyncController::startEngine(const SyncEndpoint& endpoint) {
    m_worker = new ReplicaWorker(m_session.path(), Clock::system(),
                                 {u"sync"_s, Database::Access::ReadWrite, /*lowerPriority=*/true,
                                  /*interruptible=*/false},
                                 this);
    m_worker->setShutdown([](ReplicaWorker::Context* c) {
        if (SyncEngine* e = c ? engineOf(*c) : nullptr)
            e->cancel();
    });
    QPointer<SyncController> self(this);
    m_worker->post<bool>(
        m_worker->ticket(),
        [self, endpoint](ReplicaWorker::Context& c) -> Result<bool> {
            auto* engine = new SyncEngine(c.store, endpoint, &c.owner);
            engine->setAutomatic(true);
            forwardStoreChanges(c, self);
            forwardEngineSignals(*engine, c.owner, self);
            return true;
        },
        [this](const Result<bool>& started) {
            if (!started)
                emit message(started.error());
        });
}

// Sync thread: what the engine's store announces is announced again on the session's store (models refresh).
void SyncController::forwardStoreChanges(ReplicaWorker::Context& c, const QPointer<SyncController>& self) {
    QObject::connect(&c.store, &EntityStore::changed, &c.owner, [self](const QString& entity, const QStringList& ids) {
        QMetaObject::invokeMethod(self, [self, entity, ids] {
            if (!self)
                return;
            self->m_forwarding = true;
            self->m_session.store().notifyChanged(entity, ids);
            self->m_forwarding = false;
        });
    });
}

// Sync thread: the engine's state, progress, results and new session tokens, posted to the controller.
void SyncController::forwardEngineSignals(SyncEngine& engine, QObject& context, const QPointer<SyncController>& self) {
    QObject::connect(&engine, &SyncEngine::stateChanged, &context, [self](SyncState s) {
        QMetaObject::invokeMethod(self, [self, s] {
            if (self)
                self->onState(s);
        });
    });
    QObject::connect(&engine, &SyncEngine::progress, &context, [self](const QString& phase, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, phase, done, total] {
            if (self)
                self->onProgress(phase, done, total);
        });
    });
    QObject::connect(&engine, &SyncEngine::syncFinished, &context, [self](const SyncReport& r) {
        QMetaObject::invokeMethod(self, [self, r] {
            if (self)
                self->onFinished(r);
        });
    });
    QObject::connect(&engine, &SyncEngine::sessionChanged, &context, [self](const Protocol::SessionTokens& tokens) {
        QMetaObject::invokeMethod(self, [self, token = tokens.refreshToken] {
            if (self)
                self->saveToken(token);
        });
    });
}

// A saved refresh token signs in without a password and syncs; none means signed out.
void SyncController::resumeSavedSession() {
    QPointer<SyncController> self(this);
    m_tokens->read(tokenKey(), [self](Result<QString> token) {
        if (!self)
            return;
        if (!token) {
            emit self->message(token.error());
            return;
        }
        if (token->isEmpty()) {
            if (!self->m_signInRequested)
                self->onState(SyncState::SignedOut);
            return;
        }
        self->post([t = token.value()](SyncEngine& e) {
            e.setRefreshToken(t);
            e.syncNow();
        });
    });
}

void SyncController::onProgress(const QString& phase, qint64 done, qint64 total) {
    // After a cancel the engine's state never left Syncing, so a new run does not announce it: its progress does.
    if (m_state != SyncState::Syncing)
        onState(SyncState::Syncing);
    emit progress(phase, done, total);
}

void SyncController::saveToken(const QString& token) {
    if (!m_tokens)
        return;
    QPointer<SyncController> self(this);
    m_tokens->write(tokenKey(), token, [self](const Status& s) {
        if (!s && self)
            emit self->message(s.error());
    });
}

// The worker, a child, cancels the engine on its thread before it closes the connection.
SyncController::~SyncController() = default;

QString SyncController::serverName() const {
    return m_session.profile().serverUrl;
}

QString SyncController::tokenKey() const {
    const Result<SyncEndpoint> ep = SyncEndpoint::make(m_session.profile().serverUrl);
    return TokenStore::keyFor(ep ? ep->keyPrefix() : m_session.profile().serverUrl, m_session.profile().user);
}

// The method's own tasks for what the sync brought (MethodRoutines), on the sync thread's connection; what they
// make is pushed at once, and the window hears of it through the forwarded changes.
void SyncController::runRoutines() {
    if (!m_worker)
        return;
    const Clock* clock = &m_session.clock();
    m_worker->post<bool>(m_worker->ticket(),
                         [clock](ReplicaWorker::Context& c) -> Result<bool> {
                             SyncEngine* engine = engineOf(c);
                             if (!engine)
                                 return true;
                             const Result<RoutineReport> r = MethodRoutines::run(c.store, *clock);
                             if (!r)
                                 qCWarning(lcUi) << "the method's tasks could not be made:" << r.error();
                             else if (r->total() > 0)
                                 engine->syncNow();
                             return true;
                         },
                         {});
}

void SyncController::post(std::function<void(SyncEngine&)> call) {
    if (!m_worker)
        return;
    m_worker->post<bool>(m_worker->ticket(),
                         [call = std::move(call)](ReplicaWorker::Context& c) -> Result<bool> {
                             if (SyncEngine* engine = engineOf(c))
                                 call(*engine);
                             return true;
                         },
                         {});
}

void SyncController::refreshCounts() {
    m_counts->run<QPair<int, int>>(
        [](ReplicaReader::Context& c) -> Result<QPair<int, int>> {
            SyncReplica replica(c.db);
            const Result<int> pending = replica.pendingCount();
            if (!pending)
                return fail(pending.error());
            const Result<int> attention = replica.attentionCount();
            if (!attention)
                return fail(attention.error());
            return qMakePair(*pending, *attention);
        },
        [this](Result<QPair<int, int>> counts) {
            if (!counts) {
                qCWarning(lcUi) << "sync counts not read:" << counts.error();
                return;
            }
            m_pending = counts->first;
            m_attention = counts->second;
            emit countsChanged();
        });
}

void SyncController::signIn(const QString& user, const QString& password) {
    m_signInRequested = true;
    QPointer<SyncController> self(this);
    post([self, user, password](SyncEngine& e) {
        // A sign-in is followed by a sync straight away; a refused one is told to the user.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(&e, &SyncEngine::signedIn, &e, [self, &e, once](const Status& result) {
            QObject::disconnect(*once);
            if (result) {
                e.syncNow();
                return;
            }
            QMetaObject::invokeMethod(self, [self, error = result.error()] {
                if (self)
                    emit self->message(error);
            });
        });
        e.signIn(user, password);
    });
}

void SyncController::syncNow() {
    post([](SyncEngine& e) { e.syncNow(); });
}

void SyncController::cancel() {
    QPointer<SyncController> self(this);
    post([self](SyncEngine& e) {
        const bool wasSyncing = e.state() == SyncState::Syncing;
        e.cancel();
        // SyncEngine::cancel() stops the job but reports nothing (its state stays Syncing): tell the window here.
        if (wasSyncing) {
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    self->onCancelled();
            });
        }
    });
}

void SyncController::onCancelled() {
    SyncReport report;
    report.ok = false;
    report.errorKind = SyncJob::Error::Client;
    report.error = u"cancelled"_s;
    onState(SyncState::Idle);
    onFinished(report);
}

void SyncController::signOut() {
    post([](SyncEngine& e) { e.signOut(); });
    if (m_tokens)
        m_tokens->remove(tokenKey(), [](const Status&) {});
}

void SyncController::changePassword(const QString& oldPassword, const QString& newPassword,
                                    std::function<void(const PasswordChangeReply& reply)> done) {
    QPointer<SyncController> self(this);
    auto reply = std::make_shared<std::function<void(const PasswordChangeReply&)>>(std::move(done));
    post([self, oldPassword, newPassword, reply](SyncEngine& e) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once =
            QObject::connect(&e, &SyncEngine::passwordChangeFinished, &e,
                             [self, once, reply](SyncJob::Error error, const QString& code, const QString& message) {
                                 QObject::disconnect(*once);
                                 QMetaObject::invokeMethod(self, [self, reply, error, code, message] {
                                     if (self)
                                         (*reply)(PasswordChangeReply{true, error, code, message});
                                 });
                             });
        e.changePassword(oldPassword, newPassword);
    });
}

void SyncController::onState(SyncState state) {
    m_state = state;
    emit stateChanged(state);
    refreshCounts();
}

void SyncController::onFinished(const SyncReport& report) {
    m_report = report;
    if (report.ok)
        runRoutines();
    // Each sign-in and sync records who signed in (a role or team may have changed on the server).
    if (report.ok)
        m_session.refreshUser();
    if (report.ok)
        m_lastSyncAt = QDateTime::currentSecsSinceEpoch();
    else
        m_lastError = report.error;
    emit finished(report);
    refreshCounts();
}

} // namespace Stride
