#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class QLockFile;
class QTimer;

namespace nephos {
struct Scenario;
}

namespace nephos::widgets {

class ScenarioDocument;

/// Keeps a copy of the edited scenario while it has unsaved changes, so that a crash or a kill
/// does not lose them: every `intervalMs` a modified document is written (atomically) to
/// `autosave.json` in a folder of the application's local data; the copy is removed when the
/// document is saved or its changes are discarded, and on a clean exit. At the next start
/// recoverable() tells whether a copy was left behind. One session at a time owns the folder
/// (a lock file); a second window neither autosaves nor offers recovery.
class ScenarioAutosave : public QObject
{
    Q_OBJECT
public:
    /// What a left-behind copy holds.
    struct Recovery
    {
        QString filePath;  ///< the scenario file it was edited from; empty for an untitled one
        QString name;      ///< the scenario's display name
        QDateTime savedAt; ///< when the copy was written
    };

    /// `directory` empty: QStandardPaths::AppLocalDataLocation + "/autosave".
    ScenarioAutosave(ScenarioDocument* document, const QString& directory = QString(),
                     int intervalMs = 30000, QObject* parent = nullptr);
    ~ScenarioAutosave() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    /// Path of this session's copy (whether or not it exists).
    QString autosavePath() const;
    /// Path of an earlier session's copy set aside for recovery.
    QString recoveryPath() const;
    /// False when another session owns the folder.
    bool isActive() const;

    /// True when a copy from an earlier session is waiting to be recovered (it was set aside at
    /// construction, so this session's own copies never count).
    bool recoverable() const;
    /// Reads the left-behind copy; false with a message when it cannot be read.
    bool readRecovery(Scenario& scenario, Recovery& info, QString* error = nullptr) const;
    /// Forgets the left-behind copy (recovered, or refused).
    void dropRecovery();

    /// Writes the copy now if the document has changes not yet written; true when written.
    bool saveNow();
    /// Removes the copy (after a save, a discard, a recovery refused, or a clean exit).
    void discard();

private:
    QString m_directory;
    ScenarioDocument* m_document;
    QTimer* m_timer;
    std::unique_ptr<QLockFile> m_lock;
    bool m_active = false;
    bool m_dirty = false; ///< edits since the copy was last written
};

} // namespace nephos::widgets
