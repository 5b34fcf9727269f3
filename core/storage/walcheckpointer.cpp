#include "walcheckpointer.h"

#include "logging.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Stride {

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close_v2(m_db);
}

Status WalCheckpointer::start(const QString& path) {
    if (running())
        return {};
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString error = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return fail(u"cannot open %1 for its checkpoints: %2"_s.arg(path, error));
    }
    // As the replica's own connections: a checkpoint syncs the WAL before it copies it and the file after.
    sqlite3_exec(m_db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    m_thread = std::thread([this] { run(); });
    return {};
}

void WalCheckpointer::request() {
    if (!running())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
        ++m_requests;
    }
    m_wake.notify_one();
}

Status WalCheckpointer::watch(sqlite3* writer, int frames) {
    if (!running())
        return fail(u"the checkpoint helper is not running"_s);
    m_threshold = frames;
    // Replaces the hook sqlite3_wal_autocheckpoint() installs: the two are one slot.
    sqlite3_wal_hook(writer, &WalCheckpointer::committed, this);
    return {};
}

Status WalCheckpointer::unwatch(sqlite3* writer) {
    if (sqlite3_wal_autocheckpoint(writer, 1000) != SQLITE_OK)
        return fail(u"cannot restore the automatic checkpoint: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(writer))));
    request();
    return {};
}

int WalCheckpointer::committed(void* self, sqlite3*, const char*, int frames) {
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (frames >= checkpointer->m_threshold)
        checkpointer->request();
    return SQLITE_OK;
}

int WalCheckpointer::done() const {
    std::lock_guard lock(m_mutex);
    return m_done;
}

int WalCheckpointer::requests() const {
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void WalCheckpointer::run() {
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_requested || m_stopping; });
            if (!m_requested)
                return; // stopping, nothing asked for
            m_requested = false;
        }
        QElapsedTimer timer;
        timer.start();
        int frames = 0;
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
        // A failed checkpoint loses nothing: the frames stay in the WAL for the next one.
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcDb) << "checkpoint failed:" << sqlite3_errmsg(m_db);
        qCDebug(lcDb) << "checkpoint of" << copied << "of" << frames << "WAL frames in" << timer.elapsed() << "ms";
        std::lock_guard lock(m_mutex);
        ++m_done;
    }
}

} // namespace Stride
