#pragma once

#include "clicommand.h"

namespace Stride::Cli {

class LoginCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Context& ctx) override;
};

} // namespace Stride::Cli
