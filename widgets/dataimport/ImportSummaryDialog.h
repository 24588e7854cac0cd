#pragma once

#include "dataimport/ImportSummary.h"

#include <QDialog>

class QLabel;

namespace nephos::widgets {

/// Shows what an import changed: the changes, the files read and notes (skipped rows,
/// estimates). Undo is mentioned, since the import is one step on the undo stack.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const ImportSummary& summary, QWidget* parent = nullptr);

    /// The text shown (plain text, for tests).
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace nephos::widgets
