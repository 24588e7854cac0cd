// libnephos_ml.so: the only Nephos code that includes LibTorch headers or links LibTorch.
// Loaded at run time by ml/MlModule.cpp; see ml/MlBackend.h for the boundary's rules.
#include "ml/MlBackend.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <exception>
#include <new>

namespace {

class TorchBackend final : public nephos::ml::MlBackend
{
public:
    std::string torchVersion() const override { return TORCH_VERSION; }

    nephos::ml::MlSelfTest selfTest() const override
    {
        nephos::ml::MlSelfTest result;
        try {
            torch::NoGradGuard noGrad;
            const auto a = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).reshape({2, 2});
            const auto b = torch::eye(2) * 2.0f;
            const auto c = torch::matmul(a, b);
            result.ok = torch::allclose(c, a * 2.0f);
            result.message =
                result.ok ? "2x2 matrix product matches" : "2x2 matrix product gave a wrong result";
        } catch (const std::exception& e) {
            result.ok = false;
            result.message = std::string("LibTorch failed: ") + e.what();
        }
        return result;
    }

    int threadCount() const override
    {
        try {
            return torch::get_num_threads();
        } catch (...) {
            return 0;
        }
    }
};

} // namespace

extern "C" {

__attribute__((visibility("default"))) int nephos_ml_interface_version()
{
    return nephos::ml::kMlBackendInterfaceVersion;
}

__attribute__((visibility("default"))) nephos::ml::MlBackend* nephos_ml_create()
{
    try {
        return new TorchBackend();
    } catch (...) {
        return nullptr;
    }
}

} // extern "C"
