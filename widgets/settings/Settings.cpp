#include "settings/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace nephos::widgets {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastScenario = QStringLiteral("files/lastScenario");
const QString kRecent = QStringLiteral("files/recent");
const QString kTheme = QStringLiteral("display/theme");
const QString kEnergy = QStringLiteral("display/energyUnit");
const QString kCurrency = QStringLiteral("display/currency");
const QString kCostScale = QStringLiteral("display/costScale");
const QString kSpeed = QStringLiteral("run/speedHoursPerSecond");
const QString kLive = QStringLiteral("run/liveMode");
const QString kExportFolder = QStringLiteral("files/exportFolder");
const QString kStartPageShown = QStringLiteral("window/startPageShown");
} // namespace

Settings::Settings()
    : m_settings(new QSettings())
{}

Settings::Settings(const QString& iniFile)
    : m_settings(new QSettings(iniFile, QSettings::IniFormat))
{}

Settings::~Settings()
{
    m_settings->sync();
    delete m_settings;
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& g)
{
    m_settings->setValue(kGeometry, g);
}
QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray& s)
{
    m_settings->setValue(kState, s);
}

QString Settings::lastScenarioPath() const
{
    return m_settings->value(kLastScenario).toString();
}
void Settings::setLastScenarioPath(const QString& p)
{
    m_settings->setValue(kLastScenario, p);
}

QStringList Settings::recentFiles() const
{
    QStringList list = m_settings->value(kRecent).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > maxRecentFiles())
        list.removeLast();
    return list;
}

void Settings::addRecentFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > maxRecentFiles())
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    m_settings->setValue(kRecent, list);
}

void Settings::clearRecentFiles()
{
    m_settings->remove(kRecent);
}

ThemeChoice Settings::theme() const
{
    ThemeChoice t = ThemeChoice::System;
    parseTheme(m_settings->value(kTheme).toString(), &t);
    return t;
}

void Settings::setTheme(ThemeChoice theme)
{
    m_settings->setValue(kTheme, themeKey(theme));
}

EnergyUnit Settings::energyUnit() const
{
    return m_settings->value(kEnergy).toString() == QLatin1String("MWh") ? EnergyUnit::MWh
                                                                         : EnergyUnit::KWh;
}

void Settings::setEnergyUnit(EnergyUnit unit)
{
    m_settings->setValue(kEnergy,
                         unit == EnergyUnit::MWh ? QStringLiteral("MWh") : QStringLiteral("kWh"));
}

CostScale Settings::costScale() const
{
    return m_settings->value(kCostScale).toString() == QLatin1String("plain")
               ? CostScale::Plain
               : CostScale::Automatic;
}

void Settings::setCostScale(CostScale scale)
{
    m_settings->setValue(kCostScale, scale == CostScale::Plain ? QStringLiteral("plain")
                                                               : QStringLiteral("automatic"));
}

QString Settings::currencySymbol() const
{
    return m_settings->value(kCurrency, QStringLiteral("USD")).toString();
}

void Settings::setCurrencySymbol(const QString& symbol)
{
    m_settings->setValue(kCurrency, symbol);
}

double Settings::runSpeed() const
{
    return m_settings->value(kSpeed, 0.0).toDouble();
}
void Settings::setRunSpeed(double hoursPerSecond)
{
    m_settings->setValue(kSpeed, hoursPerSecond);
}

bool Settings::liveMode() const
{
    return m_settings->value(kLive, false).toBool();
}
void Settings::setLiveMode(bool on)
{
    m_settings->setValue(kLive, on);
}

QString Settings::exportFolder() const
{
    const QString folder = m_settings->value(kExportFolder).toString();
    if (!folder.isEmpty())
        return folder;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}
void Settings::setExportFolder(const QString& folder)
{
    if (!folder.isEmpty())
        m_settings->setValue(kExportFolder, QFileInfo(folder).absoluteFilePath());
}

bool Settings::startPageShown() const
{
    return m_settings->value(kStartPageShown, false).toBool();
}
void Settings::setStartPageShown(bool shown)
{
    m_settings->setValue(kStartPageShown, shown);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::themeKey(ThemeChoice t)
{
    switch (t) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

bool Settings::parseTheme(const QString& key, ThemeChoice* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("light"))
        *out = ThemeChoice::Light;
    else if (k == QLatin1String("dark"))
        *out = ThemeChoice::Dark;
    else if (k == QLatin1String("system"))
        *out = ThemeChoice::System;
    else
        return false;
    return true;
}

} // namespace nephos::widgets
