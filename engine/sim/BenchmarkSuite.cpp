#include "sim/BenchmarkSuite.h"

#include "policy/PolicyRegistry.h"
#include "scenario/DefaultScenario.h"
#include "scenario/ScenarioScaling.h"
#include "sim/Kernel.h"
#include "sim/Simulation.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace nephos {

namespace {
using Clock = std::chrono::steady_clock;

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double statusMb(const char* key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::size_t n = std::strlen(key);
    while (std::getline(in, line))
        if (line.compare(0, n, key) == 0)
            return std::stod(line.substr(n + 1)) / 1024.0; // kB
    return -1.0;
}

const char* const kDecisionPolicies[] = {"least-loaded", "best-fit", "cheapest", "carbon-aware"};
} // namespace

double BenchmarkSuite::currentRssMb()
{
    return statusMb("VmRSS:");
}
double BenchmarkSuite::peakRssMb()
{
    return statusMb("VmHWM:");
}

std::vector<std::string> BenchmarkSuite::caseNames()
{
    std::vector<std::string> names{"default-500vm-30d", "scaled-5000vm-30d", "cloudsim-plus-shape"};
    for (const char* p : kDecisionPolicies)
        names.push_back(std::string("decision-") + p + "-5000vm");
    return names;
}

Scenario BenchmarkSuite::cloudsimPlusShape()
{
    Scenario s;
    s.name = "CloudSim Plus scalability shape";
    Provider provider;
    provider.id = "cloud";
    provider.name = "Cloud";
    s.providers = {provider};
    Region r;
    r.id = "cloud:dc";
    r.provider = "cloud";
    r.pue = 1.0;
    s.regions = {r};
    InstanceType t;
    t.name = "vm4";
    t.provider = "cloud";
    t.vcpus = 4;
    t.memoryGib = 16;
    s.instanceTypes = {t};
    s.offers = {{"cloud:dc", "vm4", 0.1, -1.0, false}};
    // like for like with CloudSim Plus: the 40,000 VMs are created at t = 0 inside the timed loop
    // (one boot event each) and released as soon as they are idle (on-demand scaling, idle
    // timeout 0); least-loaded spreads the 50,000 cloudlets as its round-robin broker does
    VmPoolEntry pool;
    pool.region = "cloud:dc";
    pool.instanceType = "vm4";
    pool.count = 40000;
    pool.minCount = 0;
    pool.maxCount = 40000;
    s.pool = {pool};
    WorkloadClass w;
    w.name = "cloudlet";
    w.vcpus = 2;
    w.memoryGib = 1;
    s.workloads = {w};
    TraceJob j;
    j.arrivalHours = 0.0;
    j.durationHours = 1.0;
    j.vcpus = 2;
    j.memoryGib = 1;
    j.workloadClass = "cloudlet";
    s.traceJobs.assign(50000, j);
    s.policy.name = "least-loaded";
    s.settings.scaling = "on-demand";
    s.settings.idleTimeoutMinutes = 0.0;
    s.settings.vmBootSeconds = 0.0;
    s.settings.horizonHours = 2.0;
    s.settings.monitoring = false;
    s.settings.cpuGflopsPerVcpu = 10.0;
    return s;
}

double BenchmarkSuite::decisionMicros(const Scenario& scenario, const std::string& policy,
                                      double atHours, int iterations)
{
    Scenario s = scenario;
    s.policy.name = policy;
    s.settings.monitoring = false;
    Simulation sim(s);
    RunControl rc;
    rc.recordDecisions = false;
    sim.runUntil(atHours, rc);
    Simulation::Kernel& k = sim.kernel();
    // one query job per workload class, shaped like its jobs
    std::vector<JobDemand> queries;
    for (const Simulation::Kernel::Job& j : k.jobs()) {
        bool seen = false;
        for (const JobDemand& q : queries)
            seen = seen || q.workloadClass == j.demand.workloadClass;
        if (!seen)
            queries.push_back(j.demand);
    }
    if (queries.empty())
        return -1.0;
    volatile int sink = 0;
    const auto start = Clock::now();
    for (int i = 0; i < iterations; ++i)
        sink =
            sink + k.policy().place(k.cluster(),
                                    queries[static_cast<std::size_t>(i) % queries.size()], nullptr);
    const double s2 = std::chrono::duration<double>(Clock::now() - start).count();
    (void)sink;
    return s2 / iterations * 1e6;
}

