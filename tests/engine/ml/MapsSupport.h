#pragma once

#include <QByteArray>
#include <QFile>

namespace nephos::test {

/// True when this process has any LibTorch library mapped (per /proc/self/maps).
inline bool torchMapped()
{
    QFile f(QStringLiteral("/proc/self/maps"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray maps = f.readAll();
    return maps.contains("libtorch") || maps.contains("libc10") || maps.contains("nephos_ml");
}

} // namespace nephos::test
