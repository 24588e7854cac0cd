#include "BenchCommand.h"
#include "CliCommand.h"
#include "FiguresCommand.h"
#include "ImportCommand.h"
#include "MlCommand.h"
#include "PoliciesCommand.h"
#include "RunCommand.h"
#include "RunsCommand.h"
#include "ScenarioCommand.h"
#include "ValidateCommand.h"

// Each command lives in its own file; add it here to make it reachable.
namespace nephos::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<RunsCommand>());
    commands.push_back(std::make_unique<PoliciesCommand>());
    commands.push_back(std::make_unique<ScenarioCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<FiguresCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<MlCommand>());
    return commands;
}

} // namespace nephos::cli
