#include "ml/MlModule.h"

#include <dlfcn.h>

#include <atomic>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <system_error>

// Set per source file by engine/CMakeLists.txt.
#ifndef NEPHOS_ML_MODULE_FILE
#define NEPHOS_ML_MODULE_FILE "libnephos_ml.so"
#endif
#ifndef NEPHOS_ML_MODULE_RELATIVE_DIR
#define NEPHOS_ML_MODULE_RELATIVE_DIR "../lib/nephos"
#endif
#ifndef NEPHOS_ML_MODULE_INSTALL_DIR
#define NEPHOS_ML_MODULE_INSTALL_DIR "/usr/local/lib/nephos"
#endif
#ifndef NEPHOS_ML_TORCH_VERSION
#define NEPHOS_ML_TORCH_VERSION ""
#endif

namespace nephos::ml {

namespace fs = std::filesystem;

namespace {

std::string dlError()
{
    const char* e = dlerror();
    return e ? std::string(e) : std::string("unknown error");
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

/// The process-wide module: loaded once, never unloaded.
struct ProcessModule
{
    std::mutex mutex; ///< serialises the first load; guards attempted, backend and error
    bool attempted = false;
    std::unique_ptr<MlBackend> backend;
    std::string path;                ///< written once, before `loaded` is set
    std::atomic<bool> loaded{false}; ///< read without the mutex by isLoaded()
    std::string error;

    void load()
    {
        const auto candidates = moduleCandidates();
        for (const auto& candidate : candidates) {
            std::error_code ec;
            if (!fs::is_regular_file(candidate, ec))
                continue;
            std::string why;
            backend = loadModule(candidate, &why);
            if (backend) {
                path = candidate;
                error.clear();
            } else {
                error = "Machine learning is unavailable: " + why;
            }
            return;
        }
        const char* env = std::getenv("NEPHOS_ML_MODULE");
        if (env && *env) {
            error = std::string("Machine learning is unavailable: NEPHOS_ML_MODULE names ") + env +
                    ", which does not exist.";
        } else if (builtTorchVersion().empty()) {
            error = "Machine learning is unavailable: this build of Nephos has no "
                    "machine-learning module (it was configured with NEPHOS_BUILD_ML=OFF).";
        } else {
            error = "Machine learning is unavailable: the module " + moduleFileName() +
                    " was not found (looked in " + joined(candidates) +
                    "). Install it with Nephos or set NEPHOS_ML_MODULE to its path.";
        }
        error += " Everything else works without it.";
    }
};

ProcessModule& processModule()
{
    static ProcessModule module;
    return module;
}

} // namespace

std::string moduleFileName()
{
    return NEPHOS_ML_MODULE_FILE;
}

std::vector<std::string> moduleCandidates()
{
    const char* env = std::getenv("NEPHOS_ML_MODULE");
    if (env && *env)
        return {std::string(env)};
    std::vector<std::string> out;
    const auto add = [&out](const fs::path& p) {
        const std::string s = p.lexically_normal().string();
        for (const auto& existing : out)
            if (existing == s)
                return;
        out.push_back(s);
    };
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && exe.has_parent_path()) {
        const fs::path dir = exe.parent_path();
        add(dir / NEPHOS_ML_MODULE_FILE);
        add(dir / NEPHOS_ML_MODULE_RELATIVE_DIR / NEPHOS_ML_MODULE_FILE);
    }
    add(fs::path(NEPHOS_ML_MODULE_INSTALL_DIR) / NEPHOS_ML_MODULE_FILE);
    return out;
}

std::string builtTorchVersion()
{
    return NEPHOS_ML_TORCH_VERSION;
}

std::unique_ptr<MlBackend> loadModule(const std::string& path, std::string* error)
{
    const auto fail = [error](const std::string& message) {
        if (error)
            *error = message;
        return std::unique_ptr<MlBackend>();
    };
    // RTLD_LOCAL: LibTorch's dependencies (Qt 5 through OpenCV on Debian) stay out of the global
    // symbol scope. RTLD_NODELETE: LibTorch registers global state and cannot be unloaded.
    void* handle = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL | RTLD_NODELETE);
    if (!handle)
        return fail("cannot load the machine-learning module " + path + ": " + dlError());
    dlerror();
    const auto interfaceVersion =
        reinterpret_cast<MlInterfaceVersionFunction>(dlsym(handle, kMlInterfaceVersionSymbol));
    const auto create = reinterpret_cast<MlCreateFunction>(dlsym(handle, kMlCreateSymbol));
    if (!interfaceVersion || !create) {
        dlclose(handle);
        return fail(path + " is not a Nephos machine-learning module (it has no " +
                    kMlCreateSymbol + "/" + kMlInterfaceVersionSymbol + ").");
    }
    const int version = interfaceVersion();
    if (version != kMlBackendInterfaceVersion) {
        dlclose(handle);
        return fail("the machine-learning module " + path + " has interface version " +
                    std::to_string(version) + " but this Nephos needs version " +
                    std::to_string(kMlBackendInterfaceVersion) +
                    "; install the module built with this Nephos.");
    }
    std::unique_ptr<MlBackend> backend(create());
    if (!backend)
        return fail("the machine-learning module " + path + " could not initialise LibTorch.");
    const std::string torch = backend->torchVersion();
    if (!isUsableTorchVersion(torch))
        return fail("the machine-learning module " + path + " reports LibTorch version '" + torch +
                    "', which Nephos cannot use (it needs 1.0 or later).");
    return backend;
}

MlBackend* backend(std::string* error)
{
    auto& m = processModule();
    std::lock_guard<std::mutex> lock(m.mutex);
    if (!m.attempted) {
        m.attempted = true;
        m.load();
        m.loaded.store(m.backend != nullptr, std::memory_order_release);
    }
    if (!m.backend && error)
        *error = m.error;
    return m.backend.get();
}

bool isLoaded()
{
    return processModule().loaded.load(std::memory_order_acquire);
}

std::string loadedModulePath()
{
    auto& m = processModule();
    return m.loaded.load(std::memory_order_acquire) ? m.path : std::string();
}

bool isUsableTorchVersion(const std::string& version)
{
    std::size_t i = 0;
    const auto number = [&version, &i](long* value) {
        const std::size_t start = i;
        while (i < version.size() && std::isdigit(static_cast<unsigned char>(version[i])))
            ++i;
        if (i == start || i - start > 6)
            return false;
        *value = std::stol(version.substr(start, i - start));
        return true;
    };
    long major = 0;
    long minor = 0;
    if (!number(&major) || i >= version.size() || version[i] != '.')
        return false;
    ++i;
    if (!number(&minor))
        return false;
    return major >= 1;
}

} // namespace nephos::ml
