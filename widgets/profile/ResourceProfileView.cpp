#include "profile/ResourceProfileView.h"

#include "dashboard/PaperClaims.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nephos::widgets {

namespace {

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString money(double v)
{
    return QStringLiteral("$") + QLocale().toString(v, 'f', 2);
}

} // namespace

struct ResourceProfileView::State
{
    ScenarioPtr scenario = std::make_shared<const Scenario>();
    RunResultPtr result = std::make_shared<const RunResult>();
    bool hasRun = false;
    QComboBox* kind = nullptr;
    QComboBox* item = nullptr;
    QTableWidget* table = nullptr;
    QLabel* note = nullptr;
    QList<QPair<QString, QString>> rows;
    int staticRows = 0;
};

ResourceProfileView::ResourceProfileView(QWidget* parent)
    : QWidget(parent)
    , m_state(std::make_unique<State>())
{
    setObjectName(QStringLiteral("resourceProfileView"));
    State& s = *m_state;
    s.kind = new QComboBox(this);
    s.kind->setObjectName(QStringLiteral("profileKind"));
    s.kind->addItem(tr("VM type"), int(Kind::InstanceType));
    s.kind->addItem(tr("Region"), int(Kind::Region));
    s.item = new QComboBox(this);
    s.item->setObjectName(QStringLiteral("profileItem"));
    s.item->setMinimumContentsLength(28);
    s.table = new QTableWidget(0, 2, this);
    s.table->setObjectName(QStringLiteral("profileTable"));
    s.table->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    s.table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    s.table->horizontalHeader()->setStretchLastSection(true);
    s.table->verticalHeader()->hide();
    s.table->verticalHeader()->setDefaultSectionSize(s.table->fontMetrics().height() + 8);
    s.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    s.table->setAlternatingRowColors(true);
    s.note = new QLabel(this);
    s.note->setObjectName(QStringLiteral("profileNote"));
    s.note->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Profile of:"), this));
    top->addWidget(s.kind);
    top->addWidget(s.item, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(s.table, 1);
    layout->addWidget(s.note);

    connect(s.kind, &QComboBox::currentIndexChanged, this, [this](int) {
        fillItems();
        showSelection();
    });
    connect(s.item, &QComboBox::currentIndexChanged, this, [this](int) { showSelection(); });
    clear();
}

ResourceProfileView::~ResourceProfileView() = default;

void ResourceProfileView::setRun(const nephos::Scenario& scenario, const nephos::RunResult& result)
{
    setRun(std::make_shared<const Scenario>(scenario), std::make_shared<const RunResult>(result));
}

void ResourceProfileView::setRun(ScenarioPtr scenario, RunResultPtr result)
{
    if (!scenario || !result)
        return;
    State& s = *m_state;
    const Kind kind = selectedKind();
    const QString id = selectedId();
    s.scenario = std::move(scenario);
    s.result = std::move(result);
    s.hasRun = true;
    fillItems();
    if (!select(kind, id))
        showSelection();
}

void ResourceProfileView::clear()
{
    State& s = *m_state;
    s.scenario = std::make_shared<const Scenario>();
    s.result = std::make_shared<const RunResult>();
    s.hasRun = false;
    fillItems();
    showSelection();
}

bool ResourceProfileView::select(Kind kind, const QString& id)
{
    State& s = *m_state;
    {
        const QSignalBlocker block(s.kind);
        s.kind->setCurrentIndex(s.kind->findData(int(kind)));
    }
    fillItems();
    const int i = s.item->findData(id);
    if (i < 0) {
        showSelection();
        return false;
    }
    {
        const QSignalBlocker block(s.item);
        s.item->setCurrentIndex(i);
    }
    showSelection();
    return true;
}

ResourceProfileView::Kind ResourceProfileView::selectedKind() const
{
    return static_cast<Kind>(m_state->kind->currentData().toInt());
}

QString ResourceProfileView::selectedId() const
{
    return m_state->item->currentData().toString();
}

QList<QPair<QString, QString>> ResourceProfileView::rows() const
{
    return m_state->rows;
}

void ResourceProfileView::fillItems()
{
    State& s = *m_state;
    const QSignalBlocker block(s.item);
    const QString keep = s.item->currentData().toString();
    s.item->clear();
    if (selectedKind() == Kind::InstanceType) {
        for (const InstanceType& t : s.scenario->instanceTypes) {
            const QString name = QString::fromStdString(t.name);
            QString label = QStringLiteral("%1 (%2, %3 vCPU, %4 GiB")
                                .arg(name, QString::fromStdString(t.provider))
                                .arg(t.vcpus)
                                .arg(t.memoryGib);
            if (t.gpuCount > 0)
                label += QStringLiteral(", %1 × %2")
                             .arg(t.gpuCount)
                             .arg(QString::fromStdString(t.gpuModel));
            s.item->addItem(label + QLatin1Char(')'), name);
        }
    } else {
        for (const Region& r : s.scenario->regions)
            s.item->addItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(r.id),
                                                          QString::fromStdString(r.name)),
                            QString::fromStdString(r.id));
    }
    const int i = s.item->findData(keep);
    s.item->setCurrentIndex(i >= 0 ? i : (s.item->count() > 0 ? 0 : -1));
}

