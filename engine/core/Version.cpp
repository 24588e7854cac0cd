#include "core/Version.h"

#include "ml/MlModule.h"

#include <sqlite3.h>

#include <QtGlobal>

namespace nephos {

std::string engineVersion()
{
    return NEPHOS_VERSION;
}

LibraryVersions libraryVersions()
{
    LibraryVersions v;
    v.qt = qVersion();
    v.sqlite = sqlite3_libversion();
    v.torch = ml::builtTorchVersion();
    v.torchLoaded = ml::isLoaded();
    return v;
}

std::string torchVersionLine(const LibraryVersions& versions)
{
    if (versions.torch.empty())
        return "LibTorch: no machine-learning module in this build";
    return "LibTorch " + versions.torch +
           (versions.torchLoaded ? " (loaded)" : " (machine-learning module, loaded on first use)");
}

} // namespace nephos
