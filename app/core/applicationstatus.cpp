#include "applicationstatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

ApplicationStatus::State ApplicationStatus::stateFromWire(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(u"RUNNING", Qt::CaseInsensitive) == 0)
        return State::Running;
    if (trimmed.compare(u"STOPPED", Qt::CaseInsensitive) == 0)
        return State::Stopped;
    return State::Unknown;
}

ApplicationStatus::ReleaseHealth ApplicationStatus::releaseHealthFromWire(QStringView text)
{
    // NORMAL / RUNNING_BUT_HAS_ERROR (API docs) and runningButHasError (Terraform) alike.
    QString letters = text.trimmed().toString();
    letters.remove(u'_');
    if (letters.isEmpty() || letters.compare(u"normal", Qt::CaseInsensitive) == 0)
        return ReleaseHealth::Normal;
    if (letters.compare(u"runningButHasError", Qt::CaseInsensitive) == 0)
        return ReleaseHealth::RunningButHasError;
    return ReleaseHealth::Unrecognised;
}

std::optional<ChangeOrderStatus> ApplicationStatus::changeOrderStatusFromWire(QStringView text)
{
    static constexpr std::array<std::pair<QStringView, ChangeOrderStatus>, 8> statuses{{
        {u"READY", ChangeOrderStatus::Preparing},
        {u"RUNNING", ChangeOrderStatus::Executing},
        {u"SUCCESS", ChangeOrderStatus::Succeeded},
        {u"FAIL", ChangeOrderStatus::Failed},
        {u"ABORT", ChangeOrderStatus::Aborted},
        {u"WAIT_BATCH_CONFIRM", ChangeOrderStatus::WaitingForConfirmation},
        {u"AUTO_BATCH_WAIT", ChangeOrderStatus::WaitingForNextBatch},
        {u"SYSTEM_FAIL", ChangeOrderStatus::SystemFailure},
    }};
    const QStringView trimmed = text.trimmed();
    for (const auto &[wire, status] : statuses) {
        if (trimmed.compare(wire, Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}
