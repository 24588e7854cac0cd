#include "sim/RunResult.h"

namespace nephos {

const char* runStatusKey(RunStatus s)
{
    switch (s) {
    case RunStatus::NotStarted:
        return "not-started";
    case RunStatus::Running:
        return "running";
    case RunStatus::Completed:
        return "completed";
    case RunStatus::Cancelled:
        return "cancelled";
    case RunStatus::Failed:
        return "failed";
    }
    return "unknown";
}

} // namespace nephos
