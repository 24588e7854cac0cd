#pragma once

#include "sim/RunResult.h"

#include <string>
#include <vector>

namespace nephos {

struct Scenario;

/// One way the run could have cost less, with the saving estimated from the run's own numbers.
struct CostSuggestion
{
    enum class Kind { IdleGroup, CheaperType, SpotCandidate };
    Kind kind = Kind::IdleGroup;
    std::string region;       ///< Region::id of the VM group
    std::string instanceType; ///< InstanceType::name of the group
    std::string alternative;  ///< cheaper type (CheaperType) or "spot" (SpotCandidate)
    double vmHours = 0.0;     ///< VM-hours the estimate is based on
    double savingUsd = 0.0;   ///< estimated saving over the run
    std::string text;         ///< one sentence for the UI
};

/// Looks for savings in a finished run:
/// A group's VM-hours are estimated as the instance type's VM-hours × the group's share of the
/// type's initial pool count; its hourly price is the offer's (spot price for spot groups).
/// - IdleGroup: a group whose instance type averaged below `idleUtilPct` (max of CPU, memory and
///   GPU utilisation). VMs needed = max(minCount, ceil(count × util / 100)); saving =
///   group VM-hours × (count − needed) / count × hourly price.
/// - CheaperType: an offer in the same region of another type with at least the same vCPUs,
///   memory, GPU model and count, and a lower on-demand price. Saving = VM-hours × price gap.
/// - SpotCandidate: a non-spot group whose type has a spot price, when the workloads that can run
///   on it checkpoint (interruptible). Saving = VM-hours × (on-demand − spot).
/// Suggestions are sorted by saving, largest first.
class CostAdvisor
{
public:
    struct Settings
    {
        double idleUtilPct = 10.0; ///< groups below this average utilisation count as idle
        double minSavingUsd = 1.0; ///< suggestions saving less are dropped
        int maxSuggestions = 20;
    };

    CostAdvisor() = default;
    explicit CostAdvisor(const Settings& settings);

    std::vector<CostSuggestion> advise(const Scenario& scenario, const RunResult& result) const;

    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
};

} // namespace nephos
