// stride-cli-remote: the commands that talk to a stride-server. stride-cli runs it for `login`, `sync` and `password`
// (see RemoteCommand), so that the local commands never load the network, TLS and keychain libraries: that is half of a
// process start, and `stride-cli search` is meant to answer within 20 ms.
#include "climain.h"
#include "logincommand.h"
#include "passwordcommand.h"
#include "synccommand.h"

namespace {

std::vector<std::unique_ptr<Stride::Cli::Command>> remoteCommands() {
    std::vector<std::unique_ptr<Stride::Cli::Command>> list;
    list.push_back(std::make_unique<Stride::Cli::LoginCommand>());
    list.push_back(std::make_unique<Stride::Cli::SyncCommand>());
    list.push_back(std::make_unique<Stride::Cli::PasswordCommand>());
    return list;
}

} // namespace

int main(int argc, char** argv) {
    return Stride::Cli::runCommandLine(argc, argv, remoteCommands);
}
