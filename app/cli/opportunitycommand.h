#pragma once

#include "databasecommand.h"

#include <QVariantMap>

namespace Stride::Cli {

class OpportunityCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    QString databaseHelp() const override;
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;

    QStringList m_positional;
    QString m_customerId;
    QVariantMap m_fields;
};

} // namespace Stride::Cli
