#pragma once

#include "emulator/emulator.h"

#include <QJsonObject>

/** What the emulator's gateway answered, with the body parsed. */
struct GatewayAnswer
{
    int status = 0;
    QJsonObject body;

    QJsonObject data() const { return body.value(u"Data").toObject(); }
    QString code() const { return body.value(u"Code").toString(); }
};

/// A V3-signed call straight into the emulator's gateway, dated by the emulator's own clock.
GatewayAnswer callGateway(Emulator &emulator, const QByteArray &method, const QString &path,
                          const QString &action, QList<std::pair<QString, QString>> query = {});
