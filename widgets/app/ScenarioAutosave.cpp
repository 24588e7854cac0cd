#include "app/ScenarioAutosave.h"

#include "editor/ScenarioDocument.h"
#include "scenario/ScenarioJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace nephos::widgets {

ScenarioAutosave::ScenarioAutosave(ScenarioDocument* document, const QString& directory,
                                   int intervalMs, QObject* parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    QDir().mkpath(m_directory);
    m_lock =
        std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("session.lock")));
    m_active = m_lock->tryLock(0); // a stale lock of a killed session is taken over
    if (!m_active)
        return;
    // A copy still here was left by a session that crashed or was killed: set it aside.
    if (QFile::exists(autosavePath())) {
        QFile::remove(recoveryPath());
        QFile::rename(autosavePath(), recoveryPath());
    }
    auto changed = [this] {
        m_dirty = m_document->isModified();
        if (!m_dirty)
            discard(); // saved, reverted or replaced by a clean scenario
    };
    connect(document, &ScenarioDocument::edited, this, changed);
    connect(document, &ScenarioDocument::scenarioReset, this, changed);
    connect(document, &ScenarioDocument::modifiedChanged, this, changed);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &ScenarioAutosave::saveNow);
    m_timer->start();
}

ScenarioAutosave::~ScenarioAutosave() = default;

QString ScenarioAutosave::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString ScenarioAutosave::autosavePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("autosave.json"));
}

QString ScenarioAutosave::recoveryPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("recovery.json"));
}

bool ScenarioAutosave::isActive() const
{
    return m_active;
}

bool ScenarioAutosave::recoverable() const
{
    return m_active && QFile::exists(recoveryPath());
}

bool ScenarioAutosave::readRecovery(Scenario& scenario, Recovery& info, QString* error) const
{
    QFile file(recoveryPath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    info.filePath = root.value(QStringLiteral("file")).toString();
    info.name = root.value(QStringLiteral("name")).toString();
    info.savedAt =
        QDateTime::fromString(root.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    ScenarioProblems problems;
    const QByteArray json =
        QJsonDocument(root.value(QStringLiteral("scenario")).toObject()).toJson();
    if (!ScenarioJson::fromJson(json, scenario, problems)) {
        if (error)
            *error =
                problems.empty() ? tr("the copy holds no scenario") : problems.front().toString();
        return false;
    }
    return true;
}

void ScenarioAutosave::dropRecovery()
{
    if (m_active)
        QFile::remove(recoveryPath());
}

bool ScenarioAutosave::saveNow()
{
    if (!m_active || !m_dirty || !m_document->isModified())
        return false;
    const QJsonObject root{
        {QStringLiteral("file"), m_document->filePath()},
        {QStringLiteral("name"), m_document->displayName()},
        {QStringLiteral("saved"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs)},
        {QStringLiteral("scenario"), ScenarioJson::toJsonObject(m_document->scenario())},
    };
    QSaveFile file(autosavePath());
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qWarning("Autosave to %s failed: %s", qPrintable(autosavePath()),
                 qPrintable(file.errorString()));
        return false;
    }
    m_dirty = false;
    return true;
}

void ScenarioAutosave::discard()
{
    if (m_active)
        QFile::remove(autosavePath());
    m_dirty = false;
}

} // namespace nephos::widgets
