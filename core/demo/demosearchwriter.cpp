#include "demosearchwriter.h"

#include "demogenerator.h"
#include "logging.h"
#include "storage/searchindexbuilder.h"
#include "storage/sqlstatement.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Stride {

namespace {

// Entries per hand-over and batches in flight: a few MB queued at most, and the loader rarely waits.
constexpr size_t kBatchEntries = 4096;
constexpr size_t kQueuedBatches = 8;

QString sqliteError(sqlite3* db) {
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

DemoSearchWriter::~DemoSearchWriter() {
    {
        std::lock_guard lock(m_mutex); // (set under the lock, or the helper could miss the wake-up)
        m_stop = true;
        m_done = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Status DemoSearchWriter::create(const QString& replicaPath) {
    return SearchIndexBuilder::createScratch(m_file, replicaPath);
}

void DemoSearchWriter::start(const QString& declaration) {
    m_declaration = declaration;
    m_current = std::make_unique<Batch>();
    m_thread = std::thread([this] { work(); });
}

QString DemoSearchWriter::path() const {
    return m_file.fileName();
}

QString DemoSearchWriter::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

void DemoSearchWriter::setError(const QString& message) {
    std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = message;
}

bool DemoSearchWriter::add(qint64 rowid, const std::string& title, const std::string& body, const char* kind,
                           const char* ref, const char* customer) {
    Batch& b = *m_current;
    Entry e{rowid, quint32(b.text.size()), quint32(title.size()), 0, quint32(body.size()), kind, {}, {}};
    b.text += title;
    e.bodyAt = quint32(b.text.size());
    b.text += body;
    std::memcpy(e.ref, ref, sizeof e.ref);
    std::memcpy(e.customer, customer, sizeof e.customer);
    b.entries.push_back(e);
    if (b.entries.size() < kBatchEntries)
        return true;
    return push(std::move(m_current));
}

bool DemoSearchWriter::push(std::unique_ptr<Batch> batch) {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [this] { return m_queue.size() < kQueuedBatches || m_finished; });
    if (m_finished) { // failed (or stopped) early: nothing more will be read
        m_current = std::move(batch);
        return false;
    }
    m_queue.push_back(std::move(batch));
    if (!m_spare.empty()) {
        m_current = std::move(m_spare.back());
        m_spare.pop_back();
    } else {
        m_current = std::make_unique<Batch>();
    }
    lock.unlock();
    m_wake.notify_one();
    return true;
}

Status DemoSearchWriter::finish(const std::function<bool()>& cancelled) {
    if (!m_thread.joinable())
        return fail(u"the search index writer was not started"_s);
    if (m_current && !m_current->entries.empty() && !push(std::move(m_current)))
        return fail(error());
    {
        std::unique_lock lock(m_mutex);
        m_done = true;
        m_wake.notify_one();
        for (;;) {
            if (cancelled && cancelled()) {
                m_stop = true;
                lock.unlock();
                m_wake.notify_all();
                m_thread.join();
                return fail(ErrorCode::Cancelled, DemoGenerator::cancelledMessage());
            }
            if (m_finished)
                break;
            m_space.wait_for(lock, std::chrono::milliseconds(50));
        }
    }
    m_thread.join();
    const QString message = error();
    if (!message.isEmpty())
        return fail(message);
    return {};
}

void DemoSearchWriter::work() {
    QElapsedTimer timer;
    timer.start();
    const Status s = build();
    if (!s)
        setError(s.error());
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_queue.clear();
    }
    m_space.notify_all();
    qCDebug(lcDemo) << "search index built on the helper thread in" << timer.elapsed() << "ms";
}

Status DemoSearchWriter::build() {
    // m_stop ends a long merge once the load is cancelled or has failed.
    if (Status s = SearchIndexBuilder::openScratch(m_file.fileName(), &m_db, &m_stop); !s)
        return s;
    // A scratch file: nothing to recover after a crash, so no journal and no syncs. As in the inline load, merges
    // wait for one 'optimize' at the end (see DemoBulkLoad).
    // Large pages: the file is written once and read once, sequentially, and every page is a system call.
    const QByteArray setup = "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                             "PRAGMA cache_size = -65536; " +
                             m_declaration.toUtf8() +
                             "; INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0); "
                             "INSERT INTO search_index (search_index, rank) VALUES ('crisismerge', 1999); BEGIN";
    if (sqlite3_exec(m_db, setup.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(u"cannot create the search index scratch file %1: %2"_s.arg(m_file.fileName(), sqliteError(m_db)));
    {
        SqlStatement insert(m_db, u"INSERT INTO search_index (rowid, title, body, kind, ref_id, customer_id) VALUES "
                                  "(?, ?, ?, ?, ?, ?)"_s);
        if (!insert.status())
            return fail(u"cannot write the search index: %1"_s.arg(sqliteError(m_db)));
        if (Status s = writeAll(insert); !s)
            return s;
    } // finalised before the merge
    if (sqlite3_exec(m_db, "INSERT INTO search_index (search_index) VALUES ('optimize'); COMMIT", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
        return fail(u"cannot merge the search index: %1"_s.arg(sqliteError(m_db)));
    return {};
}

Status DemoSearchWriter::writeAll(SqlStatement& insert) {
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.empty() || m_done || m_stop; });
            if (m_stop)
                return fail(ErrorCode::Cancelled, DemoGenerator::cancelledMessage());
            if (m_queue.empty())
                break; // done, and everything written
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_space.notify_one();
        if (Status s = write(*batch, insert); !s)
            return s;
        batch->entries.clear();
        batch->text.clear();
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }
    return {};
}

Status DemoSearchWriter::write(const Batch& batch, SqlStatement& insert) {
    const char* text = batch.text.data();
    for (const Entry& e : batch.entries) {
        insert.bindInteger(e.rowid)
            .bindText(text + e.titleAt, int(e.titleBytes))
            .bindText(text + e.bodyAt, int(e.bodyBytes))
            .bindText(e.kind)
            .bindText(e.ref, int(sizeof e.ref))
            .bindText(e.customer, int(sizeof e.customer));
        if (!insert.exec()) {
            if (m_stop)
                return fail(ErrorCode::Cancelled, DemoGenerator::cancelledMessage());
            return fail(u"cannot write the search index: %1"_s.arg(sqliteError(m_db)));
        }
    }
    return {};
}

} // namespace Stride
