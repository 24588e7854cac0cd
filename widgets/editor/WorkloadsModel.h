#pragma once

#include "editor/ScenarioTableModel.h"

namespace nephos {
struct WorkloadClass;
}

namespace nephos::widgets {

/// Workload classes (paper Table 6): arrivals, duration, demands, SLA, data size, home region.
class WorkloadsModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    enum Col {
        Name,
        Kind,
        RatePerHour,
        DiurnalAmplitude,
        DurationMeanH,
        Vcpus,
        MemoryGib,
        Gpus,
        SlaHours,
        DataInputGb,
        HomeRegion,
        DurationKind,
        DurationStddevH,
        DurationMinH,
        DurationMaxH,
        PeakHourUtc,
        CheckpointHours,
        CpuUtil,
        MemUtil,
        GpuUtil,
        ReferenceGpu
    };
    explicit WorkloadsModel(ScenarioDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant cellValue(int row, int column) const override;
    QString validate(int row, int column, const QVariant& value) const override;
    void applyValue(int row, int column, const QVariant& value) override;
    QStringList choices(int row, int column) const override;
    QString rowLabel(int row) const override;

    /// Duration distribution kinds as written in scenario files ("fixed", "exponential", …).
    static QStringList distributionKinds();

private:
    /// ScenarioValidator's message for `path` (and below) once `value` is applied to a copy.
    QString validateWithEngine(int row, int column, const QVariant& value,
                               const QString& path) const;
    void write(WorkloadClass& w, int column, const QVariant& value) const;
};

} // namespace nephos::widgets
