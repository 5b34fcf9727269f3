#include "synccontroller.h"

#include "analytics/methodroutines.h"
#include "logging.h"
#include "replicareader.h"
#include "session.h"
#include "storage/database.h"
#include "storage/entitystore.h"
#include "sync/syncendpoint.h"
#include "sync/syncreplica.h"
#include "sync/tokenstore.h"
#include "threadpriority.h"

#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Stride {

// Owns the sync thread's connection, store and engine; created and destroyed on that thread.
class SyncController::Worker final : public QObject {
public:
    std::unique_ptr<Database> db;
    std::unique_ptr<EntityStore> store;
    std::unique_ptr<SyncEngine> engine;
};

SyncController::SyncController(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session) {
    // Local edits in the window change the pending count and start a sync (the engine's own store does not
    // see them); rows the engine pulled are not local edits.
    m_counts = new ReplicaReader(session.path(), session.clock(), this);
    m_pulledCounts = new QTimer(this);
    m_pulledCounts->setSingleShot(true);
    m_pulledCounts->setInterval(250);
    connect(m_pulledCounts, &QTimer::timeout, this, &SyncController::refreshCounts);
    connect(&session.store(), &EntityStore::changed, this, [this] {
        if (m_forwarding) {
            if (!m_pulledCounts->isActive())
                m_pulledCounts->start();
            return;
        }
        refreshCounts();
        syncNow();
    });
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
    m_thread = new QThread;
    m_thread->setObjectName(u"sync"_s);
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, [w = m_worker] {
        w->engine.reset();
        w->store.reset();
        w->db.reset();
        delete w;
    });
    m_thread->start();
    QPointer<SyncController> self(this);
    const QString path = session.path();
    const SyncEndpoint ep = endpoint.value();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path, ep, self] {
        ThreadPriority::lowerCurrent();
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            QMetaObject::invokeMethod(self, [self, e = db.error()] {
                if (self)
                    emit self->message(e);
            });
            return;
        }
        w->db = std::move(db.value());
        w->store = std::make_unique<EntityStore>(*w->db);
        w->engine = std::make_unique<SyncEngine>(*w->store, ep);
        w->engine->setAutomatic(true);
        QObject::connect(w->store.get(), &EntityStore::changed, w,
                         [self](const QString& entity, const QStringList& ids) {
                             QMetaObject::invokeMethod(self, [self, entity, ids] {
                                 if (!self)
                                     return;
                                 self->m_forwarding = true;
                                 self->m_session.store().notifyChanged(entity, ids);
                                 self->m_forwarding = false;
                             });
                         });
        QObject::connect(w->engine.get(), &SyncEngine::stateChanged, w, [self](SyncState s) {
            QMetaObject::invokeMethod(self, [self, s] {
                if (self)
                    self->onState(s);
            });
        });
        QObject::connect(w->engine.get(), &SyncEngine::progress, w,
                         [self](const QString& phase, qint64 done, qint64 total) {
                             QMetaObject::invokeMethod(self, [self, phase, done, total] {
                                 if (!self)
                                     return;
                                 // After a cancel the engine's state never left Syncing, so a new run does not
                                 // announce it: its progress does.
                                 if (self->m_state != SyncState::Syncing)
                                     self->onState(SyncState::Syncing);
                                 emit self->progress(phase, done, total);
                             });
                         });
        QObject::connect(w->engine.get(), &SyncEngine::syncFinished, w, [self](const SyncReport& r) {
            QMetaObject::invokeMethod(self, [self, r] {
                if (self)
                    self->onFinished(r);
            });
        });
        QObject::connect(w->engine.get(), &SyncEngine::sessionChanged, w,
                         [self](const Protocol::SessionTokens& tokens) {
                             QMetaObject::invokeMethod(self, [self, token = tokens.refreshToken] {
                                 if (self && self->m_tokens)
                                     self->m_tokens->write(self->tokenKey(), token, [self](Status s) {
                                         if (!s && self)
                                             emit self->message(s.error());
                                     });
                             });
                         });
    });
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

SyncController::~SyncController() {
    if (m_thread) {
        post([](SyncEngine& e) { e.cancel(); });
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

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
    QMetaObject::invokeMethod(m_worker, [w = m_worker, clock] {
        if (!w->store || !w->engine)
            return;
        const Result<RoutineReport> r = MethodRoutines::run(*w->store, *clock);
        if (!r)
            qCWarning(lcUi) << "the method's tasks could not be made:" << r.error();
        else if (r->total() > 0)
            w->engine->syncNow();
    });
}

void SyncController::post(std::function<void(SyncEngine&)> call) {
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, call = std::move(call)] {
        if (w->engine)
            call(*w->engine);
    });
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
        m_tokens->remove(tokenKey(), [](Status) {});
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
