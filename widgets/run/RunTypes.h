#pragma once

#include "scenario/Scenario.h"
#include "sim/RunResult.h"
#include "sim/Simulation.h"

#include <QMetaType>

#include <atomic>
#include <cstdint>
#include <memory>

namespace nephos::widgets {

/// Results and decisions cross threads as shared immutable snapshots.
using RunResultPtr = std::shared_ptr<const nephos::RunResult>;
using DecisionPtr = std::shared_ptr<const nephos::DecisionRecord>;
using ScenarioPtr = std::shared_ptr<const nephos::Scenario>;

/// Flags the UI thread sets and the worker polls (never blocks either side).
struct RunFlags
{
    std::atomic<bool> cancel{false};          ///< passed to the engine as RunControl::cancel
    std::atomic<quint64> latestGeneration{0}; ///< runs older than this are stale
    std::atomic<quint64> cancelledGeneration{0};
    std::atomic<bool> pause{false};
    std::atomic<double> speedHoursPerSecond{0.0}; ///< <= 0: as fast as possible
};

/// Placement decisions a full run keeps for the decision explorer.
inline constexpr std::size_t kFullDecisionRecords = RunControl::kDefaultMaxDecisionRecords;

/// Registers the pointer types above for queued connections (idempotent).
void registerRunMetaTypes();

} // namespace nephos::widgets

Q_DECLARE_METATYPE(nephos::widgets::RunResultPtr)
Q_DECLARE_METATYPE(nephos::widgets::DecisionPtr)
Q_DECLARE_METATYPE(nephos::widgets::ScenarioPtr)
