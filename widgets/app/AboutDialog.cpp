#include "app/AboutDialog.h"

#include "core/Version.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nephos::widgets {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Nephos"));
    const auto libs = nephos::libraryVersions();
    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("aboutHeader"));
    header->setTextFormat(Qt::RichText);
    // The About box never loads the machine-learning module: it shows the LibTorch version the
    // module was built against and whether learning has loaded it yet.
    const QString torch =
        libs.torch.empty()
            ? tr("no machine-learning module in this build")
            : (libs.torchLoaded ? tr("%1 (loaded)")
                                : tr("%1 (machine-learning module, loaded on first use)"))
                  .arg(QString::fromStdString(libs.torch));
    header->setText(tr("<h2>Nephos %1</h2><p>Planning and teaching how AI workloads are spread "
                       "across AWS, GCP and Azure.</p><p>Qt %2 · SQLite %3 · LibTorch %4</p>")
                        .arg(QString::fromStdString(nephos::engineVersion()),
                             QString::fromStdString(libs.qt), QString::fromStdString(libs.sqlite),
                             torch));
    auto* sources = new QTextBrowser(this);
    sources->setObjectName(QStringLiteral("aboutDataSources"));
    sources->setMarkdown(dataSourcesText());
    sources->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(new QLabel(tr("Embedded data, its sources and licences:"), this));
    layout->addWidget(sources, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString AboutDialog::dataSourcesText()
{
    QFile f(QStringLiteral(":/data/SOURCES.md"));
    if (!f.open(QIODevice::ReadOnly))
        return tr("The data sources file is missing from this build.");
    // SOURCES.md is written for developers: its table and closing notes are shown, without the
    // introduction and the references to files of the project's own source tree
    QString md = QString::fromUtf8(f.readAll());
    const qsizetype table = md.indexOf(QLatin1String("\n| data |"));
    if (table >= 0)
        md = md.mid(table + 1);
    static const QRegularExpression ownPaths(
        QStringLiteral("\\s*\\(`(?:engine|scripts|docs|resources|widgets|app|\\.\\./shared)/[^)]*\\)"));
    md.remove(ownPaths);
    return tr("Nephos embeds a compact table of public facts (regions, prices, network "
              "measurements, energy and carbon factors, GPU figures, country outlines). Only facts "
              "— numbers and names — are carried over from these sources:") +
           QStringLiteral("\n\n") + md;
}

} // namespace nephos::widgets
