#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos::widgets {

/// Network faults: time windows in which links between regions ("*" for any) lose throughput
/// and gain latency.
class PerturbationsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col { StartHour, DurationHours, Src, Dst, ThroughputFactor, ExtraRttMs };
    explicit PerturbationsModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QStringList choices(int row, int column) const override;
    QString rowLabel(int row) const override;
};

} // namespace nephos::widgets
