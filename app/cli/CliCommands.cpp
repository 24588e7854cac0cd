#include "CliCommand.h"

// Each command lives in its own file; add it here to make it reachable.
namespace nephos::cli {

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    return commands;
}

} // namespace nephos::cli
