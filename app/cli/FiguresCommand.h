#pragma once

#include "CliCommand.h"

namespace nephos::cli {

/// `nephos-cli figures [SCENARIO] --out DIR …`: runs a scenario headless and writes every
/// dashboard chart and the heat map as PNG, SVG and PDF, plus kpis.csv.
class FiguresCommand : public CliCommand
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList& args, CliContext& ctx) override;
};

} // namespace nephos::cli
