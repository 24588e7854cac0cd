#pragma once

#include "CliCommand.h"

namespace nephos::cli {

/// `nephos-cli import KIND FILE… --out FILE`: checks public data files and converts them into a
/// data pack (or, for traces, a workload file; for geo, an outline file). See usage().
class ImportCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace nephos::cli
