#pragma once

#include "clock.h"

namespace Stride::Test {

// The clock a test injects wherever production code takes a Clock: it stands still until the test moves it.
// Starts at 2026-03-02 09:00 UTC (a Monday) unless told otherwise.
class FakeClock final : public Clock {
public:
    static QDateTime defaultStart() { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }

    explicit FakeClock(QDateTime at = defaultStart())
        : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }
    void advanceDays(qint64 days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace Stride::Test
