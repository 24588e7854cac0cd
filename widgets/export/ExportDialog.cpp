#include "export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace nephos::widgets {

ExportDialog::ExportDialog(QWidget* target, const QString& suggestedName, QWidget* parent)
    : QDialog(parent)
    , m_target(target)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG vector graphics"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));

    auto makeSpin = [this](const char* name, int min, int max, int value, const QString& suffix) {
        auto* s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(min, max);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    const ExportOptions defaults;
    m_width = makeSpin("exportWidth", 16, 20000, defaults.size.width(), tr(" px"));
    m_height = makeSpin("exportHeight", 16, 20000, defaults.size.height(), tr(" px"));
    m_dpi = makeSpin("exportDpi", 24, 1200, defaults.dpi, tr(" dpi"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString stem = suggestedName.isEmpty() ? QStringLiteral("nephos-export") : suggestedName;
    m_path->setText(QDir::home().filePath(stem + QStringLiteral(".png")));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("File:"), pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncSuffix);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    o.size = QSize(m_width->value(), m_height->value());
    o.dpi = m_dpi->value();
    return o;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(path);
    ExportFormat f;
    if (ExportService::formatFromName(QFileInfo(path).suffix(), &f))
        m_format->setCurrentIndex(m_format->findData(int(f)));
}

void ExportDialog::setOptions(const ExportOptions& options)
{
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
}

bool ExportDialog::exportNow(QString* error)
{
    QString why;
    const bool ok = ExportService::exportWidget(m_target, path(), options(), &why);
    if (error)
        *error = why;
    return ok;
}

bool ExportDialog::run(QWidget* target, const QString& suggestedName, QWidget* parent)
{
    ExportDialog dialog(target, suggestedName, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ExportDialog::accept()
{
    QString why;
    if (!exportNow(&why)) {
        QMessageBox::warning(this, tr("Export failed"), why);
        return;
    }
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QString suffix = ExportService::formatSuffix(options().format);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(), tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!file.isEmpty())
        setPath(file);
}

void ExportDialog::syncSuffix()
{
    const QString suffix = ExportService::formatSuffix(options().format);
    const QFileInfo info(path());
    if (info.fileName().isEmpty())
        return;
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
}

} // namespace nephos::widgets
