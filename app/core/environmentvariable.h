#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/**
 * One container environment variable of an application (`Envs`, reference 9.3 DeployApplication):
 * a literal value, or a reference to a key of a namespace ConfigMap or secret (an empty key means
 * all keys, with a name like `sae-sys-configmap-all-<name>`).
 */
struct EnvironmentVariable
{
    enum class Source
    {
        Value,
        ConfigMap,
        Secret,
    };

    QString name;
    QString value; ///< Source::Value only
    Source source = Source::Value;
    qint64 referenceId = 0; ///< configMapId or secretId
    QString key;

    /// `{"name":..,"value":..}` or `{"name":..,"valueFrom":{"configMapRef":{"configMapId":..,"key":..}}}`.
    QJsonObject toJson() const;
    bool isReference() const { return source != Source::Value; }

    /// Reads one entry, nested or flat `valueFrom`; numbers may come as strings. Nullopt when it
    /// has no name.
    static std::optional<EnvironmentVariable> fromJson(const QJsonObject &json);
    /// The `Envs` parameter: a compact JSON array in a string.
    static QString listToJson(const QList<EnvironmentVariable> &variables);

    friend bool operator==(const EnvironmentVariable &, const EnvironmentVariable &) = default;
};
