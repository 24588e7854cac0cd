// Stand-ins for libnephos_ml.so that the loader must refuse (tests/engine/ml/tst_module.cpp):
// built once with a wrong interface version and once reporting an unusable LibTorch version.
#include "ml/MlBackend.h"

namespace {

class FakeBackend final : public nephos::ml::MlBackend
{
public:
    std::string torchVersion() const override { return NEPHOS_FAKE_TORCH_VERSION; }
    nephos::ml::MlSelfTest selfTest() const override { return {false, "fake"}; }
    int threadCount() const override { return 1; }
};

} // namespace

extern "C" {

__attribute__((visibility("default"))) int nephos_ml_interface_version()
{
    return NEPHOS_FAKE_INTERFACE_VERSION;
}

__attribute__((visibility("default"))) nephos::ml::MlBackend* nephos_ml_create()
{
    return new FakeBackend();
}

} // extern "C"
