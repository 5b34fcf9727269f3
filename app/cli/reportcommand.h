#pragma once

#include "clicommand.h"

namespace Stride::Cli {

// `stride-cli report NAME --db FILE [--team T] [--rep R] [--from DATE] [--to DATE] [--format table|json|csv]
// [--lang en|zh_CN] [--table NAME] [--out-dir DIR] [--no-bom]`: prints the figures of core/analytics (funnel,
// dwell, health, coverage, risk, opp-health, points, forecast, payments, sandbox, or all) for scripts, cron jobs
// and tests. Read-only. The tables come from ReportFigures (core/export), the fields are in docs/reports.md.
class ReportCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Context& ctx) override;
};

} // namespace Stride::Cli
