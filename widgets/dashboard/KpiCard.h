#pragma once

#include <QFrame>

class QLabel;

namespace nephos::widgets {

/// One KPI: its name, our measured value and, where the paper reports one, the paper's figure
/// labelled "paper" beside it.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value);
    /// Empty text leaves the paper line blank.
    void setPaperClaim(const QString& text, const QString& toolTip);

    QString title() const;
    QString value() const;
    QString paperClaim() const;
    /// Same height whether or not the paper line has text.
    QSize sizeHint() const override;

private:
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_paper = nullptr;
    QString m_paperText;
};

} // namespace nephos::widgets
