#pragma once

#include "scenario/Scenario.h"

// Small scenarios built in code for the engine tests: two providers, three regions, a CPU type
// and two GPU types, one VM and one trace job unless the test changes it.
namespace nephos::test {

inline Scenario tinyScenario()
{
    Scenario s;
    s.name = "tiny";
    s.providers = {{"aws", "AWS", true, 0.0, {}}, {"gcp", "GCP", true, 0.0, {}}};
    Region a;
    a.id = "aws:r1";
    a.provider = "aws";
    a.pue = 1.2;
    a.carbonKgPerKwh = 0.4;
    Region b = a;
    b.id = "aws:r2";
    b.pue = 1.15;
    b.carbonKgPerKwh = 0.6;
    Region c = a;
    c.id = "gcp:r3";
    c.provider = "gcp";
    c.pue = 1.1;
    c.carbonKgPerKwh = 0.05;
    s.regions = {a, b, c};
    GpuModel a100{"A100", 19.5, 312.0, 40.0, 50.0, 400.0};
    GpuModel t4{"T4", 8.1, 65.0, 16.0, 10.0, 70.0};
    s.gpuModels = {a100, t4};
    InstanceType cpu4{"cpu4", "aws", 4, 16, "", 0, 1.0, 4.0};
    InstanceType cpu8{"cpu8", "aws", 8, 32, "", 0, 1.0, 4.0};
    InstanceType gpuA{"gpuA", "aws", 8, 64, "A100", 1, 1.0, 4.0};
    InstanceType gpuT{"gpuT", "aws", 8, 64, "T4", 1, 1.0, 4.0};
    InstanceType gcp4{"g-cpu4", "gcp", 4, 16, "", 0, 1.0, 4.0};
    s.instanceTypes = {cpu4, cpu8, gpuA, gpuT, gcp4};
    s.offers = {{"aws:r1", "cpu4", 0.20, 0.06, false}, {"aws:r2", "cpu4", 0.15, -1, false},
                {"aws:r1", "cpu8", 0.40, -1, false},   {"aws:r1", "gpuA", 3.00, -1, false},
                {"aws:r1", "gpuT", 0.50, -1, false},   {"gcp:r3", "g-cpu4", 0.10, -1, false}};
    for (const auto& x : {std::string("aws:r1"), std::string("aws:r2"), std::string("gcp:r3")})
        for (const auto& y : {std::string("aws:r1"), std::string("aws:r2"), std::string("gcp:r3")})
            if (x != y)
                s.network.push_back({x, y, 1.0, 40.0, 0.09, false, false, false});
    s.pool = {{"aws:r1", "cpu4", 1, 1, 1, false, 0}};
    WorkloadClass w;
    w.name = "cpu";
    w.kind = "analytics";
    w.vcpus = 2;
    w.memoryGib = 4;
    w.cpuUtil = 0.5;
    w.memUtil = 0.5;
    w.slaHours = 2.5;
    s.workloads = {w};
    TraceJob j;
    j.arrivalHours = 1.0;
    j.durationHours = 2.0;
    j.vcpus = 2;
    j.memoryGib = 4;
    j.workloadClass = "cpu";
    s.traceJobs = {j};
    s.policy.name = "static";
    s.settings.horizonHours = 10.0;
    s.settings.monitorIntervalMinutes = 60.0;
    s.settings.seed = 7;
    s.settings.cpuGflopsPerVcpu = 50.0;
    s.settings.memoryWattsPerGib = 0.4;
    s.settings.networkKwhPerGb = 0.001;
    return s;
}

} // namespace nephos::test
