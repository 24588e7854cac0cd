#include "app/MainWindow.h"
#include "app/ScreenshotRunner.h"
#include "app/UiStallMeasurement.h"
#include "settings/Settings.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <functional>

#include <unistd.h>

using nephos::widgets::MainWindow;
using nephos::widgets::Settings;
using nephos::widgets::ThemeChoice;

namespace {
int fail(const QString& message)
{
    QTextStream(stderr) << "nephos: " << message << '\n';
    return 2;
}
/// Without a display, Qt aborts when the application is created. Commands that need no screen
/// (help, version, screenshots, measurements) then run offscreen; the interactive window exits
/// with a clear message instead.
bool chooseHeadlessPlatform(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version" ||
            a.startsWith("--screenshot") || a == "--measure-ui-stalls" ||
            a == "--measure-startup") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return true;
        }
    }
    QTextStream(stderr) << "nephos: no display (DISPLAY is not set); run it in a desktop session, "
                           "under xvfb-run, or use nephos-cli for headless work\n";
    return false;
}

/// Seconds since this process was started (exec), from /proc: its start time in clock ticks
/// since boot against the system uptime. 10 ms resolution; -1 when /proc cannot be read.
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray s = stat.readAll();
    // Fields after the command name "(…)": state is field 3, starttime field 22.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1.0;
    const double started = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    const double elapsed = uptime.readAll().split(' ').value(0).toDouble() - started;
    return std::round(elapsed * 1000.0) / 1000.0;
}

/// `--measure-startup`: on the first paint of any widget, lets that paint finish, prints the
/// time since the process started (JSON) and quits.
class FirstPaintProbe : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                const QJsonObject report{
                    {QStringLiteral("first_paint_s"), secondsSinceProcessStart()}};
                QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[])
{
    if (!chooseHeadlessPlatform(argc, argv))
        return 2;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Nephos"));
    QApplication::setOrganizationName(QStringLiteral("Nephos"));
    QApplication::setApplicationVersion(QStringLiteral(NEPHOS_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Nephos: multi-cloud AI workload allocation workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Run the scenario, show --view, write a PNG of the window to FILE, exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QStringLiteral("View for --screenshot: %1.")
                                      .arg(MainWindow::viewNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"), QStringLiteral("dashboard"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Colour theme: system, light or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption measureStalls(
        QStringLiteral("measure-ui-stalls"),
        QStringLiteral("Run the scenario while watching it, visit every view, then step a run "
                       "and follow it by a full one (resume; cancel and run; cancel and open a "
                       "stored run), print how long the UI thread was held (JSON), exit."));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("Simulated hours per second for --measure-ui-stalls (0: unpaced)."),
        QStringLiteral("HOURS"), QStringLiteral("240"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size for --screenshot, e.g. 1280x720."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        QStringLiteral("Open the window on the default scenario, print the seconds from process "
                       "start to its first paint (JSON), exit."));
    parser.addOptions({screenshot, view, theme, measureStalls, speed, size, measureStartup});
    parser.addPositionalArgument(QStringLiteral("SCENARIO"),
                                 QStringLiteral("Scenario JSON to open (default: embedded)."),
                                 QStringLiteral("[SCENARIO]"));
    parser.process(app);

    const bool shot = parser.isSet(screenshot);
    const bool measure = parser.isSet(measureStalls) || parser.isSet(measureStartup);
    bool speedOk = false;
    const double hoursPerSecond = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || hoursPerSecond < 0.0)
        return fail(QStringLiteral("--speed: expected hours per second ≥ 0, got \"%1\"")
                        .arg(parser.value(speed)));
    if (parser.positionalArguments().size() > 1)
        return fail(QStringLiteral("at most one scenario file, got %1")
                        .arg(parser.positionalArguments().size()));
    if (shot && !MainWindow::viewNames().contains(parser.value(view)))
        return fail(
            QStringLiteral("unknown view \"%1\" (known: %2)")
                .arg(parser.value(view), MainWindow::viewNames().join(QStringLiteral(", "))));

    MainWindow::Options options;
    options.restoreLayout = !shot && !measure; // scripted runs use the default layout
    QTemporaryDir scratch; // the measurement's recorded runs stay out of the user's history
    options.autosave = !shot && !measure;  // only an interactive session has edits to keep
    options.startPage = !shot && !measure; // the first interactive start shows the start page
    if (measure)
        options.storePath = scratch.filePath(QStringLiteral("runs.sqlite"));
    MainWindow window(options);

    ThemeChoice choice = window.settings().theme();
    if (parser.isSet(theme) && !Settings::parseTheme(parser.value(theme), &choice))
        return fail(QStringLiteral("unknown theme \"%1\" (system, light or dark)")
                        .arg(parser.value(theme)));
    if (shot || !parser.isSet(theme))
        nephos::widgets::Theme::apply(choice); // --theme for a screenshot is not remembered
    else
        window.setTheme(choice);

    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().front();
        QStringList errors;
        if (!window.openScenarioFile(path, &errors)) {
            QString text = QStringLiteral("%1 not opened:").arg(path);
            for (const QString& e : errors)
                text += QStringLiteral("\n  ") + e;
            if (shot)
                return fail(text);
            QTextStream(stderr) << text << '\n';
        }
    }
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const int w = wh.size() == 2 ? wh[0].toInt() : 0;
        const int h = wh.size() == 2 ? wh[1].toInt() : 0;
        if (w < 320 || h < 240)
            return fail(QStringLiteral("--size: expected WxH, e.g. 1280x720, got \"%1\"")
                            .arg(parser.value(size)));
        window.resize(w, h);
    }
    if (parser.isSet(measureStartup)) {
        FirstPaintProbe probe;
        app.installEventFilter(&probe);
        window.show();
        return QApplication::exec();
    }
    window.show();
    if (!shot && !measure) {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
        return app.exec();
    }

    // A scripted session: `task` reports done(exitCode, message); `onSuccess` prints its output.
    auto runScripted = [&app](auto& task, auto doneSignal, const std::function<void()>& onSuccess) {
        int exitCode = 0;
        QObject::connect(&task, doneSignal, &app, [&](int code, const QString& message) {
            exitCode = code;
            if (code != 0)
                QTextStream(stderr) << "nephos: " << message << '\n';
            else if (onSuccess)
                onSuccess();
            QApplication::exit(code);
        });
        task.start();
        QApplication::exec();
        return exitCode;
    };
    if (measure) {
        nephos::widgets::UiStallMeasurement measurement(&window, hoursPerSecond);
        return runScripted(measurement, &nephos::widgets::UiStallMeasurement::done, [&] {
            QTextStream(stdout) << QJsonDocument(measurement.report()).toJson();
        });
    }
    nephos::widgets::ScreenshotRunner runner(&window, parser.value(view), parser.value(screenshot));
    return runScripted(runner, &nephos::widgets::ScreenshotRunner::done, {});
}
