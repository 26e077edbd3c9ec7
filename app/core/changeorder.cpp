#include "changeorder.h"

using namespace Qt::StringLiterals;

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
