#pragma once

#include "scenario/Scenario.h"

namespace nephos::test {

/// A small valid scenario touching every part of the format: two providers, three regions,
/// two GPU models, four instance types, a pool with autoscaling bounds, two workload classes
/// (one with a burst), a trace job, faults with a perturbation, policy parameters.
inline Scenario smallScenario()
{
    Scenario s;
    s.name = "small";
    s.description = "fixture";
    s.providers = {{"aws", "Amazon Web Services", true}, {"gcp", "Google Cloud", true}};
    Region r1{"aws:us-east-1", "aws", "US East", 39.1, -77.5, 1.15, false, 0.4158, false, true};
    Region r2{"aws:eu-west-1", "aws", "Ireland", 53.3, -6.2, 1.11, false, 0.316, false, true};
    Region r3{"gcp:us-central1", "gcp", "Iowa", 41.2, -95.8, 1.1, true, 0.479, true, true};
    s.regions = {r1, r2, r3};
    s.gpuModels = {{"A100", 19.5, 312, 40, 46, 407}, {"T4", 8.1, 65, 16, 8, 71}};
    s.instanceTypes = {{"m5.large", "aws", 2, 8, "", 0, 1.01, 3.81},
                       {"p3.8xlarge", "aws", 32, 244, "A100", 4, 1.01, 3.81},
                       {"n2-standard-2", "gcp", 2, 8, "", 0, 0.71, 4.26},
                       {"g2-standard-48", "gcp", 48, 192, "T4", 4, 0.71, 4.26}};
    s.offers = {{"aws:us-east-1", "m5.large", 0.096, 0.035, false},
                {"aws:us-east-1", "p3.8xlarge", 12.24, -1, false},
                {"aws:eu-west-1", "m5.large", 0.107, -1, true},
                {"gcp:us-central1", "n2-standard-2", 0.0971, 0.02, false},
                {"gcp:us-central1", "g2-standard-48", 4.0, -1, false}};
    s.network = {{"aws:us-east-1", "aws:eu-west-1", 5.02, 84.9, 0.02, false, false, false},
                 {"aws:eu-west-1", "aws:us-east-1", 4.9, 85.1, 0.02, false, false, false},
                 {"aws:us-east-1", "gcp:us-central1", 7.1, 32.0, 0.09, true, false, false}};
    s.pool = {{"aws:us-east-1", "m5.large", 2, 1, 4, false},
              {"aws:us-east-1", "p3.8xlarge", 1, 1, 2, false},
              {"aws:eu-west-1", "m5.large", 1, 0, 3, true},
              {"gcp:us-central1", "g2-standard-48", 2, 1, 5, false}};
    WorkloadClass train;
    train.name = "Deep learning training";
    train.kind = "training";
    train.arrival = {0.5, 0.2, 14.0, {{100.0, 6.0, 2.5}}};
    train.durationHours = {Distribution::Kind::LogNormal, 24.5, 12.0, 0.0, 0.0};
    train.vcpus = 24;
    train.memoryGib = 128.7;
    train.gpus = 4;
    train.cpuUtil = 0.853;
    train.memUtil = 1.0;
    train.gpuUtil = 0.924;
    train.referenceGpu = "A100";
    train.dataInputGb = 200;
    train.homeRegion = "aws:us-east-1";
    train.slaHours = 72;
    train.checkpointHours = 2;
    WorkloadClass infer;
    infer.name = "Real-time inference";
    infer.kind = "inference";
    infer.arrival = {10.0, 0.5, 13.5, {}};
    infer.durationHours = {Distribution::Kind::Uniform, 0.5, 0.0, 0.25, 0.75};
    infer.vcpus = 2;
    infer.memoryGib = 4;
    infer.gpus = 0;
    infer.cpuUtil = 0.689;
    infer.gpuUtil = 0.0;
    infer.slaHours = 1.5;
    s.workloads = {train, infer};
    s.traceJobs = {{1.5, 2.0, 2, 4, 0, 0.25, "Real-time inference", {}}};
    s.faults.vmMtbfHours = 2000;
    s.faults.vmRepairHours = 0.5;
    s.faults.perturbations = {{48, 6, "aws:us-east-1", "*", 0.5, 20}};
    s.policy.name = "cheapest";
    s.policy.params = {{"egress_weight", 1.5}};
    s.settings.horizonHours = 168;
    s.settings.monitorIntervalMinutes = 10;
    s.settings.seed = 7;
    s.settings.cpuGflopsPerVcpu = 30;
    s.settings.memoryWattsPerGib = 0.392;
    s.settings.networkKwhPerGb = 0.001;
    return s;
}

} // namespace nephos::test
