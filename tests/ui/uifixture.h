#pragma once

#include "clock.h"
#include "profile.h"
#include "session.h"

#include <QTemporaryDir>

#include <memory>

namespace Stride::Test {

// A small demo organisation in a temporary replica and a Session on it acting as the given role, with a
// fixed clock on the demo's last day.
class UiFixture final {
public:
    static constexpr int kCustomers = 60;
    explicit UiFixture(const QString& role = QStringLiteral("rep"));
    ~UiFixture();

    bool ok() const { return m_session != nullptr; }
    const QString& error() const { return m_error; }
    Session& session() { return *m_session; }
    FixedClock& clock() { return m_clock; }
    const QString& path() const { return m_path; }
    qint64 count(const QString& sql, const QVariantList& values = {});
    static QDate demoToday() { return QDate(2026, 11, 20); }
    // A second team (the small demo has one) with one active rep owning `deals` new lead-stage opportunities on
    // existing customers. Returns the team id, or an empty string (the reason in error()).
    QString addTeamWithDeals(const QString& teamName, int deals);

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Session> m_session;
    QString m_error;
};

} // namespace Stride::Test
