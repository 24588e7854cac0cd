#include "app/StartPage.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nephos::widgets {

namespace {
QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto* content = new QWidget;
    content->setMaximumWidth(900);
    auto* column = new QVBoxLayout(content);
    column->setSpacing(8);

    auto* title = new QLabel(tr("Welcome to Nephos"), content);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    column->addWidget(title);
    column->addWidget(wrapped(
        tr("Nephos simulates AI workloads — training, data analytics and real-time inference — "
           "spread over AWS, Google Cloud and Azure. It places every job on a virtual machine "
           "with an allocation policy and accounts for time, cost, energy and carbon with real "
           "prices and grid factors, so that you can see what a placement policy costs before "
           "you use it. The default scenario is the setup of Yuan et al., “Optimising AI "
           "Workload Distribution in Multi-Cloud Environments”; the dashboard shows the paper’s "
           "figures beside the simulated ones."),
        content));

    auto* tryTitle = new QLabel(tr("Three things to try first"), content);
    QFont bold = tryTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    tryTitle->setFont(bold);
    column->addWidget(tryTitle);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(8);
    auto addStep = [&](int row, const QString& button, const QString& text, const char* name) {
        auto* b = new QPushButton(button, content);
        b->setObjectName(QLatin1String(name));
        b->setMinimumWidth(220);
        grid->addWidget(b, row, 0, Qt::AlignTop);
        grid->addWidget(wrapped(text, content), row, 1);
        return b;
    };
    m_run = addStep(0, tr("1. Run the paper setup"),
                    tr("Runs the default scenario and shows the dashboard: utilisation, cost, "
                       "power and carbon over time, and the key figures beside the paper’s."),
                    "startRunPaperSetup");
    m_compare = addStep(1, tr("2. Change a policy and compare"),
                        tr("Opens the <b>Policy and run</b> panel: pick another policy (for "
                           "example <i>cheapest</i> or <i>carbon-aware</i>) and press Run. Then "
                           "select both runs in <b>Run history</b> and compare them."),
                        "startComparePolicies");
    m_step = addStep(2, tr("3. Step through decisions"),
                     tr("Advances the simulation one placement decision at a time: the "
                        "<b>Decision explorer</b> lists the candidate regions and machines with "
                        "their scores, and the map rings the chosen region."),
                     "startStepDecisions");
    grid->setColumnStretch(1, 1);
    column->addLayout(grid);
    column->addWidget(wrapped(tr("This page stays available under Help ▸ Start Page."), content));
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 8, 16, 8);
    outer->addWidget(scroll);

    connect(m_run, &QPushButton::clicked, this, &StartPage::runPaperSetupRequested);
    connect(m_compare, &QPushButton::clicked, this, &StartPage::comparePoliciesRequested);
    connect(m_step, &QPushButton::clicked, this, &StartPage::stepDecisionsRequested);
}

} // namespace nephos::widgets
