#include "data/DefaultDataPack.h"

#include "data/DataPackJson.h"

#include <stdexcept>

namespace nephos {

DataPack defaultDataPack()
{
    DataPack pack;
    QString error;
    // The embedded file is generated and tested; failing to load it is a build defect.
    if (!loadDataPack(QStringLiteral(":/data/default-pack.json"), pack, &error))
        throw std::runtime_error(error.toStdString());
    return pack;
}

} // namespace nephos
