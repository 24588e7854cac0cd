#include "explorer/DecisionExplorer.h"

#include "explorer/CandidatesModel.h"
#include "explorer/DecisionsModel.h"
#include "scenario/Scenario.h"
#include "sim/RunResult.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nephos::widgets {

namespace {
QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* v = new QTableView(parent);
    v->setObjectName(name);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->setVisible(false);
    v->verticalHeader()->setDefaultSectionSize(22);
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setResizeContentsPrecision(200); // not all 20 000 rows
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return v;
}
/// The job's size and requirements in words: "12.5 PFLOP of work · needs 8 vCPUs, 64 GiB,
/// 1 × A100 · input 50 GB in US East (N. Virginia) · deadline 24 h".
QString jobSummary(const Scenario* s, const JobRecord* job)
{
    if (!s || !job)
        return {};
    const QLocale l;
    QStringList parts;
    if (job->workPflop > 0.0)
        parts << DecisionExplorer::tr("%1 PFLOP of work").arg(l.toString(job->workPflop, 'f', 1));
    if (job->workloadClass >= 0 && job->workloadClass < int(s->workloads.size())) {
        const WorkloadClass& w = s->workloads[std::size_t(job->workloadClass)];
        if (s->traceJobs.empty()) { // trace jobs carry their own sizes
            QString needs = DecisionExplorer::tr("needs %1 vCPUs, %2 GiB memory")
                                .arg(l.toString(w.vcpus, 'g', 4), l.toString(w.memoryGib, 'g', 4));
            if (w.gpus > 0)
                needs += DecisionExplorer::tr(", %1 × %2 GPU")
                             .arg(w.gpus)
                             .arg(w.referenceGpu.empty() ? DecisionExplorer::tr("any")
                                                         : QString::fromStdString(w.referenceGpu));
            parts << needs;
        }
        if (w.dataInputGb > 0.0) {
            const Region* home = s->findRegion(w.homeRegion);
            parts << DecisionExplorer::tr("input data %1 GB in %2")
                         .arg(l.toString(w.dataInputGb, 'g', 4),
                              home ? QString::fromStdString(home->name)
                                   : DecisionExplorer::tr("no fixed region"));
        }
        if (w.slaHours > 0.0)
            parts << DecisionExplorer::tr("deadline %1 h after arrival")
                         .arg(l.toString(w.slaHours, 'g', 4));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

DecisionExplorer::DecisionExplorer(QWidget* parent)
    : QWidget(parent)
    , m_decisions(new DecisionsModel(this))
    , m_candidates(new CandidatesModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("DecisionExplorer"));
    m_filter->setSourceModel(m_decisions);
    m_filter->setFilterKeyColumn(DecisionsModel::Job);

    m_jobFilter = new QLineEdit(this);
    m_jobFilter->setObjectName(QStringLiteral("jobFilter"));
    m_jobFilter->setPlaceholderText(tr("Filter by job id…"));
    m_jobFilter->setClearButtonEnabled(true);
    connect(m_jobFilter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterRegularExpression(
            text.trimmed().isEmpty() ? QRegularExpression()
                                     : QRegularExpression(QStringLiteral("^%1$").arg(
                                           QRegularExpression::escape(text.trimmed()))));
    });
    m_stepButton = new QPushButton(tr("Step decision"), this);
    m_stepButton->setObjectName(QStringLiteral("stepDecisionButton"));
    m_stepButton->setToolTip(tr("Advance the simulation to its next placement decision"));
    connect(m_stepButton, &QPushButton::clicked, this, &DecisionExplorer::stepRequested);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("decisionSummary"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_jobFilter, 1);
    top->addWidget(m_summary);
    top->addWidget(m_stepButton);

    m_decisionView = makeTable(this, QStringLiteral("decisionTable"));
    m_decisionView->setModel(m_filter);
    m_candidateView = makeTable(this, QStringLiteral("candidateTable"));
    m_candidateView->setModel(m_candidates);
    m_reason = new QLabel(tr("Run the scenario or step a decision, then pick a job."), this);
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_reason);
    m_job = new QLabel(this);
    m_job->setObjectName(QStringLiteral("jobLabel"));
    m_job->setWordWrap(true);
    m_job->setVisible(false);
    lowerLayout->addWidget(m_job);
    lowerLayout->addWidget(m_candidateView, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_decisionView);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_decisionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(); });
}

