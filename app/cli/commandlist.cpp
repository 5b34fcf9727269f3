#include "clicommand.h"

#include "checkcommand.h"
#include "conflictscommand.h"
#include "customercommand.h"
#include "democommand.h"
#include "importcommand.h"
#include "opportunitycommand.h"
#include "remotecommand.h"
#include "reportcommand.h"
#include "scorecommand.h"
#include "searchcommand.h"
#include "statscommand.h"
#include "visitcommand.h"

using namespace Qt::StringLiterals;

namespace Stride::Cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<StatsCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<ScoreCommand>());
    list.push_back(std::make_unique<SearchCommand>());
    // Run by stride-cli-remote; their summaries are those of LoginCommand, SyncCommand and PasswordCommand.
    list.push_back(std::make_unique<RemoteCommand>(
        u"login"_s, u"Sign in to a stride-server and keep the session in the keychain"_s));
    list.push_back(
        std::make_unique<RemoteCommand>(u"sync"_s, u"Push local edits to a stride-server and pull its changes"_s));
    list.push_back(std::make_unique<RemoteCommand>(
        u"password"_s, u"Change your password on a stride-server (current, then new password on standard input)"_s));
    list.push_back(std::make_unique<CustomerCommand>());
    list.push_back(std::make_unique<VisitCommand>());
    list.push_back(std::make_unique<OpportunityCommand>());
    list.push_back(std::make_unique<ConflictsCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<ImportCommand>());
    return list;
}

} // namespace Stride::Cli
