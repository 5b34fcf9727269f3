#pragma once

#include "clock.h"
#include "result.h"

#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Stride::Server {

class ServerDatabase;
class SyncService;

// Keeps the organisation's aggregates (org_aggregates, docs/sync-protocol.md "Organisation aggregates") current:
// computes them with OrgAggregateComputer and writes the rows that changed through SyncService::applyAsServer, so
// they get change numbers, visibility and removals like any row and reach every replica on its next pull. Runs
// once at start(), then on its own thread a while after the pushes that change its inputs (debounced: a burst of
// pushes is one run) and on a schedule. The stamp row is rewritten by every run: its computed_at tells a replica
// how old its figures are.
class OrgAggregateService final {
public:
    OrgAggregateService(ServerDatabase& db, SyncService& sync, const Clock& clock = Clock::system());
    ~OrgAggregateService();
    OrgAggregateService(const OrgAggregateService&) = delete;
    OrgAggregateService& operator=(const OrgAggregateService&) = delete;

    static constexpr std::chrono::seconds kMaxDelay{30};
    // Whether a change of this entity can move an aggregate.
    static bool isInput(const QString& entity);

    // Computes everything now and writes what changed, in one transaction; the number of rows written.
    Result<int> recompute();
    // Runs recompute() once, then keeps running it `debounce` after the last inputsChanged() (but no later than
    // kMaxDelay after the first one, so that steady pushes do not postpone it for ever) and every `every` (zero: no
    // schedule).
    Status start(std::chrono::milliseconds debounce, std::chrono::seconds every);
    void stop();
    // Call after a committed write (SyncService::setChangeListener); cheap, from any thread.
    void inputsChanged(const QStringList& entities);

private:
    void loop();

    ServerDatabase& m_db;
    SyncService& m_sync;
    const Clock& m_clock;
    std::chrono::milliseconds m_debounce{2000};
    std::chrono::seconds m_every{3600};

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_dirty = false;
    std::chrono::steady_clock::time_point m_changedAt;  // the last input change
    std::chrono::steady_clock::time_point m_dirtySince; // the first one since the last run
    std::chrono::steady_clock::time_point m_lastRun;
    std::thread m_thread;
};

} // namespace Stride::Server
