#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <tuple>

namespace Stride::Server {

// Builds the pull page a client is about to ask for while it is still busy with the one it has. A client applies
// a page before it can read the next one's cursor from the wire, so the server would otherwise wait for it
// between pages; here the page after the one just served is built on a thread of its own and handed out when
// asked for. A page built ahead is a pull answered a little earlier: it is a consistent snapshot, and any change
// committed since has a higher change number and comes with a later page, as with any pull. The request that
// takes it has been authenticated like any other; pages nobody comes for are dropped after a while.
class PagePrefetch final {
public:
    struct Key {
        QString user;
        QString device;
        qint64 cursor = 0;
        int limit = 0;
        int version = 0;
        bool gzip = false;
        bool operator<(const Key& o) const {
            return std::tie(user, device, cursor, limit, version, gzip) <
                   std::tie(o.user, o.device, o.cursor, o.limit, o.version, o.gzip);
        }
    };
    // A page as sent: the body (gzip'd when the key says so) and where it ends.
    struct Page {
        QByteArray body;
        bool gzipped = false;
        qint64 next = 0;
        bool more = false;
    };
    // Builds a page on the prefetch thread; nullopt when it could not (the request then builds it itself).
    using Build = std::function<std::optional<Page>()>;

    PagePrefetch();
    // Finishes the page being built and stops the thread (started by the first start()).
    ~PagePrefetch();
    PagePrefetch(const PagePrefetch&) = delete;
    PagePrefetch& operator=(const PagePrefetch&) = delete;

    // Queues a page to build, unless it is there already.
    void start(const Key& key, Build build);
    // The page built for `key`, waiting while it is being built; nullopt when there is none (one still queued is
    // dropped: the request builds it at once instead of waiting for its turn).
    std::optional<Page> take(const Key& key);

private:
    enum class State { Queued, Building, Done };
    struct Entry {
        State state = State::Queued;
        Build build;
        std::optional<Page> page;
        std::chrono::steady_clock::time_point made;
        qsizetype bytes() const { return page ? page->body.size() : 0; }
    };
    void run();
    void dropStale(); // with m_mutex held

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<Key, Entry> m_entries;
    std::deque<Key> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Stride::Server
