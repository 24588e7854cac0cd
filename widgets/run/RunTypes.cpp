#include "run/RunTypes.h"

namespace nephos::widgets {

void registerRunMetaTypes()
{
    qRegisterMetaType<RunResultPtr>();
    qRegisterMetaType<DecisionPtr>();
    qRegisterMetaType<ScenarioPtr>();
}

} // namespace nephos::widgets
