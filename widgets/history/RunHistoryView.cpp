#include "history/RunHistoryView.h"

#include "store/KpiRecord.h"

#include "history/RunComparisonModel.h"
#include "history/RunHistoryModel.h"
#include "history/ScenarioDifference.h"
#include "policy/PolicyRegistry.h"
#include "store/KpiRecord.h"
#include "store/RunStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nephos::widgets {

namespace {
RunStatus statusFromKey(const QString& key)
{
    if (key == QLatin1String("completed"))
        return RunStatus::Completed;
    if (key == QLatin1String("cancelled") || key == QLatin1String("interrupted"))
        return RunStatus::Cancelled;
    if (key == QLatin1String("running"))
        return RunStatus::Running;
    return RunStatus::Failed;
}

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}
} // namespace

RunHistoryView::RunHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunHistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_comparison(new RunComparisonModel(this))
{
    setObjectName(QStringLiteral("RunHistoryView"));
    m_confirm = [this](const QString& q) {
        return QMessageBox::question(this, tr("Delete runs"), q) == QMessageBox::Yes;
    };
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("historyPolicyFilter"));
    m_policy->addItem(tr("All policies"), QString());
    for (const std::string& p : policyNames())
        m_policy->addItem(QString::fromStdString(p), QString::fromStdString(p));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("historyStatusFilter"));
    m_status->addItem(tr("Any status"), QString());
    for (const char* s : {"completed", "cancelled", "failed", "interrupted", "running"})
        m_status->addItem(QLatin1String(s), QLatin1String(s));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historyTextFilter"));
    m_text->setPlaceholderText(tr("Search…"));
    m_text->setClearButtonEnabled(true);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_policy);
    filters->addWidget(m_status);
    filters->addWidget(m_text, 1);

    m_table = makeTable(this, QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RunHistoryModel::Name, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunHistoryModel::Id, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    // The name says which run it is; the scenario column stays searchable but hidden.
    m_table->setColumnHidden(RunHistoryModel::Scenario, true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != RunHistoryModel::Name || !(index.flags() & Qt::ItemIsEditable))
            openSelected();
    });
    connect(m_model, &RunHistoryModel::renameFailed, this, &RunHistoryView::message);

    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("historyRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &RunHistoryView::refresh);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("historyOpen"));
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("historyDelete"));
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(); });
    m_compare = new QPushButton(tr("Compare two"), this);
    m_compare->setObjectName(QStringLiteral("historyCompare"));
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_delete);

    m_compareTitle = new QLabel(tr("Select two runs and press “Compare two”."), this);
    m_compareTitle->setObjectName(QStringLiteral("historyCompareTitle"));
    m_compareTable = makeTable(this, QStringLiteral("historyCompareTable"));
    m_compareTable->setModel(m_comparison);
    m_compareTable->horizontalHeader()->setStretchLastSection(false);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_compareTitle);
    lowerLayout->addWidget(m_compareTable, 1);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addLayout(filters);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addLayout(buttons);

    m_compareTitle->setWordWrap(true);
    // Runs on the left, the comparison on the right: it gets the dock's whole height.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    updateButtons();
}

void RunHistoryView::setStore(RunStore* store)
{
    m_store = store;
    m_model->setStore(store);
    refresh();
}

void RunHistoryView::refresh()
{
    const QList<qint64> keep = selectedRunIds();
    RunFilter f;
    f.policy = m_policy->currentData().toString();
    f.status = m_status->currentData().toString();
    if (m_store)
        m_model->refresh(*m_store, f);
    else
        m_model->refresh(RunStore(), f);
    m_table->resizeColumnsToContents();
    selectRuns(keep);
    updateButtons();
}

void RunHistoryView::selectRuns(const QList<qint64>& ids)
{
    QItemSelection sel;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex p = m_proxy->mapFromSource(m_model->index(row, 0));
        if (p.isValid())
            sel.select(p, p.siblingAtColumn(RunHistoryModel::ColCount - 1));
    }
    m_table->selectionModel()->select(sel, QItemSelectionModel::ClearAndSelect);
    updateButtons();
}

