#include "dashboard/DashboardView.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/ClassKpiTable.h"
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
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPromise>
#include <QScatterSeries>
#include <QScrollArea>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace nephos::widgets {

struct DashboardView::State
{
    ScenarioPtr scenario;
    RunResultPtr result;
    DashboardDataPtr data; ///< what the widgets show (or are being filled with)
    DisplayUnits units;
    int utilResource = 0;
    quint64 generation = 0; ///< bumped by every new run, unit change or clear()
    bool updating = false;
    QFutureWatcher<DashboardDataPtr>* watcher = nullptr;

    QLabel* header = nullptr;
    QGridLayout* cardGrid = nullptr;
    int cardColumns = 0;
    std::vector<KpiCard*> cards;
    QGroupBox* classBox = nullptr;
    ClassKpiTable* classTable = nullptr;
    QComboBox* resourceBox = nullptr;
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
    for (const DashboardData::CardSpec& spec : DashboardData::cardSpecs()) {
        auto* card = new KpiCard(KpiSpecs::title(spec), cardBox);
        card->setToolTip(KpiSpecs::toolTip(spec));
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
    }
    column->addWidget(cardBox);

    s.classBox = new QGroupBox(tr("By workload class"), content);
    s.classBox->setObjectName(QStringLiteral("classKpiBox"));
    auto* classLayout = new QVBoxLayout(s.classBox);
    s.classTable = new ClassKpiTable(s.classBox);
    classLayout->addWidget(s.classTable);
    column->addWidget(s.classBox);

    auto* resourceRow = new QHBoxLayout;
    auto* resourceLabel = new QLabel(tr("Utilisation of:"), content);
    resourceRow->addWidget(resourceLabel);
    s.resourceBox = new QComboBox(content);
    resourceLabel->setBuddy(s.resourceBox); // and left out of figures with it
    s.resourceBox->setObjectName(QStringLiteral("utilisationResource"));
    s.resourceBox->addItems({tr("CPU"), tr("Memory"), tr("GPU")});
    resourceRow->addWidget(s.resourceBox);
    resourceRow->addStretch(1);
    column->addLayout(resourceRow);
    connect(s.resourceBox, &QComboBox::currentIndexChanged, this,
            &DashboardView::setUtilisationResource);

    const std::vector<TimeSeriesChartSpec> specs = DashboardData::chartSpecs(s.units);
    auto* chartGrid = new QGridLayout;
    for (std::size_t c = 0; c < specs.size(); ++c) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setTitle(specs[c].title);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto* view = new QChartView(chart, content);
        view->setObjectName(specs[c].key);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto* exportAction = new QAction(tr("Export chart…"), view);
        exportAction->setObjectName(QStringLiteral("exportChart"));
        connect(exportAction, &QAction::triggered, view,
                [view]() { ExportDialog::run(view, view->objectName(), view->window()); });
        view->addAction(exportAction);
        s.views.push_back(view);
        const bool lastAlone = c + 1 == specs.size() && c % 2 == 0;
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
    s.watcher = new QFutureWatcher<DashboardDataPtr>(this);
    connect(s.watcher, &QFutureWatcherBase::finished, this, [this] {
        State& st = *m_state;
        const QFuture<DashboardDataPtr> f = st.watcher->future();
        if (f.resultCount() < 1 || !st.updating)
            return;
        st.data = f.result();
        applyStep(st.generation, 0);
    });
    layoutCards();
    clear();
}

DashboardView::~DashboardView() = default;

void DashboardView::setRun(const nephos::Scenario& scenario, const nephos::RunResult& result)
{
    State& s = *m_state;
    ++s.generation;
    s.updating = false;
    s.scenario = std::make_shared<const Scenario>(scenario);
    s.result = std::make_shared<const RunResult>(result);
    s.data = std::make_shared<const DashboardData>(
        DashboardData::prepare(*s.scenario, *s.result, s.units));
    applyAll();
    Q_EMIT runShown();
}

void DashboardView::showRun(ScenarioPtr scenario, RunResultPtr result)
{
    if (!scenario || !result)
        return;
    State& s = *m_state;
    s.scenario = std::move(scenario);
    s.result = std::move(result);
    prepareAsync();
}

