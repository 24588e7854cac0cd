#include "dashboard/ClassKpiTable.h"

#include "dashboard/KpiSpecs.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace nephos::widgets {

namespace {

/// Cost, energy and carbon of a class are its share of the VMs it used.
bool isShare(const QString& key)
{
    return key == QLatin1String("total_cost_usd") || key == QLatin1String("energy_kwh") ||
           key == QLatin1String("carbon_kg_co2e");
}

} // namespace

ClassKpiTable::ClassKpiTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("classKpiTable"));
    const std::vector<const char*>& keys = DashboardData::classColumns();
    setColumnCount(int(keys.size()) + 1);
    auto* classHeader = new QTableWidgetItem(tr("Workload class"));
    classHeader->setToolTip(tr("The scenario's workload classes; each row counts that class's "
                               "jobs only."));
    classHeader->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setHorizontalHeaderItem(0, classHeader);
    const QString shareTip =
        tr("The class's share of the VMs it used: while one of its jobs runs, the class pays its "
           "share of the VM's price and idle power (the largest of the job's vCPU, memory and GPU "
           "fractions of the VM) plus the job's own power and the data transfers it started. Idle "
           "VM time no job used is counted in the totals only, so the classes do not add up to "
           "the total.");
    for (std::size_t c = 0; c < keys.size(); ++c) {
        const QString key = QLatin1String(keys[c]);
        const KpiSpec* spec = KpiSpecs::find(key);
        QString title = spec ? KpiSpecs::title(*spec) : key;
        QString tip = spec ? KpiSpecs::toolTip(*spec) : QString();
        if (isShare(key)) {
            title = key == QLatin1String("total_cost_usd") ? tr("Cost (class share)")
                    : key == QLatin1String("energy_kwh")   ? tr("Energy (class share)")
                                                           : tr("Carbon (class share)");
            tip = shareTip;
        }
        auto* item = new QTableWidgetItem(title);
        item->setToolTip(tip);
        item->setData(Qt::UserRole, key);
        setHorizontalHeaderItem(int(c) + 1, item);
    }
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // names left, figures right
    horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    fitHeight();
}

void ClassKpiTable::setData(const DashboardData* data)
{
    const std::size_t rows = data ? data->classRows.size() : 0;
    setRowCount(int(rows));
    for (std::size_t r = 0; r < rows; ++r) {
        const DashboardData::ClassRow& row = data->classRows[r];
        auto* name = new QTableWidgetItem(row.name);
        name->setToolTip(row.name);
        setItem(int(r), 0, name);
        for (int c = 0; c < row.cells.size() && c + 1 < columnCount(); ++c) {
            auto* cell = new QTableWidgetItem(row.cells[c]);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(horizontalHeaderItem(c + 1)->toolTip());
            setItem(int(r), c + 1, cell);
        }
    }
    fitHeight();
}

QStringList ClassKpiTable::rowTexts() const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << (item(r, c) ? item(r, c)->text() : QString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList ClassKpiTable::columnTitles() const
{
    QStringList out;
    for (int c = 0; c < columnCount(); ++c)
        out << horizontalHeaderItem(c)->text();
    return out;
}

void ClassKpiTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

void ClassKpiTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    fitHeight();
}

void ClassKpiTable::fitHeight()
{
    int h = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int r = 0; r < rowCount(); ++r)
        h += rowHeight(r);
    // Columns wider than the view: room for the horizontal scroll bar below the rows.
    if (horizontalHeader()->length() > viewport()->width())
        h += horizontalScrollBar()->sizeHint().height();
    setFixedHeight(h);
}

} // namespace nephos::widgets