void DecisionExplorer::setRun(ScenarioPtr scenario, RunResultPtr result)
{
    const int n = result ? static_cast<int>(result->decisions.size()) : 0;
    const qlonglong jobs = result ? qlonglong(result->kpis.jobsTotal) : 0;
    m_decisions->setRun(std::move(scenario), std::move(result));
    const QLocale locale;
    if (jobs > n && n > 0)
        m_summary->setText(tr("first %1 decisions recorded (%2 jobs in the run)")
                               .arg(locale.toString(n), locale.toString(jobs)));
    else
        m_summary->setText(n == 1 ? tr("1 decision") : tr("%1 decisions").arg(locale.toString(n)));
    m_decisionView->resizeColumnsToContents();
    if (n > 0)
        selectDecision(0);
    else
        showSelected();
}

void DecisionExplorer::appendDecision(ScenarioPtr scenario, DecisionPtr decision)
{
    m_decisions->appendDecision(std::move(scenario), std::move(decision));
    const int n = m_decisions->rowCount();
    m_summary->setText(n == 1 ? tr("1 decision") : tr("%1 decisions").arg(QLocale().toString(n)));
    selectDecision(m_decisions->rowCount() - 1);
    m_decisionView->resizeColumnsToContents();
}

void DecisionExplorer::setSnapshot(RunResultPtr snapshot)
{
    m_decisions->setSnapshot(std::move(snapshot));
    m_decisionView->resizeColumnToContents(DecisionsModel::WorkloadClass);
    updateJobText(); // the stepped job is in the snapshot that follows its decision
}

void DecisionExplorer::updateJobText()
{
    const DecisionRecord* d = selectedDecision();
    const QString job =
        d ? jobSummary(m_decisions->scenario(), m_decisions->jobRecord(d->job)) : QString();
    m_job->setText(job.isEmpty() ? QString() : tr("Job %1: %2").arg(d->job).arg(job));
    m_job->setVisible(!job.isEmpty());
}

void DecisionExplorer::clear()
{
    m_decisions->clear();
    m_summary->clear();
    showSelected();
}

void DecisionExplorer::selectDecision(int row)
{
    QModelIndex src = m_decisions->index(row, 0);
    if (!src.isValid())
        return;
    if (!m_filter->mapFromSource(src).isValid())
        m_jobFilter->clear();
    const QModelIndex proxy = m_filter->mapFromSource(src);
    m_decisionView->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_decisionView->scrollTo(proxy);
    showSelected();
}

bool DecisionExplorer::selectJob(std::uint32_t job)
{
    for (int r = 0; r < m_decisions->rowCount(); ++r) {
        if (m_decisions->decision(r)->job == job) {
            selectDecision(r);
            return true;
        }
    }
    return false;
}

const DecisionRecord* DecisionExplorer::selectedDecision() const
{
    const QModelIndex proxy = m_decisionView->selectionModel()->currentIndex();
    if (!proxy.isValid())
        return nullptr;
    return m_decisions->decision(m_filter->mapToSource(proxy).row());
}

QString DecisionExplorer::reasonText() const
{
    return m_reason->text();
}

QString DecisionExplorer::jobText() const
{
    return m_job->text();
}

void DecisionExplorer::showSelected()
{
    const DecisionRecord* d = selectedDecision();
    m_candidates->setDecision(m_decisions->scenario(), d);
    if (!d) {
        updateJobText();
        m_reason->setText(m_decisions->rowCount() == 0
                              ? tr("No decisions yet: run the scenario or step a decision.")
                              : tr("Pick a decision above."));
        return;
    }
    const QString where =
        d->chosen >= 0 && d->chosen < static_cast<int>(d->candidates.size())
            ? tr("placed on %1 in %2")
                  .arg(DecisionsModel::typeName(m_decisions->scenario(),
                                                d->candidates[std::size_t(d->chosen)].instanceType),
                       DecisionsModel::regionName(m_decisions->scenario(),
                                                  d->candidates[std::size_t(d->chosen)].region))
            : tr("left queued");
    m_reason->setText(tr("<b>Job %1</b> at %2 h, policy <i>%3</i>: %4 — %5 (%6 candidates)")
                          .arg(d->job)
                          .arg(d->timeHours, 0, 'f', 3)
                          .arg(QString::fromStdString(d->policy).toHtmlEscaped(), where,
                               QString::fromStdString(d->reason).toHtmlEscaped())
                          .arg(d->candidates.size()));
    updateJobText();
    m_candidateView->resizeColumnsToContents();
    if (m_candidates->chosenRow() >= 0)
        m_candidateView->scrollTo(m_candidates->index(m_candidates->chosenRow(), 0));
}

} // namespace nephos::widgets
