#include "editor/ScenarioDocument.h"

#include "policy/PolicyRegistry.h"
#include "scenario/ScenarioJson.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace nephos::widgets {

ScenarioDocument::ScenarioDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument() = default;

void ScenarioDocument::reset(const Scenario& scenario, const QString& filePath)
{
    Q_EMIT aboutToReset();
    m_scenario = scenario;
    m_opened = scenario;
    m_undo->clear();
    m_undo->setClean();
    Q_EMIT scenarioReset();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged(m_filePath);
    }
    Q_EMIT modifiedChanged(false);
}

bool ScenarioDocument::load(const QString& filePath, QStringList* errors)
{
    Scenario loaded;
    ScenarioProblems problems;
    const std::vector<std::string> policies = policyNames();
    if (!ScenarioJson::load(filePath, loaded, problems, &policies)) {
        if (errors) {
            errors->clear();
            for (const ScenarioProblem& p : problems)
                errors->append(p.toString());
            if (errors->isEmpty())
                errors->append(tr("%1: could not be read").arg(filePath));
        }
        return false;
    }
    reset(loaded, QFileInfo(filePath).absoluteFilePath());
    return true;
}

bool ScenarioDocument::save(const QString& filePath, QString* error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1: %2").arg(filePath, file.errorString());
        return false;
    }
    const QByteArray json = ScenarioJson::toJson(m_scenario);
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(filePath, file.errorString());
        file.cancelWriting();
        return false;
    }
    m_undo->setClean();
    const QString abs = QFileInfo(filePath).absoluteFilePath();
    if (m_filePath != abs) {
        m_filePath = abs;
        Q_EMIT filePathChanged(m_filePath);
    }
    return true;
}

QString ScenarioDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ScenarioDocument::isModified() const
{
    return !m_undo->isClean();
}

void ScenarioDocument::applySnapshot(const Scenario& scenario, const QString& what)
{
    Q_EMIT aboutToReset();
    m_scenario = scenario;
    Q_EMIT scenarioReset();
    Q_EMIT policyChanged();
    Q_EMIT edited(what);
}

void ScenarioDocument::notifyEdited(const QString& what)
{
    Q_EMIT edited(what);
}

void ScenarioDocument::notifyPolicyChanged(const QString& what)
{
    Q_EMIT policyChanged();
    Q_EMIT edited(what);
}

} // namespace nephos::widgets
