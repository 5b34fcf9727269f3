#pragma once

#include "clicommand.h"

namespace Stride::Cli {

// `stride-cli password`: the signed-in user changes their own password (the current one, then the new one, on
// two lines of standard input).
class PasswordCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& args, Context& ctx) override;
};

} // namespace Stride::Cli
