#pragma once

#include "databasecommand.h"
#include "demo/demogenerator.h"

namespace Stride::Cli {

class DemoCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    QString databaseHelp() const override;
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    DemoOptions m_options;
    int m_lastShown = -1;
};

} // namespace Stride::Cli