void DashboardView::prepareAsync()
{
    State& s = *m_state;
    ++s.generation;
    s.updating = true;
    auto promise = std::make_shared<QPromise<DashboardDataPtr>>();
    s.watcher->setFuture(promise->future()); // drops the result of an older preparation
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, scenario = s.scenario, result = s.result, units = s.units] {
            promise->addResult(std::make_shared<const DashboardData>(
                DashboardData::prepare(*scenario, *result, units)));
            promise->finish();
        });
}

bool DashboardView::isUpdating() const
{
    return m_state->updating;
}

void DashboardView::setDisplayUnits(const DisplayUnits& units)
{
    State& s = *m_state;
    if (units == s.units)
        return;
    s.units = units;
    if (s.scenario && s.result)
        prepareAsync();
}

RunResultPtr DashboardView::shownResult() const
{
    return m_state->updating ? nullptr : m_state->result;
}

DisplayUnits DashboardView::displayUnits() const
{
    return m_state->units;
}

void DashboardView::applyStep(quint64 generation, int step)
{
    State& s = *m_state;
    if (generation != s.generation || !s.updating)
        return;
    // One slice per event-loop turn: cards, then each chart, then the lists.
    const int charts = int(s.views.size());
    if (step == 0)
        applyCards();
    else if (step <= charts)
        applyChart(step - 1);
    else
        applyLists();
    if (step <= charts) {
        QTimer::singleShot(0, this, [this, generation, step] { applyStep(generation, step + 1); });
        return;
    }
    s.updating = false;
    Q_EMIT runShown();
}

void DashboardView::clear()
{
    State& s = *m_state;
    ++s.generation;
    s.updating = false;
    s.scenario.reset();
    s.result.reset();
    s.data.reset();
    applyAll();
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
    applyChart(0);
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

QStringList DashboardView::anomalyTexts() const
{
    QStringList out;
    for (int i = 0; i < m_state->anomalyList->count(); ++i)
        out << m_state->anomalyList->item(i)->text();
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
        applyAll();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

QStringList DashboardView::classKpiRows() const
{
    return m_state->classTable->rowTexts();
}

ClassKpiTable* DashboardView::classKpiTable() const
{
    return m_state->classTable;
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

void DashboardView::applyAll()
{
    applyCards();
    for (int c = 0; c < int(m_state->views.size()); ++c)
        applyChart(c);
    applyLists();
}

void DashboardView::applyCards()
{
    State& s = *m_state;
    const DashboardData* d = s.data.get();
    for (std::size_t i = 0; i < s.cards.size(); ++i)
        s.cards[i]->setValue(d && i < std::size_t(d->cardValues.size())
                                 ? d->cardValues[qsizetype(i)]
                                 : QStringLiteral("–"));
    s.header->setText(d ? d->header : tr("No run yet: run a scenario to fill the dashboard."));
    s.classTable->setData(d);
    s.classBox->setVisible(d && !d->classRows.empty());
}

void DashboardView::applyChart(int c)
{
    State& s = *m_state;
    if (c < 0 || c >= int(s.views.size()))
        return;
    QChart* chart = s.views[c]->chart();
    const DashboardData* d = s.data.get();
    const PreparedChart* prepared = nullptr;
    if (d && c == 0)
        prepared = &d->utilisation[std::size_t(s.utilResource)];
    else if (d && std::size_t(c - 1) < d->charts.size())
        prepared = &d->charts[std::size_t(c - 1)];
    if (prepared) {
        TimeSeriesChart::apply(chart, *prepared, palette());
        return;
    }
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis* a : oldAxes) {
        chart->removeAxis(a);
        delete a;
    }
    chart->setTitle(DashboardData::chartSpecs(s.units, s.utilResource)[std::size_t(c)].title);
    ChartStyle::apply(chart, palette());
}

void DashboardView::applyLists()
{
    State& s = *m_state;
    const DashboardData* d = s.data.get();
    s.anomalyList->clear();
    s.suggestionList->clear();
    if (d) {
        s.anomalyList->addItems(d->anomalyTexts);
        s.suggestionList->addItems(d->suggestionTexts);
    }
    s.savingTotal->setText(d ? d->savingText : QString());
}

} // namespace nephos::widgets
