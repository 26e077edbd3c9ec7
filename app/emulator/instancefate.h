#pragma once

/**
 * How an emulated instance will behave, decided when it is created: a deploy of a tag that does
 * not exist never pulls, a broken build crash-loops. The instance lifecycle simulation step moves
 * each instance through the statuses of reference 6.4 according to its fate.
 */
enum class InstanceFate
{
    Healthy,          ///< Pending until its readyAt, then Running and healthy
    CrashLoop,        ///< starts, fails its liveness probe, restarts with back-off
    ImagePullFailure, ///< ErrImagePull, then ImagePullBackOff; never runs
    ReadinessFailure, ///< Running, but its readiness probe fails
    Unschedulable,    ///< stays Pending
};
