#pragma once

#include "databasecommand.h"

#include <QVariantMap>

namespace Stride {
class EntityStore;
}

namespace Stride::Cli {

class CustomerCommand final : public DatabaseCommand {
public:
    QString name() const override;
    QString summary() const override;

private:
    QString databaseHelp() const override;
    void declare(QCommandLineParser& parser) override;
    int prepare(const QCommandLineParser& parser, Context& ctx) override;
    Database::Access access(const QCommandLineParser& parser) const override;
    int runOn(Database& db, const Invocation& call, Context& ctx) override;
    // add: the owner (the signed-in user's rep unless owner_id=… names one) and the creation time.
    int completeNewCustomer(EntityStore& store, const QString& path, Context& ctx);

    QString m_action;
    QString m_id;
    QVariantMap m_fields;
};

} // namespace Stride::Cli
