#pragma once

#include "clicommand.h"

namespace Stride::Cli {

// `stride-cli report NAME --db FILE [--team T] [--rep R] [--from DATE --to DATE] [--format table|json|csv]`:
// prints the dashboard figures of core/analytics (funnel, dwell, health, coverage, risk, opp-health, points,
// forecast, payments, sandbox, or all) for scripts, cron jobs and tests. Read-only.
class ReportCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Context& ctx) override;
};

} // namespace Stride::Cli
