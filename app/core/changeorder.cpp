#include "changeorder.h"

using namespace Qt::StringLiterals;

bool isTerminal(ChangeOrderStatus status)
{
    return status == ChangeOrderStatus::Succeeded || status == ChangeOrderStatus::Failed
           || status == ChangeOrderStatus::Aborted || status == ChangeOrderStatus::SystemFailure;
}

QString lastChangeOrderStatusText(ChangeOrderStatus status)
{
    switch (status) {
    case ChangeOrderStatus::Preparing:
        return u"READY"_s;
    case ChangeOrderStatus::Executing:
        return u"RUNNING"_s;
    case ChangeOrderStatus::Succeeded:
        return u"SUCCESS"_s;
    case ChangeOrderStatus::Failed:
        return u"FAIL"_s;
    case ChangeOrderStatus::Aborted:
        return u"ABORT"_s;
    case ChangeOrderStatus::WaitingForConfirmation:
        return u"WAIT_BATCH_CONFIRM"_s;
    case ChangeOrderStatus::WaitingForNextBatch:
        return u"AUTO_BATCH_WAIT"_s;
    case ChangeOrderStatus::SystemFailure:
        return u"SYSTEM_FAIL"_s;
    }
    return u"READY"_s;
}

QString ChangeOrder::coType() const
{
    if (coTypeCode == u"CoDeploy")
        return u"Deploy Application"_s;
    if (coTypeCode == u"CoRollback" || coTypeCode == u"CoDeployHistroy")
        return u"Rollback Application"_s;
    if (coTypeCode == u"CoRestartApplication")
        return u"Restart Application"_s;
    if (coTypeCode == u"CoScaleOut")
        return u"Scale Out Application"_s;
    if (coTypeCode == u"CoScaleIn")
        return u"Scale In Application"_s;
    if (coTypeCode == u"CoStart" || coTypeCode == u"CoStartApplication")
        return u"Start Application"_s;
    if (coTypeCode == u"CoStop" || coTypeCode == u"CoStopApplication")
        return u"Stop Application"_s;
    if (coTypeCode == u"CoRestartInstances")
        return u"Batch Restart Instances"_s;
    if (coTypeCode == u"CoDeleteInstances")
        return u"Delete Instances"_s;
    return coTypeCode;
}
