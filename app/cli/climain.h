#pragma once

#include "clicommand.h"

namespace Stride::Cli {

// The whole of a stride-cli process: the application object, usage, --version, and dispatch to `commands`.
int runCommandLine(int argc, char** argv, std::vector<std::unique_ptr<Command>> (*commands)());

} // namespace Stride::Cli
