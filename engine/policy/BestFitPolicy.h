#pragma once

#include "policy/ScoringPolicy.h"

namespace nephos {

/// Best fit: the VM that is left with the fewest free vCPUs after placement (the tightest fit;
/// ties go to the earlier group, then the lower VM). Packs jobs densely; never scales.
class BestFitPolicy : public ScoringPolicy
{
public:
    std::string name() const override { return "best-fit"; }

protected:
    int pickVm(const ClusterState& c, const JobDemand& j, int g) const override;
    double score(const ClusterState& c, const JobDemand& j, int g, int vm) const override;
    std::string why(const ClusterState& c, const JobDemand& j, int g, int vm, double score,
                    bool newVm) const override;
    std::string reason(const ClusterState& c, const JobDemand& j, int g,
                       double score) const override;
};

} // namespace nephos
