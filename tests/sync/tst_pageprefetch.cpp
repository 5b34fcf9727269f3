// stride-server's PagePrefetch: the page built ahead is handed to the request that asks for it, a request waits
// for one being built and builds one still queued itself, a build that fails leaves the request to build it, and
// pages nobody comes for are bounded.
#include "pageprefetch.h"

#include <QTest>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace Stride::Server;

namespace {

PagePrefetch::Key key(qint64 cursor) {
    return {u"ann"_s, u"device-1"_s, cursor, 5000, 2, true};
}

PagePrefetch::Page page(const QByteArray& body, qint64 next) {
    return {body, true, next, true};
}

// A build that waits until released.
class Gate final {
public:
    void release() {
        {
            std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_changed.notify_all();
    }
    void wait() {
        std::unique_lock lock(m_mutex);
        m_entered = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open; });
    }
    void waitEntered() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_entered; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_open = false;
    bool m_entered = false;
};

} // namespace

class TestPagePrefetch final : public QObject {
    Q_OBJECT

private slots:
    void theRequestGetsThePageBuiltForIt();
    void aRequestWaitsForThePageBeingBuilt();
    void aPageStillQueuedIsBuiltByTheRequest();
    void aFailedBuildLeavesTheRequestToBuild();
    void pagesNobodyTakesAreBounded();
};

void TestPagePrefetch::theRequestGetsThePageBuiltForIt() {
    PagePrefetch prefetch;
    Gate built;
    prefetch.start(key(10), [&] {
        built.wait();
        return std::optional(page("page after 10", 20));
    });
    built.waitEntered();
    built.release();
    std::optional<PagePrefetch::Page> p = prefetch.take(key(10));
    QVERIFY(p);
    QCOMPARE(p->body, QByteArray("page after 10"));
    QCOMPARE(p->next, 20);
    QVERIFY(!prefetch.take(key(10))); // handed out once
    QVERIFY(!prefetch.take(key(11)));
    PagePrefetch::Key otherDevice = key(10);
    otherDevice.device = u"device-2"_s;
    QVERIFY(!prefetch.take(otherDevice));
}

void TestPagePrefetch::aRequestWaitsForThePageBeingBuilt() {
    PagePrefetch prefetch;
    Gate gate;
    prefetch.start(key(1), [&] {
        gate.wait();
        return std::optional(page("late", 2));
    });
    gate.waitEntered();
    std::future<std::optional<PagePrefetch::Page>> taken =
        std::async(std::launch::async, [&] { return prefetch.take(key(1)); });
    QCOMPARE(taken.wait_for(std::chrono::milliseconds(100)), std::future_status::timeout);
    gate.release();
    std::optional<PagePrefetch::Page> p = taken.get();
    QVERIFY(p);
    QCOMPARE(p->body, QByteArray("late"));
}

void TestPagePrefetch::aPageStillQueuedIsBuiltByTheRequest() {
    PagePrefetch prefetch;
    Gate busy;
    std::atomic<bool> secondBuilt{false};
    prefetch.start(key(1), [&] {
        busy.wait();
        return std::optional(page("first", 2));
    });
    busy.waitEntered();
    prefetch.start(key(2), [&] {
        secondBuilt = true;
        return std::optional(page("second", 3));
    });
    QVERIFY(!prefetch.take(key(2))); // queued behind the first: not waited for
    busy.release();
    QVERIFY(prefetch.take(key(1)));
    // The prefetch thread builds in the order pages were queued: once it reaches a third page, it has passed the
    // second.
    Gate third;
    prefetch.start(key(3), [&] {
        third.wait();
        return std::optional(page("third", 4));
    });
    third.waitEntered();
    third.release();
    QVERIFY(!secondBuilt); // dropped from the queue, never built
}

void TestPagePrefetch::aFailedBuildLeavesTheRequestToBuild() {
    PagePrefetch prefetch;
    Gate gate;
    prefetch.start(key(1), [&]() -> std::optional<PagePrefetch::Page> {
        gate.wait();
        return std::nullopt;
    });
    gate.waitEntered();
    gate.release();
    QVERIFY(!prefetch.take(key(1)));
}

void TestPagePrefetch::pagesNobodyTakesAreBounded() {
    PagePrefetch prefetch;
    std::atomic<int> built{0};
    for (int i = 0; i < 40; ++i) {
        prefetch.start(key(i), [&built, i] {
            ++built;
            return std::optional(page(QByteArray::number(i), i + 1));
        });
        QTRY_COMPARE(built.load(), i + 1);
    }
    QList<int> held;
    for (int i = 0; i < 40; ++i) {
        if (prefetch.take(key(i)))
            held << i;
    }
    QVERIFY2(!held.isEmpty() && held.size() <= 16, qPrintable(QString::number(held.size())));
    QVERIFY(held.contains(39)); // the newest are the ones kept
    QVERIFY(!held.contains(0));
}

QTEST_MAIN(TestPagePrefetch)
#include "tst_pageprefetch.moc"
