#include "dashboard/DashboardView.h"
#include "export/ExportDialog.h"
#include "export/ExportService.h"
#include "map/MapCanvas.h"
#include "map/MapView.h"
#include "metrics/Kpis.h"

#include "../dashboard/SampleRun.h"
#include "TestPaths.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QXmlStreamReader>

using namespace nephos;
using namespace nephos::widgets;

namespace {

ExportOptions opts(ExportFormat f, int w, int h, int dpi = 96)
{
    ExportOptions o;
    o.format = f;
    o.size = QSize(w, h);
    o.dpi = dpi;
    return o;
}

QString svgRoot(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<unreadable>");
    QXmlStreamReader xml(&f);
    QString root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
    }
    return xml.hasError() ? QStringLiteral("<error: %1>").arg(xml.errorString()) : root;
}

} // namespace

class TestExportService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    DashboardView* m_dashboard = nullptr;
    MapView* m_map = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dashboard = new DashboardView;
        m_dashboard->resize(1400, 2000);
        m_dashboard->setRun(test::sampleScenario(), test::sampleRun());
        m_map = new MapView;
        m_map->resize(900, 500);
        m_map->setRun(test::sampleScenario(), test::sampleRun());
        m_dashboard->show();
        m_map->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dashboard));
        QVERIFY(QTest::qWaitForWindowExposed(m_map));
    }
    void cleanupTestCase()
    {
        delete m_dashboard;
        delete m_map;
    }

    void pngOfAChartHasExactlyTheRequestedSize_data()
    {
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::addColumn<int>("dpi");
        QTest::newRow("800x500@96") << 800 << 500 << 96;
        QTest::newRow("1234x567@192") << 1234 << 567 << 192;
        QTest::newRow("300x200@72") << 300 << 200 << 72;
    }
    void pngOfAChartHasExactlyTheRequestedSize()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        QFETCH(int, dpi);
        const QString path = m_dir.filePath(QStringLiteral("chart-%1x%2.png").arg(w).arg(h));
        QChartView* view = m_dashboard->chartViews().at(1);
        const QSize before = view->chart()->size().toSize();
        QVERIFY(before.width() > 200);
        QString error;
        QVERIFY2(
            ExportService::exportWidget(view, path, opts(ExportFormat::Png, w, h, dpi), &error),
            qPrintable(error));
        const QImage img(path);
        QCOMPARE(img.size(), QSize(w, h));
        QVERIFY(test::hasContent(img));
        QCOMPARE(qRound(img.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(view->chart()->size().toSize(), before); // restored
    }

    void pngOfTheMap()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(ExportService::exportWidget(m_map->canvas(), path,
                                             opts(ExportFormat::Png, 1000, 520), &error),
                 qPrintable(error));
        const QImage img(path);
        QCOMPARE(img.size(), QSize(1000, 520));
        QVERIFY(test::hasContent(img));
    }

    void svgIsValidXmlWithSvgRoot()
    {
        const QString chartPath = m_dir.filePath(QStringLiteral("chart.svg"));
        const QString mapPath = m_dir.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(ExportService::exportChart(m_dashboard->chartViews().at(0)->chart(), chartPath,
                                            opts(ExportFormat::Svg, 640, 400), &error),
                 qPrintable(error));
        QVERIFY2(ExportService::exportWidget(m_map->canvas(), mapPath,
                                             opts(ExportFormat::Svg, 800, 450), &error),
                 qPrintable(error));
        QCOMPARE(svgRoot(chartPath), QStringLiteral("svg"));
        QCOMPARE(svgRoot(mapPath), QStringLiteral("svg"));
        QFile f(chartPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("width=\"") && text.contains("viewBox=\"0 0 640 400\""));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));

        // Qt's SVG renderer reads it back into a non-blank picture.
        QSvgRenderer renderer(mapPath);
        QVERIFY(renderer.isValid());
        QImage back(800, 450, QImage::Format_ARGB32);
        back.fill(Qt::white);
        QPainter p(&back);
        renderer.render(&p);
        p.end();
        QVERIFY(test::hasContent(back));
        back.save(QDir(test::testOutputDir(QStringLiteral("screenshots")))
                      .filePath(QStringLiteral("export-map-svg-rendered.png")));
    }

    void pdfStartsWithMagic()
    {
        const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(ExportService::exportWidget(m_dashboard->chartViews().at(2), path,
                                             opts(ExportFormat::Pdf, 1200, 800, 150), &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.size() > 1000);
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
    }

    void kpiCsvHasHeaderAndEveryKey()
    {
        Kpis k;
        k.utilisationCpuPct = 42.5;
        k.jobsTotal = 17;
        const QString path = m_dir.filePath(QStringLiteral("kpis.csv"));
        QString error;
        QVERIFY2(ExportService::exportKpiCsv(k, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines =
            QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("key,value"));
        const auto kv = k.keyValues();
        QCOMPARE(lines.size(), int(kv.size()) + 1);
        for (std::size_t i = 0; i < kv.size(); ++i) {
            const QStringList cells = lines[int(i) + 1].split(QLatin1Char(','));
            QCOMPARE(cells.size(), 2);
            QCOMPARE(cells[0], QString::fromStdString(kv[i].first));
            QCOMPARE(cells[1].toDouble(), kv[i].second);
        }
    }

    void errorsNameThePath()
    {
        const QString bad = m_dir.filePath(QStringLiteral("missing-dir/x.png"));
        QString error;
        QVERIFY(!ExportService::exportWidget(m_map->canvas(), bad,
                                             opts(ExportFormat::Png, 100, 100), &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!ExportService::exportKpiCsv(
            Kpis(), m_dir.filePath(QStringLiteral("missing-dir/k.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing-dir")));
        QVERIFY(!ExportService::exportWidget(m_map->canvas(),
                                             m_dir.filePath(QStringLiteral("tiny.png")),
                                             opts(ExportFormat::Png, 2, 2), &error));
        QVERIFY(error.contains(QStringLiteral("out of range")));
        QVERIFY(!ExportService::exportWidget(nullptr, m_dir.filePath(QStringLiteral("n.png")),
                                             opts(ExportFormat::Png, 100, 100), &error));
    }

    void formatNames()
    {
        ExportFormat f;
        QVERIFY(ExportService::formatFromName(QStringLiteral("SVG"), &f));
        QCOMPARE(f, ExportFormat::Svg);
        QVERIFY(!ExportService::formatFromName(QStringLiteral("gif"), &f));
        QCOMPARE(ExportService::formatSuffix(ExportFormat::Pdf), QStringLiteral("pdf"));
    }

    void dialogExportsWithItsSettings()
    {
        ExportDialog dialog(m_map->canvas(), QStringLiteral("map"));
        const QString path = m_dir.filePath(QStringLiteral("dialog.png"));
        dialog.setOptions(opts(ExportFormat::Png, 640, 360, 120));
        dialog.setPath(path);
        QCOMPARE(dialog.options().size, QSize(640, 360));
        QCOMPARE(dialog.options().dpi, 120);
        QVERIFY(dialog.exportNow());
        QCOMPARE(QImage(path).size(), QSize(640, 360));
        dialog.setPath(m_dir.filePath(QStringLiteral("dialog.pdf")));
        QCOMPARE(dialog.options().format, ExportFormat::Pdf); // suffix selects the format
        QVERIFY(dialog.exportNow());
        QFile pdf(dialog.path());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
    }

    void chartExportIsReadableInBothThemes()
    {
        // Exported charts keep the view's theme: save one of each for inspection.
        const QString dir = test::testOutputDir(QStringLiteral("screenshots"));
        QVERIFY(ExportService::exportWidget(
            m_dashboard->chartViews().at(0),
            QDir(dir).filePath(QStringLiteral("export-utilisation-192dpi.png")),
            opts(ExportFormat::Png, 1600, 1000, 192)));
        QVERIFY(
            QImage(QDir(dir).filePath(QStringLiteral("export-utilisation-192dpi.png"))).size() ==
            QSize(1600, 1000));
    }

    void widgetExportLeavesOutControls()
    {
        QWidget panel;
        QPalette palette = panel.palette();
        palette.setColor(QPalette::Window, QColor(200, 30, 30));
        panel.setPalette(palette);
        panel.setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(&panel);
        auto* combo = new QComboBox(&panel);
        combo->addItem(QStringLiteral("CPU"));
        auto* slider = new QSlider(Qt::Horizontal, &panel);
        auto* caption = new QLabel(QStringLiteral("&Resource:"), &panel);
        caption->setBuddy(combo);
        layout->addWidget(caption);
        layout->addWidget(combo);
        layout->addWidget(slider);
        layout->addStretch(1);
        panel.resize(300, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString path = m_dir.filePath(QStringLiteral("controls.png"));
        QVERIFY(ExportService::exportWidget(&panel, path, opts(ExportFormat::Png, 300, 200)));
        // the controls are shown again, at their places
        QVERIFY(combo->isVisible() && slider->isVisible() && caption->isVisible());
        const QImage image(path);
        QCOMPARE(image.size(), QSize(300, 200));
        for (QWidget* control : {static_cast<QWidget*>(combo), static_cast<QWidget*>(slider),
                                 static_cast<QWidget*>(caption)}) {
            const QPoint centre = control->geometry().center();
            QCOMPARE(QColor(image.pixel(centre)).rgb(), QColor(200, 30, 30).rgb());
        }
    }
};

QTEST_MAIN(TestExportService)
#include "tst_export_service.moc"
