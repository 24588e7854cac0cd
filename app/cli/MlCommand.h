#pragma once

#include "CliCommand.h"

namespace nephos::cli {

/// `nephos-cli ml`: see usage().
class MlCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace nephos::cli
