#include "dashboard/DashboardView.h"

#include "analysis/AnomalyDetector.h"
#include "analysis/CostAdvisor.h"
#include "dashboard/ChartStyle.h"
#include "dashboard/KpiCard.h"
#include "dashboard/PaperClaims.h"
#include "dashboard/TimeSeriesChart.h"
#include "export/ExportDialog.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace nephos::widgets {

namespace {

/// One KPI card: Kpis key, title, unit, decimals, display factor.
struct CardSpec
{
    const char* key;
    const char* title;
    const char* unit;
    int decimals;
    double factor;
};

const CardSpec kCards[] = {
    {"utilisation_cpu_pct", "CPU utilisation", "%", 1, 1.0},
    {"utilisation_mem_pct", "Memory utilisation", "%", 1, 1.0},
    {"utilisation_gpu_pct", "GPU utilisation", "%", 1, 1.0},
    {"jct_mean_h", "Job completion (mean)", "h", 2, 1.0},
    {"jct_p95_h", "Job completion (p95)", "h", 2, 1.0},
    {"sla_violation_pct", "SLA violations", "%", 2, 1.0},
    {"energy_kwh_per_pflop", "Energy efficiency", "kWh/PFLOP", 3, 1.0},
    {"cost_usd_per_pflop", "Cost efficiency", "$/PFLOP", 3, 1.0},
    {"intercloud_tb", "Inter-cloud transfer", "TB", 2, 1.0},
    {"responsiveness_min", "Responsiveness", "min", 1, 1.0},
    {"total_cost_usd", "Total cost", "k$", 1, 0.001},
    {"energy_kwh", "Facility energy", "MWh", 1, 0.001},
    {"carbon_kg_co2e", "Carbon", "t CO2e", 1, 0.001},
    {"queue_wait_mean_h", "Queue wait (mean)", "h", 2, 1.0},
    {"jobs_completed", "Jobs completed", "", 0, 1.0},
};

QString utilTitle(int resource)
{
    switch (resource) {
    case 1:
        return QObject::tr("Memory utilisation per provider");
    case 2:
        return QObject::tr("GPU utilisation per provider");
    default:
        return QObject::tr("CPU utilisation per provider");
    }
}

SeriesMetric utilMetric(int resource)
{
    switch (resource) {
    case 1:
        return SeriesMetric::MemUtilPct;
    case 2:
        return SeriesMetric::GpuUtilPct;
    default:
        return SeriesMetric::CpuUtilPct;
    }
}

} // namespace

struct DashboardView::State
{
    Scenario scenario;
    RunResult result;
    bool hasRun = false;
    int utilResource = 0;
    std::vector<Anomaly> anomalies;

