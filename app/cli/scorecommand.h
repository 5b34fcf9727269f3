#pragma once

#include "databasecommand.h"

namespace Stride::Cli {

class ScoreCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    QString m_customerId;
};

} // namespace Stride::Cli
