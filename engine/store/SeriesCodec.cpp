#include "store/SeriesCodec.h"

#include <QDataStream>
#include <QIODevice>

namespace nephos {

namespace {
constexpr quint32 kMagic = 0x4e505353; // "NPSS"
constexpr int kMetrics = static_cast<int>(SeriesMetric::Count);
} // namespace

QByteArray SeriesCodec::encode(const MonitorSeries& s)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    const quint64 samples = s.sampleCount();
    out << kMagic << qint32(format) << qint32(kMetrics) << qint32(s.entityCount())
        << qint32(s.providerCount) << qint32(s.regionCount) << samples;
    for (const auto& e : s.entities)
        out << QByteArray::fromStdString(e);
    for (double t : s.timesHours)
        out << t;
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    for (int m = 0; m < kMetrics; ++m) {
        for (int e = 0; e < s.entityCount(); ++e) {
            const std::size_t base =
                (static_cast<std::size_t>(m) * s.entityCount() + e) * s.capacity;
            for (std::size_t i = 0; i < samples; ++i)
                out << (base + i < s.values.size() ? s.values[base + i] : 0.0f);
        }
    }
    return qCompress(raw, 6);
}

bool SeriesCodec::decode(const QByteArray& blob, MonitorSeries& out)
{
    out = MonitorSeries();
    const QByteArray raw = qUncompress(blob);
    if (raw.isEmpty())
        return false;
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0;
    qint32 fmt = 0, metrics = 0, entities = 0, providers = 0, regions = 0;
    quint64 samples = 0;
    in >> magic >> fmt >> metrics >> entities >> providers >> regions >> samples;
    const quint64 maxValues = quint64(raw.size()) / 4;
    if (in.status() != QDataStream::Ok || magic != kMagic || fmt != format || metrics != kMetrics ||
        entities < 0 || providers < 0 || regions < 0 || providers + regions > entities ||
        samples * quint64(entities) * quint64(metrics) > maxValues)
        return false;
    MonitorSeries s;
    s.providerCount = providers;
    s.regionCount = regions;
    for (qint32 e = 0; e < entities; ++e) {
        QByteArray name;
        in >> name;
        s.entities.push_back(name.toStdString());
    }
    s.timesHours.resize(samples);
    for (auto& t : s.timesHours)
        in >> t;
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    s.capacity = samples;
    s.values.resize(static_cast<std::size_t>(metrics) * entities * samples);
    for (auto& v : s.values)
        in >> v;
    if (in.status() != QDataStream::Ok)
        return false;
    out = std::move(s);
    return true;
}

} // namespace nephos