    QLabel* header = nullptr;
    QGridLayout* cardGrid = nullptr;
    int cardColumns = 0;
    std::vector<KpiCard*> cards;
    QComboBox* resourceBox = nullptr;
    std::vector<TimeSeriesChartSpec> specs;
    QList<QChartView*> views;
    QListWidget* anomalyList = nullptr;
    QListWidget* suggestionList = nullptr;
    QLabel* savingTotal = nullptr;
};

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_state(std::make_unique<State>())
{
    setObjectName(QStringLiteral("dashboardView"));
    State& s = *m_state;
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);

    s.header = new QLabel(tr("No run yet: run a scenario to fill the dashboard."), content);
    s.header->setWordWrap(true);
    column->addWidget(s.header);

    auto* cardBox = new QGroupBox(tr("Key performance indicators (ours; the paper's claimed figure "
                                     "beside, where it reports one)"),
                                  content);
    s.cardGrid = new QGridLayout(cardBox);
    s.cardGrid->setSpacing(6);
    const QHash<QString, PaperClaim> claims = PaperClaims::kpiClaims();
    int i = 0;
    for (const CardSpec& spec : kCards) {
        auto* card = new KpiCard(tr(spec.title), cardBox);
        card->setProperty("kpiKey", QLatin1String(spec.key));
        const auto it = claims.find(QLatin1String(spec.key));
        if (it != claims.end())
            card->setPaperClaim(
                tr("paper: %1 %2 (%3)")
                    .arg(QLocale().toString(it->value, 'g', 4), it->unit, it->table),
                tr("The paper's reported figure (%1: %2). Shown for comparison "
                   "only; not an input or target.")
                    .arg(it->table, it->label));
        s.cards.push_back(card);
        ++i;
    }
    column->addWidget(cardBox);

    auto* resourceRow = new QHBoxLayout;
    resourceRow->addWidget(new QLabel(tr("Utilisation of:"), content));
    s.resourceBox = new QComboBox(content);
    s.resourceBox->setObjectName(QStringLiteral("utilisationResource"));
    s.resourceBox->addItems({tr("CPU"), tr("Memory"), tr("GPU")});
    resourceRow->addWidget(s.resourceBox);
    resourceRow->addStretch(1);
    column->addLayout(resourceRow);
    connect(s.resourceBox, &QComboBox::currentIndexChanged, this,
            &DashboardView::setUtilisationResource);

    s.specs = {
        {QStringLiteral("utilisation"), utilTitle(0), tr("Utilisation"), tr("%"), QString(),
         SeriesMetric::CpuUtilPct, true},
        {QStringLiteral("queue"), tr("Queue length"), tr("Queued jobs"), tr("count"), QString(),
         SeriesMetric::QueueLength, false},
        {QStringLiteral("running"), tr("Running jobs"), tr("Running jobs"), tr("count"), QString(),
         SeriesMetric::RunningJobs, false},
        {QStringLiteral("cost_rate"), tr("Cost rate"), tr("Cost rate"), tr("USD/h"), tr("k USD/h"),
         SeriesMetric::CostRateUsdPerHour, false},
        {QStringLiteral("cumulative_cost"), tr("Cumulative cost"), tr("Cost"), tr("USD"),
         tr("k USD"), SeriesMetric::CumulativeCostUsd, false},
        {QStringLiteral("power"), tr("Facility power"), tr("Power"), tr("kW"), tr("MW"),
         SeriesMetric::PowerKw, false},
        {QStringLiteral("carbon"), tr("Carbon emission rate"), tr("Carbon"), tr("kg CO2e/h"),
         tr("t CO2e/h"), SeriesMetric::CarbonRateKgPerHour, false},
    };
    auto* chartGrid = new QGridLayout;
    for (std::size_t c = 0; c < s.specs.size(); ++c) {
        auto* chart = new QChart;
        chart->setTitle(s.specs[c].title);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto* view = new QChartView(chart, content);
        view->setObjectName(s.specs[c].key);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* exportAction = new QAction(tr("Export chart…"), view);
        exportAction->setObjectName(QStringLiteral("exportChart"));
        connect(exportAction, &QAction::triggered, view,
                [view]() { ExportDialog::run(view, view->objectName(), view->window()); });
        view->addAction(exportAction);
        s.views.push_back(view);
        const bool lastAlone = c + 1 == s.specs.size() && c % 2 == 0;
        chartGrid->addWidget(view, int(c) / 2, int(c) % 2, 1, lastAlone ? 2 : 1);
    }
    column->addLayout(chartGrid);

    auto* bottom = new QHBoxLayout;
    auto* anomalyBox =
        new QGroupBox(tr("Anomalies (utilisation or queue far from its recent norm)"), content);
    auto* anomalyLayout = new QVBoxLayout(anomalyBox);
    s.anomalyList = new QListWidget(anomalyBox);
    s.anomalyList->setObjectName(QStringLiteral("anomalyList"));
    anomalyLayout->addWidget(s.anomalyList);
    auto* adviceBox =
        new QGroupBox(tr("Cost-saving suggestions (estimated from this run)"), content);
    auto* adviceLayout = new QVBoxLayout(adviceBox);
    s.savingTotal = new QLabel(adviceBox);
    s.suggestionList = new QListWidget(adviceBox);
    s.suggestionList->setObjectName(QStringLiteral("suggestionList"));
    s.suggestionList->setWordWrap(true);
    adviceLayout->addWidget(s.savingTotal);
    adviceLayout->addWidget(s.suggestionList);
    anomalyBox->setMinimumHeight(300);
    adviceBox->setMinimumHeight(300);
    bottom->addWidget(anomalyBox, 2);
    bottom->addWidget(adviceBox, 3);
    column->addLayout(bottom);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    layoutCards();
    clear();
}

DashboardView::~DashboardView() = default;

void DashboardView::setRun(const nephos::Scenario& scenario, const nephos::RunResult& result)
{
    State& s = *m_state;
    s.scenario = scenario;
    s.result = result;
    s.hasRun = true;
    s.anomalies = AnomalyDetector().detectRun(s.result.series);
    rebuild();
    Q_EMIT runShown();
}

void DashboardView::clear()
{
    State& s = *m_state;
    s.hasRun = false;
    s.scenario = Scenario();
    s.result = RunResult();
    s.anomalies.clear();
    rebuild();
}

QList<QChartView*> DashboardView::chartViews() const
{
    return m_state->views;
}

void DashboardView::setUtilisationResource(int resource)
{
    resource = std::clamp(resource, 0, 2);
    State& s = *m_state;
    if (s.resourceBox->currentIndex() != resource)
        s.resourceBox->setCurrentIndex(resource); // re-enters through the signal
    if (s.utilResource == resource)
        return;
    s.utilResource = resource;
    rebuild();
}

int DashboardView::utilisationResource() const
{
    return m_state->utilResource;
}

int DashboardView::anomalyMarkerCount() const
{
    int n = 0;
    for (QChartView* v : m_state->views)
        for (QAbstractSeries* series : v->chart()->series())
            if (auto* scatter = qobject_cast<QScatterSeries*>(series))
                n += scatter->count();
    return n;
}

QStringList DashboardView::suggestionTexts() const
{
    QStringList out;
    for (int i = 0; i < m_state->suggestionList->count(); ++i)
        out << m_state->suggestionList->item(i)->text();
    return out;
}

