#pragma once

#include "emulator/gatewayrequest.h"

#include <QJsonObject>
#include <QStringView>

#include <optional>

class Fleet;

/**
 * The SAE operations the emulator serves, with their exact methods, paths, parameters, response
 * shapes and error codes (reference section 9). Stateless apart from the fleet it reads.
 */
class SaeOperations
{
public:
    struct Result
    {
        int httpStatus = 200;
        QJsonObject body; ///< without RequestId; the gateway adds it
    };
    using Handler = Result (SaeOperations::*)(const GatewayRequest &request);
    struct Route
    {
        QByteArrayView method;
        QStringView path;
        QStringView action;
        Handler handler;
    };

    explicit SaeOperations(Fleet *fleet, QString hostId);

    /// The operation served at a path, whatever the method; nullptr for an unknown path.
    static const Route *findRoute(QStringView path);
    Result invoke(const Route &route, const GatewayRequest &request);

private:
    Result describeNamespaces(const GatewayRequest &request);
    Result listApplications(const GatewayRequest &request);
    Result describeApplicationGroups(const GatewayRequest &request);
    Result describeApplicationInstances(const GatewayRequest &request);

    Result missingParameter(const QString &name) const;
    Result invalidParameter(const QString &name, const QString &why) const;
    std::optional<Result> readInt(const GatewayRequest &request, const QString &name, int defaultValue,
                                  int minimum, int maximum, int *value, bool required = false) const;

    Fleet *m_fleet;
    QString m_hostId;
};
