#pragma once

#include "CliCommand.h"

namespace nephos::cli {

/// `nephos-cli bench [--json] [--case NAME]…`: runs the speed benchmarks (sim/BenchmarkSuite.h),
/// each case in a forked child so its peak memory is its own. With --json: an array of objects
/// {name, sim_wall_s, events, peak_rss_mb, …}.
class BenchCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace nephos::cli
