#pragma once

#include "core/changeorder.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * An application's state as DescribeApplicationStatus reports it (reference 6.1, 6.3): whether it
 * runs, and what its last change order did. The platform's own spelling of each status is kept
 * next to what this console makes of it, so that a value it does not know can still be shown.
 * The target instance count is not part of this answer: ListApplications (`Instances`) and
 * DescribeApplicationConfig (`Replicas`) carry it.
 */
struct ApplicationStatus
{
    enum class State
    {
        Running,
        Stopped,
        Unknown, ///< `UNKNOWN`, or a value this console does not know
    };
    enum class ReleaseHealth
    {
        Normal,             ///< `NORMAL`, or no SubStatus at all
        RunningButHasError, ///< `RUNNING_BUT_HAS_ERROR` or `runningButHasError`: a batch failed
        Unrecognised,
    };

    QString appId;
    QString currentStatusText;
    State currentStatus = State::Unknown;
    int runningInstances = 0;
    QDateTime createdAt;
    QString lastChangeOrderId; ///< empty when none ran or its record expired
    bool lastChangeOrderRunning = false;
    QString lastChangeOrderStatusText; ///< READY, RUNNING, SUCCESS, ... WAIT_APPROVAL, APPROVED
    /// The status code that lastChangeOrderStatusText stands for (reference 6.1, [I] mapping);
    /// nullopt when there is none or ChangeOrderStatus has no such code (WAIT_APPROVAL, APPROVED).
    std::optional<ChangeOrderStatus> lastChangeOrderStatus;
    QString subStatusText;
    ReleaseHealth subStatus = ReleaseHealth::Normal;
    bool enableAgent = false;
    bool armsAdvancedEnabled = false;
    qint64 fileSizeLimitKb = 0;

    static State stateFromWire(QStringView text);
    /// Both spellings of reference appendix B 7, in any case.
    static ReleaseHealth releaseHealthFromWire(QStringView text);
    static std::optional<ChangeOrderStatus> changeOrderStatusFromWire(QStringView text);

    friend bool operator==(const ApplicationStatus &, const ApplicationStatus &) = default;
};
