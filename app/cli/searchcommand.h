#pragma once

#include "databasecommand.h"

namespace Stride::Cli {

class SearchCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    QString m_text;
    int m_limit = 20;
};

} // namespace Stride::Cli
