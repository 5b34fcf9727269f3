#include "clicommand.h"

#include "checkcommand.h"
#include "conflictscommand.h"
#include "customercommand.h"
#include "democommand.h"
#include "logincommand.h"
#include "opportunitycommand.h"
#include "reportcommand.h"
#include "scorecommand.h"
#include "searchcommand.h"
#include "statscommand.h"
#include "synccommand.h"
#include "visitcommand.h"

namespace Stride::Cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<DemoCommand>());
    list.push_back(std::make_unique<StatsCommand>());
    list.push_back(std::make_unique<CheckCommand>());
    list.push_back(std::make_unique<ScoreCommand>());
    list.push_back(std::make_unique<SearchCommand>());
    list.push_back(std::make_unique<LoginCommand>());
    list.push_back(std::make_unique<SyncCommand>());
    list.push_back(std::make_unique<CustomerCommand>());
    list.push_back(std::make_unique<VisitCommand>());
    list.push_back(std::make_unique<OpportunityCommand>());
    list.push_back(std::make_unique<ConflictsCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    return list;
}

} // namespace Stride::Cli
