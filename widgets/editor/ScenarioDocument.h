#pragma once

#include "scenario/Scenario.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace nephos::widgets {

/// The scenario being edited: owns the Scenario, its undo stack and its file path. Every edit
/// goes through a QUndoCommand pushed on undoStack(); the document is modified when the stack is
/// not at its clean index.
class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject* parent = nullptr);
    ~ScenarioDocument() override;

    const Scenario& scenario() const { return m_scenario; }
    /// Mutable access for undo commands only (they must call notifyEdited() afterwards).
    Scenario& mutableScenario() { return m_scenario; }
    /// The scenario as it was when the document was last reset (new or opened), before any edit:
    /// run names say what changed since.
    const Scenario& openedScenario() const { return m_opened; }

    QUndoStack* undoStack() const { return m_undo; }

    /// Replaces the scenario (new / opened file): clears the undo stack and marks it clean.
    void reset(const Scenario& scenario, const QString& filePath = QString());

    /// Reads a scenario JSON file; on failure returns false and fills `errors` with
    /// "path: problem" lines (JSON paths) and leaves the document unchanged.
    bool load(const QString& filePath, QStringList* errors);
    /// Writes atomically (QSaveFile) and marks the document clean; false with a message on error.
    bool save(const QString& filePath, QString* error);

    QString filePath() const { return m_filePath; }
    /// File name for titles: the file's name or "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Replaces the whole scenario as one step of an undo command (structural edits such as
    /// adding or removing rows): models reset, the undo stack is kept.
    void applySnapshot(const Scenario& scenario, const QString& what);

    /// Called by undo commands after they changed the scenario.
    void notifyEdited(const QString& what);
    /// Called by SetPolicyCommand after it switched the policy.
    void notifyPolicyChanged(const QString& what);

Q_SIGNALS:
    /// Emitted just before the scenario is replaced as a whole.
    void aboutToReset();
    /// The scenario was replaced as a whole (models reset).
    void scenarioReset();
    /// A value changed through an undo command (redo or undo).
    void edited(const QString& what);
    void modifiedChanged(bool modified);
    /// The policy (name and parameter set) changed.
    void policyChanged();
    void filePathChanged(const QString& path);

private:
    Scenario m_scenario;
    Scenario m_opened; ///< as of the last reset()
    QUndoStack* m_undo;
    QString m_filePath;
};

} // namespace nephos::widgets
