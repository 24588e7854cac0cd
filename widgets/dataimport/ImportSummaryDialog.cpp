#include "dataimport/ImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace nephos::widgets {

namespace {
QString list(const QStringList& items, int max)
{
    QString html = QStringLiteral("<ul style='margin-left:-20px'>");
    for (int i = 0; i < items.size() && i < max; ++i)
        html += QStringLiteral("<li>%1</li>").arg(items[i].toHtmlEscaped());
    if (items.size() > max)
        html += QStringLiteral("<li>%1</li>")
                    .arg(QObject::tr("… and %n more", nullptr, int(items.size() - max)));
    return html + QStringLiteral("</ul>");
}
} // namespace

ImportSummaryDialog::ImportSummaryDialog(const ImportSummary& summary, QWidget* parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(summary.title);
    QString html = QStringLiteral("<h3>%1</h3>").arg(summary.title.toHtmlEscaped());
    if (!summary.changes.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(tr("Changes")) + list(summary.changes, 20);
    if (!summary.files.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(tr("Files read")) + list(summary.files, 20);
    if (!summary.notes.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(tr("Notes")) + list(summary.notes, 12);
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Edit ▸ Undo reverts the whole import in one step."));
    m_label->setText(html);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString ImportSummaryDialog::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

} // namespace nephos::widgets
