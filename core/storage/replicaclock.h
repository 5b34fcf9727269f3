#pragma once

#include "clock.h"

#include <optional>

namespace Stride {

class Database;

// The clock a replica's figures are read by. On an ordinary replica it is the wall clock. A demo replica holds
// twelve months of history ending on the day it was made for (`stride-cli demo --today`); read by the wall clock
// weeks later, every open deal would look stale and every period empty. There the demo's recorded "now"
// (Settings::demoNow) is used instead: fixed, for the command line, so that one replica always prints the same
// report; or running on from it, for the app, so that edits made on the demo still follow one another in time.
class ReplicaClock final : public Clock {
public:
    enum class Mode { Fixed, Running };

    ReplicaClock(Database& db, Mode mode, const Clock& wall = Clock::system());

    QDateTime now() const override;
    bool isDemo() const { return m_demoNow.has_value(); }
    // The demo's "now" as recorded by the generator (UTC), on a demo replica.
    std::optional<QDateTime> demoNow() const { return m_demoNow; }

private:
    const Clock& m_wall;
    Mode m_mode;
    std::optional<QDateTime> m_demoNow;
    qint64 m_offsetMs = 0; // Running: demo "now" minus the wall clock when the replica was opened
};

} // namespace Stride
