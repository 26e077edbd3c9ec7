#include "fleetalert.h"

#include "core/applicationtablemodel.h"

#include <QStringList>

#include <algorithm>

QString FleetAlert::subject() const
{
    const QString app = appName.isEmpty() ? appId : appName;
    const QString space = namespaceName.isEmpty() ? namespaceId : namespaceName;
    if (space.isEmpty())
        return app;
    //: a notification's subject: %1 the application, %2 its namespace, e.g. "order-service (prod)"
    return tr("%1 (%2)").arg(app, space);
}

QString FleetAlert::title(const QDateTime &now) const
{
    switch (kind) {
    case Kind::TurnedUnhealthy:
        //: notification title; %1: "order-service (prod)"
        return tr("%1 is unhealthy").arg(subject());
    case Kind::Recovered:
        //: notification title; %1: "order-service (prod)"
        return tr("%1 recovered").arg(subject());
    case Kind::ChangeOrderFailed: {
        const QString type = ApplicationTableModel::changeTypeText(changeTypeCode);
        if (type.isEmpty())
            //: notification title; %1: "order-service (prod)"
            return tr("A change of %1 failed").arg(subject());
        //: notification title; %1: the change's type ("Deploy"), %2: "order-service (prod)"
        return tr("%1 of %2 failed").arg(type, subject());
    }
    case Kind::SignOffOverdue: {
        const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
        //: notification title; %1: "order-service (prod)"; %n: minutes waited so far
        return tr("%1 waits for sign-off for %n min", nullptr, int(minutes)).arg(subject());
    }
    }
    return subject();
}

QString FleetAlert::body() const
{
    QStringList lines;
    if (!detail.isEmpty()) {
        if (kind == Kind::Recovered)
            //: notification body of a recovery; %1: why the application had been unhealthy
            lines.append(tr("Was: %1").arg(detail));
        else
            lines.append(detail);
    }
    if (!changeOrderId.isEmpty())
        //: notification body; %1: the change order's ID
        lines.append(tr("Change order %1").arg(changeOrderId));
    return lines.join(u'\n');
}
