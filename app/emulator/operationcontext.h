#pragma once

#include "emulator/gatewayrequest.h"
#include "emulator/requestparameters.h"

#include <QString>

class EmulatorClock;
class Fleet;
class LoadModel;

/** What every operation group works with: the fleet, the clock, the load and the gateway's host ID. */
struct OperationContext
{
    Fleet *fleet = nullptr;
    const EmulatorClock *clock = nullptr;
    QString hostId;
    const LoadModel *load = nullptr;

    RequestParameters parameters(const GatewayRequest &request) const { return {request, hostId}; }
};
