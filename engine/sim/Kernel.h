#pragma once

#include "policy/Policy.h"
#include "scenario/Scenario.h"
#include "sim/Accounting.h"
#include "sim/ClusterState.h"
#include "sim/EventQueue.h"
#include "sim/Random.h"
#include "sim/RunResult.h"
#include "sim/Simulation.h"
#include "sim/TransferNetwork.h"
#include "sim/WorkloadGenerator.h"

#include <limits>
#include <memory>
#include <vector>

namespace nephos {

/// The discrete-event kernel behind Simulation (see docs/simulation-model.md).
/// Jobs wait in one FIFO queue per workload class; after every event the kernel offers the
/// oldest unblocked queue head to the policy (a class whose head found no VM stays blocked until
/// capacity frees up). With external decisions on, it stops at that point instead and waits for
/// decide() — the hook the decision-by-decision (RL) driver uses.
class Simulation::Kernel
{
public:
    /// Staging: the job waits for its data to reach its target group's region and holds no VM
    /// capacity meanwhile; Starting: capacity reserved on a VM that is still booting.
    enum class JobState : std::uint8_t { Queued, Staging, Starting, Running, Done };

    struct Job
    {
        JobDemand demand;
        JobState state = JobState::Queued;
        bool transferring = false;
        bool placedOnce = false;
        bool decisionLogged = false;
        std::uint32_t epoch = 0;
        int vm = -1;
        int targetGroup = -1; ///< while staging: the group chosen by the placement
        int pendingData = 0;  ///< transfers (private input, dataset replica) still awaited
        int replicaUsed = -1; ///< replica (dataset * regions + region) the job reads while placed
        int queueRegion = -1; ///< region its queue time counts in (data home), -1: none
        int queue = 0;        ///< class queue index
        int nextInQueue = -1;
        int prevOnVm = -1;
        int nextOnVm = -1;
        std::uint32_t transfer = 0;
        int requeues = 0;
        double units = 0.0;      ///< PFLOP, or reference hours for jobs without work
        double remaining = 0.0;  ///< units left when the current run segment started
        double speed = 0.0;      ///< units per hour on the current VM
        double phaseStart = 0.0; ///< when it entered its state (queued, staging or running)
        double queueHours = 0.0;
        double stagingHours = 0.0;
        double startHours = -1.0;
        double finishHours = -1.0;
    };

    Kernel(const Scenario& scenario, std::unique_ptr<Policy> policy);

    /// Processes the next live event (and the placements it allows); false when over. With a
    /// `limit` before the horizon, a live event after it is left alone (stale events before it
    /// are dropped), so a caller running up to `limit` never moves the clock past it.
    bool step(double limit = std::numeric_limits<double>::infinity());
    bool finished() const { return m_finished; }
    double now() const { return m_cluster.nowHours; }
    double horizon() const { return m_horizon; }
    /// Time of the next event, or +inf.
    double nextEventTime() const;
    /// Moves the clock to `hours` without events (nothing may be due before it).
    void advanceClock(double hours);
    std::uint64_t events() const { return m_events; }
    std::uint64_t decisions() const { return m_decisionCount; }
    RunResult snapshot() const;
    RunStatus status() const { return m_status; }
    void setStatus(RunStatus s) { m_status = s; }

    void setRecording(bool record, std::size_t maxRecords);
    void setTrackLastDecision(bool on) { m_trackLast = on; }
    const DecisionRecord* lastDecision() const { return m_hasLast ? &m_last : nullptr; }

    // Decision-by-decision driving.
    void setExternalDecisions(bool on) { m_external = on; }
    bool awaitingDecision() const { return m_awaiting; }
    const JobDemand& pendingJob() const;
    /// Places the pending job on `vm` (-1 or a VM where it does not fit: it stays queued).
    /// Returns whether it was placed.
    bool decide(int vm);

    /// Running totals (O(regions)): VM billing + egress, facility + network carbon, completed
    /// jobs past their SLA. Used by the decision driver's reward.
    double totalCostUsd() const;
    double totalCarbonKg() const;
    std::int64_t slaViolationsCompleted() const { return m_slaViolatedCompleted; }

