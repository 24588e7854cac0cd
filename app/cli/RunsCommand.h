#pragma once

#include "CliCommand.h"

namespace nephos::cli {

/// `nephos-cli runs list|show|export|delete`: inspect, compare and clean a run store without the
/// GUI; see usage().
class RunsCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace nephos::cli
