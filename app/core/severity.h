#pragma once

/** How much a status needs attention. Core decides the meaning, widgets pick the colours. */
enum class Severity
{
    Normal,   ///< running as intended
    Progress, ///< on its way somewhere: starting, terminating, changing
    Warning,  ///< degraded but serving
    Critical, ///< failing; someone should look
    Inactive, ///< deliberately off: stopped, scaled to zero
};
