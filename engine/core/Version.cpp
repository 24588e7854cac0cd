#include "core/Version.h"

#include "ml/TorchRuntime.h"

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
    v.torch = torchVersion();
    return v;
}

} // namespace nephos
