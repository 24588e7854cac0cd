// MainWindow: scenario files (new, open, recent, save) and the unsaved-changes prompt.
#include "app/MainWindow.h"

#include "app/ScenarioAutosave.h"
#include "editor/ScenarioDocument.h"
#include "editor/SnapshotCommand.h"
#include "scenario/DefaultScenario.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace nephos::widgets {

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        auto* a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        a->setData(path);
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        updateRecentMenu();
    });
}

bool MainWindow::openScenarioFile(const QString& path, QStringList* errors)
{
    QStringList problems;
    if (!m_document->load(path, &problems)) {
        if (errors)
            *errors = problems;
        return false;
    }
    m_settings->addRecentFile(path);
    m_settings->setLastScenarioPath(m_document->filePath());
    updateRecentMenu();
    m_statusLabel->setText(tr("Opened %1").arg(m_document->displayName()));
    return true;
}

bool MainWindow::saveScenarioFile(const QString& path, QString* error)
{
    if (!m_document->save(path, error))
        return false;
    m_settings->addRecentFile(path);
    m_settings->setLastScenarioPath(m_document->filePath());
    updateRecentMenu();
    m_statusLabel->setText(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

void MainWindow::newScenario()
{
    m_document->reset(defaultScenario());
    m_statusLabel->setText(tr("New scenario from the embedded default"));
}

bool MainWindow::maybeDiscardChanges()
{
    if (!m_document->isModified())
        return true;
    switch (m_discardPrompt(m_document->displayName())) {
    case QMessageBox::Save:
        return onSave();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::offerRecovery()
{
    if (!m_autosave || !m_autosave->recoverable())
        return false;
    Scenario recovered;
    ScenarioAutosave::Recovery info;
    QString error;
    if (!m_autosave->readRecovery(recovered, info, &error)) {
        m_statusLabel->setText(tr("Unsaved changes from the last session could not be "
                                  "recovered: %1")
                                   .arg(error));
        m_autosave->dropRecovery();
        return false;
    }
    if (!m_recoveryPrompt)
        m_recoveryPrompt = [this](const QString& name, const QDateTime& savedAt) {
            return QMessageBox::question(
                this, tr("Recover unsaved changes"),
                tr("Nephos did not close normally last time. Unsaved changes to “%1” were kept "
                   "(%2). Recover them?")
                    .arg(name, QLocale().toString(savedAt, QLocale::ShortFormat)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        };
    if (m_recoveryPrompt(info.name, info.savedAt) != QMessageBox::Yes) {
        m_autosave->dropRecovery();
        return false;
    }
    // The changes come back as one undoable edit of the file they were made to.
    if (info.filePath.isEmpty() || !m_document->load(info.filePath, nullptr))
        m_document->reset(defaultScenario());
    m_document->undoStack()->push(
        new SnapshotCommand(m_document, recovered, tr("Recover unsaved changes")));
    m_autosave->dropRecovery();
    m_autosave->saveNow();
    m_statusLabel->setText(tr("Recovered unsaved changes to %1").arg(info.name));
    return true;
}

void MainWindow::onOpen()
{
    if (!maybeDiscardChanges())
        return;
    const QString start = m_document->filePath().isEmpty()
                              ? QFileInfo(m_settings->lastScenarioPath()).absolutePath()
                              : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), start,
                                                      tr("Scenario JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList errors;
    if (!openScenarioFile(path, &errors))
        showLoadErrors(path, errors);
}

void MainWindow::openRecent(const QString& path)
{
    if (!maybeDiscardChanges())
        return;
    QStringList errors;
    if (!openScenarioFile(path, &errors)) {
        showLoadErrors(path, errors);
        if (!QFileInfo::exists(path)) {
            m_settings->removeRecentFile(path);
            updateRecentMenu();
        }
    }
}

void MainWindow::showLoadErrors(const QString& path, const QStringList& errors)
{
    QMessageBox box(QMessageBox::Warning, tr("Scenario not opened"),
                    tr("%1 could not be opened (%n problem(s)).", nullptr, int(errors.size()))
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, this);
    box.setInformativeText(errors.mid(0, 12).join(QLatin1Char('\n')));
    box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

bool MainWindow::onSave()
{
    if (m_document->filePath().isEmpty())
        return onSaveAs();
    QString error;
    if (!saveScenarioFile(m_document->filePath(), &error)) {
        QMessageBox::warning(this, tr("Scenario not saved"), error);
        return false;
    }
    return true;
}

bool MainWindow::onSaveAs()
{
    QString start = m_document->filePath();
    if (start.isEmpty())
        start = QFileInfo(m_settings->lastScenarioPath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario as"), start,
                                                tr("Scenario JSON (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!saveScenarioFile(path, &error)) {
        QMessageBox::warning(this, tr("Scenario not saved"), error);
        return false;
    }
    return true;
}

} // namespace nephos::widgets
