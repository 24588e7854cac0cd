#pragma once

#include <QDialog>

namespace nephos::widgets {

/// About box: Nephos and library versions, and the sources and licences of the embedded data.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The text shown in the data-licences pane (resources/data/SOURCES.md, embedded).
    static QString dataSourcesText();
};

} // namespace nephos::widgets
