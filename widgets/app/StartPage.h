#pragma once

#include <QWidget>

class QPushButton;

namespace nephos::widgets {

/// The first-run start page: what Nephos is, and three things to try first (run the paper's
/// setup, change the policy and compare the runs, step through placement decisions). Shown on
/// the first start and from Help ▸ Start Page; the window carries out what the buttons ask.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    QPushButton* runButton() const { return m_run; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* stepButton() const { return m_step; }

Q_SIGNALS:
    /// "Run the paper setup": run the default scenario (the paper's setup) and show the dashboard.
    void runPaperSetupRequested();
    /// "Change a policy and compare": open the policy editor and the run history.
    void comparePoliciesRequested();
    /// "Step through decisions": advance to the next placement decision in the explorer.
    void stepDecisionsRequested();

private:
    QPushButton* m_run = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_step = nullptr;
};

} // namespace nephos::widgets