    const ClusterState& cluster() const { return m_cluster; }
    /// The scenario as simulated, without its trace jobs (those live on as jobs()).
    const Scenario& scenario() const { return m_scenario; }
    Policy& policy() { return *m_policy; }
    const std::vector<Job>& jobs() const { return m_jobs; }
    /// Whether job demand fits on the VM right now (up or booting; reachable data).
    bool fits(int vm, const JobDemand& d) const;
    /// fits(), or an inactive slot the job may provision (on-demand scaling).
    bool canPlace(int vm, const JobDemand& d) const;
    const UnhostableReport& unhostable() const { return m_unhostable; }

private:
    // construction (Kernel.cpp)
    void resolve();
    JobDemand makeDemand(const JobSpec& s, std::uint32_t id) const;
    // events (KernelEvents.cpp)
    void handle(const Event& e);
    void arrive();
    /// Transfers on `link` are due now: start their jobs after the link's RTT.
    void transfersDone(int link);
    void dispatch();
    void enqueue(int job, bool front);
    int popHead(int queue);
    void unblockAll();
    /// VM gained capacity: unblock the classes whose head now fits there (nothing else changed
    /// for them, so the others stay blocked).
    void unblockFor(int vm);
    void finalize();
    void updateQueueEpisode();
    void scaleTick();
    void filterUnhostable();
    // datasets, transfers, idle release (KernelData.cpp)
    /// Starts what the job's data needs to reach region r; returns the number of transfers the
    /// job now waits for (0: its data is there).
    int requestData(int job, int r);
    void replicaReady(int replica);
    void startReplica(int replica, int src, int cls);
    void evictIfFull(int region);
    void useReplica(int job, int r);
    void releaseReplica(int job);
    /// Egress of `gb` from src to dst at the provider's volume tier now; books totals.
    double chargeTransfer(int src, int dst, double gb, int cls);
    /// Data arrived: reserve a VM of the target group (existing or provisioned), else re-queue.
    void dataArrived(int job);
    void scheduleIdleCheck(int vm);
    /// Releases the VM if it has been idle for the timeout; false when nothing happened.
    bool idleCheck(int vm);
    double vmPrice(int vm) const;
    int classEntity(int cls) const;
    // jobs and VMs (KernelJobs.cpp)
    void place(int job, int vm);
    void reserveOn(int job, int vm);
    void startRunning(int job);
    void finishJob(int job);
    void requeueFromVm(int job);
    void releaseCapacity(int job);
    void jobAccounting(int job, double sign);
    void vmProvision(int vm, double sign);
    void vmPower(int vm, double sign);
    void vmUp(int vm);
    void vmFail(int vm);
    void vmTerminate(int vm);
    void vmActivate(int vm);
    void refreshIndex(int vm);
    int callPolicy(int job);
    // results (KernelResult.cpp)
    void sample();
    void initSeries();
    /// Time of the k-th monitoring sample (k >= 1).
    double sampleTime(std::size_t k) const;

    Scenario m_scenario;
    std::unique_ptr<Policy> m_policy;
    ClusterState m_cluster;
    EventQueue m_queue;
    TransferNetwork m_network;
    Accounting m_acc; ///< entities: regions, then instance types, then one for jobs without home
    Random m_faultRng;

    std::vector<JobSpec> m_specs;
    std::size_t m_nextSpec = 0;
    std::vector<Job> m_jobs;
    std::vector<int> m_transferJob;
    std::vector<std::uint32_t> m_vmEpoch;
    std::vector<int> m_vmFirstJob;
    std::vector<double> m_vmProvisionedAt;

    // datasets and replicas (index dataset * regions + region)
    std::vector<std::uint32_t> m_replicaEpoch;
    std::vector<int> m_replicaUsers;
    std::vector<double> m_replicaLastUse;
    std::vector<int> m_replicaClass; ///< class whose job created the replica (storage owner)
    std::vector<std::vector<int>> m_replicaWaiters;
    std::vector<double> m_regionCacheGb;
    std::vector<double> m_providerStorageUsdPerGbHour;
    std::vector<std::vector<EgressTier>> m_providerTiers;
    std::vector<int> m_providerMonth;
    std::vector<double> m_providerMonthGb;
    std::vector<int> m_datasetQueueRegion;
    double m_cacheCapacityGb = 0.0;
    std::vector<int> m_transferSource; ///< per transfer id: source region of replica transfers
    std::int64_t m_evictions = 0;
    std::vector<double> m_vmIdleSince; ///< when the VM last became idle, -1: busy
    std::vector<char> m_vmIdleCheckPending;
    UnhostableReport m_unhostable;

