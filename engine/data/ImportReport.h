#pragma once

#include <string>
#include <vector>

namespace nephos {

/// What one importer call read and produced, for summaries (`nephos-cli import`, GUI dialog).
struct ImportReport
{
    std::string file;
    std::string layout;       ///< detected layout, e.g. "prices.csv", "skypilot", "throughput"
    long long rowsRead = 0;   ///< data rows (header excluded)
    long long rowsUsed = 0;   ///< rows that contributed facts
    long long itemsAdded = 0; ///< facts added or updated (offers, links, regions, …)
    std::vector<std::string> warnings; ///< skipped rows and quirks, aggregated
};

} // namespace nephos