BenchmarkMeasurement BenchmarkSuite::runInProcess(const std::string& name)
{
    BenchmarkMeasurement m;
    m.name = name;
    m.baselineRssMb = currentRssMb();
    if (name.rfind("decision-", 0) == 0) {
        const std::string policy = name.substr(9, name.size() - 9 - 7); // strip "-5000vm"
        const Scenario s = scaledScenario(defaultScenario(), 10.0);
        m.vms = s.totalVms();
        const int iterations = 200000;
        m.decisionMicros = decisionMicros(s, policy, 360.0, iterations);
        // for these cases "events" are the timed placement queries and sim_wall_s their total
        m.events = static_cast<std::uint64_t>(iterations);
        m.simWallSeconds = m.decisionMicros * iterations * 1e-6;
        m.peakRssMb = peakRssMb();
        return m;
    }
    Scenario s;
    if (name == "default-500vm-30d")
        s = defaultScenario();
    else if (name == "scaled-5000vm-30d")
        s = scaledScenario(defaultScenario(), 10.0);
    else if (name == "cloudsim-plus-shape")
        s = cloudsimPlusShape();
    else
        throw std::invalid_argument("unknown benchmark case '" + name + "'");
    const auto t0 = Clock::now();
    Simulation sim(s);
    m.setupWallSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    RunControl rc;
    rc.recordDecisions = false;
    const double cpu0 = threadCpuSeconds();
    sim.run(rc);
    m.simCpuSeconds = threadCpuSeconds() - cpu0;
    m.simWallSeconds = sim.wallSeconds();
    m.events = sim.eventsProcessed();
    m.jobs = static_cast<std::int64_t>(sim.kernel().jobs().size());
    m.vms = s.totalVms();
    m.peakRssMb = peakRssMb();
    return m;
}

BenchmarkMeasurement BenchmarkSuite::runIsolated(const std::string& name)
{
    int fds[2];
    if (pipe(fds) != 0)
        return runInProcess(name);
    const pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return runInProcess(name);
    }
    if (pid == 0) {
        close(fds[0]);
        BenchmarkMeasurement m;
        char buf[512];
        try {
            m = runInProcess(name);
            std::snprintf(buf, sizeof buf, "ok %.9g %.9g %.9g %llu %lld %d %.6g %.6g %.6g\n",
                          m.simWallSeconds, m.setupWallSeconds, m.simCpuSeconds,
                          static_cast<unsigned long long>(m.events), static_cast<long long>(m.jobs),
                          m.vms, m.peakRssMb, m.baselineRssMb, m.decisionMicros);
        } catch (const std::exception& e) {
            std::snprintf(buf, sizeof buf, "error %s\n", e.what());
        }
        const ssize_t w = write(fds[1], buf, std::strlen(buf));
        (void)w;
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    std::string out;
    char chunk[256];
    ssize_t n;
    while ((n = read(fds[0], chunk, sizeof chunk)) > 0)
        out.append(chunk, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    BenchmarkMeasurement m;
    m.name = name;
    m.isolated = true;
    unsigned long long events = 0;
    long long jobs = 0;
    if (std::sscanf(out.c_str(), "ok %lf %lf %lf %llu %lld %d %lf %lf %lf", &m.simWallSeconds,
                    &m.setupWallSeconds, &m.simCpuSeconds, &events, &jobs, &m.vms, &m.peakRssMb,
                    &m.baselineRssMb, &m.decisionMicros) != 9)
        throw std::runtime_error("benchmark " + name + " failed: " + out);
    m.events = events;
    m.jobs = jobs;
    return m;
}

} // namespace nephos
