#pragma once

#include "scenario/Scenario.h"

#include <cstdint>
#include <vector>

namespace nephos {

class Random;

/// One job before it enters the simulation.
struct JobSpec
{
    double arrivalHours = 0.0;
    double referenceHours = 0.0; ///< run time on the reference hardware of its class
    int workloadClass = -1;      ///< index into Scenario::workloads, -1: trace job without class
    double vcpus = 0.0;
    double memoryGib = 0.0;
    double gpus = 0.0;   ///< whole GPUs, or the fraction of one for shared-GPU jobs
    int dataset = -1;    ///< index into Scenario::datasets, -1: none
    int traceIndex = -1; ///< index into Scenario::traceJobs, -1: generated
};

/// Draws the jobs of a scenario: for each enabled workload class a non-homogeneous Poisson
/// process over [0, horizon) by thinning (rate * (1 + a cos(2π (h - peak) / 24)) * active burst
/// multipliers), durations from the class Distribution, plus Scenario::traceJobs. Each class has
/// its own random stream derived from settings.seed and the class index, so classes are
/// independent. A job of a class with datasets draws one uniformly from its own stream
/// (seed, 0xda7a0000 + class), so adding datasets does not move arrivals. Result sorted by arrival
/// (ties: class order, then draw order).
class WorkloadGenerator
{
public:
    static std::vector<JobSpec> generate(const Scenario& scenario);
    /// Arrival rate of a class at hour h (jobs per hour).
    static double rateAt(const ArrivalProcess& a, double hours);
    /// One sample of a duration distribution (public for tests).
    static double sample(const Distribution& d, Random& rng);
};

} // namespace nephos
