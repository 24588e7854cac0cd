#include "editor/ScenarioTableView.h"

#include "editor/ScenarioItemDelegate.h"
#include "editor/ScenarioTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace nephos::widgets {

ScenarioTableView::ScenarioTableView(ScenarioTableModel* model, bool withFilter, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(model->objectName() + QStringLiteral("Table"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ScenarioItemDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #d9534f; font-weight: 600;"));
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    if (withFilter) {
        m_filter = new QLineEdit(this);
        m_filter->setPlaceholderText(tr("Filter…"));
        m_filter->setClearButtonEnabled(true);
        connect(m_filter, &QLineEdit::textChanged, m_proxy,
                &QSortFilterProxyModel::setFilterFixedString);
        layout->addWidget(m_filter);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(model, &ScenarioTableModel::editRejected, this,
            [this](const QModelIndex& index, const QString& reason) {
                const QString column =
                    m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
                showRejection(
                    tr("%1 of %2 refused: %3").arg(column, m_model->rowLabel(index.row()), reason));
            });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { showRejection({}); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        showRejection({});
        m_table->resizeColumnsToContents();
    });
    m_table->resizeColumnsToContents();
}

QString ScenarioTableView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ScenarioTableView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_table->setStatusTip(text);
    if (!text.isEmpty())
        setToolTip(text);
}

QPushButton* ScenarioTableView::addButton(const QString& objectName, const QString& text,
                                          std::function<void(const QList<int>&)> action)
{
    if (!m_buttons) {
        m_buttons = new QHBoxLayout;
        m_buttons->addStretch(1);
        static_cast<QVBoxLayout*>(layout())->insertLayout(layout()->count() - 1, m_buttons);
    }
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this,
            [this, action = std::move(action)] { action(selectedRows()); });
    m_buttons->addWidget(button);
    return button;
}

QList<int> ScenarioTableView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedIndexes()) {
        const int r = m_proxy->mapToSource(i).row();
        if (!rows.contains(r))
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ScenarioTableView::selectRow(int row)
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect |
                                             QItemSelectionModel::Rows);
}

} // namespace nephos::widgets
