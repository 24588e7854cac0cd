#include "ml/TorchRuntime.h"

#include <torch/torch.h>
#include <torch/version.h>

namespace nephos {

std::string torchVersion()
{
    return TORCH_VERSION;
}

bool torchSelfTest()
{
    torch::NoGradGuard noGrad;
    const auto a = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).reshape({2, 2});
    const auto b = torch::eye(2) * 2.0f;
    const auto c = torch::matmul(a, b);
    const auto expected = a * 2.0f;
    return torch::allclose(c, expected);
}

} // namespace nephos
