#pragma once

#include <QString>

/** A refusal by the emulated API gateway (reference section 4.3), before any SAE logic runs. */
struct GatewayFailure
{
    int httpStatus = 400;
    QString code;
    QString message;
};
