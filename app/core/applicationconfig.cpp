#include "applicationconfig.h"

int ApplicationConfig::minimumReadyDuringRelease() const
{
    return minimumReadyInstances(minReadyInstances, minReadyInstanceRatio, replicas);
}
