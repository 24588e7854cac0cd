#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace nephos::widgets {

/// Colour scheme of the workbench.
enum class ThemeChoice { System, Light, Dark };

/// How energy is displayed.
enum class EnergyUnit { KWh, MWh };

/// How costs are displayed: scaled to thousands ("k$") when large, or always plain.
enum class CostScale { Automatic, Plain };

/// Typed access to the workbench's persistent settings (QSettings underneath, one key per member).
class Settings
{
public:
    /// Uses the application's default QSettings location.
    Settings();
    /// Uses an explicit INI file (tests).
    explicit Settings(const QString& iniFile);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QString lastScenarioPath() const;
    void setLastScenarioPath(const QString& path);

    /// Most recent first, without duplicates, at most maxRecentFiles().
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();
    static int maxRecentFiles() { return 8; }

    ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);

    EnergyUnit energyUnit() const;
    void setEnergyUnit(EnergyUnit unit);

    CostScale costScale() const;
    void setCostScale(CostScale scale);

    /// ISO code shown with costs ("USD", "EUR"…); values stay in USD, only the symbol changes.
    QString currencySymbol() const;
    void setCurrencySymbol(const QString& symbol);

    /// Simulated hours per wall-clock second; <= 0 means as fast as possible.
    double runSpeed() const;
    void setRunSpeed(double hoursPerSecond);

    bool liveMode() const;
    void setLiveMode(bool on);

    /// The one folder figures are exported to (every chart, the map, Export All Figures); the
    /// user's Pictures folder (or home) until a first export.
    QString exportFolder() const;
    void setExportFolder(const QString& folder);

    /// True once the start page was shown on a first start.
    bool startPageShown() const;
    void setStartPageShown(bool shown);

    void sync();

    static QString themeKey(ThemeChoice t); ///< "system", "light", "dark"
    static bool parseTheme(const QString& key, ThemeChoice* out);

private:
    QSettings* m_settings;
};

} // namespace nephos::widgets