void ResourceProfileView::showSelection()
{
    State& s = *m_state;
    s.rows.clear();
    const std::string id = selectedId().toStdString();
    const Scenario& sc = *s.scenario;
    const UsageTotals* usage = nullptr;
    bool regionKind = selectedKind() == Kind::Region;

    if (!regionKind) {
        if (const InstanceType* t = sc.findInstanceType(id)) {
            const auto index = std::size_t(t - sc.instanceTypes.data());
            s.rows << qMakePair(tr("Provider"), QString::fromStdString(t->provider));
            s.rows << qMakePair(tr("vCPUs"), num(t->vcpus, 0));
            s.rows << qMakePair(tr("Memory"), tr("%1 GiB").arg(num(t->memoryGib, 1)));
            s.rows << qMakePair(tr("GPU"), t->gpuCount > 0
                                               ? QStringLiteral("%1 × %2")
                                                     .arg(t->gpuCount)
                                                     .arg(QString::fromStdString(t->gpuModel))
                                               : tr("none"));
            double lo = -1, hi = -1, spotLo = -1;
            int offers = 0;
            for (const Offer& o : sc.offers) {
                if (o.instanceType != id)
                    continue;
                ++offers;
                lo = lo < 0 ? o.onDemandUsdPerHour : std::min(lo, o.onDemandUsdPerHour);
                hi = std::max(hi, o.onDemandUsdPerHour);
                if (o.spotUsdPerHour >= 0)
                    spotLo = spotLo < 0 ? o.spotUsdPerHour : std::min(spotLo, o.spotUsdPerHour);
            }
            s.rows << qMakePair(
                tr("On-demand price"),
                offers == 0 ? tr("no offer")
                : lo == hi  ? tr("%1/h").arg(money(lo))
                           : tr("%1–%2/h over %3 regions").arg(money(lo), money(hi)).arg(offers));
            s.rows << qMakePair(tr("Spot price"),
                                spotLo < 0 ? tr("none known") : tr("from %1/h").arg(money(spotLo)));
            int vms = 0;
            for (const VmPoolEntry& g : sc.pool)
                if (g.instanceType == id)
                    vms += g.count;
            s.rows << qMakePair(tr("VMs in the pool at start"), QString::number(vms));
            s.rows << qMakePair(
                tr("CPU power (idle–max)"),
                tr("%1–%2 W/vCPU")
                    .arg(num(t->cpuMinWattsPerVcpu, 2), num(t->cpuMaxWattsPerVcpu, 2)));
            if (index < s.result->instanceTypes.size())
                usage = &s.result->instanceTypes[index];
        }
    } else if (const Region* r = sc.findRegion(id)) {
        const auto index = std::size_t(r - sc.regions.data());
        s.rows << qMakePair(tr("Provider"), QString::fromStdString(r->provider));
        s.rows << qMakePair(tr("Name"), QString::fromStdString(r->name));
        s.rows << qMakePair(tr("Location"),
                            tr("%1°, %2°").arg(num(r->latitude, 2), num(r->longitude, 2)));
        s.rows << qMakePair(
            tr("PUE"), num(r->pue, 2) + (r->pueEstimated ? tr(" (provider estimate)") : QString()));
        s.rows << qMakePair(tr("Carbon intensity"),
                            tr("%1 kg CO2e/kWh").arg(num(r->carbonKgPerKwh, 3)) +
                                (r->carbonEstimated ? tr(" (estimate)") : QString()));
        s.rows << qMakePair(tr("Enabled"), r->enabled ? tr("yes") : tr("no"));
        int vms = 0, groups = 0;
        for (const VmPoolEntry& g : sc.pool)
            if (g.region == id) {
                vms += g.count;
                ++groups;
            }
        s.rows << qMakePair(tr("VMs in the pool at start"),
                            tr("%1 in %2 groups").arg(vms).arg(groups));
        // Outgoing network links; figures without a measurement are marked as estimates.
        for (const NetworkLink& l : sc.network) {
            if (l.src != id || l.dst == id)
                continue;
            auto mark = [this](bool estimated) { return estimated ? tr(" (est.)") : QString(); };
            s.rows << qMakePair(tr("Link to %1").arg(QString::fromStdString(l.dst)),
                                tr("%1 Gbps%2 · RTT %3 ms%4 · egress $%5/GB%6")
                                    .arg(num(l.throughputGbps, 2), mark(l.throughputEstimated),
                                         num(l.rttMs, 1), mark(l.rttEstimated),
                                         num(l.egressUsdPerGb, 3), mark(l.egressEstimated)));
        }
        if (index < s.result->regions.size())
            usage = &s.result->regions[index];
    }
    s.staticRows = int(s.rows.size());

    if (usage && s.hasRun) {
        s.rows << qMakePair(tr("Avg CPU utilisation (run)"),
                            tr("%1 %").arg(num(usage->avgCpuUtilPct, 1)));
        s.rows << qMakePair(tr("Avg memory utilisation (run)"),
                            tr("%1 %").arg(num(usage->avgMemUtilPct, 1)));
        s.rows << qMakePair(tr("Avg GPU utilisation (run)"),
                            tr("%1 %").arg(num(usage->avgGpuUtilPct, 1)));
        if (regionKind)
            s.rows << qMakePair(tr("Avg queue length (run)"),
                                tr("%1 jobs").arg(num(usage->avgQueueLength, 2)));
        s.rows << qMakePair(tr("Cost (run)"), money(usage->costUsd));
        s.rows << qMakePair(tr("VM-hours (run)"), num(usage->vmHours, 1));
        s.rows << qMakePair(tr("Cost per VM-hour (run)"),
                            usage->vmHours > 0 ? money(usage->costUsd / usage->vmHours)
                                               : QStringLiteral("–"));
        s.rows << qMakePair(tr("Energy (run)"), tr("%1 kWh").arg(num(usage->energyKwh, 1)));
        s.rows << qMakePair(tr("Carbon (run)"), tr("%1 kg CO2e").arg(num(usage->carbonKg, 1)));
        s.rows << qMakePair(tr("Useful work (run)"),
                            tr("%1 PFLOP").arg(num(usage->usefulPflop, 1)));
        s.rows << qMakePair(tr("Jobs completed (run)"), QString::number(usage->jobsCompleted));
    }

    s.table->setRowCount(int(s.rows.size()));
    QFont bold = s.table->font();
    bold.setBold(true);
    for (int i = 0; i < s.rows.size(); ++i) {
        auto* key = new QTableWidgetItem(s.rows[i].first);
        if (i >= s.staticRows)
            key->setFont(bold);
        s.table->setItem(i, 0, key);
        s.table->setItem(i, 1, new QTableWidgetItem(s.rows[i].second));
    }
    QString note =
        s.rows.isEmpty() ? tr("No scenario loaded.")
        : s.hasRun && usage
            ? tr("Static attributes from the scenario; rows in bold are measured averages from "
                 "the run.")
            : tr("Static attributes from the scenario; run it to see measured averages.");
    if (!regionKind && !s.rows.isEmpty())
        note += QLatin1Char('\n') + PaperClaims::table3Summary();
    s.note->setText(note);
    Q_EMIT selectionChanged(selectedKind(), selectedId());
}

} // namespace nephos::widgets