QList<qint64> RunHistoryView::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& p : m_table->selectionModel()->selectedRows()) {
        if (const StoredRun* r = m_model->run(m_proxy->mapToSource(p).row()))
            ids << r->id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

int RunHistoryView::visibleRunCount() const
{
    return m_proxy->rowCount();
}

void RunHistoryView::setPolicyFilter(const QString& policy)
{
    const int i = m_policy->findData(policy);
    m_policy->setCurrentIndex(i < 0 ? 0 : i);
}

void RunHistoryView::setStatusFilter(const QString& status)
{
    const int i = m_status->findData(status);
    m_status->setCurrentIndex(i < 0 ? 0 : i);
}

void RunHistoryView::setTextFilter(const QString& text)
{
    m_text->setText(text);
}

bool RunHistoryView::openSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() != 1 || !m_store)
        return false;
    StoredRun info;
    if (!m_store->loadRun(ids.front(), info))
        return false;
    auto scenario = std::make_shared<Scenario>();
    QString error;
    if (!m_store->loadScenario(info.scenarioId, *scenario, &error)) {
        Q_EMIT message(tr("Run %1: scenario could not be loaded: %2").arg(info.id).arg(error));
        return false;
    }
    auto result = std::make_shared<RunResult>();
    result->status = statusFromKey(info.status);
    result->policy = info.policy.toStdString();
    result->seed = info.seed;
    result->simulatedHours = info.simulatedHours;
    result->simWallSeconds = info.simWallSeconds;
    result->events = info.events;
    m_store->loadKpis(info.id, result->kpis);
    m_store->loadSeries(info.id, result->series);
    for (const RunStore::ClassKpis& c : m_store->loadClassKpis(info.id)) {
        Kpis k;
        for (const auto& [key, value] : c.values)
            KpiRecord::set(k, key, value);
        result->classNames.push_back(c.workloadClass);
        result->classKpis.push_back(k);
    }
    Q_EMIT message(tr("Opened run %1 (%2, %3)").arg(info.id).arg(info.policy, info.status));
    Q_EMIT runOpened(std::move(scenario), std::move(result));
    return true;
}

int RunHistoryView::deleteSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.isEmpty() || !m_store)
        return 0;
    QStringList names;
    for (qint64 id : ids)
        names << QString::number(id);
    if (!m_confirm(tr("Delete %n run(s) (%1) from the history? This cannot be undone.", nullptr,
                      int(ids.size()))
                       .arg(names.join(QStringLiteral(", ")))))
        return 0;
    int deleted = 0;
    for (qint64 id : ids) {
        QString error;
        if (m_store->deleteRun(id, &error))
            ++deleted;
        else
            Q_EMIT message(tr("Run %1 not deleted: %2").arg(id).arg(error));
    }
    refresh();
    return deleted;
}

bool RunHistoryView::compareSelected()
{
    const QList<qint64> ids = selectedRunIds();
    if (ids.size() != 2 || !m_store)
        return false;
    StoredRun a;
    StoredRun b;
    if (!m_store->loadRun(ids[0], a) || !m_store->loadRun(ids[1], b))
        return false;
    const QString la = tr("#%1 %2, seed %3").arg(a.id).arg(a.policy).arg(a.seed);
    const QString lb = tr("#%1 %2, seed %3").arg(b.id).arg(b.policy).arg(b.seed);
    m_comparison->setRuns(la, m_store->loadKpiValues(a.id), lb, m_store->loadKpiValues(b.id));
    QString title = tr("Run %1 (A) against run %2 (B). Green: B is better for that KPI; red: B "
                       "is worse.")
                        .arg(la, lb);
    Scenario sa;
    Scenario sb;
    if (m_store->loadScenario(a.scenarioId, sa) && m_store->loadScenario(b.scenarioId, sb)) {
        const QString diff = ScenarioDifference::sentence(sa, sb);
        title += QLatin1Char(' ') + (diff.isEmpty() ? tr("Both ran the same scenario.") : diff);
    }
    m_compareTitle->setText(title);
    m_compareTable->resizeColumnsToContents();
    Q_EMIT comparisonShown(m_comparison->rowCount());
    return true;
}

void RunHistoryView::setDisplayUnits(const DisplayUnits& units)
{
    m_comparison->setDisplayUnits(units);
    m_compareTable->resizeColumnsToContents();
}

QString RunHistoryView::comparisonTitle() const
{
    return m_compareTitle->text();
}

void RunHistoryView::updateButtons()
{
    const int n = static_cast<int>(m_table->selectionModel()->selectedRows().size());
    m_open->setEnabled(n == 1);
    m_delete->setEnabled(n >= 1);
    m_compare->setEnabled(n == 2);
}

} // namespace nephos::widgets