QStringList DashboardView::kpiCardTexts() const
{
    QStringList out;
    for (KpiCard* c : m_state->cards)
        out << c->title() + QLatin1Char('|') + c->value() + QLatin1Char('|') + c->paperClaim();
    return out;
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

void DashboardView::applyTheme()
{
    rebuild();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

int DashboardView::kpiCardColumns() const
{
    return m_state->cardColumns;
}

void DashboardView::layoutCards()
{
    State& s = *m_state;
    const int columns = std::clamp((width() - 40) / 220, 2, 5);
    if (columns == s.cardColumns)
        return;
    s.cardColumns = columns;
    for (KpiCard* card : s.cards)
        s.cardGrid->removeWidget(card);
    for (int i = 0; i < int(s.cards.size()); ++i)
        s.cardGrid->addWidget(s.cards[std::size_t(i)], i / columns, i % columns);
}

void DashboardView::rebuild()
{
    State& s = *m_state;
    const QPalette pal = palette();

    // KPI cards.
    std::map<std::string, double> kv;
    for (const auto& [k, v] : s.result.kpis.keyValues())
        kv[k] = v;
    for (KpiCard* card : s.cards) {
        const std::string key = card->property("kpiKey").toString().toStdString();
        const CardSpec* spec = nullptr;
        for (const CardSpec& c : kCards)
            if (key == c.key)
                spec = &c;
        if (!s.hasRun || !spec) {
            card->setValue(QStringLiteral("–"));
            continue;
        }
        const double v = kv[key] * spec->factor;
        // At least three significant digits for small values (e.g. 0.00123 kWh/PFLOP).
        int decimals = spec->decimals;
        if (v != 0.0 && std::fabs(v) < 1.0 && decimals > 0)
            decimals = std::max(decimals, 2 - int(std::floor(std::log10(std::fabs(v)))));
        QString text = QLocale().toString(v, 'f', decimals);
        if (key == "jobs_completed")
            text += tr(" of %1").arg(s.result.kpis.jobsTotal);
        else if (*spec->unit)
            text += QLatin1Char(' ') + QLatin1String(spec->unit);
        card->setValue(text);
    }

    s.header->setText(
        s.hasRun ? tr("%1 — policy %2, seed %3, %4 simulated hours, status %5")
                       .arg(QString::fromStdString(s.scenario.name.empty() ? std::string("scenario")
                                                                           : s.scenario.name),
                            QString::fromStdString(s.result.policy))
                       .arg(s.result.seed)
                       .arg(s.result.simulatedHours, 0, 'f', 1)
                       .arg(QLatin1String(runStatusKey(s.result.status)))
                 : tr("No run yet: run a scenario to fill the dashboard."));

    // Charts.
    s.specs[0].metric = utilMetric(s.utilResource);
    s.specs[0].title = utilTitle(s.utilResource);
    for (int c = 0; c < s.views.size(); ++c) {
        const TimeSeriesChartSpec& spec = s.specs[std::size_t(c)];
        std::vector<Anomaly> marks;
        for (const Anomaly& a : s.anomalies) {
            const bool util = c == 0 && a.metric == spec.metric;
            const bool queue = spec.metric == SeriesMetric::QueueLength && a.metric == spec.metric;
            if (util || queue)
                marks.push_back(a);
        }
        TimeSeriesChart::fill(s.views[c]->chart(), spec, s.scenario, s.result.series, marks, pal);
    }

    // Anomaly list.
    s.anomalyList->clear();
    for (const Anomaly& a : s.anomalies) {
        const QString entity =
            a.entity >= 0 && a.entity < s.result.series.entityCount()
                ? QString::fromStdString(s.result.series.entities[std::size_t(a.entity)])
                : QStringLiteral("?");
        s.anomalyList->addItem(tr("%1 h · %2 · %3: %4 (norm %5, z = %6)")
                                   .arg(a.timeHours, 0, 'f', 1)
                                   .arg(entity, QLatin1String(MonitorSeries::metricKey(a.metric)))
                                   .arg(a.value, 0, 'f', 1)
                                   .arg(a.baseline, 0, 'f', 1)
                                   .arg(a.zScore, 0, 'f', 1));
    }
    if (s.hasRun && s.anomalies.empty())
        s.anomalyList->addItem(tr("No anomalies: utilisation and queues stayed near their norm."));

    // Suggestions.
    s.suggestionList->clear();
    if (s.hasRun) {
        const auto suggestions = CostAdvisor().advise(s.scenario, s.result);
        for (const CostSuggestion& x : suggestions) {
            s.suggestionList->addItem(QString::fromStdString(x.text));
        }
        s.savingTotal->setText(suggestions.empty()
                                   ? tr("No saving found in this run.")
                                   : tr("%1 suggestions; estimates overlap, so they do not add up.")
                                         .arg(suggestions.size()));
    } else {
        s.savingTotal->setText(QString());
    }
}

} // namespace nephos::widgets
