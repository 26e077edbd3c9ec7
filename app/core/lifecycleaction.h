#pragma once

/**
 * The lifecycle actions a person can take on a whole application from the list or the
 * Application menu. Each goes through review, confirm, track and journal (DESIGN.md section 5).
 */
enum class LifecycleAction
{
    Deploy,  ///< DeployApplication: a new version, planned in the deploy wizard
    Restart, ///< RestartApplication: every instance, batch by batch
    Stop,    ///< StopApplication: scale to zero, remembering the count
    Start,   ///< StartApplication: back to the remembered count
};
