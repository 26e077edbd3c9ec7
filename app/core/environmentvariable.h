#pragma once

#include <QString>

/**
 * One environment variable of an application's containers (reference DescribeApplicationConfig:
 * `Envs`, a JSON string of `[{"name": ..., "value": ...}]`). A variable either has its own value
 * or takes it from a ConfigMap or a Secret (`valueFrom`).
 */
struct EnvironmentVariable
{
    QString name;
    QString value;
    QString valueFrom;   ///< `configMapRef` or `secretRef` when the value is a reference; else empty
    qint64 sourceId = 0; ///< the ConfigMap's or Secret's ID, for a reference
    QString key;         ///< the referenced key; empty when all keys are referenced

    bool isReference() const { return !valueFrom.isEmpty(); }

    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};
