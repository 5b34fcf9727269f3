#pragma once

#include "databasecommand.h"

namespace Stride::Cli {

class CheckCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    void declare(QCommandLineParser& parser) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;
};

} // namespace Stride::Cli