    // per-class totals (index class, last: jobs without class)
    std::vector<double> m_classEgressUsd, m_classIntercloudGb, m_classPflop;
    std::vector<double> m_classNetKwh, m_classNetKg;
    std::vector<int> m_classQueued;
    std::vector<int> m_classStarting; ///< jobs waiting for their VM to boot, per class
    int m_startingJobs = 0;
    int m_classEntity0 = 0;

    // responsiveness: one tracker per (load step, class or total)
    struct StepTracker
    {
        double stepHours = 0.0;
        double windowEndHours = 0.0;
        int cls = -1; ///< class index, -1: all jobs
        int preLevel = 0;
        bool risen = false;
        bool done = false;
        double recoveryHours = 0.0;
    };
    struct LoadStep
    {
        double startHours = 0.0;
        double endHours = 0.0; ///< the burst's end: a rise must begin before it to count
        int cls = -1;          ///< the class whose burst it is
    };
    std::vector<LoadStep> m_steps;
    std::size_t m_nextStep = 0;
    std::vector<StepTracker> m_trackers;
    int m_openTrackers = 0; ///< trackers not yet recovered
    /// Jobs waiting for capacity (queued, or placed on a VM still booting): what a load step
    /// raises and responsiveness waits to fall back.
    int waitingForCapacity(int cls) const;
    void openSteps(double t);
    void updateTrackers();

    // class queues
    std::vector<int> m_qHead, m_qTail;
    std::vector<char> m_qBlocked;
    bool m_dispatchNeeded = false;
    std::vector<int> m_regionQueued, m_regionRunning;
    int m_globalEntity = 0;

    // per-class facts
    std::vector<double> m_classCheckpoint;
    std::vector<int> m_classHome;         ///< region index, -1 none
    std::vector<double> m_classRefTflops; ///< reference GPU fp16 TFLOPS, -1 CPU-bound

    // totals
    std::vector<double> m_regionEgressUsd, m_regionNetKwh, m_regionNetKg, m_regionPflop;
    std::vector<double> m_typePflop;
    std::vector<std::int64_t> m_regionCompleted, m_typeCompleted;
    std::vector<double> m_linkGb, m_linkUsd;
    std::vector<std::int64_t> m_linkCount;
    double m_intercloudGb = 0.0;
    std::int64_t m_requeues = 0;
    std::int64_t m_slaViolatedCompleted = 0;
    bool m_inEpisode = false;
    double m_episodeStart = 0.0, m_episodeHours = 0.0;
    std::int64_t m_episodes = 0;
    double m_lastFinish = -1.0;

    // monitoring
    MonitorSeries m_series;
    double m_monitorInterval = 0.0;
    double m_lastSample = 0.0;
    std::vector<Accounting::Values> m_prevSample;

    double m_horizon = 0.0;
    double m_scalingInterval = 0.0;
    double m_bootHours = 0.0;
    double m_mtbf = 0.0, m_repair = 0.0;
    std::uint64_t m_events = 0;
    std::uint64_t m_decisionCount = 0;
    bool m_finished = false;
    RunStatus m_status = RunStatus::NotStarted;

    bool m_record = true;
    std::size_t m_maxRecords = 20000;
    std::vector<DecisionRecord> m_records;
    bool m_trackLast = false;
    bool m_hasLast = false;
    DecisionRecord m_last;

    bool m_external = false;
    bool m_awaiting = false;
    int m_pending = -1;
    int m_pendingQueue = -1;
    std::vector<std::uint32_t> m_doneTransfers;
    std::vector<int> m_waitingOnVm; ///< scratch: jobs to start when a VM boots
};

} // namespace nephos
