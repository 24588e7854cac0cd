#include "dashboard/KpiCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace nephos::widgets {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("kpiCard"));
    m_title = new QLabel(title, this);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_value->setFont(big);
    m_paper = new QLabel(this);
    m_paper->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_paper->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_paper->setFont(small);
    m_paper->setMinimumHeight(m_paper->fontMetrics().height()); // same height for every card
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_paper);
    layout->addStretch(1);
    setMinimumWidth(200);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void KpiCard::setValue(const QString& value)
{
    m_value->setText(value);
}

void KpiCard::setPaperClaim(const QString& text, const QString& toolTip)
{
    m_paperText = text;
    m_paper->setText(text);
    m_paper->setToolTip(toolTip);
}

QString KpiCard::title() const
{
    return m_title->text();
}
QString KpiCard::value() const
{
    return m_value->text();
}
QSize KpiCard::sizeHint() const
{
    const QMargins m = layout()->contentsMargins();
    const int h = m.top() + m.bottom() + m_title->fontMetrics().height() +
                  m_value->fontMetrics().height() + m_paper->fontMetrics().height() +
                  2 * layout()->spacing() + 2 * frameWidth();
    return QSize(QFrame::sizeHint().width(), h);
}

QString KpiCard::paperClaim() const
{
    return m_paperText;
}

} // namespace nephos::widgets
