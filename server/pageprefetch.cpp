#include "pageprefetch.h"

#include <csignal>

#include <pthread.h>

namespace Stride::Server {

namespace {
// A client asks for the page it was built for within a few hundred milliseconds, or not at all.
constexpr auto kKeep = std::chrono::seconds(30);
// Pages held at most, and their bytes: one or two per client in an initial sync at a time.
constexpr size_t kMaxEntries = 16;
constexpr qsizetype kMaxBytes = qsizetype(64) * 1024 * 1024;
} // namespace

PagePrefetch::PagePrefetch() = default;

PagePrefetch::~PagePrefetch() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PagePrefetch::dropStale() {
    const auto now = std::chrono::steady_clock::now();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->second.state == State::Done && now - it->second.made > kKeep)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Over the bounds: the oldest finished pages go first; queued ones stay cheap (no page yet).
    auto bytes = [this] {
        qsizetype sum = 0;
        for (const auto& [key, e] : m_entries)
            sum += e.bytes();
        return sum;
    };
    while (m_entries.size() >= kMaxEntries || bytes() > kMaxBytes) { // room for the one start() adds
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second.state == State::Done && (oldest == m_entries.end() || it->second.made < oldest->second.made))
                oldest = it;
        }
        if (oldest == m_entries.end())
            break;
        m_entries.erase(oldest);
    }
}

void PagePrefetch::start(const Key& key, Build build) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_entries.count(key))
            return;
        dropStale();
        Entry& e = m_entries[key];
        e.build = std::move(build);
        e.made = std::chrono::steady_clock::now();
        m_queue.push_back(key);
        // Started by the first request that needs it, on a worker thread: it inherits the worker's signal mask
        // (SIGTERM is the signal thread's alone, see ServeCommand).
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_changed.notify_all();
}

std::optional<PagePrefetch::Page> PagePrefetch::take(const Key& key) {
    std::unique_lock lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return std::nullopt;
    if (it->second.state == State::Queued) {
        m_entries.erase(it); // run() skips keys no longer there
        return std::nullopt;
    }
    m_changed.wait(lock, [&] {
        it = m_entries.find(key);
        return it == m_entries.end() || it->second.state == State::Done;
    });
    if (it == m_entries.end())
        return std::nullopt;
    if (!it->second.page) {
        m_entries.erase(it);
        return std::nullopt;
    }
    Page page = std::move(*it->second.page);
    m_entries.erase(it);
    return page;
}

void PagePrefetch::run() {
    // Signals are for the signal thread: a SIGTERM taken here would end the process without a clean stop.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        const Key key = m_queue.front();
        m_queue.pop_front();
        auto it = m_entries.find(key);
        if (it == m_entries.end() || it->second.state != State::Queued)
            continue;
        it->second.state = State::Building;
        Build build = std::move(it->second.build);
        lock.unlock();
        std::optional<Page> page = build();
        lock.lock();
        it = m_entries.find(key); // take() may not erase a Building entry, but dropStale() runs on others only
        if (it != m_entries.end()) {
            it->second.page = std::move(page);
            it->second.state = State::Done;
            it->second.made = std::chrono::steady_clock::now();
        }
        m_changed.notify_all();
    }
}

} // namespace Stride::Server
