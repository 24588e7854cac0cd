#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace nephos::widgets {

/// What an import changed, for the summary dialog.
struct ImportSummary
{
    QString title;       ///< e.g. "Data files imported"
    QStringList changes; ///< e.g. "312 prices updated", "4 regions' PUE"
    QStringList files;   ///< one line per file read
    QStringList notes;   ///< skipped rows, estimates, validation remarks
};

} // namespace nephos::widgets

Q_DECLARE_METATYPE(nephos::widgets::ImportSummary)
