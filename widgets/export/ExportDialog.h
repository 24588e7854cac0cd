#pragma once

#include "export/ExportService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nephos::widgets {

/// Asks for format, size, DPI and path, then exports the given widget.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* target, const QString& suggestedName, QWidget* parent = nullptr);

    ExportOptions options() const;
    QString path() const;
    void setPath(const QString& path);
    void setOptions(const ExportOptions& options);

    /// Exports with the current settings; shows the error in a message box when it fails.
    bool exportNow(QString* error = nullptr);

    /// Convenience: opens the dialog for `target` and exports on OK.
    static bool run(QWidget* target, const QString& suggestedName, QWidget* parent);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void syncSuffix();

    QWidget* m_target = nullptr;
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLineEdit* m_path = nullptr;
};

} // namespace nephos::widgets
