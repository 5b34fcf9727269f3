#pragma once

#include "clicommand.h"

namespace Stride::Cli {

// A command that lives in stride-cli-remote (next to stride-cli): it replaces this process with that one, so
// the process id, standard streams, signals and exit code are the user's as if stride-cli ran it itself.
class RemoteCommand final : public Command {
public:
    RemoteCommand(QString name, QString summary);

    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    int run(const QStringList& args, Context& ctx) override;

    static QString helperPath();

private:
    QString m_name;
    QString m_summary;
};

} // namespace Stride::Cli
