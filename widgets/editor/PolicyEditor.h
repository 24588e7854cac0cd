#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace nephos::widgets {

class PolicyParamsModel;
class ScenarioDocument;
class ScenarioTableView;

/// Choice of the allocation policy (from policyInfos()) and its parameters; switching policy is
/// one undoable command that resets the parameters to the new policy's defaults.
class PolicyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyEditor(ScenarioDocument* document, QWidget* parent = nullptr);

    QComboBox* policyBox() const { return m_box; }
    PolicyParamsModel* paramsModel() const { return m_params; }

private:
    void syncFromDocument();

    ScenarioDocument* m_document;
    QComboBox* m_box;
    QLabel* m_description;
    PolicyParamsModel* m_params;
    ScenarioTableView* m_paramsView;
    bool m_syncing = false;
};

} // namespace nephos::widgets
